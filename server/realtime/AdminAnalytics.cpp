#include "server/realtime/AdminAnalytics.h"

#include "server/domain/MinuteSeries.h"
#include "server/metrics/Metrics.h"
#include "server/protocol/JsonWriter.h"
#include "server/realtime/RealtimeHub.h"
#include "server/storage/AnalyticsRepository.h"
#include "server/storage/OutboxRepository.h"

#include <QDateTime>

namespace emporium::realtime {

using protocol::JsonWriter;

namespace {

QString iso(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

void topSearches(JsonWriter &w, storage::AnalyticsRepository &figures, const QString &since)
{
    w.beginArray();
    for (const auto &s : figures.topSearches(since, 10).value_or({}))
        w.beginObject().field("query", s.query).field("count", s.count).endObject();
    w.endArray();
}

} // namespace

QByteArray analyticsJson(const AnalyticsSources &sources, QSqlDatabase &db, bool asEvent)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString dayStart = QDateTime(now.date(), QTime(0, 0), Qt::UTC).toString(Qt::ISODate);
    JsonWriter w;
    w.beginObject();
    if (asEvent)
        w.field("type", "analytics");
    w.key("orders_per_minute").beginArray();
    for (const auto &p : sources.ordersPerMinute.snapshot(now.toSecsSinceEpoch()))
        w.beginObject()
            .field("minute", iso(p.minute))
            .field("orders", p.orders)
            .field("revenue_cents", p.revenueCents)
            .endObject();
    w.endArray();

    storage::AnalyticsRepository figures(db);
    w.key("revenue_by_category").beginArray();
    qint64 today = 0;
    for (const auto &c : figures.revenueByCategory(dayStart).value_or({})) {
        today += c.revenueCents;
        w.beginObject().key("category").beginObject().field("id", c.categoryId).field("name", c.name);
        w.endObject().field("revenue_cents", c.revenueCents).endObject();
    }
    w.endArray();
    w.key("top_searches_hour");
    topSearches(w, figures, now.addSecs(-3600).toString(Qt::ISODate));
    w.key("top_searches_day");
    topSearches(w, figures, now.addDays(-1).toString(Qt::ISODate));

    w.key("top_viewed_now").beginArray();
    const auto viewed = sources.hub.topViewed(10);
    QList<qint64> ids;
    for (const auto &v : viewed)
        ids << v.first;
    const QHash<qint64, QString> titles = figures.titles(ids);
    for (const auto &[item, viewers] : viewed)
        w.beginObject()
            .field("item_id", item)
            .field("title", titles.value(item))
            .field("viewers", viewers)
            .endObject();
    w.endArray();
    w.field("viewers_now", sources.hub.viewersTotal());
    w.field("connections_now", qint64(sources.metrics.webSocketConnections()));
    w.field("revenue_today_cents", today);
    if (const auto outbox = storage::OutboxRepository(db).depth())
        w.field("outbox_pending", outbox->pending).field("outbox_failed", outbox->failed);
    w.endObject();
    return w.take();
}

} // namespace emporium::realtime
