#pragma once
// The admin's live analytics (API.md "Admin"): the per-minute window from memory, the day's
// figures and searches from the database, viewers and connections from the realtime hub. The same
// snapshot answers GET /api/v1/admin/analytics and is pushed on the admin topic as an AnalyticsEvent
// (AnalyticsPublisher).
#include "server/protocol/AdminTypes.h"

#include <QSqlDatabase>

namespace emporium::domain {
class MinuteSeries;
}
namespace emporium::metrics {
class Metrics;
}

namespace emporium::storage {
class AnalyticsRepository;
class OutboxRepository;
} // namespace emporium::storage

namespace emporium::realtime {

class RealtimeHub;

struct AnalyticsSources
{
    const domain::MinuteSeries &ordersPerMinute;
    const RealtimeHub &hub;
    const metrics::Metrics &metrics;
};

protocol::AnalyticsSnapshot analyticsSnapshot(const AnalyticsSources &sources,
                                              storage::AnalyticsRepository &figures,
                                              storage::OutboxRepository &outbox);

} // namespace emporium::realtime
