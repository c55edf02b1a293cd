#pragma once
// The realtime hub of /ws. Connections stay on the event loop that accepted them; each loop
// has a LoopFanout that knows its own connections' topics. Publishing (from any thread, only
// after the data is committed) goes to the hub's own thread, which hands the serialized
// message to every loop; each loop sends it to its subscribers. Nothing here blocks a request.
//
// Topics: feed, item:{id} (public); user:{id}, seller:{shop id}, admin (private; a client
// subscribes to "user", "seller", "admin" after auth and the session maps them).
#include "server/domain/Publisher.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <functional>
#include <optional>

class QWebSocket;

namespace emporium::protocol {
struct User;
}
namespace emporium::metrics {
class Metrics;
}

namespace emporium::realtime {

class LoopFanout;

struct HubLimits
{
    int maxTopicsPerConnection = 64;
    qint64 maxFrameBytes = 64 * 1024;
    qint64 maxQueuedBytes = 1 << 20; // a client this far behind is dropped
};

class RealtimeHub : public domain::Publisher
{
public:
    using Authenticator = std::function<std::optional<protocol::User>(const QString &token)>;

    RealtimeHub(metrics::Metrics &metrics, HubLimits limits = {});
    ~RealtimeHub() override;

    void start();
    void stop();

    // Loops register their fanout (from their own thread) and unregister before they stop.
    void addLoop(LoopFanout *loop);
    void removeLoop(LoopFanout *loop);
    // Serves a freshly upgraded connection on the caller's (loop) thread.
    void adopt(QWebSocket *socket, LoopFanout &loop, Authenticator authenticate);

    // Thread-safe. `message` is one JSON object, already serialized.
    void publish(const QString &topic, const QByteArray &message) override;

    // Presence: connections subscribed to item:{id}, here and on the other servers sharing the database
    // (ClusterPresence); every change is published to item:{id}.
    int viewers(qint64 itemId) const;
    int viewersTotal() const;
    QList<std::pair<qint64, int>> topViewed(int n) const;
    QHash<qint64, int> localViewers() const;
    // The other live servers' viewers and connections, summed; the item pages whose count moved hear it.
    void setPeers(const QHash<qint64, int> &viewers, int connections);
    int peerConnections() const;
    int subscribers(const QString &topic) const override;
    void joined(const QString &topic);
    void left(const QString &topic);

    metrics::Metrics &metrics() { return m_metrics; }
    const HubLimits &limits() const { return m_limits; }

private:
    void deliver(const QString &topic, const QByteArray &message);

    metrics::Metrics &m_metrics;
    HubLimits m_limits;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread
    mutable QMutex m_mutex;
    QList<LoopFanout *> m_loops;
    QHash<QString, int> m_topicCounts;
    QHash<qint64, int> m_viewers;     // here
    QHash<qint64, int> m_peerViewers; // on the other servers
    int m_peerConnections = 0;
};

} // namespace emporium::realtime
