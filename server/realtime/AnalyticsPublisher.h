#pragma once
// Pushes the admin's live analytics on the admin topic: once a second while anyone watches, and soon
// after a sale (at most four times a second), so a purchase shows at once. A PeriodicJob: no event loop
// carries it.
#include "server/realtime/AdminAnalytics.h"
#include "server/realtime/PeriodicJob.h"

#include <QElapsedTimer>
#include <atomic>

namespace emporium::realtime {

class AnalyticsPublisher : public PeriodicJob
{
public:
    AnalyticsPublisher(AnalyticsSources sources, RealtimeHub &hub, storage::DatabaseConfig db);

    void saleHappened() { m_dirty.store(true, std::memory_order_release); }

protected:
    void tick(QSqlDatabase &db) override;

private:
    AnalyticsSources m_sources;
    RealtimeHub &m_hub;
    QElapsedTimer m_since; // since the last push
    std::atomic<bool> m_dirty{false};
};

} // namespace emporium::realtime
