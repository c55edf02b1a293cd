#include "server/protocol/AdminTypes.h"

#include "server/protocol/JsonWriter.h"

#include <QJsonArray>

namespace emporium::protocol {
namespace {

void writeSearches(JsonWriter &w, const char *key, const QList<SearchCount> &searches)
{
    w.key(key).beginArray();
    for (const SearchCount &s : searches)
        w.beginObject().field("query", s.query).field("count", s.count).endObject();
    w.endArray();
}

QList<SearchCount> searchesFromJson(const QJsonArray &array)
{
    QList<SearchCount> out;
    for (const QJsonValue &v : array)
        out.append({v[u"query"].toString(), v[u"count"].toInteger()});
    return out;
}

std::optional<qint64> optionalNumber(const QJsonObject &o, QStringView key)
{
    return o.contains(key) ? std::optional(o.value(key).toInteger()) : std::nullopt;
}

void writeMinutesAndCategories(JsonWriter &w, const AnalyticsSnapshot &s)
{
    w.key("orders_per_minute").beginArray();
    for (const MinuteOrders &p : s.ordersPerMinute)
        w.beginObject()
            .field("minute", p.minute)
            .field("orders", p.orders)
            .field("revenue_cents", p.revenueCents)
            .endObject();
    w.endArray().key("revenue_by_category").beginArray();
    for (const CategoryRevenue &c : s.revenueByCategory) {
        w.beginObject().key("category").beginObject().field("id", c.categoryId).field("name", c.categoryName);
        w.endObject().field("revenue_cents", c.revenueCents).endObject();
    }
    w.endArray();
}

} // namespace

void AnalyticsSnapshot::writeFields(JsonWriter &w) const
{
    writeMinutesAndCategories(w, *this);
    writeSearches(w, "top_searches_hour", topSearchesHour);
    writeSearches(w, "top_searches_day", topSearchesDay);
    w.key("top_viewed_now").beginArray();
    for (const ViewedItem &v : topViewedNow)
        w.beginObject()
            .field("item_id", v.itemId)
            .field("title", v.title)
            .field("viewers", v.viewers)
            .endObject();
    w.endArray();
    w.field("viewers_now", viewersNow).field("connections_now", connectionsNow);
    w.field("revenue_today_cents", revenueTodayCents)
        .field("orders_to_ship", ordersToShip)
        .field("refunds_today_cents", refundsTodayCents);
    if (outboxPending && outboxFailed)
        w.field("outbox_pending", *outboxPending).field("outbox_failed", *outboxFailed);
}

void AnalyticsSnapshot::write(JsonWriter &w) const
{
    w.beginObject();
    writeFields(w);
    w.endObject();
}

AnalyticsSnapshot AnalyticsSnapshot::fromJson(const QJsonObject &o)
{
    AnalyticsSnapshot s;
    for (const QJsonValue &p : o.value(u"orders_per_minute").toArray())
        s.ordersPerMinute.append(
            {p[u"minute"].toString(), p[u"orders"].toInteger(), p[u"revenue_cents"].toInteger()});
    for (const QJsonValue &c : o.value(u"revenue_by_category").toArray())
        s.revenueByCategory.append({c[u"category"][u"id"].toInteger(), c[u"category"][u"name"].toString(),
                                    c[u"revenue_cents"].toInteger()});
    s.topSearchesHour = searchesFromJson(o.value(u"top_searches_hour").toArray());
    s.topSearchesDay = searchesFromJson(o.value(u"top_searches_day").toArray());
    for (const QJsonValue &v : o.value(u"top_viewed_now").toArray())
        s.topViewedNow.append({v[u"item_id"].toInteger(), v[u"title"].toString(), v[u"viewers"].toInteger()});
    s.viewersNow = o.value(u"viewers_now").toInteger();
    s.connectionsNow = o.value(u"connections_now").toInteger();
    s.revenueTodayCents = o.value(u"revenue_today_cents").toInteger();
    s.ordersToShip = o.value(u"orders_to_ship").toInteger();
    s.refundsTodayCents = o.value(u"refunds_today_cents").toInteger();
    s.outboxPending = optionalNumber(o, u"outbox_pending");
    s.outboxFailed = optionalNumber(o, u"outbox_failed");
    return s;
}

void AdminUser::write(JsonWriter &w) const
{
    w.beginObject().field("id", user.id).field("email", user.email).field("display_name", user.displayName);
    w.field("role", roleName(user.role)).field("disabled", disabled).field("created_at", createdAt);
    if (user.shopId)
        w.key("shop").beginObject().field("id", user.shopId).field("name", user.shopName).endObject();
    w.endObject();
}

AdminUser AdminUser::fromJson(const QJsonObject &o)
{
    return {User::fromJson(o), o.value(u"disabled").toBool(), o.value(u"created_at").toString()};
}

QJsonObject AdminUserChange::toJson() const
{
    QJsonObject o;
    if (role)
        o.insert(QStringLiteral("role"), roleName(*role));
    if (disabled)
        o.insert(QStringLiteral("disabled"), *disabled);
    return o;
}

} // namespace emporium::protocol
