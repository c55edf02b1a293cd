#include "server/domain/PasswordHasher.h"
#include "server/http/JsonBody.h"
#include "server/http/Offload.h"
#include "server/http/RequestContext.h"
#include "server/http/Routes.h"
#include "server/protocol/JsonWriter.h"

namespace emporium::http {

using protocol::JsonWriter;

namespace {

HttpResponse authAnswer(int status, const Result<protocol::AuthResult> &r)
{
    if (!r)
        return HttpResponse::fromError(r.error());
    JsonWriter w;
    r->write(w);
    return HttpResponse::json(status, w.take());
}

QString bearerToken(const HttpRequest &req)
{
    return QString::fromLatin1(req.header("authorization").mid(7).trimmed());
}

} // namespace

void addAccountRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/api/v1/auth/register"),
               [](RequestContext &ctx, const HttpRequest &req, const PathParams &) {
                   const auto body = jsonBody(req);
                   if (!body)
                       return HttpResponse::fromError(body.error());
                   const auto request = domain::RegisterRequest::fromJson(body.value());
                   if (!request)
                       return HttpResponse::fromError(request.error());
                   return onWorker(
                       ctx, [password = request->password] { return domain::PasswordHasher::hash(password); },
                       [request = request.value()](RequestContext &ctx, const QString &hash) {
                           return afterWrite(
                               ctx,
                               [request, hash, days = ctx.accounts.sessionDays()](QSqlDatabase &db) {
                                   return storage::WriteResult<protocol::AuthResult>::from(
                                       domain::Accounts::registerAccount(db, request, hash, days));
                               },
                               [](RequestContext &, const Result<protocol::AuthResult> &r) {
                                   return authAnswer(201, r);
                               });
                       });
               });

    router.add("POST", QStringLiteral("/api/v1/auth/login"),
               [](RequestContext &ctx, const HttpRequest &req, const PathParams &) {
                   const auto body = jsonBody(req);
                   if (!body)
                       return HttpResponse::fromError(body.error());
                   const auto request = domain::LoginRequest::fromJson(body.value());
                   if (!request)
                       return HttpResponse::fromError(request.error());
                   const QString address = req.peer.toString();
                   auto account = ctx.accounts.beginLogin(request.value(), address);
                   if (!account)
                       return HttpResponse::fromError(account.error());
                   // An unknown email is checked against a dummy hash: same answer, about the same time.
                   const QString hash =
                       account.value() ? account.value()->passwordHash : domain::PasswordHasher::dummyHash();
                   return onWorker(
                       ctx,
                       [hash, password = request->password] {
                           return domain::PasswordHasher::verify(hash, password);
                       },
                       [request = request.value(), account = account.value(), address](RequestContext &ctx,
                                                                                       bool ok) {
                           const auto user = ctx.accounts.completeLogin(request, account, ok, address);
                           if (!user)
                               return HttpResponse::fromError(user.error());
                           return afterWrite(
                               ctx,
                               [user = user.value(), days = ctx.accounts.sessionDays()](QSqlDatabase &db) {
                                   return storage::WriteResult<protocol::AuthResult>::from(
                                       domain::Accounts::openSession(db, user, days));
                               },
                               [](RequestContext &, const Result<protocol::AuthResult> &r) {
                                   return authAnswer(200, r);
                               });
                       });
               });

    router
        .add("POST", QStringLiteral("/api/v1/auth/logout"),
             [](RequestContext &ctx, const HttpRequest &req, const PathParams &) {
                 return afterWrite(
                     ctx,
                     [token = bearerToken(req)](QSqlDatabase &db) {
                         return storage::WriteResult<Done>::from(domain::Accounts::revoke(db, token));
                     },
                     [](RequestContext &, const Result<Done> &revoked) {
                         if (!revoked)
                             return HttpResponse::fromError(revoked.error());
                         HttpResponse out;
                         out.status = 204;
                         return out;
                     });
             })
        .access = Access::User;

    router
        .add("GET", QStringLiteral("/api/v1/me"),
             [](RequestContext &, const HttpRequest &req, const PathParams &) {
                 JsonWriter w;
                 req.principal->write(w);
                 return HttpResponse::json(200, w.take());
             })
        .access = Access::User;
}

} // namespace emporium::http
