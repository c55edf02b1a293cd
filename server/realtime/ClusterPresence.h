#pragma once
// Presence across several servers on one PostgreSQL database: every two seconds this server writes its own
// counts (WebSocket connections, viewers per item) and reads the other live servers' sums into the hub, which
// adds them to its own in "N viewing" (telling the item pages when a count moved) and in the admin's figures.
// A server that dies stops renewing its row: after kAliveSeconds it no longer counts. A clean stop removes
// it.
#include "server/realtime/PeriodicJob.h"

#include <QString>
#include <functional>

namespace emporium::metrics {
class Metrics;
}

namespace emporium::realtime {

class RealtimeHub;

class ClusterPresence : public PeriodicJob
{
public:
    static constexpr int kBeatMs = 2000;
    static constexpr int kAliveSeconds = 10; // + one beat: a dead server's viewers are gone within 15 s

    // `othersAlive`: told at each beat whether other servers write to the database too
    ClusterPresence(RealtimeHub &hub, const metrics::Metrics &metrics, storage::DatabaseConfig db,
                    QString instance, std::function<void(bool)> othersAlive);

protected:
    void tick(QSqlDatabase &db) override;
    void finish(QSqlDatabase &db) override;

private:
    RealtimeHub &m_hub;
    const metrics::Metrics &m_metrics;
    QString m_instance;
    std::function<void(bool)> m_othersAlive;
    static constexpr int kSweepEveryTicks = 5; // the cut imports' hidden items looked for every 10 s
    unsigned m_ticks = 0;
    void dropAbandonedImports(QSqlDatabase &db);
};

} // namespace emporium::realtime
