#include "server/realtime/AdminAnalytics.h"

#include "server/domain/MinuteSeries.h"
#include "server/metrics/Metrics.h"
#include "server/realtime/RealtimeHub.h"
#include "server/storage/AnalyticsRepository.h"
#include "server/storage/OutboxRepository.h"

#include <QDateTime>

namespace emporium::realtime {

namespace {

QString iso(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

// the items most watched now, with their titles
QList<protocol::ViewedItem> topViewed(const RealtimeHub &hub, storage::AnalyticsRepository &figures)
{
    const auto viewed = hub.topViewed(10);
    QList<qint64> ids;
    for (const auto &v : viewed)
        ids << v.first;
    const QHash<qint64, QString> titles = figures.titles(ids);
    QList<protocol::ViewedItem> out;
    for (const auto &[item, viewers] : viewed)
        out.append({item, titles.value(item), viewers});
    return out;
}

} // namespace

protocol::AnalyticsSnapshot analyticsSnapshot(const AnalyticsSources &sources,
                                              storage::AnalyticsRepository &figures,
                                              storage::OutboxRepository &outboxReads)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString dayStart = QDateTime(now.date(), QTime(0, 0), Qt::UTC).toString(Qt::ISODate);
    protocol::AnalyticsSnapshot s;
    for (const auto &p : sources.ordersPerMinute.snapshot(now.toSecsSinceEpoch()))
        s.ordersPerMinute.append({iso(p.minute), p.orders, p.revenueCents});

    s.revenueByCategory = figures.revenueByCategory(dayStart).value_or({});
    for (const protocol::CategoryRevenue &c : std::as_const(s.revenueByCategory))
        s.revenueTodayCents += c.revenueCents;
    s.topSearchesHour = figures.topSearches(now.addSecs(-3600).toString(Qt::ISODate), 10).value_or({});
    s.topSearchesDay = figures.topSearches(now.addDays(-1).toString(Qt::ISODate), 10).value_or({});
    s.topViewedNow = topViewed(sources.hub, figures);
    s.ordersToShip = figures.ordersToShip().value_or(0);
    s.refundsTodayCents = figures.refundedSince(dayStart).value_or(0);
    s.viewersNow = sources.hub.viewersTotal();
    s.connectionsNow = sources.metrics.webSocketConnections() + sources.hub.peerConnections();
    if (const auto outbox = outboxReads.depth()) {
        s.outboxPending = outbox->pending;
        s.outboxFailed = outbox->failed;
    }
    return s;
}

} // namespace emporium::realtime
