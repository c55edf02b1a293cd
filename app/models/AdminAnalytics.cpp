#include "app/models/AdminAnalytics.h"

#include "app/api/ApiClient.h"

namespace emporium {
namespace client {

qint64 MarketSnapshot::ordersLastHour() const
{
    qint64 n = 0;
    for (const auto &p : ordersPerMinute)
        n += p.orders;
    return n;
}

MarketSnapshot MarketSnapshot::from(const protocol::AnalyticsSnapshot &o)
{
    MarketSnapshot s;
    for (const protocol::MinuteOrders &p : o.ordersPerMinute)
        s.ordersPerMinute.append(
            {QDateTime::fromString(p.minute, Qt::ISODate).toUTC(), p.orders, p.revenueCents});
    for (const protocol::CategoryRevenue &c : o.revenueByCategory)
        s.revenueByCategory.append({c.categoryId, c.categoryName, c.revenueCents});
    for (const protocol::SearchCount &q : o.topSearchesHour)
        s.topSearchesHour.append({0, q.query, q.count});
    for (const protocol::SearchCount &q : o.topSearchesDay)
        s.topSearchesDay.append({0, q.query, q.count});
    for (const protocol::ViewedItem &v : o.topViewedNow)
        s.topViewedNow.append({v.itemId, v.title, v.viewers});
    s.viewersNow = o.viewersNow;
    s.connectionsNow = o.connectionsNow;
    s.revenueTodayCents = o.revenueTodayCents;
    s.ordersToShip = o.ordersToShip;
    s.refundsTodayCents = o.refundsTodayCents;
    return s;
}

AdminAnalytics::AdminAnalytics(ApiClient &api, QObject *parent) : QObject(parent), m_api(api) {}

void AdminAnalytics::reload()
{
    m_api.analytics(this, [this](Result<protocol::AnalyticsSnapshot> r) {
        if (!r) {
            Q_EMIT failed(r.error().message);
            return;
        }
        apply(r.value());
    });
}

void AdminAnalytics::apply(const protocol::AnalyticsSnapshot &snapshot)
{
    m_snapshot = MarketSnapshot::from(snapshot);
    m_updated = QDateTime::currentDateTimeUtc();
    Q_EMIT changed();
}

} // namespace client
} // namespace emporium
