#pragma once
// Pushes the admin's live analytics on the admin topic: once a second while anyone watches, and soon
// after a sale (at most four times a second), so a purchase shows at once. Its own thread's timer and
// its own database connection: no event loop carries it.
#include "server/realtime/AdminAnalytics.h"
#include "server/storage/Database.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <atomic>

namespace emporium::realtime {

class AnalyticsPublisher : public QObject
{
public:
    AnalyticsPublisher(AnalyticsSources sources, RealtimeHub &hub, storage::DatabaseConfig db);
    ~AnalyticsPublisher() override;

    void start(QThread *thread); // opens its connection there
    void stop();                 // from another thread, before the thread ends
    void saleHappened() { m_dirty.store(true, std::memory_order_release); }

private:
    void tick();

    AnalyticsSources m_sources;
    RealtimeHub &m_hub;
    storage::DatabaseConfig m_dbConfig;
    QString m_connectionName;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_since;
    std::atomic<bool> m_dirty{false};
};

} // namespace emporium::realtime
