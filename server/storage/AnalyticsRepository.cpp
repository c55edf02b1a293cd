#include "server/storage/AnalyticsRepository.h"

#include "server/storage/SqlError.h"
#include "server/storage/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace emporium::storage {

Result<QList<protocol::CategoryRevenue>> AnalyticsRepository::revenueByCategory(const QString &since)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT c.id, c.name, COALESCE(CAST(SUM(e.amount_cents) AS bigint), 0) FROM categories c "
        "LEFT JOIN sale_events e ON e.category_id = c.id AND e.created_at >= ? "
        "GROUP BY c.id, c.name, c.position ORDER BY 3 DESC, c.position, c.id"));
    q.addBindValue(since);
    if (!q.exec())
        return sqlError(q.lastError());
    QList<protocol::CategoryRevenue> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    return out;
}

Result<QList<protocol::SearchCount>> AnalyticsRepository::topSearches(const QString &since, int limit)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT query, COUNT(*) AS n FROM search_log WHERE created_at >= ? GROUP BY query "
                       "ORDER BY n DESC, query LIMIT ?"));
    q.addBindValue(since);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q.lastError());
    QList<protocol::SearchCount> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

QHash<qint64, QString> AnalyticsRepository::titles(const QList<qint64> &itemIds)
{
    QHash<qint64, QString> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT title FROM items WHERE id = ?"));
    for (qint64 id : itemIds) {
        q.bindValue(0, id);
        if (q.exec() && q.next())
            out.insert(id, q.value(0).toString());
        q.finish();
    }
    return out;
}

Result<QList<OrderTotal>> AnalyticsRepository::orderTotalsSince(const QString &since)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT MIN(created_at), CAST(SUM(amount_cents) AS bigint) FROM sale_events "
                             "WHERE created_at >= ? GROUP BY order_id ORDER BY order_id"));
    q.addBindValue(since);
    if (!q.exec())
        return sqlError(q.lastError());
    QList<OrderTotal> out;
    while (q.next())
        out.append({isoText(q.value(0)), q.value(1).toLongLong()});
    return out;
}

namespace {

Result<qint64> scalar(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return sqlError(q.lastError());
    return q.value(0).toLongLong();
}

} // namespace

Result<qint64> AnalyticsRepository::ordersToShip()
{
    return scalar(
        m_db,
        QStringLiteral("SELECT COUNT(*) FROM order_parts p JOIN orders o ON o.id = p.order_id WHERE "
                       "p.status = 'paid' AND o.payment_state = 'captured'"),
        {});
}

Result<qint64> AnalyticsRepository::refundedSince(const QString &since)
{
    return scalar(
        m_db,
        QStringLiteral(
            "SELECT COALESCE(CAST(SUM(amount_cents) AS bigint), 0) FROM refunds WHERE created_at >= ?"),
        {since});
}

} // namespace emporium::storage
