#include "server/domain/Orders.h"

#include "server/domain/Announcements.h"
#include "server/domain/FaultHooks.h"
#include "server/domain/Publisher.h"
#include "server/domain/Shipping.h"
#include "server/metrics/Metrics.h"
#include "server/payments/PaymentGateway.h"
#include "server/protocol/RealtimeEvents.h"
#include "server/storage/OrderRepository.h"
#include "server/storage/Writer.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QPromise>
#include <QThreadPool>
#include <algorithm>
#include <cstdlib>

Q_LOGGING_CATEGORY(lcOrders, "emporium.server.orders")

namespace emporium::domain {

using storage::PlaceOutcome;

struct Orders::Flow
{
    QPromise<Result<protocol::Order>> promise;
    storage::PlaceOrder cmd;
    payments::Card card;
    QString authorizationId;
    PlaceOutcome outcome; // once committed

    void finish(Result<protocol::Order> result)
    {
        promise.addResult(std::move(result));
        promise.finish();
    }
};

namespace {

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
    return {QStringLiteral("out_of_stock"),
            QStringLiteral("not enough stock for %1").arg(parts.join(QStringLiteral(", "))),
            QJsonObject{{QStringLiteral("lines"), shortfalls}}};
}

Error idempotencyMismatch()
{
    return {QStringLiteral("idempotency_mismatch"),
            QStringLiteral("this Idempotency-Key was used with a different request body"),
            {}};
}

Error pricesChanged()
{
    return {QStringLiteral("conflict"),
            QStringLiteral("prices changed while ordering; review the order and try again"),
            {}};
}

QFuture<Result<protocol::Order>> ready(Result<protocol::Order> result)
{
    return QtFuture::makeReadyFuture(std::move(result));
}

Result<protocol::Order> existingOrder(storage::OrderRepository &reads, qint64 buyerId, qint64 orderId)
{
    const auto order = reads.order(buyerId, orderId);
    if (!order)
        return order.error();
    if (!order.value())
        return Error::notFound(QStringLiteral("order %1").arg(orderId));
    return *order.value();
}

// An order's lines (the request's, or the buyer's cart), priced as the buyer sees them now, with the
// shipping each shop charges to the address.
struct PricedOrder
{
    QList<OrderLineRequest> lines;
    bool fromCart = false;
    QList<storage::PricedLine> priced;
    protocol::Quote quote;
};

Result<PricedOrder> priceOrder(storage::OrderRepository &reads, qint64 buyerId, const OrderRequest &request,
                               const QString &currency)
{
    PricedOrder out;
    out.fromCart = request.lines.isEmpty();
    if (out.fromCart) {
        auto lines = reads.cartLines(buyerId);
        if (!lines)
            return lines.error();
        if (lines->isEmpty())
            return Error::validation(QStringLiteral("lines"), QStringLiteral("the cart is empty"));
        out.lines = lines.value();
    } else {
        out.lines = request.lines;
    }
    auto priced = reads.price(out.lines);
    if (!priced)
        return priced.error();
    out.priced = std::move(priced.value());
    QList<qint64> shops;
    for (const auto &p : std::as_const(out.priced))
        if (!shops.contains(p.shopId))
            shops.append(p.shopId);
    const auto settings = reads.shipping(shops);
    if (!settings)
        return settings.error();
    auto quote =
        quoteShipping(out.priced, settings.value(), request.shipping.country, currency, QDate::currentDate());
    if (!quote)
        return quote.error();
    out.quote = std::move(quote.value());
    return out;
}

// The writer's job, priced from what the buyer sees now; plainly short lines need no bank.
Result<storage::PlaceOrder> command(storage::OrderRepository &reads, const NewOrder &o,
                                    const QString &currency)
{
    const auto priced = priceOrder(reads, o.buyerId, o.request, currency);
    if (!priced)
        return priced.error();
    storage::PlaceOrder cmd;
    cmd.buyerId = o.buyerId;
    cmd.idempotencyKey = o.idempotencyKey;
    cmd.requestHash = o.request.requestHash;
    cmd.shipping = o.request.shipping;
    cmd.currency = currency;
    cmd.fromCart = priced->fromCart;
    cmd.lines = priced->lines;
    cmd.expectedTotalCents = priced->quote.totalCents;
    for (const protocol::QuotePart &part : priced->quote.parts)
        cmd.shippingByShop.insert(part.shopId, part.shippingCents);
    QJsonArray shortfalls;
    for (const auto &p : priced->priced)
        if (p.quantity > p.stock)
            shortfalls.append(QJsonObject{{QStringLiteral("item_id"), p.itemId},
                                          {QStringLiteral("requested"), p.quantity},
                                          {QStringLiteral("available"), p.stock}});
    if (!shortfalls.isEmpty())
        return outOfStock(shortfalls);
    return cmd;
}

} // namespace

