#pragma once
// What happens to an order after payment: each shop ships and delivers its part, the buyer cancels
// while nothing shipped, sellers (their own lines) and admins (any) refund. Each change is one writer
// job (storage::FulfilmentRepository); after the commit, from the writer's completion path, the
// buyer's windows get the order and the mail worker is woken for the buyer's mail; money goes back
// through the gateway on a worker, keyed by the refund, and the refund is marked done. A refund the
// server could not finish (a crash, the gateway down) is finished at the next start.
#include "server/protocol/OrderTypes.h"
#include "server/protocol/Result.h"
#include "server/protocol/ShippingTypes.h"
#include "server/storage/FulfilmentRepository.h"

#include <QFuture>
#include <functional>

class QThreadPool;

namespace emporium::payments {
class PaymentGateway;
}

namespace emporium::domain {

class Publisher;

class Fulfilment
{
public:
    struct Services
    {
        storage::Writer &writer;
        payments::PaymentGateway &gateway;
        Publisher &publisher;
        QThreadPool &workers; // the gateway's calls, never on a loop or the writer
        QString currency;
        std::function<void()> wakeMail; // a mail to the buyer is in the outbox
    };

    explicit Fulfilment(Services services) : m_s(std::move(services)) {}

    // not_found (not the shop's), conflict (a part in another state, or the payment still being taken)
    QFuture<Result<protocol::Order>> ship(qint64 shopId, qint64 orderId, const QString &carrier,
                                          const QString &trackingNumber);
    QFuture<Result<protocol::Order>> deliver(qint64 shopId, qint64 orderId);
    // conflict once any part shipped; a cancelled order cancelled again is answered as it is
    QFuture<Result<protocol::Order>> cancel(qint64 buyerId, qint64 orderId);
    // conflict for more than is left to refund; the same key again changes nothing
    QFuture<Result<protocol::Order>> refund(const storage::RefundRequest &request);

    // Replaces the shop's handling time and rates; answers them as stored.
    QFuture<Result<protocol::ShippingSettings>> setShipping(qint64 shopId,
                                                            const protocol::ShippingSettings &s);

    // At start: gives back every refund a crash left pending (each exactly once, by its key).
    void recoverRefunds(storage::FulfilmentRepository &reads);

    static QString refundKey(qint64 refundId) { return QStringLiteral("refund-%1").arg(refundId); }

private:
    template <typename Job> QFuture<Result<protocol::Order>> change(Job job);
    void giveBack(const storage::PendingRefund &refund);

    Services m_s;
};

} // namespace emporium::domain
