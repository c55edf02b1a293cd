#include "server/realtime/AnalyticsPublisher.h"

#include "server/protocol/RealtimeEvents.h"
#include "server/realtime/RealtimeHub.h"
#include "server/storage/AnalyticsRepository.h"
#include "server/storage/OutboxRepository.h"

#include <atomic>

namespace emporium::realtime {

namespace {
std::atomic<int> g_publisherSerial{0};
constexpr int kTickMs = 50;
} // namespace

AnalyticsPublisher::AnalyticsPublisher(AnalyticsSources sources, RealtimeHub &hub, storage::DatabaseConfig db)
    : PeriodicJob(std::move(db), QStringLiteral("emporium-analytics-%1").arg(g_publisherSerial.fetch_add(1)),
                  kTickMs),
      m_sources(sources), m_hub(hub)
{
    m_since.start();
}

void AnalyticsPublisher::tick(QSqlDatabase &db)
{
    const qint64 elapsed = m_since.elapsed();
    if (elapsed < 250 || (elapsed < 1000 && !m_dirty.load(std::memory_order_acquire)))
        return;
    m_since.restart();
    m_dirty.store(false, std::memory_order_release);
    if (m_hub.subscribers(QStringLiteral("admin")) == 0)
        return;
    storage::AnalyticsRepository figures(db);
    storage::OutboxRepository outbox(db);
    domain::publishEvent(m_hub, QStringLiteral("admin"),
                         protocol::AnalyticsEvent{analyticsSnapshot(m_sources, figures, outbox)});
}

} // namespace emporium::realtime