Result<protocol::Quote> Orders::quote(storage::OrderRepository &reads, qint64 buyerId,
                                      const OrderRequest &request) const
{
    const auto priced = priceOrder(reads, buyerId, request, m_s.currency);
    if (!priced)
        return priced.error();
    return priced->quote;
}

QFuture<Result<protocol::Order>> Orders::place(storage::OrderRepository &reads, const NewOrder &order)
{
    const auto earlier = reads.findByKey(order.buyerId, order.idempotencyKey);
    if (!earlier)
        return ready(earlier.error());
    if (earlier.value()) { // the same order again, no second charge
        if (earlier.value()->second != order.request.requestHash)
            return ready(idempotencyMismatch());
        return ready(existingOrder(reads, order.buyerId, earlier.value()->first));
    }
    auto cmd = command(reads, order, m_s.currency);
    if (!cmd) {
        if (cmd.error().code == u"out_of_stock")
            ++m_s.metrics.ordersOutOfStock;
        return ready(cmd.error());
    }
    auto flow = std::make_shared<Flow>();
    flow->cmd = std::move(cmd.value());
    flow->card = order.request.card;
    flow->promise.start();
    QFuture<Result<protocol::Order>> answer = flow->promise.future();
    authorize(flow);
    return answer;
}

void Orders::authorize(const std::shared_ptr<Flow> &flow)
{
    m_s.workers.start([this, flow] {
        const auto auth = m_s.gateway.authorize(flow->card, flow->cmd.expectedTotalCents, flow->cmd.currency);
        if (!auth) {
            if (auth.error().code == u"payment_declined")
                ++m_s.metrics.paymentsDeclined;
            flow->finish(auth.error());
            return;
        }
        flow->authorizationId = auth->id;
        flow->cmd.paymentRef = auth->id;
        flow->cmd.cardBrand = auth->brand;
        flow->cmd.cardLast4 = auth->last4;
        write(flow);
    });
}

void Orders::write(const std::shared_ptr<Flow> &flow)
{
    flow->cmd.readCartAfter =
        flow->cmd.fromCart && m_s.publisher.subscribers(QStringLiteral("user:%1").arg(flow->cmd.buyerId)) > 0;
    m_s.writer
        .submit<PlaceOutcome>(
            [cmd = flow->cmd](QSqlDatabase &db) { return storage::OrderRepository::place(db, cmd); })
        .then(QtFuture::Launch::Sync, [this, flow](Result<PlaceOutcome> outcome) { placed(flow, outcome); });
}

// On the writer thread, right after the commit (or the failure): nothing slow here.
void Orders::placed(const std::shared_ptr<Flow> &flow, Result<PlaceOutcome> &outcome)
{
    if (outcome && outcome->kind == PlaceOutcome::Placed) {
        flow->outcome = std::move(outcome.value());
        m_s.workers.start([this, flow] { capture(flow); });
        return;
    }
    m_s.workers.start([this, id = flow->authorizationId] { // no order, no charge
        if (auto voided = m_s.gateway.voidAuthorization(id, QStringLiteral("void-") + id); !voided)
            qCWarning(lcOrders) << "voiding" << id << "failed:" << voided.error().message;
    });
    flow->finish(refusal(*flow, outcome));
}

