#include "server/domain/Csv.h"
#include "server/domain/Inventory.h"
#include "server/http/JsonBody.h"
#include "server/http/Offload.h"
#include "server/http/RequestContext.h"
#include "server/http/Routes.h"
#include "server/protocol/JsonWriter.h"
#include "server/realtime/RealtimeHub.h"

#include <QDateTime>
#include <QJsonArray>
#include <variant>

namespace emporium::http {

using protocol::JsonWriter;

namespace {

void writeItem(JsonWriter &w, const storage::SellerItem &i)
{
    w.beginObject();
    i.summary.writeFields(w);
    w.field("description", i.description).field("low_stock_threshold", i.lowStockThreshold).endObject();
}

// After a create or change: the item as it is now (the index, the caches and the item's watchers heard
// of it from CatalogChanges with the commit).
auto itemAnswer(int status, qint64 shopId)
{
    return [status, shopId](RequestContext &ctx, const Result<qint64> &id) {
        if (!id)
            return HttpResponse::fromError(id.error());
        const auto item = ctx.sellers.item(shopId, id.value());
        if (!item || !item.value())
            return HttpResponse::fromError(item ? Error::notFound(QStringLiteral("item")) : item.error());
        JsonWriter w;
        writeItem(w, *item.value());
        return HttpResponse::json(status, w.take());
    };
}

} // namespace

// from/to query parameters: ISO 8601 date or date-time, or absent
std::optional<QString> timeParam(const HttpRequest &req, const char *name, bool endOfDay)
{
    const QString text = req.query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).trimmed();
    if (text.isEmpty())
        return QString();
    const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (at.isValid())
        return at.toUTC().toString(Qt::ISODate);
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid())
        return std::nullopt;
    return day.toString(Qt::ISODate) +
           (endOfDay ? QStringLiteral("T23:59:59Z") : QStringLiteral("T00:00:00Z"));
}

namespace {

// POST /api/v1/seller/items/{id}/images
HttpResponse uploadPicture(RequestContext &ctx, const HttpRequest &req, const PathParams &p)
{
    const auto id = parseId(p[0]);
    if (!id)
        return HttpResponse::fromError(Error::notFound(QStringLiteral("item")));
    const QByteArray type = req.header("content-type").toLower();
    if (type != "image/png" && type != "image/jpeg" && type != "image/webp")
        return HttpResponse::fromError(
            {QStringLiteral("unsupported_media_type"),
             QStringLiteral("send the picture as image/png, image/jpeg or image/webp"),
             {}});
    const qint64 shop = req.principal->shopId;
    const auto owned = ctx.sellers.item(shop, *id);
    if (!owned || !owned.value() || owned.value()->delisted)
        return HttpResponse::fromError(Error::notFound(QStringLiteral("item %1").arg(*id)));
    return answerWhenDone(
        ctx, ctx.server.inventory->addPicture(shop, *id, req.body),
        [](RequestContext &, const Result<domain::StoredImage> &picture) {
            if (!picture)
                return HttpResponse::fromError(picture.error());
            JsonWriter w;
            w.beginObject().field("image_url", QStringLiteral("/images/") + picture->name);
            w.field("thumbnail_url", QStringLiteral("/images/") + picture->thumbName).endObject();
            return HttpResponse::json(201, w.take());
        });
}

// POST /api/v1/seller/items/import
HttpResponse importInventory(RequestContext &ctx, const HttpRequest &req, const PathParams &)
{
    if (!req.header("content-type").toLower().startsWith("text/csv"))
        return HttpResponse::fromError(
            {QStringLiteral("unsupported_media_type"), QStringLiteral("send the file as text/csv"), {}});
    return answerWhenDone(
        ctx, ctx.server.inventory->importCsv(req.principal->shopId, req.body),
        [](RequestContext &, const Result<std::pair<int, int>> &r) {
            if (!r)
                return HttpResponse::fromError(r.error());
            JsonWriter w;
            w.beginObject().field("created", r->first).field("updated", r->second).endObject();
            return HttpResponse::json(200, w.take());
        });
}

} // namespace

