#pragma once
// The figures behind a seller's live charts: revenue and units per minute (last hour), hour
// (last two days) or day (last 30 days), every bucket present (zero when nothing sold), and the
// best-selling items. Loaded from GET /api/v1/seller/stats, then moved by each live sale.
// Also the shop's shipping queue (parts to ship, and how many of them are late): the seller
// topic's events name a line (sale) or one order (shop_order), never the count, and lateness comes
// with time, so the queue is read again after a burst of events and whenever the page showing it asks.
#include "server/protocol/SellerTypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>

class QTimer;

namespace emporium {
namespace client {

class ApiClient;

struct StatsPoint
{
    QDateTime at; // start of the bucket, UTC
    qint64 revenueCents = 0;
    qint64 units = 0;
};

using TopItem = protocol::TopItem;

class SellerStats : public QObject
{
    Q_OBJECT
public:
    enum class Bucket { Minute, Hour, Day };
    // how long a burst of events (one sale per line of an order) is gathered before the queue is read again
    static constexpr int kQueueDelayMs = 600;

    explicit SellerStats(ApiClient &api, QObject *parent = nullptr);

    void setBucket(Bucket bucket);
    Bucket bucket() const { return m_bucket; }
    void reload();
    void clear();

    const QList<StatsPoint> &series() const { return m_series; }
    const QList<TopItem> &topItems() const { return m_top; }
    qint64 revenueCents() const;
    qint64 units() const;
    // the shop's parts paid and not shipped yet; of those, the ones past the shop's handling time
    qint64 toShip() const { return m_toShip; }
    qint64 late() const { return m_late; }
    // Reads the queue figures again now (what shipped, was cancelled or became late meanwhile).
    void refreshQueue();
    // An event that may change the queue (a sale, a shop_order): read again once the burst is over.
    void noteQueueChange();

    // a `sale` event of the seller topic; `title` may be empty
    void applySale(qint64 itemId, const QString &title, qint64 quantity, qint64 totalCents,
                   const QString &at);

    // bucket count and start for `now`
    static int bucketCount(Bucket b);
    static QDateTime bucketStart(Bucket b, const QDateTime &at);

Q_SIGNALS:
    void changed();
    void queueChanged();
    void failed(const QString &message);

private:
    void rebuild(const QDateTime &now);
    void setQueue(qint64 toShip, qint64 late);

    ApiClient &m_api;
    Bucket m_bucket = Bucket::Day;
    QList<StatsPoint> m_series;
    QList<TopItem> m_top;
    quint64 m_generation = 0;
    qint64 m_toShip = 0;
    qint64 m_late = 0;
    quint64 m_queueGeneration = 0;
    QTimer *m_queueDelay;
};

} // namespace client
} // namespace emporium
