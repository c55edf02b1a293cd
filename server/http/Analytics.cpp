#include "server/http/Analytics.h"

#include "server/http/RequestContext.h"
#include "server/protocol/JsonWriter.h"
#include "server/realtime/RealtimeHub.h"

#include <QDateTime>
#include <QSqlQuery>

namespace emporium::http {

using protocol::JsonWriter;

namespace {

QString iso(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

void topSearches(JsonWriter &w, QSqlDatabase &db, const QString &since)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT query, COUNT(*) AS n FROM search_log WHERE created_at >= ? GROUP BY query "
                             "ORDER BY n DESC, query LIMIT 10"));
    q.addBindValue(since);
    w.beginArray();
    if (q.exec())
        while (q.next())
            w.beginObject().field("query", q.value(0).toString()).field("count", q.value(1).toLongLong()).endObject();
    w.endArray();
}

} // namespace

QByteArray analyticsJson(RequestContext &ctx, bool asEvent)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString dayStart = QDateTime(now.date(), QTime(0, 0), Qt::UTC).toString(Qt::ISODate);
    JsonWriter w;
    w.beginObject();
    if (asEvent)
        w.field("type", "analytics");
    w.key("orders_per_minute").beginArray();
    for (const auto &p : ctx.server.ordersPerMinute.snapshot(now.toSecsSinceEpoch()))
        w.beginObject().field("minute", iso(p.minute)).field("orders", p.orders).field("revenue_cents", p.revenueCents).endObject();
    w.endArray();

    QSqlQuery q(ctx.db);
    q.prepare(QStringLiteral("SELECT c.id, c.name, COALESCE(SUM(e.amount_cents), 0) FROM categories c "
                             "LEFT JOIN sale_events e ON e.category_id = c.id AND e.created_at >= ? "
                             "GROUP BY c.id ORDER BY 3 DESC, c.position"));
    q.addBindValue(dayStart);
    w.key("revenue_by_category").beginArray();
    qint64 today = 0;
    if (q.exec()) {
        while (q.next()) {
            today += q.value(2).toLongLong();
            w.beginObject().key("category").beginObject().field("id", q.value(0).toLongLong()).field("name", q.value(1).toString());
            w.endObject().field("revenue_cents", q.value(2).toLongLong()).endObject();
        }
    }
    w.endArray();
    w.key("top_searches_hour");
    topSearches(w, ctx.db, now.addSecs(-3600).toString(Qt::ISODate));
    w.key("top_searches_day");
    topSearches(w, ctx.db, now.addDays(-1).toString(Qt::ISODate));

    w.key("top_viewed_now").beginArray();
    QSqlQuery title(ctx.db);
    title.prepare(QStringLiteral("SELECT title FROM items WHERE id = ?"));
    for (const auto &[item, viewers] : ctx.hub.topViewed(10)) {
        title.bindValue(0, item);
        const QString t = title.exec() && title.next() ? title.value(0).toString() : QString();
        title.finish();
        w.beginObject().field("item_id", item).field("title", t).field("viewers", viewers).endObject();
    }
    w.endArray();
    w.field("viewers_now", ctx.hub.viewersTotal());
    w.field("connections_now", qint64(ctx.server.metrics->webSocketConnections()));
    w.field("revenue_today_cents", today);
    QSqlQuery outbox(ctx.db);
    if (outbox.exec(QStringLiteral("SELECT COALESCE(SUM(status = 'pending'), 0), COALESCE(SUM(status = 'failed'), 0) FROM outbox")) &&
        outbox.next())
        w.field("outbox_pending", outbox.value(0).toLongLong()).field("outbox_failed", outbox.value(1).toLongLong());
    w.endObject();
    return w.take();
}

} // namespace emporium::http
