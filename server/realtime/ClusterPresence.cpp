#include "server/realtime/ClusterPresence.h"

#include "server/metrics/Metrics.h"
#include "server/realtime/RealtimeHub.h"
#include "server/storage/PresenceRepository.h"

#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcPresence, "emporium.server.presence")

namespace emporium::realtime {

ClusterPresence::ClusterPresence(RealtimeHub &hub, const metrics::Metrics &metrics,
                                 storage::DatabaseConfig db, QString instance,
                                 std::function<void(bool)> othersAlive)
    : m_hub(hub), m_metrics(metrics), m_dbConfig(std::move(db)), m_instance(std::move(instance)),
      m_othersAlive(std::move(othersAlive)),
      m_connectionName(QStringLiteral("emporium-presence-%1").arg(m_instance))
{
    m_dbConfig.options += QStringLiteral(" application_name='emporium-presence'");
}

void ClusterPresence::start(QThread *thread)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(kBeatMs);
    connect(m_timer, &QTimer::timeout, this, [this] { beat(); });
    moveToThread(thread);
    QMetaObject::invokeMethod(this, [this] {
        storage::Database::open(m_connectionName, m_dbConfig);
        beat();
        m_timer->start();
    });
}

void ClusterPresence::stop()
{
    if (!m_timer || !thread() || !thread()->isRunning())
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_timer->stop();
            {
                QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
                storage::PresenceRepository::leave(db, m_instance);
            }
            storage::Database::close(m_connectionName);
        },
        Qt::BlockingQueuedConnection);
}

// Ours out, theirs in. A failed look keeps the last counts (the database away for a moment); the rows expire
// on their own if it stays away.
void ClusterPresence::beat()
{
    if (!QSqlDatabase::database(m_connectionName, false).isOpen()) {
        storage::Database::close(m_connectionName);
        if (!storage::Database::open(m_connectionName, m_dbConfig))
            return;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const auto written = storage::PresenceRepository::beat(
        db, m_instance, int(m_metrics.webSocketConnections()), m_hub.localViewers());
    const auto peers = written ? storage::PresenceRepository::peers(db, m_instance, kAliveSeconds)
                               : Result<storage::PeerPresence>(written.error());
    if (!peers) {
        qCWarning(lcPresence) << "presence not shared:" << peers.error().message;
        db.close(); // opened again at the next beat
        return;
    }
    m_hub.setPeers(peers->viewers, peers->connections);
    if (m_othersAlive)
        m_othersAlive(peers->servers > 0);
}

} // namespace emporium::realtime
