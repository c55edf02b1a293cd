// Admin (API.md "Admin"): the market's analytics and the users list with role and disabled changes.
#include "server/http/JsonBody.h"
#include "server/http/RequestContext.h"
#include "server/http/RouteServices.h"
#include "server/http/Routes.h"
#include "server/protocol/AdminTypes.h"
#include "server/protocol/ErrorFields.h"
#include "server/protocol/JsonWriter.h"
#include "server/protocol/Paging.h"
#include "server/realtime/AdminAnalytics.h"

namespace emporium::http {

namespace {

// What the admin routes use: the market's figures, the users, and the account rules for changes.
struct AdminServices
{
    explicit AdminServices(RequestContext &ctx)
        : sources{ctx.server.ordersPerMinute, ctx.hub, *ctx.server.metrics}, figures(ctx.analytics),
          outbox(ctx.outbox), users(ctx.admin), accounts(ctx.accounts), loop(ctx.loop)
    {
    }

    realtime::AnalyticsSources sources;
    storage::AnalyticsRepository &figures;
    storage::OutboxRepository &outbox;
    storage::AdminRepository &users;
    domain::Accounts &accounts;
    QObject *loop;
};

// GET /api/v1/admin/analytics
HttpResponse analytics(const AdminServices &s, const HttpRequest &, const PathParams &)
{
    return HttpResponse::json(
        200, protocol::jsonBytes(realtime::analyticsSnapshot(s.sources, s.figures, s.outbox)));
}

// GET /api/v1/admin/users?q=&page=&per_page=
HttpResponse listUsers(const AdminServices &s, const HttpRequest &req, const PathParams &)
{
    bool okPage = true, okPer = true;
    const QString pageText = req.query.queryItemValue(QStringLiteral("page"));
    const QString perText = req.query.queryItemValue(QStringLiteral("per_page"));
    const int page = pageText.isEmpty() ? 1 : pageText.toInt(&okPage);
    const int perPage = perText.isEmpty() ? 50 : perText.toInt(&okPer);
    if (!okPage || page < 1 || !okPer || perPage < 1 || perPage > 100)
        return HttpResponse::fromError(
            Error::validation(QStringLiteral("page"), QStringLiteral("page >= 1, per_page 1..100")));
    const auto users = s.users.users(
        req.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).trimmed(), page, perPage);
    if (!users)
        return HttpResponse::fromError(users.error());
    return HttpResponse::json(200, protocol::jsonBytes(users.value()));
}

// The body of PATCH /api/v1/admin/users/{id}: role and/or disabled, each checked.
Result<protocol::AdminUserChange> userChange(const QJsonObject &body)
{
    protocol::AdminUserChange change;
    protocol::FieldErrors bad;
    if (body.contains(u"role")) {
        change.role = protocol::roleFromName(body.value(u"role").toString());
        if (!change.role)
            bad.append({QStringLiteral("role"), QStringLiteral("must be buyer, seller or admin")});
    }
    if (body.contains(u"disabled")) {
        if (!body.value(u"disabled").isBool())
            bad.append({QStringLiteral("disabled"), QStringLiteral("must be true or false")});
        else
            change.disabled = body.value(u"disabled").toBool();
    }
    if (!change.role && !change.disabled && bad.isEmpty())
        bad.append({QStringLiteral("body"), QStringLiteral("send role and/or disabled")});
    if (!bad.isEmpty())
        return protocol::validationFailed(QStringLiteral("invalid fields"), bad);
    return change;
}

// PATCH /api/v1/admin/users/{id}: the user as it is after the change
HttpResponse changeUser(const AdminServices &s, const HttpRequest &req, const PathParams &p)
{
    const auto id = parseId(p[0]);
    if (!id)
        return HttpResponse::fromError(Error::notFound(QStringLiteral("user")));
    const auto body = jsonBody(req);
    if (!body)
        return HttpResponse::fromError(body.error());
    const auto change = userChange(body.value());
    if (!change)
        return HttpResponse::fromError(change.error());
    return answerLater(s.loop, s.accounts.changeUser(req.principal->id, *id, change.value()),
                       [](const Result<protocol::AdminUser> &user) {
                           return user ? HttpResponse::json(200, protocol::jsonBytes(user.value()))
                                       : HttpResponse::fromError(user.error());
                       });
}

} // namespace

void addAdminRoutes(Router &router)
{
    addRoute<AdminServices>(router, "GET", QStringLiteral("/api/v1/admin/analytics"), analytics).access =
        Access::Admin;
    addRoute<AdminServices>(router, "GET", QStringLiteral("/api/v1/admin/users"), listUsers).access =
        Access::Admin;
    addRoute<AdminServices>(router, "PATCH", QStringLiteral("/api/v1/admin/users/{id}"), changeUser).access =
        Access::Admin;
}

} // namespace emporium::http