namespace {

// GET /api/v1/seller/items/export
HttpResponse exportInventory(RequestContext &ctx, const HttpRequest &req, const PathParams &)
{
    const auto items = ctx.sellers.allItems(req.principal->shopId);
    if (!items)
        return HttpResponse::fromError(items.error());
    QString csv = domain::Inventory::kCsvColumns.join(u',') + QStringLiteral("\r\n");
    for (const auto &i : items.value())
        csv += QStringList{QString::number(i.summary.id),       domain::csvField(i.summary.title),
                           domain::csvField(i.description),     QString::number(i.summary.priceCents),
                           QString::number(i.summary.stock),    QString::number(i.summary.categoryId),
                           QString::number(i.lowStockThreshold)}
                   .join(u',') +
               QStringLiteral("\r\n");
    HttpResponse r;
    r.contentType = "text/csv; charset=utf-8";
    r.body = csv.toUtf8();
    r.setHeader("Content-Disposition", "attachment; filename=\"inventory.csv\"");
    return r;
}

// GET /api/v1/seller/sales
HttpResponse listSales(RequestContext &ctx, const HttpRequest &req, const PathParams &)
{
    const auto from = timeParam(req, "from", false);
    const auto to = timeParam(req, "to", true);
    const auto page = pageParam(req, "page", 1, 1000000);
    const auto perPage = pageParam(req, "per_page", 50, 100);
    const QString itemText = req.query.queryItemValue(QStringLiteral("item"));
    const auto item = itemText.isEmpty() ? std::optional<qint64>(0) : parseId(itemText);
    QJsonObject bad;
    if (!from)
        bad.insert(u"from", QStringLiteral("must be an ISO 8601 date or time"));
    if (!to)
        bad.insert(u"to", QStringLiteral("must be an ISO 8601 date or time"));
    if (!page || !perPage)
        bad.insert(u"page", QStringLiteral("page >= 1, per_page 1..100"));
    if (!item)
        bad.insert(u"item", QStringLiteral("must be an item id"));
    if (!bad.isEmpty())
        return HttpResponse::fromError({QStringLiteral("validation_failed"),
                                        QStringLiteral("invalid parameters"),
                                        QJsonObject{{QStringLiteral("fields"), bad}}});
    const auto sales = ctx.sellers.sales(req.principal->shopId, *from, *to, *item, *page, *perPage);
    if (!sales)
        return HttpResponse::fromError(sales.error());
    JsonWriter w;
    w.beginObject().key("items").beginArray();
    for (const auto &l : sales->items) {
        w.beginObject().field("order_id", l.orderId).field("item_id", l.itemId).field("title", l.title);
        w.field("quantity", l.quantity).field("unit_price_cents", l.unitPriceCents);
        w.field("total_cents", l.unitPriceCents * l.quantity).field("created_at", l.createdAt).endObject();
    }
    w.endArray().field("total", sales->total).field("page", *page).field("per_page", *perPage).endObject();
    return HttpResponse::json(200, w.take());
}

// GET /api/v1/seller/stats
HttpResponse salesStats(RequestContext &ctx, const HttpRequest &req, const PathParams &)
{
    const QString bucket = req.query.queryItemValue(QStringLiteral("bucket")).isEmpty()
                               ? QStringLiteral("day")
                               : req.query.queryItemValue(QStringLiteral("bucket"));
    const auto from = timeParam(req, "from", false);
    const auto to = timeParam(req, "to", true);
    if (bucket != u"minute" && bucket != u"hour" && bucket != u"day")
        return HttpResponse::fromError(
            Error::validation(QStringLiteral("bucket"), QStringLiteral("must be minute, hour or day")));
    if (!from || !to)
        return HttpResponse::fromError(Error::validation(from ? QStringLiteral("to") : QStringLiteral("from"),
                                                         QStringLiteral("must be an ISO 8601 date or time")));
    const auto stats = ctx.sellers.stats(req.principal->shopId, bucket, *from, *to);
    if (!stats)
        return HttpResponse::fromError(stats.error());
    JsonWriter w;
    w.beginObject().field("bucket", bucket).key("series").beginArray();
    for (const auto &p : stats->first)
        w.beginObject()
            .field("at", p.at)
            .field("revenue_cents", p.revenueCents)
            .field("units", p.units)
            .endObject();
    w.endArray().key("top_items").beginArray();
    for (const auto &t : stats->second) {
        w.beginObject().field("item_id", t.itemId).field("title", t.title).field("units", t.units);
        w.field("revenue_cents", t.revenueCents).endObject();
    }
    w.endArray().endObject();
    return HttpResponse::json(200, w.take());
}

// GET /api/v1/seller/items
HttpResponse listInventory(RequestContext &ctx, const HttpRequest &req, const PathParams &)
{
    const auto page = pageParam(req, "page", 1, 1000000);
    const auto perPage = pageParam(req, "per_page", 50, 100);
    if (!page || !perPage)
        return HttpResponse::fromError(Error::validation(
            page ? QStringLiteral("per_page") : QStringLiteral("page"), QStringLiteral("out of range")));
    const auto items = ctx.sellers.items(req.principal->shopId, *page, *perPage);
    if (!items)
        return HttpResponse::fromError(items.error());
    JsonWriter w;
    w.beginObject().key("items").beginArray();
    for (const auto &i : items->items)
        writeItem(w, i);
    w.endArray().field("total", items->total).field("page", *page).field("per_page", *perPage).endObject();
    return HttpResponse::json(200, w.take());
}

// POST /api/v1/seller/items
HttpResponse createItem(RequestContext &ctx, const HttpRequest &req, const PathParams &)
{
    const auto body = jsonBody(req);
    if (!body)
        return HttpResponse::fromError(body.error());
    const auto input = domain::ItemInput::fromJson(body.value(), false);
    if (!input)
        return HttpResponse::fromError(input.error());
    const qint64 shop = req.principal->shopId;
    return answerWhenDone(ctx, ctx.server.inventory->create(shop, input.value()), itemAnswer(201, shop));
}

// PATCH /api/v1/seller/items/{id}
HttpResponse updateItem(RequestContext &ctx, const HttpRequest &req, const PathParams &p)
{
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
    return answerWhenDone(ctx, ctx.server.inventory->update(shop, *id, input.value()), itemAnswer(200, shop));
}

// DELETE /api/v1/seller/items/{id}
HttpResponse delistItem(RequestContext &ctx, const HttpRequest &req, const PathParams &p)
{
    const auto id = parseId(p[0]);
    if (!id)
        return HttpResponse::fromError(Error::notFound(QStringLiteral("item")));
    const qint64 shop = req.principal->shopId;
    return answerWhenDone(ctx, ctx.server.inventory->delist(shop, *id),
                          [](RequestContext &, const Result<qint64> &r) {
                              if (!r)
                                  return HttpResponse::fromError(r.error());
                              HttpResponse out;
                              out.status = 204;
                              return out;
                          });
}

} // namespace

void addSellerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/seller/items/export"), exportInventory).access = Access::Seller;

    auto &upload = router.add("POST", QStringLiteral("/api/v1/seller/items/{id}/images"), uploadPicture);
    upload.access = Access::Seller;
    upload.maxBodyBytes = 10 << 20;

    auto &import = router.add("POST", QStringLiteral("/api/v1/seller/items/import"), importInventory);
    import.access = Access::Seller;
    import.maxBodyBytes = 32 << 20; // large inventories

    router.add("GET", QStringLiteral("/api/v1/seller/sales"), listSales).access = Access::Seller;

    router.add("GET", QStringLiteral("/api/v1/seller/stats"), salesStats).access = Access::Seller;

    router.add("GET", QStringLiteral("/api/v1/seller/items"), listInventory).access = Access::Seller;

    router.add("POST", QStringLiteral("/api/v1/seller/items"), createItem).access = Access::Seller;

    router.add("PATCH", QStringLiteral("/api/v1/seller/items/{id}"), updateItem).access = Access::Seller;

    router.add("DELETE", QStringLiteral("/api/v1/seller/items/{id}"), delistItem).access = Access::Seller;
}

} // namespace emporium::http
