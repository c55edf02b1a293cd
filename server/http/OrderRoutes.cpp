#include "server/domain/OrderRequest.h"
#include "server/http/Events.h"
#include "server/mail/ReceiptRenderer.h"
#include "server/http/JsonBody.h"
#include "server/http/Offload.h"
#include "server/http/RequestContext.h"
#include "server/http/Routes.h"
#include "server/protocol/JsonWriter.h"

#include <QDateTime>
#include <QJsonArray>

namespace emporium::http {

using protocol::JsonWriter;
using storage::PlaceOutcome;

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

Error outOfStock(const QJsonArray &shortfalls)
{
    QStringList parts;
    for (const QJsonValue &v : shortfalls) {
        const QJsonObject s = v.toObject();
        parts << QStringLiteral("item %1 (%2 wanted, %3 left)")
                     .arg(s.value(u"item_id").toInteger())
                     .arg(s.value(u"requested").toInt())
                     .arg(s.value(u"available").toInteger());
    }
    return {QStringLiteral("out_of_stock"), QStringLiteral("not enough stock for %1").arg(parts.join(QStringLiteral(", "))),
            QJsonObject{{QStringLiteral("lines"), shortfalls}}};
}

Error idempotencyMismatch()
{
    return {QStringLiteral("idempotency_mismatch"),
            QStringLiteral("this Idempotency-Key was used with a different request body"), {}};
}

// Back on the loop after the writer: capture or void, count, answer.
HttpResponse finishOrder(RequestContext &ctx, const storage::PlaceOrder &cmd, const payments::Authorization &auth,
                         PlaceOutcome &o)
{
    payments::PaymentGateway &gateway = *ctx.server.payments;
    Metrics &metrics = *ctx.server.metrics;
    if (o.kind != PlaceOutcome::Placed)
        gateway.voidAuthorization(auth); // no order, no charge
    switch (o.kind) {
    case PlaceOutcome::Placed:
        if (auto captured = gateway.capture(auth); !captured)
            return HttpResponse::fromError(captured.error());
        ++metrics.ordersPlaced;
        ++metrics.paymentsCaptured;
        { // stock and sold counts changed
            QList<qint64> sold;
            for (const auto &change : o.stock)
                sold << change.itemId;
            ctx.server.itemsChanged(ctx.db, sold);
        }
        if (ctx.server.wakeMail)
            ctx.server.wakeMail(); // the receipt is in the outbox, committed with the order
        {
            const auto order = ctx.orders.order(cmd.buyerId, o.orderId);
            if (!order || !order.value())
                return HttpResponse::fromError(order ? Error::notFound(QStringLiteral("order")) : order.error());
            ctx.server.ordersPerMinute.record(QDateTime::currentSecsSinceEpoch(), order.value()->totalCents);
            publishOrder(ctx, cmd.buyerId, *order.value(), o.stock, cmd.fromCart);
            return orderJson(201, *order.value());
        }
    case PlaceOutcome::Existing:
        if (o.existingHash != cmd.requestHash)
            return HttpResponse::fromError(idempotencyMismatch());
        return orderAnswer(ctx, 201, cmd.buyerId, o.orderId);
    case PlaceOutcome::OutOfStock:
        ++metrics.ordersOutOfStock;
        return HttpResponse::fromError(outOfStock(o.shortfalls));
    case PlaceOutcome::PriceChanged:
        return HttpResponse::fromError({QStringLiteral("conflict"),
                                        QStringLiteral("prices changed while ordering; review the order and try again"),
                                        {}});
    case PlaceOutcome::Failed:
        break;
    }
    return HttpResponse::fromError(o.error);
}

HttpResponse placeOrder(RequestContext &ctx, const HttpRequest &req)
{
    const QString key = QString::fromUtf8(req.header("idempotency-key")).trimmed();
    if (key.isEmpty() || key.size() > 255)
        return HttpResponse::fromError({QStringLiteral("invalid_request"),
                                        QStringLiteral("send an Idempotency-Key header (1 to 255 characters) with every order"),
                                        QJsonObject{{QStringLiteral("header"), QStringLiteral("Idempotency-Key")}}});
    const auto body = jsonBody(req);
    if (!body)
        return HttpResponse::fromError(body.error());
    const auto request = domain::OrderRequest::fromJson(body.value());
    if (!request)
        return HttpResponse::fromError(request.error());
    const qint64 buyer = req.principal->id;

    const auto earlier = ctx.orders.findByKey(buyer, key);
    if (!earlier)
        return HttpResponse::fromError(earlier.error());
    if (earlier.value()) {
        if (earlier.value()->second != request->requestHash)
            return HttpResponse::fromError(idempotencyMismatch());
        return orderAnswer(ctx, 201, buyer, earlier.value()->first); // the same order, no second charge
    }

    storage::PlaceOrder cmd;
    cmd.buyerId = buyer;
    cmd.idempotencyKey = key;
    cmd.requestHash = request->requestHash;
    cmd.shipping = request->shipping;
    cmd.currency = ctx.server.config.currency;
    cmd.fromCart = request->lines.isEmpty();
    if (cmd.fromCart) {
        auto lines = ctx.orders.cartLines(buyer);
        if (!lines)
            return HttpResponse::fromError(lines.error());
        if (lines->isEmpty())
            return HttpResponse::fromError(Error::validation(QStringLiteral("lines"), QStringLiteral("the cart is empty")));
        cmd.lines = lines.value();
    } else {
        cmd.lines = request->lines;
    }
    const auto priced = ctx.orders.price(cmd.lines);
    if (!priced)
        return HttpResponse::fromError(priced.error());
    QJsonArray shortfalls;
    for (const auto &p : priced.value()) {
        cmd.expectedTotalCents += p.unitPriceCents * p.quantity;
        if (p.quantity > p.stock)
            shortfalls.append(QJsonObject{{QStringLiteral("item_id"), p.itemId},
                                          {QStringLiteral("requested"), p.quantity},
                                          {QStringLiteral("available"), p.stock}});
    }
    if (!shortfalls.isEmpty()) { // plainly short already: no need to ask the bank
        ++ctx.server.metrics->ordersOutOfStock;
        return HttpResponse::fromError(outOfStock(shortfalls));
    }

    payments::PaymentGateway *gateway = ctx.server.payments.get();
    return onWorker(
        ctx,
        [gateway, card = request->card, total = cmd.expectedTotalCents, currency = cmd.currency] {
            return std::any(gateway->authorize(card, total, currency));
        },
        [cmd](RequestContext &ctx, std::any &result) mutable {
            const auto auth = std::any_cast<Result<payments::Authorization>>(result);
            if (!auth) {
                if (auth.error().code == u"payment_declined")
                    ++ctx.server.metrics->paymentsDeclined;
                return HttpResponse::fromError(auth.error());
            }
            cmd.cardBrand = auth->brand;
            cmd.cardLast4 = auth->last4;
            return afterWrite(
                ctx, [cmd](QSqlDatabase &db) { return storage::OrderRepository::place(db, cmd); },
                [cmd, auth = auth.value()](RequestContext &ctx, std::any &placed) {
                    return finishOrder(ctx, cmd, auth, std::any_cast<PlaceOutcome &>(placed));
                });
        });
}

} // namespace

void addOrderRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/api/v1/orders"), [](RequestContext &ctx, const HttpRequest &req, const PathParams &) {
        return placeOrder(ctx, req);
    }).access = Access::User;

    router.add("GET", QStringLiteral("/api/v1/orders"), [](RequestContext &ctx, const HttpRequest &req, const PathParams &) {
        bool okPage = true, okPer = true;
        const QString pageText = req.query.queryItemValue(QStringLiteral("page"));
        const QString perText = req.query.queryItemValue(QStringLiteral("per_page"));
        const int page = pageText.isEmpty() ? 1 : pageText.toInt(&okPage);
        const int perPage = perText.isEmpty() ? 20 : perText.toInt(&okPer);
        if (!okPage || page < 1)
            return HttpResponse::fromError(Error::validation(QStringLiteral("page"), QStringLiteral("must be a positive integer")));
        if (!okPer || perPage < 1 || perPage > 100)
            return HttpResponse::fromError(Error::validation(QStringLiteral("per_page"), QStringLiteral("must be from 1 to 100")));
        const auto orders = ctx.orders.orders(req.principal->id, page, perPage);
        if (!orders)
            return HttpResponse::fromError(orders.error());
        JsonWriter w;
        w.beginObject().key("items").beginArray();
        for (const auto &o : orders->items)
            o.write(w);
        w.endArray().field("total", orders->total).field("page", page).field("per_page", perPage).endObject();
        return HttpResponse::json(200, w.take());
    }).access = Access::User;

    router.add("GET", QStringLiteral("/api/v1/orders/{id}/receipt"),
               [](RequestContext &ctx, const HttpRequest &req, const PathParams &p) {
                   const auto id = parseId(p[0]);
                   const auto order = id ? ctx.orders.order(req.principal->id, *id) : Result<std::optional<protocol::Order>>(std::nullopt);
                   if (!order)
                       return HttpResponse::fromError(order.error());
                   if (!order.value())
                       return HttpResponse::fromError(Error::notFound(QStringLiteral("order")));
                   HttpResponse r;
                   r.contentType = "message/rfc822";
                   r.body = mail::ReceiptRenderer::render(*order.value(), req.principal->displayName, req.principal->email,
                                                          ctx.server.config.mailFrom);
                   r.setHeader("Content-Disposition", "attachment; filename=\"receipt-" + QByteArray::number(*id) + ".eml\"");
                   return r;
               }).access = Access::User;

    router.add("GET", QStringLiteral("/api/v1/orders/{id}"), [](RequestContext &ctx, const HttpRequest &req, const PathParams &p) {
        const auto id = parseId(p[0]);
        if (!id)
            return HttpResponse::fromError(Error::notFound(QStringLiteral("order")));
        return orderAnswer(ctx, 200, req.principal->id, *id); // another buyer's order is simply not found
    }).access = Access::User;
}

} // namespace emporium::http
