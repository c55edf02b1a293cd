#include "server/domain/Fulfilment.h"

#include "server/domain/Announcements.h"
#include "server/domain/FaultHooks.h"
#include "server/domain/Publisher.h"
#include "server/payments/PaymentGateway.h"
#include "server/protocol/RealtimeEvents.h"
#include "server/storage/ShippingRepository.h"
#include "server/storage/Writer.h"

#include <QLoggingCategory>
#include <QThreadPool>

Q_LOGGING_CATEGORY(lcFulfilment, "emporium.server.fulfilment")

namespace emporium::domain {

using storage::OrderChange;

template <typename Job> QFuture<Result<protocol::Order>> Fulfilment::change(Job job)
{
    return m_s.writer.submit<OrderChange>(std::move(job))
        .then(QtFuture::Launch::Sync, [this](Result<OrderChange> changed) -> Result<protocol::Order> {
            if (!changed)
                return changed.error();
            // on the writer thread, right after the commit: whether or not anyone waits for the answer
            announceOrderChange(m_s.publisher, {changed->buyerId, changed->buyerName, changed->order});
            if (m_s.wakeMail)
                m_s.wakeMail();
            if (changed->refund)
                m_s.workers.start([this, refund = *changed->refund] { giveBack(refund); });
            return changed->order;
        });
}

// On a worker: the gateway gives the money back, keyed by the refund, then the refund is done.
void Fulfilment::giveBack(const storage::PendingRefund &refund)
{
    crashIfAsked("before-refund", refund.refundId);
    const auto given = m_s.gateway.refund(refund.paymentRef, refund.amountCents, refundKey(refund.refundId));
    if (!given) { // stays pending: given back at the next start
        qCWarning(lcFulfilment) << "refund" << refund.refundId << "of order" << refund.orderId
                                << "failed:" << given.error().message;
        return;
    }
    m_s.writer.submit<Done>([id = refund.refundId](QSqlDatabase &db) {
        return storage::FulfilmentRepository::markRefunded(db, id);
    });
}

QFuture<Result<protocol::Order>> Fulfilment::ship(qint64 shopId, qint64 orderId, const QString &carrier,
                                                  const QString &trackingNumber)
{
    return change([=, currency = m_s.currency](QSqlDatabase &db) {
        return storage::FulfilmentRepository::ship(db, shopId, orderId, carrier, trackingNumber, currency);
    });
}

QFuture<Result<protocol::Order>> Fulfilment::deliver(qint64 shopId, qint64 orderId)
{
    return change([=, currency = m_s.currency](QSqlDatabase &db) {
        return storage::FulfilmentRepository::deliver(db, shopId, orderId, currency);
    });
}

QFuture<Result<protocol::Order>> Fulfilment::cancel(qint64 buyerId, qint64 orderId)
{
    return change([=, currency = m_s.currency](QSqlDatabase &db) {
        return storage::FulfilmentRepository::cancel(db, buyerId, orderId, currency);
    });
}

QFuture<Result<protocol::Order>> Fulfilment::refund(const storage::RefundRequest &request)
{
    return change([request, currency = m_s.currency](QSqlDatabase &db) {
        return storage::FulfilmentRepository::refund(db, request, currency);
    });
}

QFuture<Result<protocol::ShippingSettings>> Fulfilment::setShipping(qint64 shopId,
                                                                    const protocol::ShippingSettings &s)
{
    return m_s.writer.submit<protocol::ShippingSettings>([shopId, s](QSqlDatabase &db) {
        auto saved = storage::ShippingRepository::save(db, shopId, s);
        if (!saved.value)
            return storage::WriteResult<protocol::ShippingSettings>(saved.value.error());
        return storage::WriteResult<protocol::ShippingSettings>::from(
            storage::ShippingRepository(db).settings(shopId), std::move(saved.changes));
    });
}

void Fulfilment::recoverRefunds(storage::FulfilmentRepository &reads)
{
    const auto pending = reads.pendingRefunds();
    if (!pending) {
        qCWarning(lcFulfilment) << "pending refunds could not be read:" << pending.error().message;
        return;
    }
    for (const storage::PendingRefund &refund : pending.value()) {
        qCInfo(lcFulfilment) << "giving back refund" << refund.refundId << "of order" << refund.orderId
                             << "(left pending by an earlier run)";
        giveBack(refund);
    }
}

} // namespace emporium::domain
