#include "server/realtime/ClusterPresence.h"

#include "server/metrics/Metrics.h"
#include "server/realtime/RealtimeHub.h"
#include "server/storage/PresenceRepository.h"
#include "server/storage/SellerRepository.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPresence, "emporium.server.presence")

namespace emporium::realtime {

namespace {
storage::DatabaseConfig named(storage::DatabaseConfig db)
{
    db.options += QStringLiteral(" application_name='emporium-presence'"); // (libpq takes the last one)
    return db;
}
} // namespace

ClusterPresence::ClusterPresence(RealtimeHub &hub, const metrics::Metrics &metrics,
                                 storage::DatabaseConfig db, QString instance,
                                 std::function<void(bool)> othersAlive)
    : PeriodicJob(named(std::move(db)), QStringLiteral("emporium-presence-%1").arg(instance), kBeatMs),
      m_hub(hub), m_metrics(metrics), m_instance(std::move(instance)), m_othersAlive(std::move(othersAlive))
{
}

// Ours out, theirs in. A failed look keeps the last counts (the database away for a moment); the rows expire
// on their own if it stays away.
void ClusterPresence::tick(QSqlDatabase &db)
{
    const auto written = storage::PresenceRepository::beat(
        db, m_instance, int(m_metrics.webSocketConnections()), m_hub.localViewers());
    const auto peers = written ? storage::PresenceRepository::peers(db, m_instance, kAliveSeconds)
                               : Result<storage::PeerPresence>(written.error());
    if (!peers) {
        qCWarning(lcPresence) << "presence not shared:" << peers.error().message;
        dropConnection();
        return;
    }
    m_hub.setPeers(peers->viewers, peers->connections);
    if (m_othersAlive)
        m_othersAlive(peers->servers > 0);
    if (++m_ticks % kSweepEveryTicks == 0)
        dropAbandonedImports(db);
}

// The hidden items of an import whose server died before it ended: gone once that server is no longer alive
// here (seen within kAliveSeconds).
void ClusterPresence::dropAbandonedImports(QSqlDatabase &db)
{
    const auto dropped = storage::SellerRepository::dropAbandonedImports(db, kAliveSeconds);
    if (!dropped)
        qCWarning(lcPresence) << "the hidden items of cut imports stay for now:" << dropped.error().message;
    else if (dropped.value() > 0)
        qCInfo(lcPresence) << "deleted" << dropped.value() << "hidden items of imports a server gone left";
}

// its row goes: the others stop counting its viewers at once
void ClusterPresence::finish(QSqlDatabase &db)
{
    storage::PresenceRepository::leave(db, m_instance);
}

} // namespace emporium::realtime
