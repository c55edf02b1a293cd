#pragma once
// The figures behind a seller's live charts: revenue and units per minute (last hour), hour
// (last two days) or day (last 30 days), every bucket present (zero when nothing sold), and the
// best-selling items. Loaded from GET /api/v1/seller/stats, then moved by each live sale.
#include "server/protocol/SellerTypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>

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

    explicit SellerStats(ApiClient &api, QObject *parent = nullptr);

    void setBucket(Bucket bucket);
    Bucket bucket() const { return m_bucket; }
    void reload();
    void clear();

    const QList<StatsPoint> &series() const { return m_series; }
    const QList<TopItem> &topItems() const { return m_top; }
    qint64 revenueCents() const;
    qint64 units() const;

    // a `sale` event of the seller topic; `title` may be empty
    void applySale(qint64 itemId, const QString &title, qint64 quantity, qint64 totalCents,
                   const QString &at);

    // bucket count and start for `now`
    static int bucketCount(Bucket b);
    static QDateTime bucketStart(Bucket b, const QDateTime &at);

Q_SIGNALS:
    void changed();
    void failed(const QString &message);

private:
    void rebuild(const QDateTime &now);

    ApiClient &m_api;
    Bucket m_bucket = Bucket::Day;
    QList<StatsPoint> m_series;
    QList<TopItem> m_top;
    quint64 m_generation = 0;
};

} // namespace client
} // namespace emporium
