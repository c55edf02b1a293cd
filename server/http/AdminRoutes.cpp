#include "server/http/JsonBody.h"
#include "server/http/Offload.h"
#include "server/http/RequestContext.h"
#include "server/http/Routes.h"
#include "server/protocol/JsonWriter.h"
#include "server/realtime/AdminAnalytics.h"

namespace emporium::http {

using protocol::JsonWriter;

namespace {

void writeUser(JsonWriter &w, const storage::AdminUser &a)
{
    w.beginObject()
        .field("id", a.user.id)
        .field("email", a.user.email)
        .field("display_name", a.user.displayName);
    w.field("role", protocol::roleName(a.user.role))
        .field("disabled", a.disabled)
        .field("created_at", a.createdAt);
    if (a.user.shopId)
        w.key("shop").beginObject().field("id", a.user.shopId).field("name", a.user.shopName).endObject();
    w.endObject();
}

} // namespace

void addAdminRoutes(Router &router)
{
    router
        .add("GET", QStringLiteral("/api/v1/admin/analytics"),
             [](RequestContext &ctx, const HttpRequest &, const PathParams &) {
                 const realtime::AnalyticsSources sources{ctx.server.ordersPerMinute, ctx.hub,
                                                          *ctx.server.metrics};
                 return HttpResponse::json(200, realtime::analyticsJson(sources, ctx.db, false));
             })
        .access = Access::Admin;

    router
        .add("GET", QStringLiteral("/api/v1/admin/users"),
             [](RequestContext &ctx, const HttpRequest &req, const PathParams &) {
                 bool okPage = true, okPer = true;
                 const QString pageText = req.query.queryItemValue(QStringLiteral("page"));
                 const QString perText = req.query.queryItemValue(QStringLiteral("per_page"));
                 const int page = pageText.isEmpty() ? 1 : pageText.toInt(&okPage);
                 const int perPage = perText.isEmpty() ? 50 : perText.toInt(&okPer);
                 if (!okPage || page < 1 || !okPer || perPage < 1 || perPage > 100)
                     return HttpResponse::fromError(Error::validation(
                         QStringLiteral("page"), QStringLiteral("page >= 1, per_page 1..100")));
                 const auto users = ctx.admin.users(
                     req.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).trimmed(), page,
                     perPage);
                 if (!users)
                     return HttpResponse::fromError(users.error());
                 JsonWriter w;
                 w.beginObject().key("items").beginArray();
                 for (const auto &u : users->items)
                     writeUser(w, u);
                 w.endArray()
                     .field("total", users->total)
                     .field("page", page)
                     .field("per_page", perPage)
                     .endObject();
                 return HttpResponse::json(200, w.take());
             })
        .access = Access::Admin;

    router
        .add("PATCH", QStringLiteral("/api/v1/admin/users/{id}"),
             [](RequestContext &ctx, const HttpRequest &req, const PathParams &p) {
                 const auto id = parseId(p[0]);
                 if (!id)
                     return HttpResponse::fromError(Error::notFound(QStringLiteral("user")));
                 const auto body = jsonBody(req);
                 if (!body)
                     return HttpResponse::fromError(body.error());
                 storage::UserChange change;
                 QJsonObject bad;
                 if (body->contains(u"role")) {
                     change.role = protocol::roleFromName(body->value(u"role").toString());
                     if (!change.role)
                         bad.insert(u"role", QStringLiteral("must be buyer, seller or admin"));
                 }
                 if (body->contains(u"disabled")) {
                     if (!body->value(u"disabled").isBool())
                         bad.insert(u"disabled", QStringLiteral("must be true or false"));
                     else
                         change.disabled = body->value(u"disabled").toBool();
                 }
                 if (!change.role && !change.disabled && bad.isEmpty())
                     bad.insert(u"body", QStringLiteral("send role and/or disabled"));
                 if (!bad.isEmpty())
                     return HttpResponse::fromError({QStringLiteral("validation_failed"),
                                                     QStringLiteral("invalid fields"),
                                                     QJsonObject{{QStringLiteral("fields"), bad}}});
                 const qint64 adminId = req.principal->id;
                 return afterWrite(
                     ctx,
                     [adminId, user = *id, change](QSqlDatabase &db) {
                         return storage::AdminRepository::change(db, adminId, user, change);
                     },
                     [user = *id](RequestContext &ctx, const Result<Done> &r) {
                         if (!r)
                             return HttpResponse::fromError(r.error());
                         const auto u = ctx.admin.user(user);
                         if (!u || !u.value())
                             return HttpResponse::fromError(u ? Error::notFound(QStringLiteral("user"))
                                                              : u.error());
                         JsonWriter w;
                         writeUser(w, *u.value());
                         return HttpResponse::json(200, w.take());
                     });
             })
        .access = Access::Admin;
}

} // namespace emporium::http