// Why an order that was not placed was not: the write failed, a replay raced it, stock or prices moved.
Result<protocol::Order> Orders::refusal(const Flow &flow, const Result<PlaceOutcome> &outcome)
{
    if (!outcome) {
        qCWarning(lcOrders) << "an order could not be written:" << outcome.error().code
                            << outcome.error().message;
        return outcome.error();
    }
    const PlaceOutcome &o = outcome.value();
    if (o.kind == PlaceOutcome::Existing) // a replay that raced the first request
        return o.existingHash == flow.cmd.requestHash ? Result<protocol::Order>(*o.order)
                                                      : idempotencyMismatch();
    if (o.kind == PlaceOutcome::OutOfStock) {
        ++m_s.metrics.ordersOutOfStock;
        return outOfStock(o.shortfalls);
    }
    return pricesChanged();
}

// On a worker: the gateway takes the money, keyed by the order, so a retry never charges twice.
void Orders::capture(const std::shared_ptr<Flow> &flow)
{
    const protocol::Order &order = *flow->outcome.order;
    crashIfAsked("before-capture", order.id);
    pauseIfAsked("before-capture");
    if (auto captured = m_s.gateway.capture(flow->authorizationId, order.totalCents, captureKey(order.id));
        !captured) {
        // the order stands, its payment 'authorized': captured at the next start
        qCWarning(lcOrders) << "capturing order" << order.id << "failed:" << captured.error().message;
        announce(*flow, order);
        flow->finish(order);
        return;
    }
    ++m_s.metrics.paymentsCaptured;
    crashIfAsked("after-capture", order.id);
    markPaid(flow);
}

void Orders::markPaid(const std::shared_ptr<Flow> &flow)
{
    const qint64 id = flow->outcome.order->id;
    m_s.writer.submit<Done>([id](QSqlDatabase &db) { return storage::OrderRepository::markCaptured(db, id); })
        .then(QtFuture::Launch::Sync, [this, flow](Result<Done> marked) {
            // the order as committed, now paid; not marked (the server is stopping): captured again, by the
            // same key, at the next start
            protocol::Order order = *flow->outcome.order;
            if (marked)
                order.status = QStringLiteral("paid");
            ++m_s.metrics.ordersPlaced;
            announce(*flow, order);
            if (m_s.paid)
                m_s.paid(order);
            flow->finish(order);
        });
}

// The items' stock was announced by CatalogChanges with the commit.
void Orders::announce(const Flow &flow, const protocol::Order &order)
{
    announcePurchase(m_s.publisher, {order, flow.cmd.buyerId, flow.outcome.stock, flow.outcome.cartAfter});
}

QList<QFuture<Result<protocol::Order>>> Orders::recoverPayments(storage::OrderRepository &reads)
{
    QList<QFuture<Result<protocol::Order>>> captures;
    const auto pending = reads.pendingCaptures();
    if (!pending) {
        qCWarning(lcOrders) << "cannot look for uncaptured payments:" << pending.error().message;
        return captures;
    }
    for (const storage::PendingCapture &p : pending.value()) {
        const auto order = reads.orderById(p.orderId);
        if (!order || !order.value())
            continue;
        auto flow = std::make_shared<Flow>();
        flow->cmd.buyerId = p.buyerId;
        flow->authorizationId = p.paymentRef;
        flow->outcome.order = *order.value();
        flow->promise.start();
        captures << flow->promise.future();
        qCInfo(lcOrders) << "capturing order" << p.orderId << "left authorized by an earlier run";
        m_s.workers.start([this, flow] { capture(flow); });
    }
    return captures;
}

} // namespace emporium::domain
