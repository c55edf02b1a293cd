#include "app/models/SellerStats.h"

#include "app/api/ApiClient.h"

#include <QTimer>
#include <algorithm>

namespace emporium {
namespace client {
namespace {

qint64 stepSecs(SellerStats::Bucket b)
{
    return b == SellerStats::Bucket::Minute ? 60 : b == SellerStats::Bucket::Hour ? 3600 : 86400;
}

QString bucketName(SellerStats::Bucket b)
{
    return b == SellerStats::Bucket::Minute ? QStringLiteral("minute")
           : b == SellerStats::Bucket::Hour ? QStringLiteral("hour")
                                            : QStringLiteral("day");
}

} // namespace

SellerStats::SellerStats(ApiClient &api, QObject *parent)
    : QObject(parent), m_api(api), m_queueDelay(new QTimer(this))
{
    m_queueDelay->setSingleShot(true);
    m_queueDelay->setInterval(kQueueDelayMs);
    connect(m_queueDelay, &QTimer::timeout, this, &SellerStats::refreshQueue);
}

int SellerStats::bucketCount(Bucket b)
{
    return b == Bucket::Minute ? 60 : b == Bucket::Hour ? 48 : 30;
}

QDateTime SellerStats::bucketStart(Bucket b, const QDateTime &at)
{
    const qint64 step = stepSecs(b);
    const qint64 secs = at.toSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(secs - secs % step, Qt::UTC);
}

void SellerStats::setBucket(Bucket bucket)
{
    if (bucket == m_bucket)
        return;
    m_bucket = bucket;
    reload();
}

void SellerStats::rebuild(const QDateTime &now)
{
    // every bucket of the window, oldest first, zero until filled
    const int n = bucketCount(m_bucket);
    const QDateTime last = bucketStart(m_bucket, now);
    QList<StatsPoint> dense;
    dense.reserve(n);
    for (int i = n - 1; i >= 0; --i) {
        StatsPoint p;
        p.at = last.addSecs(-i * stepSecs(m_bucket));
        for (const StatsPoint &known : std::as_const(m_series))
            if (known.at == p.at)
                p = known;
        dense.append(p);
    }
    m_series = std::move(dense);
}

void SellerStats::clear()
{
    ++m_generation;
    ++m_queueGeneration;
    m_queueDelay->stop();
    m_series.clear();
    m_top.clear();
    rebuild(QDateTime::currentDateTimeUtc());
    Q_EMIT changed();
    setQueue(0, 0);
}

void SellerStats::reload()
{
    const quint64 generation = ++m_generation;
    const quint64 queueGeneration = ++m_queueGeneration;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime from =
        bucketStart(m_bucket, now).addSecs(-(bucketCount(m_bucket) - 1) * stepSecs(m_bucket));
    m_api.sellerStats(
        bucketName(m_bucket), from.toString(Qt::ISODate), this,
        [this, generation, queueGeneration](Result<protocol::SellerStats> r) {
            if (generation != m_generation)
                return;
            if (!r) {
                Q_EMIT failed(r.error().message);
                return;
            }
            m_series.clear();
            for (const protocol::StatsPoint &p : std::as_const(r->series))
                m_series.append({QDateTime::fromString(p.at, Qt::ISODate).toUTC(), p.revenueCents, p.units});
            m_top = r->topItems;
            rebuild(QDateTime::currentDateTimeUtc());
            Q_EMIT changed();
            if (queueGeneration == m_queueGeneration)
                setQueue(r->toShip, r->late);
        });
}

// The same answer as the charts', for today only: the queue figures are all it is read for.
void SellerStats::refreshQueue()
{
    m_queueDelay->stop();
    const quint64 generation = ++m_queueGeneration;
    const QDateTime today = bucketStart(Bucket::Day, QDateTime::currentDateTimeUtc());
    m_api.sellerStats(bucketName(Bucket::Day), today.toString(Qt::ISODate), this,
                      [this, generation](Result<protocol::SellerStats> r) {
                          if (generation != m_queueGeneration)
                              return;
                          if (!r) {
                              Q_EMIT failed(r.error().message);
                              return;
                          }
                          setQueue(r->toShip, r->late);
                      });
}

void SellerStats::setQueue(qint64 toShip, qint64 late)
{
    if (toShip == m_toShip && late == m_late)
        return;
    m_toShip = toShip;
    m_late = late;
    Q_EMIT queueChanged();
}

qint64 SellerStats::revenueCents() const
{
    qint64 sum = 0;
    for (const auto &p : m_series)
        sum += p.revenueCents;
    return sum;
}

qint64 SellerStats::units() const
{
    qint64 sum = 0;
    for (const auto &p : m_series)
        sum += p.units;
    return sum;
}

void SellerStats::applySale(qint64 itemId, const QString &title, qint64 quantity, qint64 totalCents,
                            const QString &at)
{
    QDateTime when = QDateTime::fromString(at, Qt::ISODate).toUTC();
    if (!when.isValid())
        when = QDateTime::currentDateTimeUtc();
    // the window moves on with time: a sale in a new bucket shifts it
    if (m_series.isEmpty() || bucketStart(m_bucket, when) > m_series.last().at)
        rebuild(when);
    const QDateTime bucket = bucketStart(m_bucket, when);
    for (StatsPoint &p : m_series)
        if (p.at == bucket) {
            p.revenueCents += totalCents;
            p.units += quantity;
        }
    auto it = std::find_if(m_top.begin(), m_top.end(), [&](const TopItem &t) { return t.itemId == itemId; });
    if (it == m_top.end()) {
        m_top.append({itemId, title.isEmpty() ? tr("Item %1").arg(itemId) : title, 0, 0});
        it = m_top.end() - 1;
    }
    it->units += quantity;
    it->revenueCents += totalCents;
    std::stable_sort(m_top.begin(), m_top.end(),
                     [](const TopItem &a, const TopItem &b) { return a.units > b.units; });
    Q_EMIT changed();
    noteQueueChange(); // a new order to ship, perhaps
}

void SellerStats::noteQueueChange()
{
    m_queueDelay->start();
}

} // namespace client
} // namespace emporium
