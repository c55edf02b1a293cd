#pragma once
// The buyers' mails' outbox (receipts, and shipped / delivered / cancelled / refunded): what is due for
// sending (on the mail worker's own connection), the jobs that mark a mail sent or to be retried (the
// writer's on SQLite; on PostgreSQL the mail worker's, in the transaction that took the mail), and its
// depth for /metrics and the admin.
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
    // PostgreSQL, in the caller's transaction: the oldest due mail that no other transaction holds, its row
    // locked until this one ends (FOR UPDATE SKIP LOCKED). Several servers sending from one outbox each
    // take different mails; a server that dies while sending lets go of its mail at once.
    Result<std::optional<DueMail>> takeNext();
    // When the next pending receipt is due (nullopt: none is pending).
    std::optional<QDateTime> nextDue();
    Result<OutboxDepth> depth();

    // Jobs (the writer's, or on PostgreSQL run in the transaction of takeNext()).
    static WriteResult<Done> retryFailed(QSqlDatabase &db); // failed receipts get another chance
    static WriteResult<Done> markSent(QSqlDatabase &db, qint64 id);
    static WriteResult<Done> markAttempt(QSqlDatabase &db, qint64 id, bool giveUp,
                                         const QString &nextAttemptAt, const QString &error);

private:
    QSqlDatabase m_db;
};

} // namespace emporium::storage
