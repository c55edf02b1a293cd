#include "app/models/AdminAnalytics.h"

#include "app/api/ApiClient.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace emporium {
namespace client {
namespace {

QList<NamedFigure> figures(const QJsonArray &array, const char *name, const char *value, const char *id = nullptr)
{
    QList<NamedFigure> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        NamedFigure f;
        if (id)
            f.id = o.value(QLatin1String(id)).toInteger();
        f.name = o.value(QLatin1String(name)).toString();
        f.value = o.value(QLatin1String(value)).toInteger();
        out.append(f);
    }
    return out;
}

} // namespace

qint64 MarketSnapshot::ordersLastHour() const
{
    qint64 n = 0;
    for (const auto &p : ordersPerMinute)
        n += p.orders;
    return n;
}

MarketSnapshot MarketSnapshot::fromJson(const QJsonObject &o)
{
    MarketSnapshot s;
    for (const QJsonValue &v : o.value(u"orders_per_minute").toArray()) {
        const QJsonObject p = v.toObject();
        s.ordersPerMinute.append({QDateTime::fromString(p.value(u"minute").toString(), Qt::ISODate).toUTC(),
                                  p.value(u"orders").toInteger(), p.value(u"revenue_cents").toInteger()});
    }
    for (const QJsonValue &v : o.value(u"revenue_by_category").toArray()) {
        const QJsonObject c = v.toObject();
        const QJsonObject category = c.value(u"category").toObject();
        s.revenueByCategory.append({category.value(u"id").toInteger(), category.value(u"name").toString(),
                                    c.value(u"revenue_cents").toInteger()});
    }
    s.topSearchesHour = figures(o.value(u"top_searches_hour").toArray(), "query", "count");
    s.topSearchesDay = figures(o.value(u"top_searches_day").toArray(), "query", "count");
    s.topViewedNow = figures(o.value(u"top_viewed_now").toArray(), "title", "viewers", "item_id");
    s.viewersNow = o.value(u"viewers_now").toInteger();
    s.connectionsNow = o.value(u"connections_now").toInteger();
    s.revenueTodayCents = o.value(u"revenue_today_cents").toInteger();
    return s;
}

AdminAnalytics::AdminAnalytics(ApiClient &api, QObject *parent) : QObject(parent), m_api(api) {}

void AdminAnalytics::reload()
{
    m_api.getJson(QStringLiteral("/api/v1/admin/analytics"), {}, this, [this](Result<QJsonDocument> r) {
        if (!r) {
            Q_EMIT failed(r.error().message);
            return;
        }
        apply(r->object());
    });
}

void AdminAnalytics::apply(const QJsonObject &message)
{
    m_snapshot = MarketSnapshot::fromJson(message);
    m_updated = QDateTime::currentDateTimeUtc();
    Q_EMIT changed();
}

} // namespace client
} // namespace emporium
