#include "server/http/JsonBody.h"
#include "server/http/RequestContext.h"
#include "server/http/RouteServices.h"
#include "server/http/Routes.h"
#include "server/protocol/JsonWriter.h"

namespace emporium::http {

using protocol::JsonWriter;

namespace {

// What the account routes use.
struct AccountServices
{
    explicit AccountServices(RequestContext &ctx) : accounts(ctx.accounts), loop(ctx.loop) {}

    domain::Accounts &accounts;
    QObject *loop;
};

auto authAnswer(int status)
{
    return [status](const Result<protocol::AuthResult> &r) {
        if (!r)
            return HttpResponse::fromError(r.error());
        JsonWriter w;
        r->write(w);
        return HttpResponse::json(status, w.take());
    };
}

QString bearerToken(const HttpRequest &req)
{
    return QString::fromLatin1(req.header("authorization").mid(7).trimmed());
}

template <typename Request> Result<Request> requestOf(const HttpRequest &req)
{
    const auto body = jsonBody(req);
    if (!body)
        return body.error();
    return Request::fromJson(body.value());
}

HttpResponse registerAccount(const AccountServices &s, const HttpRequest &req, const PathParams &)
{
    const auto request = requestOf<domain::RegisterRequest>(req);
    if (!request)
        return HttpResponse::fromError(request.error());
    return answerLater(s.loop, s.accounts.registerAccount(request.value()), authAnswer(201));
}

HttpResponse login(const AccountServices &s, const HttpRequest &req, const PathParams &)
{
    const auto request = requestOf<domain::LoginRequest>(req);
    if (!request)
        return HttpResponse::fromError(request.error());
    return answerLater(s.loop, s.accounts.login(request.value(), req.client.toString()), authAnswer(200));
}

HttpResponse logout(const AccountServices &s, const HttpRequest &req, const PathParams &)
{
    return answerLater(s.loop, s.accounts.logout(bearerToken(req)), [](const Result<Done> &revoked) {
        if (!revoked)
            return HttpResponse::fromError(revoked.error());
        HttpResponse out;
        out.status = 204;
        return out;
    });
}

HttpResponse me(const AccountServices &, const HttpRequest &req, const PathParams &)
{
    JsonWriter w;
    req.principal->write(w);
    return HttpResponse::json(200, w.take());
}

} // namespace

void addAccountRoutes(Router &router)
{
    addRoute<AccountServices>(router, "POST", QStringLiteral("/api/v1/auth/register"), registerAccount);
    addRoute<AccountServices>(router, "POST", QStringLiteral("/api/v1/auth/login"), login);
    addRoute<AccountServices>(router, "POST", QStringLiteral("/api/v1/auth/logout"), logout).access =
        Access::User;
    addRoute<AccountServices>(router, "GET", QStringLiteral("/api/v1/me"), me).access = Access::User;
}

} // namespace emporium::http
