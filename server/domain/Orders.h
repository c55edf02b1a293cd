#pragma once
// The order flow, from a validated request to a paid order and everything that follows it:
// an earlier order with the same Idempotency-Key answers again; prices and stock are checked;
// the card is authorized (off the loops); one writer job takes the stock and writes the order with
// its payment 'authorized'; after the commit the payment is captured (idempotently, keyed by the
// order) and the order marked paid; then the buyer, the feed, the sellers and the admins hear of it
// and the receipt goes out. A refused or failed write voids the authorization.
//
// These effects are the server's: they run in the writer's completion path whether or not anyone
// waits for the answer, so a buyer who closes the window mid-checkout still gets a captured, announced,
// mailed order. An order left 'authorized' by a crash is captured by recoverPayments() at the next start.
#include "server/domain/OrderRequest.h"
#include "server/protocol/OrderTypes.h"
#include "server/protocol/Result.h"
#include "server/protocol/ShippingTypes.h"

#include <QFuture>
#include <functional>
#include <memory>

class QThreadPool;

namespace emporium::storage {
class OrderRepository;
class Writer;
struct PlaceOutcome;
} // namespace emporium::storage
namespace emporium::payments {
class PaymentGateway;
}
namespace emporium::metrics {
class Metrics;
}

namespace emporium::domain {

class Publisher;

struct NewOrder
{
    qint64 buyerId = 0;
    QString idempotencyKey;
    OrderRequest request;
};

class Orders
{
public:
    struct Services
    {
        storage::Writer &writer;
        payments::PaymentGateway &gateway;
        Publisher &publisher;
        metrics::Metrics &metrics;
        QThreadPool &workers; // the gateway's calls run here, never on a loop or the writer
        QString currency;
        std::function<void(const protocol::Order &)> paid; // analytics, the receipt's mail worker
    };

    explicit Orders(Services services) : m_s(std::move(services)) {}

    // Reads (the earlier order, the cart, prices) on the caller's connection, then goes on off the
    // caller's thread. The future finishes with the order as the buyer should see it, or an error.
    QFuture<Result<protocol::Order>> place(storage::OrderRepository &reads, const NewOrder &order);

    // What the order would cost now, shipping per shop included (POST /orders/quote); reads only.
    Result<protocol::Quote> quote(storage::OrderRepository &reads, qint64 buyerId,
                                  const OrderRequest &request) const;

    // At start: captures every order a crash left 'authorized' (each exactly once, by its key); the futures
    // finish when each is paid (or left for the next start).
    QList<QFuture<Result<protocol::Order>>> recoverPayments(storage::OrderRepository &reads);

    static QString captureKey(qint64 orderId) { return QStringLiteral("order-%1-capture").arg(orderId); }

private:
    struct Flow;
    void authorize(const std::shared_ptr<Flow> &flow);
    void write(const std::shared_ptr<Flow> &flow);
    void placed(const std::shared_ptr<Flow> &flow, Result<storage::PlaceOutcome> &outcome);
    Result<protocol::Order> refusal(const Flow &flow, const Result<storage::PlaceOutcome> &outcome);
    void capture(const std::shared_ptr<Flow> &flow);
    void markPaid(const std::shared_ptr<Flow> &flow);
    void announce(const Flow &flow, const protocol::Order &order);

    Services m_s;
};

} // namespace emporium::domain
