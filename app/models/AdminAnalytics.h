#pragma once
// The market at a glance for an admin: GET /api/v1/admin/analytics once, then the `admin`
// topic's push every second replaces it (the same object).
#include "server/protocol/AdminTypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>

namespace emporium {
namespace client {

class ApiClient;

struct MinutePoint
{
    QDateTime minute; // UTC
    qint64 orders = 0;
    qint64 revenueCents = 0;
};

struct NamedFigure
{
    qint64 id = 0; // category or item id; 0 for searches
    QString name;  // category name, search text or item title
    qint64 value = 0;
};

struct MarketSnapshot
{
    QList<MinutePoint> ordersPerMinute; // the last 60 minutes, oldest first
    QList<NamedFigure> revenueByCategory;
    QList<NamedFigure> topSearchesHour, topSearchesDay, topViewedNow;
    qint64 viewersNow = 0;
    qint64 connectionsNow = 0;
    qint64 revenueTodayCents = 0;
    qint64 ordersToShip = 0; // every shop's parts paid and not shipped yet
    qint64 refundsTodayCents = 0;
    qint64 ordersLastHour() const;

    static MarketSnapshot from(const protocol::AnalyticsSnapshot &s);
};

class AdminAnalytics : public QObject
{
    Q_OBJECT
public:
    explicit AdminAnalytics(ApiClient &api, QObject *parent = nullptr);

    void reload();
    // the answer of GET /api/v1/admin/analytics, or an `analytics` message of the admin topic
    void apply(const protocol::AnalyticsSnapshot &snapshot);
    const MarketSnapshot &snapshot() const { return m_snapshot; }
    QDateTime updatedAt() const { return m_updated; }

Q_SIGNALS:
    void changed();
    void failed(const QString &message);

private:
    ApiClient &m_api;
    MarketSnapshot m_snapshot;
    QDateTime m_updated;
};

} // namespace client
} // namespace emporium
