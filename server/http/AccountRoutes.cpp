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
    router.add("POST", QStringLiteral("/api/v1/auth/register"), [](RequestContext &ctx, const HttpRequest &req, const PathParams &) {
        const auto body = jsonBody(req);
        if (!body)
            return HttpResponse::fromError(body.error());
        const auto request = domain::RegisterRequest::fromJson(body.value());
        if (!request)
            return HttpResponse::fromError(request.error());
        return onWorker(
            ctx, [password = request->password] { return std::any(domain::PasswordHasher::hash(password)); },
            [request = request.value()](RequestContext &ctx, std::any &hash) {
                return afterWrite(
                    ctx,
                    [request, hash = std::any_cast<QString>(hash), days = ctx.accounts.sessionDays()](QSqlDatabase &db) {
                        auto r = domain::Accounts::registerAccount(db, request, hash, days);
                        const bool failed = !r.ok();
                        return storage::WriteResult{std::any(std::move(r)), failed};
                    },
                    [](RequestContext &, std::any &r) {
                        return authAnswer(201, std::any_cast<Result<protocol::AuthResult> &>(r));
                    });
            });
    });

    router.add("POST", QStringLiteral("/api/v1/auth/login"), [](RequestContext &ctx, const HttpRequest &req, const PathParams &) {
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
        const QString hash = account.value() ? account.value()->passwordHash : domain::PasswordHasher::dummyHash();
        return onWorker(
            ctx, [hash, password = request->password] { return std::any(domain::PasswordHasher::verify(hash, password)); },
            [request = request.value(), account = account.value(), address](RequestContext &ctx, std::any &ok) {
                const auto user = ctx.accounts.completeLogin(request, account, std::any_cast<bool>(ok), address);
                if (!user)
                    return HttpResponse::fromError(user.error());
                return afterWrite(
                    ctx,
                    [user = user.value(), days = ctx.accounts.sessionDays()](QSqlDatabase &db) {
                        return storage::WriteResult{std::any(domain::Accounts::openSession(db, user, days)), false};
                    },
                    [](RequestContext &, std::any &r) {
                        return authAnswer(200, std::any_cast<Result<protocol::AuthResult> &>(r));
                    });
            });
    });

    router.add("POST", QStringLiteral("/api/v1/auth/logout"), [](RequestContext &ctx, const HttpRequest &req, const PathParams &) {
        return afterWrite(
            ctx,
            [token = bearerToken(req)](QSqlDatabase &db) {
                return storage::WriteResult{std::any(domain::Accounts::revoke(db, token)), false};
            },
            [](RequestContext &, std::any &r) {
                const auto &revoked = std::any_cast<Result<Done> &>(r);
                if (!revoked)
                    return HttpResponse::fromError(revoked.error());
                HttpResponse out;
                out.status = 204;
                return out;
            });
    }).access = Access::User;

    router.add("GET", QStringLiteral("/api/v1/me"), [](RequestContext &, const HttpRequest &req, const PathParams &) {
        JsonWriter w;
        req.principal->write(w);
        return HttpResponse::json(200, w.take());
    }).access = Access::User;
}

} // namespace emporium::http
