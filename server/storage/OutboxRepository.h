#pragma once
// The buyers' mails' outbox (receipts, and shipped / delivered / cancelled / refunded): what is due for
// sending (on the mail worker's own connection), the writer jobs that mark a receipt sent or to be retried,
// and its depth for /metrics and the admin.
#include "server/protocol/Result.h"
#include "server/storage/Writer.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <optional>

namespace emporium::storage {

struct DueMail
{
    qint64 id = 0;
    qint64 orderId = 0;
    int attempts = 0;
    qint64 buyerId = 0;
    QString email;
    QString name;
    QString kind;           // receipt, shipped, delivered, cancelled, refunded
    qint64 refId = 0;       // shipped, delivered: the shop; cancelled, refunded: the refund
    qint64 refundCents = 0; // cancelled, refunded
    QString refundReason;   // refunded
};

struct OutboxDepth
{
    qint64 pending = 0;
    qint64 failed = 0;
};

class OutboxRepository
{
public:
    explicit OutboxRepository(QSqlDatabase db) : m_db(db) {}

    Result<QList<DueMail>> due(int limit);
    // When the next pending receipt is due (nullopt: none is pending).
    std::optional<QDateTime> nextDue();
    Result<OutboxDepth> depth();

    // Writer jobs.
    static WriteResult<Done> retryFailed(QSqlDatabase &db); // failed receipts get another chance
    static WriteResult<Done> markSent(QSqlDatabase &db, qint64 id);
    // Several servers on one database (PostgreSQL): of these due rows, the ones this server sends now. Each
    // is claimed until `until` (its next attempt moves there): the others skip it meanwhile, and if this
    // server dies before marking it, another sends it after that.
    static WriteResult<QList<qint64>> claim(QSqlDatabase &db, const QList<qint64> &ids, const QString &until);
    static WriteResult<Done> markAttempt(QSqlDatabase &db, qint64 id, bool giveUp,
                                         const QString &nextAttemptAt, const QString &error);

private:
    QSqlDatabase m_db;
};

} // namespace emporium::storage
