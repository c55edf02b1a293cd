#pragma once
// The WebSocket side of /ws. Each connection stays on the event-loop thread that accepted
// it; the hub keeps the shared counts (presence per item topic) behind a mutex.
// This foundation answers ping, validates and records subscriptions and counts viewers;
// the realtime issue adds the event fan-out.
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>

class QWebSocket;

namespace emporium::http {
class Metrics;
}

namespace emporium::realtime {

class RealtimeHub
{
public:
    static constexpr int kMaxTopicsPerConnection = 64;
    static constexpr qint64 kMaxFrameBytes = 64 * 1024;

    explicit RealtimeHub(http::Metrics &metrics) : m_metrics(metrics) {}

    // Takes a freshly upgraded connection (on the caller's thread) and serves it.
    void adopt(QWebSocket *socket);
    // Connections currently subscribed to item:{id}.
    int viewers(qint64 itemId) const;

    void joined(const QString &topic);
    void left(const QString &topic);
    http::Metrics &metrics() { return m_metrics; }

private:
    http::Metrics &m_metrics;
    mutable QMutex m_mutex;
    QHash<qint64, int> m_viewers;
};

} // namespace emporium::realtime
