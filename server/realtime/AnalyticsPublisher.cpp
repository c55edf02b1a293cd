#include "server/realtime/AnalyticsPublisher.h"

#include "server/storage/AnalyticsRepository.h"
#include "server/storage/OutboxRepository.h"

#include "server/protocol/RealtimeEvents.h"
#include "server/realtime/RealtimeHub.h"

#include <QThread>
#include <atomic>

namespace emporium::realtime {

namespace {
std::atomic<int> g_publisherSerial{0};
}

AnalyticsPublisher::AnalyticsPublisher(AnalyticsSources sources, RealtimeHub &hub, storage::DatabaseConfig db)
    : m_sources(sources), m_hub(hub), m_dbConfig(std::move(db)),
      m_connectionName(QStringLiteral("emporium-analytics-%1").arg(g_publisherSerial.fetch_add(1)))
{
}

AnalyticsPublisher::~AnalyticsPublisher() = default;

void AnalyticsPublisher::start(QThread *thread)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(50);
    connect(m_timer, &QTimer::timeout, this, [this] { tick(); });
    moveToThread(thread);
    QMetaObject::invokeMethod(this, [this] {
        storage::Database::open(m_connectionName, m_dbConfig);
        m_since.start();
        m_timer->start();
    });
}

void AnalyticsPublisher::stop()
{
    if (!m_timer || !thread() || !thread()->isRunning())
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_timer->stop();
            storage::Database::close(m_connectionName);
        },
        Qt::BlockingQueuedConnection);
}

void AnalyticsPublisher::tick()
{
    const qint64 elapsed = m_since.elapsed();
    if (elapsed < 250 || (elapsed < 1000 && !m_dirty.load(std::memory_order_acquire)))
        return;
    m_since.restart();
    m_dirty.store(false, std::memory_order_release);
    if (m_hub.subscribers(QStringLiteral("admin")) == 0)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    storage::AnalyticsRepository figures(db);
    storage::OutboxRepository outbox(db);
    domain::publishEvent(m_hub, QStringLiteral("admin"),
                         protocol::AnalyticsEvent{analyticsSnapshot(m_sources, figures, outbox)});
}

} // namespace emporium::realtime
