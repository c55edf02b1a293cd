#include "server/storage/OutboxRepository.h"

#include "server/storage/AccountRepository.h"
#include "server/storage/SqlError.h"
#include "server/storage/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace emporium::storage {

namespace {

WriteResult<Done> ran(QSqlQuery &q)
{
    if (!q.exec())
        return sqlError(q.lastError());
    return WriteResult<Done>(Done{});
}

} // namespace

namespace {

// Due mails with what their mail needs, oldest first; `lock` is appended (PostgreSQL's row lock).
Result<QList<DueMail>> dueMails(QSqlDatabase &db, int limit, const QString &lock)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral(
            "SELECT x.id, x.order_id, x.attempts, o.buyer_id, u.email, u.display_name, x.kind, x.ref_id, "
            "r.amount_cents, r.reason FROM outbox x JOIN orders o ON o.id = x.order_id JOIN users u ON "
            "u.id = o.buyer_id LEFT JOIN refunds r ON r.id = x.ref_id AND x.kind IN ('cancelled', "
            "'refunded') WHERE x.status = 'pending' AND x.next_attempt_at <= ? ORDER BY x.id LIMIT ?") +
        lock);
    q.addBindValue(nowIso());
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q.lastError());
    QList<DueMail> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                    q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toString(), q.value(7).toLongLong(), q.value(8).toLongLong(),
                    q.value(9).toString()});
    return out;
}

} // namespace

Result<QList<DueMail>> OutboxRepository::due(int limit)
{
    return dueMails(m_db, limit, {});
}

Result<std::optional<DueMail>> OutboxRepository::takeNext()
{
    auto due = dueMails(m_db, 1, QStringLiteral(" FOR UPDATE OF x SKIP LOCKED"));
    if (!due)
        return due.error();
    return due->isEmpty() ? std::optional<DueMail>() : std::optional<DueMail>(due->first());
}

std::optional<QDateTime> OutboxRepository::nextDue()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT MIN(next_attempt_at) FROM outbox WHERE status = 'pending'")) ||
        !q.next() || q.value(0).isNull())
        return std::nullopt;
    return QDateTime::fromString(isoText(q.value(0)), Qt::ISODate);
}

Result<OutboxDepth> OutboxRepository::depth()
{
    QSqlQuery q(m_db);
    if (!q.exec(
            QStringLiteral("SELECT COALESCE(SUM(CASE WHEN status = 'pending' THEN 1 ELSE 0 END), 0), "
                           "COALESCE(SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END), 0) FROM outbox")) ||
        !q.next())
        return sqlError(q.lastError());
    return OutboxDepth{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

WriteResult<Done> OutboxRepository::retryFailed(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = ? WHERE status = 'failed'"));
    q.addBindValue(nowIso());
    return ran(q);
}

WriteResult<Done> OutboxRepository::markSent(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE outbox SET status = 'sent', sent_at = ?, last_error = NULL, attempts = attempts + 1 "
        "WHERE id = ?"));
    q.addBindValue(nowIso());
    q.addBindValue(id);
    return ran(q);
}

WriteResult<Done> OutboxRepository::markAttempt(QSqlDatabase &db, qint64 id, bool giveUp,
                                                const QString &nextAttemptAt, const QString &error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE outbox SET status = ?, attempts = attempts + 1, next_attempt_at = ?, last_error = ? "
        "WHERE id = ?"));
    q.addBindValue(giveUp ? QStringLiteral("failed") : QStringLiteral("pending"));
    q.addBindValue(nextAttemptAt);
    q.addBindValue(error);
    q.addBindValue(id);
    return ran(q);
}

} // namespace emporium::storage
