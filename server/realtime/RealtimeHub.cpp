#include "server/realtime/RealtimeHub.h"

#include "server/metrics/Metrics.h"
#include "server/protocol/RealtimeEvents.h"
#include "server/realtime/LoopFanout.h"
#include "server/realtime/Session.h"

#include <QWebSocket>
#include <algorithm>

namespace emporium::realtime {

RealtimeHub::RealtimeHub(metrics::Metrics &metrics, HubLimits limits) : m_metrics(metrics), m_limits(limits)
{
    m_thread.setObjectName(QStringLiteral("realtime-hub"));
}

RealtimeHub::~RealtimeHub()
{
    stop();
}

void RealtimeHub::start()
{
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

void RealtimeHub::stop()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

void RealtimeHub::addLoop(LoopFanout *loop)
{
    QMutexLocker lock(&m_mutex);
    m_loops.append(loop);
}

void RealtimeHub::removeLoop(LoopFanout *loop)
{
    QMutexLocker lock(&m_mutex);
    m_loops.removeAll(loop);
}

void RealtimeHub::adopt(QWebSocket *socket, LoopFanout &loop, Authenticator authenticate)
{
    new Session(*this, loop, std::move(authenticate), socket);
}

void RealtimeHub::publish(const QString &topic, const QByteArray &message)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_topicCounts.value(topic))
            return; // nobody listens anywhere
    }
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, [this, topic, message] { deliver(topic, message); });
}

void RealtimeHub::deliver(const QString &topic, const QByteArray &message)
{
    QMutexLocker lock(&m_mutex);
    for (LoopFanout *loop : std::as_const(m_loops))
        QMetaObject::invokeMethod(loop, [loop, topic, message] { loop->deliver(topic, message); });
}

int RealtimeHub::viewers(qint64 itemId) const
{
    QMutexLocker lock(&m_mutex);
    return m_viewers.value(itemId) + m_peerViewers.value(itemId);
}

int RealtimeHub::viewersTotal() const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (int v : m_viewers)
        n += v;
    for (int v : m_peerViewers)
        n += v;
    return n;
}

QList<std::pair<qint64, int>> RealtimeHub::topViewed(int n) const
{
    QList<std::pair<qint64, int>> all;
    {
        QMutexLocker lock(&m_mutex);
        QHash<qint64, int> sum = m_viewers;
        for (auto it = m_peerViewers.cbegin(); it != m_peerViewers.cend(); ++it)
            sum[it.key()] += it.value();
        for (auto it = sum.cbegin(); it != sum.cend(); ++it)
            all.append({it.key(), it.value()});
    }
    std::sort(all.begin(), all.end(), [](auto &a, auto &b) {
        return a.second > b.second || (a.second == b.second && a.first < b.first);
    });
    return all.mid(0, n);
}

QHash<qint64, int> RealtimeHub::localViewers() const
{
    QMutexLocker lock(&m_mutex);
    return m_viewers;
}

int RealtimeHub::peerConnections() const
{
    QMutexLocker lock(&m_mutex);
    return m_peerConnections;
}

void RealtimeHub::setPeers(const QHash<qint64, int> &viewers, int connections)
{
    QList<std::pair<qint64, int>> moved; // items watched here whose total changed
    {
        QMutexLocker lock(&m_mutex);
        QSet<qint64> items(m_peerViewers.keyBegin(), m_peerViewers.keyEnd());
        items.unite(QSet<qint64>(viewers.keyBegin(), viewers.keyEnd()));
        for (qint64 item : std::as_const(items))
            if (m_peerViewers.value(item) != viewers.value(item) && m_viewers.contains(item))
                moved.append({item, m_viewers.value(item) + viewers.value(item)});
        m_peerViewers = viewers;
        m_peerConnections = connections;
    }
    for (const auto &[item, count] : moved)
        domain::publishEvent(*this, QStringLiteral("item:%1").arg(item), protocol::ViewersEvent{item, count});
}

int RealtimeHub::subscribers(const QString &topic) const
{
    QMutexLocker lock(&m_mutex);
    return m_topicCounts.value(topic);
}

void RealtimeHub::joined(const QString &topic)
{
    int count = -1;
    qint64 item = 0;
    {
        QMutexLocker lock(&m_mutex);
        ++m_topicCounts[topic];
        if (topic.startsWith(u"item:")) {
            item = topic.mid(5).toLongLong();
            count = ++m_viewers[item] + m_peerViewers.value(item);
        }
    }
    if (count >= 0)
        domain::publishEvent(*this, topic, protocol::ViewersEvent{item, count});
}

void RealtimeHub::left(const QString &topic)
{
    int count = -1;
    qint64 item = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (--m_topicCounts[topic] <= 0)
            m_topicCounts.remove(topic);
        if (topic.startsWith(u"item:")) {
            item = topic.mid(5).toLongLong();
            count = --m_viewers[item];
            if (count <= 0) {
                m_viewers.remove(item);
                count = 0;
            }
            count += m_peerViewers.value(item);
        }
    }
    if (count >= 0)
        domain::publishEvent(*this, topic, protocol::ViewersEvent{item, count});
}

} // namespace emporium::realtime
