#pragma once
// Presence across several servers on one PostgreSQL database: every two seconds this server writes its own
// counts (WebSocket connections, viewers per item) and reads the other live servers' sums into the hub, which
// adds them to its own in "N viewing" (telling the item pages when a count moved) and in the admin's figures.
// A server that dies stops renewing its row: after kAliveSeconds it no longer counts. Its own thread's timer
// (the background thread) and its own connection.
#include "server/storage/Database.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>

namespace emporium::metrics {
class Metrics;
}

namespace emporium::realtime {

class RealtimeHub;

class ClusterPresence : public QObject
{
public:
    static constexpr int kBeatMs = 2000;
    static constexpr int kAliveSeconds = 10; // + one beat: a dead server's viewers are gone within 15 s

    // `othersAlive`: told at each beat whether other servers write to the database too
    ClusterPresence(RealtimeHub &hub, const metrics::Metrics &metrics, storage::DatabaseConfig db,
                    QString instance, std::function<void(bool)> othersAlive);

    void start(QThread *thread); // opens its connection there
    void stop();                 // from another thread, before the thread ends: its row goes

private:
    void beat();

    RealtimeHub &m_hub;
    const metrics::Metrics &m_metrics;
    storage::DatabaseConfig m_dbConfig;
    QString m_instance;
    QString m_connectionName;
    std::function<void(bool)> m_othersAlive;
    QTimer *m_timer = nullptr;
};

} // namespace emporium::realtime
