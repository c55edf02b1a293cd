#include "server/domain/Orders.h"
#include "server/http/JsonBody.h"
#include "server/http/Offload.h"
#include "server/http/RequestContext.h"
#include "server/http/Routes.h"
#include "server/mail/ReceiptRenderer.h"
#include "server/protocol/JsonWriter.h"

#include <QDateTime>
#include <QJsonArray>

namespace emporium::http {

using protocol::JsonWriter;

namespace {

HttpResponse orderJson(int status, const protocol::Order &order)
{
    JsonWriter w;
    order.write(w);
    return HttpResponse::json(status, w.take());
}

HttpResponse orderAnswer(RequestContext &ctx, int status, qint64 buyerId, qint64 orderId)
{
    const auto order = ctx.orders.order(buyerId, orderId);
    if (!order)
        return HttpResponse::fromError(order.error());
    if (!order.value())
        return HttpResponse::fromError(Error::notFound(QStringLiteral("order %1").arg(orderId)));
    return orderJson(status, *order.value());
}

// The flow is the domain's (domain/Orders): this parses, hands over and answers when it is done.
HttpResponse placeOrder(RequestContext &ctx, const HttpRequest &req)
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
    return answerWhenDone(ctx, ctx.server.orders->place(ctx.orders, order),
                          [](RequestContext &, const Result<protocol::Order> &placed) {
                              return placed ? orderJson(201, placed.value())
                                            : HttpResponse::fromError(placed.error());
                          });
}

} // namespace

void addOrderRoutes(Router &router)
{
    router
        .add("POST", QStringLiteral("/api/v1/orders"),
             [](RequestContext &ctx, const HttpRequest &req, const PathParams &) {
                 return placeOrder(ctx, req);
             })
        .access = Access::User;

    router
        .add("GET", QStringLiteral("/api/v1/orders"),
             [](RequestContext &ctx, const HttpRequest &req, const PathParams &) {
                 bool okPage = true, okPer = true;
                 const QString pageText = req.query.queryItemValue(QStringLiteral("page"));
                 const QString perText = req.query.queryItemValue(QStringLiteral("per_page"));
                 const int page = pageText.isEmpty() ? 1 : pageText.toInt(&okPage);
                 const int perPage = perText.isEmpty() ? 20 : perText.toInt(&okPer);
                 if (!okPage || page < 1)
                     return HttpResponse::fromError(Error::validation(
                         QStringLiteral("page"), QStringLiteral("must be a positive integer")));
                 if (!okPer || perPage < 1 || perPage > 100)
                     return HttpResponse::fromError(Error::validation(
                         QStringLiteral("per_page"), QStringLiteral("must be from 1 to 100")));
                 const auto orders = ctx.orders.orders(req.principal->id, page, perPage);
                 if (!orders)
                     return HttpResponse::fromError(orders.error());
                 JsonWriter w;
                 w.beginObject().key("items").beginArray();
                 for (const auto &o : orders->items)
                     o.write(w);
                 w.endArray()
                     .field("total", orders->total)
                     .field("page", page)
                     .field("per_page", perPage)
                     .endObject();
                 return HttpResponse::json(200, w.take());
             })
        .access = Access::User;

    router
        .add("GET", QStringLiteral("/api/v1/orders/{id}/receipt"),
             [](RequestContext &ctx, const HttpRequest &req, const PathParams &p) {
                 const auto id = parseId(p[0]);
                 const auto order = id ? ctx.orders.order(req.principal->id, *id)
                                       : Result<std::optional<protocol::Order>>(std::nullopt);
                 if (!order)
                     return HttpResponse::fromError(order.error());
                 if (!order.value())
                     return HttpResponse::fromError(Error::notFound(QStringLiteral("order")));
                 HttpResponse r;
                 r.contentType = "message/rfc822";
                 r.body = mail::ReceiptRenderer::render(*order.value(), req.principal->displayName,
                                                        req.principal->email, ctx.server.config.mailFrom);
                 r.setHeader("Content-Disposition",
                             "attachment; filename=\"receipt-" + QByteArray::number(*id) + ".eml\"");
                 return r;
             })
        .access = Access::User;

    router
        .add("GET", QStringLiteral("/api/v1/orders/{id}"),
             [](RequestContext &ctx, const HttpRequest &req, const PathParams &p) {
                 const auto id = parseId(p[0]);
                 if (!id)
                     return HttpResponse::fromError(Error::notFound(QStringLiteral("order")));
                 return orderAnswer(ctx, 200, req.principal->id,
                                    *id); // another buyer's order is simply not found
             })
        .access = Access::User;
}

} // namespace emporium::http
