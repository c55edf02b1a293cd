#include "server/domain/Orders.h"
#include "server/http/JsonBody.h"
#include "server/http/RequestContext.h"
#include "server/http/RouteServices.h"
#include "server/http/Routes.h"
#include "server/mail/ReceiptRenderer.h"
#include "server/protocol/JsonWriter.h"
#include "server/protocol/Paging.h"

#include <QDateTime>
#include <QJsonArray>

namespace emporium::http {

using protocol::JsonWriter;

namespace {

// What the order routes use: the loop's reads and the order flow.
struct OrderServices
{
    explicit OrderServices(RequestContext &ctx)
        : reads(ctx.orders), flow(*ctx.server.orders), mailFrom(ctx.server.config.mailFrom), loop(ctx.loop)
    {
    }

    storage::OrderRepository &reads;
    domain::Orders &flow;
    const QString &mailFrom; // the receipt's sender
    QObject *loop;
};

HttpResponse orderJson(int status, const protocol::Order &order)
{
    JsonWriter w;
    order.write(w);
    return HttpResponse::json(status, w.take());
}

HttpResponse orderAnswer(const OrderServices &s, int status, qint64 buyerId, qint64 orderId)
{
    const auto order = s.reads.order(buyerId, orderId);
    if (!order)
        return HttpResponse::fromError(order.error());
    if (!order.value())
        return HttpResponse::fromError(Error::notFound(QStringLiteral("order %1").arg(orderId)));
    return orderJson(status, *order.value());
}

// The flow is the domain's (domain/Orders): this parses, hands over and answers when it is done.
HttpResponse placeOrder(const OrderServices &s, const HttpRequest &req, const PathParams &)
{
    const QString key = QString::fromUtf8(req.header("idempotency-key")).trimmed();
    if (key.isEmpty() || key.size() > 255)
        return HttpResponse::fromError(
            {QStringLiteral("invalid_request"),
             QStringLiteral("send an Idempotency-Key header (1 to 255 characters) with every order"),
             QJsonObject{{QStringLiteral("header"), QStringLiteral("Idempotency-Key")}}});
    const auto body = jsonBody(req);
    if (!body)
        return HttpResponse::fromError(body.error());
    const auto request = domain::OrderRequest::fromJson(body.value());
    if (!request)
        return HttpResponse::fromError(request.error());
    const domain::NewOrder order{req.principal->id, key, request.value()};
    return answerLater(s.loop, s.flow.place(s.reads, order), [](const Result<protocol::Order> &placed) {
        return placed ? orderJson(201, placed.value()) : HttpResponse::fromError(placed.error());
    });
}

// What a checkout would charge now: shipping per shop and the total (the order's body, no card).
HttpResponse quote(const OrderServices &s, const HttpRequest &req, const PathParams &)
{
    const auto body = jsonBody(req);
    if (!body)
        return HttpResponse::fromError(body.error());
    const auto request = domain::OrderRequest::fromJson(body.value(), domain::OrderRequest::Payment::None);
    if (!request)
        return HttpResponse::fromError(request.error());
    const auto quoted = s.flow.quote(s.reads, req.principal->id, request.value());
    return quoted ? HttpResponse::json(200, protocol::jsonBytes(quoted.value()))
                  : HttpResponse::fromError(quoted.error());
}

// GET /api/v1/orders: the buyer's own, newest first
HttpResponse listOrders(const OrderServices &s, const HttpRequest &req, const PathParams &)
{
    bool okPage = true, okPer = true;
    const QString pageText = req.query.queryItemValue(QStringLiteral("page"));
    const QString perText = req.query.queryItemValue(QStringLiteral("per_page"));
    const int page = pageText.isEmpty() ? 1 : pageText.toInt(&okPage);
    const int perPage = perText.isEmpty() ? 20 : perText.toInt(&okPer);
    if (!okPage || page < 1)
        return HttpResponse::fromError(
            Error::validation(QStringLiteral("page"), QStringLiteral("must be a positive integer")));
    if (!okPer || perPage < 1 || perPage > 100)
        return HttpResponse::fromError(
            Error::validation(QStringLiteral("per_page"), QStringLiteral("must be from 1 to 100")));
    const auto orders = s.reads.orders(req.principal->id, page, perPage);
    return orders ? HttpResponse::json(200, protocol::jsonBytes(orders.value()))
                  : HttpResponse::fromError(orders.error());
}

// GET /api/v1/orders/{id}/receipt: the receipt as the mail program opens it
HttpResponse receipt(const OrderServices &s, const HttpRequest &req, const PathParams &p)
{
    const auto id = parseId(p[0]);
    const auto order =
        id ? s.reads.order(req.principal->id, *id) : Result<std::optional<protocol::Order>>(std::nullopt);
    if (!order)
        return HttpResponse::fromError(order.error());
    if (!order.value())
        return HttpResponse::fromError(Error::notFound(QStringLiteral("order")));
    HttpResponse r;
    r.contentType = "message/rfc822";
    r.body = mail::ReceiptRenderer::render(*order.value(), req.principal->displayName, req.principal->email,
                                           s.mailFrom);
    r.setHeader("Content-Disposition",
                "attachment; filename=\"receipt-" + QByteArray::number(*id) + ".eml\"");
    return r;
}

// GET /api/v1/orders/{id}: another buyer's order is simply not found
HttpResponse oneOrder(const OrderServices &s, const HttpRequest &req, const PathParams &p)
{
    const auto id = parseId(p[0]);
    if (!id)
        return HttpResponse::fromError(Error::notFound(QStringLiteral("order")));
    return orderAnswer(s, 200, req.principal->id, *id);
}

} // namespace

void addOrderRoutes(Router &router)
{
    addRoute<OrderServices>(router, "POST", QStringLiteral("/api/v1/orders/quote"), quote).access =
        Access::User;
    addRoute<OrderServices>(router, "POST", QStringLiteral("/api/v1/orders"), placeOrder).access =
        Access::User;

    addRoute<OrderServices>(router, "GET", QStringLiteral("/api/v1/orders"), listOrders).access =
        Access::User;
    addRoute<OrderServices>(router, "GET", QStringLiteral("/api/v1/orders/{id}/receipt"), receipt).access =
        Access::User;
    addRoute<OrderServices>(router, "GET", QStringLiteral("/api/v1/orders/{id}"), oneOrder).access =
        Access::User;
}

} // namespace emporium::http
