#pragma once
// The admin's figures that come from the database: revenue per category since a time, the most
// searched queries, item titles by id, and the last hour's orders to rebuild the live series at start.
#include "server/protocol/AdminTypes.h"
#include "server/protocol/Result.h"

#include <QHash>
#include <QSqlDatabase>

namespace emporium::storage {

struct OrderTotal
{
    QString createdAt;
    qint64 totalCents = 0;
};

class AnalyticsRepository
{
public:
    explicit AnalyticsRepository(QSqlDatabase db) : m_db(db) {}

    // Every category, highest revenue first (categories without sales too).
    Result<QList<protocol::CategoryRevenue>> revenueByCategory(const QString &since);
    Result<QList<protocol::SearchCount>> topSearches(const QString &since, int limit);
    // Shops' parts paid and waiting to ship; money refunded since `since`.
    Result<qint64> ordersToShip();
    Result<qint64> refundedSince(const QString &since);
    QHash<qint64, QString> titles(const QList<qint64> &itemIds);
    // Each order's time and total since then (from the sale events).
    Result<QList<OrderTotal>> orderTotalsSince(const QString &since);

private:
    QSqlDatabase m_db;
};

} // namespace emporium::storage
