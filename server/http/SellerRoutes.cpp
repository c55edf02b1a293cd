#include "server/domain/Csv.h"
#include "server/domain/Inventory.h"
#include "server/http/JsonBody.h"
#include "server/http/RequestContext.h"
#include "server/http/RouteServices.h"
#include "server/http/Routes.h"
#include "server/protocol/ErrorFields.h"
#include "server/protocol/Paging.h"
#include "server/protocol/SellerTypes.h"

#include <QDateTime>
#include <QJsonObject>

namespace emporium::http {

namespace {

// What the seller routes use: the loop's reads of the shop and the inventory's changes.
struct SellerServices
{
    explicit SellerServices(RequestContext &ctx)
        : sellers(ctx.sellers), inventory(*ctx.server.inventory), loop(ctx.loop)
    {
    }

    storage::SellerRepository &sellers;
    domain::Inventory &inventory;
    QObject *loop;
};

// A wire type (or a page of them) as the body of a `status` answer, or the error.
template <typename T> HttpResponse answer(int status, const Result<T> &r)
{
    return r ? HttpResponse::json(status, protocol::jsonBytes(r.value()))
             : HttpResponse::fromError(r.error());
}

// After a create or change: the item as it is now (the index, the caches and the item's watchers heard
// of it from CatalogChanges with the commit).
auto itemAnswer(const SellerServices &s, int status, qint64 shopId)
{
    return [sellers = &s.sellers, status, shopId](const Result<qint64> &id) {
        if (!id)
            return HttpResponse::fromError(id.error());
        const auto item = sellers->item(shopId, id.value());
        if (!item || !item.value())
            return HttpResponse::fromError(item ? Error::notFound(QStringLiteral("item")) : item.error());
        return HttpResponse::json(status, protocol::jsonBytes(*item.value()));
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
HttpResponse uploadPicture(const SellerServices &s, const HttpRequest &req, const PathParams &p)
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
    const auto owned = s.sellers.item(shop, *id);
    if (!owned || !owned.value())
        return HttpResponse::fromError(Error::notFound(QStringLiteral("item %1").arg(*id)));
    return answerLater(s.loop, s.inventory.addPicture(shop, *id, req.body),
                       [](const Result<protocol::UploadedImage> &picture) { return answer(201, picture); });
}

// POST /api/v1/seller/items/import
HttpResponse importInventory(const SellerServices &s, const HttpRequest &req, const PathParams &)
{
    if (!req.header("content-type").toLower().startsWith("text/csv"))
        return HttpResponse::fromError(
            {QStringLiteral("unsupported_media_type"), QStringLiteral("send the file as text/csv"), {}});
    return answerLater(s.loop, s.inventory.importCsv(req.principal->shopId, req.body),
                       [](const Result<protocol::ImportResult> &r) { return answer(200, r); });
}

} // namespace

namespace {

// GET /api/v1/seller/items/export
HttpResponse exportInventory(const SellerServices &s, const HttpRequest &req, const PathParams &)
{
    const auto items = s.sellers.allItems(req.principal->shopId);
    if (!items)
        return HttpResponse::fromError(items.error());
    QString csv = domain::Inventory::kCsvColumns.join(u',') + QStringLiteral("\r\n");
    for (const protocol::InventoryItem &i : items.value())
        csv += QStringList{QString::number(i.summary.id),       domain::csvTextField(i.summary.title),
                           domain::csvTextField(i.description), QString::number(i.summary.priceCents),
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
HttpResponse listSales(const SellerServices &s, const HttpRequest &req, const PathParams &)
{
    const auto from = timeParam(req, "from", false);
    const auto to = timeParam(req, "to", true);
    const auto page = pageParam(req, "page", 1, 1000000);
    const auto perPage = pageParam(req, "per_page", 50, 100);
    const QString itemText = req.query.queryItemValue(QStringLiteral("item"));
    const auto item = itemText.isEmpty() ? std::optional<qint64>(0) : parseId(itemText);
    protocol::FieldErrors bad;
    if (!from)
        bad.append({QStringLiteral("from"), QStringLiteral("must be an ISO 8601 date or time")});
    if (!to)
        bad.append({QStringLiteral("to"), QStringLiteral("must be an ISO 8601 date or time")});
    if (!page || !perPage)
        bad.append({QStringLiteral("page"), QStringLiteral("page >= 1, per_page 1..100")});
    if (!item)
        bad.append({QStringLiteral("item"), QStringLiteral("must be an item id")});
    if (!bad.isEmpty())
        return HttpResponse::fromError(protocol::validationFailed(QStringLiteral("invalid parameters"), bad));
    const auto sales = s.sellers.sales(req.principal->shopId, *from, *to, *item, *page, *perPage);
    return answer(200, sales);
}

// GET /api/v1/seller/stats
HttpResponse salesStats(const SellerServices &s, const HttpRequest &req, const PathParams &)
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
    const auto stats = s.sellers.stats(req.principal->shopId, bucket, *from, *to);
    return answer(200, stats);
}

// GET /api/v1/seller/items
HttpResponse listInventory(const SellerServices &s, const HttpRequest &req, const PathParams &)
{
    const auto page = pageParam(req, "page", 1, 1000000);
    const auto perPage = pageParam(req, "per_page", 50, 100);
    if (!page || !perPage)
        return HttpResponse::fromError(Error::validation(
            page ? QStringLiteral("per_page") : QStringLiteral("page"), QStringLiteral("out of range")));
    const auto items = s.sellers.items(req.principal->shopId, *page, *perPage);
    return answer(200, items);
}

// POST /api/v1/seller/items
HttpResponse createItem(const SellerServices &s, const HttpRequest &req, const PathParams &)
{
    const auto body = jsonBody(req);
    if (!body)
        return HttpResponse::fromError(body.error());
    const auto input = domain::ItemInput::fromJson(body.value(), false);
    if (!input)
        return HttpResponse::fromError(input.error());
    const qint64 shop = req.principal->shopId;
    return answerLater(s.loop, s.inventory.create(shop, input.value()), itemAnswer(s, 201, shop));
}

// PATCH /api/v1/seller/items/{id}
HttpResponse updateItem(const SellerServices &s, const HttpRequest &req, const PathParams &p)
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
    return answerLater(s.loop, s.inventory.update(shop, *id, input.value()), itemAnswer(s, 200, shop));
}

// DELETE /api/v1/seller/items/{id}
HttpResponse delistItem(const SellerServices &s, const HttpRequest &req, const PathParams &p)
{
    const auto id = parseId(p[0]);
    if (!id)
        return HttpResponse::fromError(Error::notFound(QStringLiteral("item")));
    const qint64 shop = req.principal->shopId;
    return answerLater(s.loop, s.inventory.delist(shop, *id), [](const Result<qint64> &r) {
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
    addRoute<SellerServices>(router, "GET", QStringLiteral("/api/v1/seller/items/export"), exportInventory)
        .access = Access::Seller;

    auto &upload = addRoute<SellerServices>(
        router, "POST", QStringLiteral("/api/v1/seller/items/{id}/images"), uploadPicture);
    upload.access = Access::Seller;
    upload.maxBodyBytes = 10 << 20;

    auto &import = addRoute<SellerServices>(router, "POST", QStringLiteral("/api/v1/seller/items/import"),
                                            importInventory);
    import.access = Access::Seller;
    import.maxBodyBytes = 32 << 20; // large inventories

    addRoute<SellerServices>(router, "GET", QStringLiteral("/api/v1/seller/sales"), listSales).access =
        Access::Seller;

    addRoute<SellerServices>(router, "GET", QStringLiteral("/api/v1/seller/stats"), salesStats).access =
        Access::Seller;

    addRoute<SellerServices>(router, "GET", QStringLiteral("/api/v1/seller/items"), listInventory).access =
        Access::Seller;

    addRoute<SellerServices>(router, "POST", QStringLiteral("/api/v1/seller/items"), createItem).access =
        Access::Seller;

    addRoute<SellerServices>(router, "PATCH", QStringLiteral("/api/v1/seller/items/{id}"), updateItem)
        .access = Access::Seller;

    addRoute<SellerServices>(router, "DELETE", QStringLiteral("/api/v1/seller/items/{id}"), delistItem)
        .access = Access::Seller;
}

} // namespace emporium::http
