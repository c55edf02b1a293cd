#pragma once
// After payment: a shop ships and delivers its part of an order, a buyer cancels while nothing
// shipped, a seller or an admin refunds lines. Each is one writer job that checks the part's state
// with a conditional update (the database decides, whatever runs at the same time), puts stock
// back, records the refund in the order's history, queues the buyer's mail in the outbox and sets
// the order's status from its parts. Money goes back through the gateway after the commit
// (domain::Fulfilment); a refund stays 'pending' until then, and a crash between is finished at
// the next start.
#include "server/protocol/OrderTypes.h"
#include "server/protocol/Paging.h"
#include "server/protocol/Result.h"
#include "server/storage/OrderRepository.h"
#include "server/storage/StatementCache.h"
#include "server/storage/Writer.h"

#include <QSqlDatabase>
#include <optional>

namespace emporium::storage {

// Money to give back through the gateway, by the refund's own key.
struct PendingRefund
{
    qint64 refundId = 0;
    qint64 orderId = 0;
    qint64 buyerId = 0;
    qint64 amountCents = 0;
    QString paymentRef;
};

// What a lifecycle job did, for the effects after the commit.
struct OrderChange
{
    qint64 buyerId = 0;
    QString buyerName;                   // for the shops' queues
    protocol::Order order;               // as it is now
    std::optional<PendingRefund> refund; // money to give back
    QList<StockChange> stock;            // items whose stock came back
};

struct RefundLine
{
    qint64 itemId = 0;
    int quantity = 0;
};

struct RefundRequest
{
    qint64 orderId = 0;
    qint64 shopId = 0; // 0: an admin, any shop's lines
    qint64 actorId = 0;
    QString idempotencyKey;
    QList<RefundLine> lines;
    bool restock = false;
    QString reason;
};

class FulfilmentRepository
{
public:
    FulfilmentRepository(QSqlDatabase db, QString currency)
        : m_db(db), m_currency(std::move(currency)), m_statements(db)
    {
    }

    // The shop's queue: orders with a part of the shop's (in `status`, or any), its own lines and
    // part only, with the buyer's name; unshipped first, oldest first.
    Result<protocol::Page<protocol::Order>> queue(qint64 shopId, const QString &status, int page,
                                                  int perPage);
    // Refunds committed but not yet given back by the gateway (a crash between), oldest first.
    Result<QList<PendingRefund>> pendingRefunds();

    static WriteResult<OrderChange> ship(QSqlDatabase &db, qint64 shopId, qint64 orderId,
                                         const QString &carrier, const QString &trackingNumber,
                                         const QString &currency);
    static WriteResult<OrderChange> deliver(QSqlDatabase &db, qint64 shopId, qint64 orderId,
                                            const QString &currency);
    static WriteResult<OrderChange> cancel(QSqlDatabase &db, qint64 buyerId, qint64 orderId,
                                           const QString &currency);
    static WriteResult<OrderChange> refund(QSqlDatabase &db, const RefundRequest &request,
                                           const QString &currency);
    static WriteResult<Done> markRefunded(QSqlDatabase &db, qint64 refundId);

private:
    QSqlQuery &prepared(const QString &sql) { return m_statements.get(sql); }

    QSqlDatabase m_db;
    QString m_currency;
    StatementCache m_statements;
};

// What a shop sees of an order: its own lines and part, their money, and (in its queue) the buyer's name.
protocol::Order shopShare(protocol::Order order, qint64 shopId, const QString &buyerName = {});

// The order's status from its parts and the money that went back (API.md "Order lifecycle").
QString orderStatus(const QList<protocol::OrderPart> &parts, qint64 totalCents, qint64 refundedCents);

} // namespace emporium::storage
