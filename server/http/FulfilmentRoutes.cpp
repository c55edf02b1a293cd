// What follows payment (API.md "Order lifecycle") and the shop's shipping: the shop's queue, shipping and
// delivering a part, the buyer's cancellation, refunds by the shop and by an admin. Each handler parses,
// calls one domain::Fulfilment method and answers with the order.
#include "server/domain/Shipping.h"
#include "server/http/JsonBody.h"
#include "server/http/RequestContext.h"
#include "server/http/RouteServices.h"
#include "server/http/Routes.h"
#include "server/protocol/Paging.h"

#include <QJsonArray>

namespace emporium::http {

namespace {

struct FulfilmentServices
{
    explicit FulfilmentServices(RequestContext &ctx)
        : queue(ctx.fulfilmentReads), shipping(ctx.shipping), flow(*ctx.server.fulfilment), loop(ctx.loop)
    {
    }

    storage::FulfilmentRepository &queue;
    storage::ShippingRepository &shipping;
    domain::Fulfilment &flow;
    QObject *loop;
};

HttpResponse orderAnswer(const Result<protocol::Order> &order)
{
    return order ? HttpResponse::json(200, protocol::jsonBytes(order.value()))
                 : HttpResponse::fromError(order.error());
}

HttpResponse answerOrder(const FulfilmentServices &s, QFuture<Result<protocol::Order>> order)
{
    return answerLater(s.loop, std::move(order), orderAnswer);
}

// A shop hears of its own share of the order only (not the other shops' lines and prices).
HttpResponse answerShop(const FulfilmentServices &s, qint64 shopId, QFuture<Result<protocol::Order>> order)
{
    return answerLater(s.loop, std::move(order), [shopId](const Result<protocol::Order> &o) {
        return orderAnswer(o ? Result<protocol::Order>(storage::shopShare(o.value(), shopId)) : o);
    });
}

HttpResponse notFound()
{
    return HttpResponse::fromError(Error::notFound(QStringLiteral("order")));
}

Result<QString> text(const QJsonObject &body, const char *field, int maxLength, bool required)
{
    const QJsonValue v = body.value(QLatin1String(field));
    if (v.isUndefined() && !required)
        return QString();
    const QString s = v.toString().trimmed();
    if (!v.isString() || (required && s.isEmpty()) || s.size() > maxLength)
        return Error::validation(QLatin1String(field),
                                 required
                                     ? QStringLiteral("must be text of 1 to %1 characters").arg(maxLength)
                                     : QStringLiteral("must be text of at most %1 "
                                                      "characters")
                                           .arg(maxLength));
    return s;
}

// pageParam's answer, or the error naming the parameter
Result<int> pageOrError(const HttpRequest &req, const char *name, int fallback, int max)
{
    if (const auto value = pageParam(req, name, fallback, max))
        return *value;
    return Error::validation(QLatin1String(name),
                             QStringLiteral("must be a whole number from 1 to %1").arg(max));
}

HttpResponse sellerQueue(const FulfilmentServices &s, const HttpRequest &req, const PathParams &)
{
    static const QStringList kStatuses{QString(),
                                       QStringLiteral("paid"),
                                       QStringLiteral("shipped"),
                                       QStringLiteral("delivered"),
                                       QStringLiteral("cancelled"),
                                       QStringLiteral("refunded")};
    const QString status = req.query.queryItemValue(QStringLiteral("status"));
    if (!kStatuses.contains(status))
        return HttpResponse::fromError(Error::validation(
            QStringLiteral("status"),
            QStringLiteral("must be one of paid, shipped, delivered, cancelled, refunded")));
    const auto page = pageOrError(req, "page", 1, 1'000'000);
    const auto perPage = pageOrError(req, "per_page", 20, 100);
    if (!page || !perPage)
        return HttpResponse::fromError(page ? perPage.error() : page.error());
    const auto orders = s.queue.queue(req.principal->shopId, status, page.value(), perPage.value());
    return orders ? HttpResponse::json(200, protocol::jsonBytes(orders.value()))
                  : HttpResponse::fromError(orders.error());
}

HttpResponse ship(const FulfilmentServices &s, const HttpRequest &req, const PathParams &p)
{
    const auto id = parseId(p[0]);
    if (!id)
        return notFound();
    const auto body = jsonBody(req);
    if (!body)
        return HttpResponse::fromError(body.error());
    const auto carrier = text(body.value(), "carrier", 60, true);
    const auto tracking = text(body.value(), "tracking_number", 100, true);
    if (!carrier || !tracking)
        return HttpResponse::fromError(carrier ? tracking.error() : carrier.error());
    const qint64 shop = req.principal->shopId;
    return answerShop(s, shop, s.flow.ship(shop, *id, carrier.value(), tracking.value()));
}

HttpResponse deliver(const FulfilmentServices &s, const HttpRequest &req, const PathParams &p)
{
    const auto id = parseId(p[0]);
    const qint64 shop = req.principal->shopId;
    return id ? answerShop(s, shop, s.flow.deliver(shop, *id)) : notFound();
}

HttpResponse cancel(const FulfilmentServices &s, const HttpRequest &req, const PathParams &p)
{
    const auto id = parseId(p[0]);
    return id ? answerOrder(s, s.flow.cancel(req.principal->id, *id)) : notFound(); // another's: not found
}

Result<QList<storage::RefundLine>> refundLines(const QJsonObject &body)
{
    const QJsonValue lines = body.value(u"lines");
    if (!lines.isArray() || lines.toArray().isEmpty() || lines.toArray().size() > 500)
        return Error::validation(QStringLiteral("lines"), QStringLiteral("must list 1 to 500 lines"));
    QList<storage::RefundLine> out;
    for (qsizetype i = 0; i < lines.toArray().size(); ++i) {
        const QJsonObject line = lines.toArray()[i].toObject();
        const double item = line.value(u"item_id").toDouble(-1),
                     quantity = line.value(u"quantity").toDouble(-1);
        if (item < 1 || item != double(qint64(item)) || quantity < 1 || quantity > 1'000'000 ||
            quantity != double(int(quantity)))
            return Error::validation(QStringLiteral("lines[%1]").arg(i),
                                     QStringLiteral("needs an item_id and a whole quantity of at least 1"));
        out.append({qint64(item), int(quantity)});
    }
    return out;
}

// A refund by the shop (its own lines) or, with shopId 0, by an admin (any line).
Result<storage::RefundRequest> refundRequest(const HttpRequest &req, qint64 orderId, qint64 shopId)
{
    const QString key = QString::fromUtf8(req.header("idempotency-key")).trimmed();
    if (key.isEmpty() || key.size() > 255)
        return Error{QStringLiteral("invalid_request"),
                     QStringLiteral("send an Idempotency-Key header (1 to 255 characters) with every refund"),
                     QJsonObject{{QStringLiteral("header"), QStringLiteral("Idempotency-Key")}}};
    const auto body = jsonBody(req);
    if (!body)
        return body.error();
    const auto lines = refundLines(body.value());
    if (!lines)
        return lines.error();
    const QJsonValue restock = body->value(u"restock");
    if (!restock.isUndefined() && !restock.isBool())
        return Error::validation(QStringLiteral("restock"), QStringLiteral("must be true or false"));
    const auto reason = text(body.value(), "reason", 500, false);
    if (!reason)
        return reason.error();
    return storage::RefundRequest{
        orderId, shopId, req.principal->id, key, lines.value(), restock.toBool(false), reason.value()};
}

auto refund(bool admin)
{
    return [admin](const FulfilmentServices &s, const HttpRequest &req, const PathParams &p) {
        const auto id = parseId(p[0]);
        if (!id)
            return notFound();
        const auto request = refundRequest(req, *id, admin ? 0 : req.principal->shopId);
        if (!request)
            return HttpResponse::fromError(request.error());
        return admin ? answerOrder(s, s.flow.refund(request.value()))
                     : answerShop(s, request->shopId, s.flow.refund(request.value()));
    };
}

HttpResponse settingsAnswer(const Result<protocol::ShippingSettings> &s)
{
    return s ? HttpResponse::json(200, protocol::jsonBytes(s.value())) : HttpResponse::fromError(s.error());
}

HttpResponse shippingSettings(const FulfilmentServices &s, const HttpRequest &req, const PathParams &)
{
    return settingsAnswer(s.shipping.settings(req.principal->shopId));
}

HttpResponse setShipping(const FulfilmentServices &s, const HttpRequest &req, const PathParams &)
{
    const auto body = jsonBody(req);
    if (!body)
        return HttpResponse::fromError(body.error());
    const auto settings = domain::shippingSettingsFromJson(body.value());
    if (!settings)
        return HttpResponse::fromError(settings.error());
    return answerLater(s.loop, s.flow.setShipping(req.principal->shopId, settings.value()), settingsAnswer);
}

} // namespace

void addFulfilmentRoutes(Router &router)
{
    addRoute<FulfilmentServices>(router, "GET", QStringLiteral("/api/v1/seller/shipping"), shippingSettings)
        .access = Access::Seller;
    addRoute<FulfilmentServices>(router, "PUT", QStringLiteral("/api/v1/seller/shipping"), setShipping)
        .access = Access::Seller;
    addRoute<FulfilmentServices>(router, "GET", QStringLiteral("/api/v1/seller/orders"), sellerQueue).access =
        Access::Seller;
    addRoute<FulfilmentServices>(router, "POST", QStringLiteral("/api/v1/seller/orders/{id}/ship"), ship)
        .access = Access::Seller;
    addRoute<FulfilmentServices>(router, "POST", QStringLiteral("/api/v1/seller/orders/{id}/deliver"),
                                 deliver)
        .access = Access::Seller;
    addRoute<FulfilmentServices>(router, "POST", QStringLiteral("/api/v1/seller/orders/{id}/refund"),
                                 refund(false))
        .access = Access::Seller;
    addRoute<FulfilmentServices>(router, "POST", QStringLiteral("/api/v1/admin/orders/{id}/refund"),
                                 refund(true))
        .access = Access::Admin;
    addRoute<FulfilmentServices>(router, "POST", QStringLiteral("/api/v1/orders/{id}/cancel"), cancel)
        .access = Access::User;
}

} // namespace emporium::http
