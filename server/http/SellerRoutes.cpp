#include "server/http/JsonBody.h"
#include "server/http/Offload.h"
#include "server/http/RequestContext.h"
#include "server/http/Routes.h"
#include "server/protocol/JsonWriter.h"
#include "server/realtime/RealtimeHub.h"

namespace emporium::http {

using protocol::JsonWriter;

namespace {

void writeItem(JsonWriter &w, const storage::SellerItem &i)
{
    w.beginObject();
    i.summary.writeFields(w);
    w.field("description", i.description).field("low_stock_threshold", i.lowStockThreshold).endObject();
}

std::optional<int> pageParam(const HttpRequest &req, const char *name, int fallback, int max)
{
    const QString text = req.query.queryItemValue(QLatin1String(name));
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const int v = text.toInt(&ok);
    return ok && v >= 1 && v <= max ? std::optional<int>(v) : std::nullopt;
}

// After a create or change: the item as it is now (the catalog's caches are stale).
Then itemAnswer(int status, qint64 shopId)
{
    return [status, shopId](RequestContext &ctx, std::any &result) {
        const auto &id = std::any_cast<Result<qint64> &>(result);
        if (!id)
            return HttpResponse::fromError(id.error());
        ctx.server.catalogVersion.fetch_add(1, std::memory_order_acq_rel);
        const auto item = ctx.sellers.item(shopId, id.value());
        if (!item || !item.value())
            return HttpResponse::fromError(item ? Error::notFound(QStringLiteral("item")) : item.error());
        // a changed stock is live in every window watching the item
        JsonWriter event;
        event.beginObject().field("type", "stock").field("item_id", id.value()).field("stock", item.value()->summary.stock);
        event.field("sold_count", item.value()->summary.soldCount).endObject();
        ctx.hub.publish(QStringLiteral("item:%1").arg(id.value()), event.data());
        JsonWriter w;
        writeItem(w, *item.value());
        return HttpResponse::json(status, w.take());
    };
}

} // namespace

void addSellerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/seller/items"), [](RequestContext &ctx, const HttpRequest &req, const PathParams &) {
        const auto page = pageParam(req, "page", 1, 1000000);
        const auto perPage = pageParam(req, "per_page", 50, 100);
        if (!page || !perPage)
            return HttpResponse::fromError(
                Error::validation(page ? QStringLiteral("per_page") : QStringLiteral("page"), QStringLiteral("out of range")));
        const auto items = ctx.sellers.items(req.principal->shopId, *page, *perPage);
        if (!items)
            return HttpResponse::fromError(items.error());
        JsonWriter w;
        w.beginObject().key("items").beginArray();
        for (const auto &i : items->items)
            writeItem(w, i);
        w.endArray().field("total", items->total).field("page", *page).field("per_page", *perPage).endObject();
        return HttpResponse::json(200, w.take());
    }).access = Access::Seller;

    router.add("POST", QStringLiteral("/api/v1/seller/items"), [](RequestContext &ctx, const HttpRequest &req, const PathParams &) {
        const auto body = jsonBody(req);
        if (!body)
            return HttpResponse::fromError(body.error());
        const auto input = domain::ItemInput::fromJson(body.value(), false);
        if (!input)
            return HttpResponse::fromError(input.error());
        const qint64 shop = req.principal->shopId;
        return afterWrite(
            ctx, [shop, in = input.value()](QSqlDatabase &db) { return storage::SellerRepository::create(db, shop, in); },
            itemAnswer(201, shop));
    }).access = Access::Seller;

    router.add("PATCH", QStringLiteral("/api/v1/seller/items/{id}"),
               [](RequestContext &ctx, const HttpRequest &req, const PathParams &p) {
                   const auto id = parseId(p[0]);
                   if (!id)
                       return HttpResponse::fromError(Error::notFound(QStringLiteral("item")));
                   const auto body = jsonBody(req);
                   if (!body)
                       return HttpResponse::fromError(body.error());
                   const auto input = domain::ItemInput::fromJson(body.value(), true);
                   if (!input)
                       return HttpResponse::fromError(input.error());
                   const qint64 shop = req.principal->shopId;
                   return afterWrite(
                       ctx,
                       [shop, item = *id, in = input.value()](QSqlDatabase &db) {
                           return storage::SellerRepository::update(db, shop, item, in);
                       },
                       itemAnswer(200, shop));
               }).access = Access::Seller;

    router.add("DELETE", QStringLiteral("/api/v1/seller/items/{id}"),
               [](RequestContext &ctx, const HttpRequest &req, const PathParams &p) {
                   const auto id = parseId(p[0]);
                   if (!id)
                       return HttpResponse::fromError(Error::notFound(QStringLiteral("item")));
                   const qint64 shop = req.principal->shopId;
                   return afterWrite(
                       ctx, [shop, item = *id](QSqlDatabase &db) { return storage::SellerRepository::delist(db, shop, item); },
                       [](RequestContext &ctx, std::any &result) {
                           const auto &r = std::any_cast<Result<qint64> &>(result);
                           if (!r)
                               return HttpResponse::fromError(r.error());
                           ctx.server.catalogVersion.fetch_add(1, std::memory_order_acq_rel);
                           HttpResponse out;
                           out.status = 204;
                           return out;
                       });
               }).access = Access::Seller;
}

} // namespace emporium::http
