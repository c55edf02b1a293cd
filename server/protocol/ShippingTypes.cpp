#include "server/protocol/ShippingTypes.h"

#include "server/protocol/JsonWriter.h"

#include <QJsonArray>

namespace emporium::protocol {

void ShippingSettings::write(JsonWriter &w) const
{
    w.beginObject().field("handling_days", handlingDays).key("rates").beginArray();
    for (const ShippingRate &r : rates) {
        w.beginObject().field("country", r.country).field("flat_cents", r.flatCents);
        if (r.freeOverCents)
            w.field("free_over_cents", *r.freeOverCents);
        else
            w.key("free_over_cents").null();
        w.field("transit_days", r.transitDays).endObject();
    }
    w.endArray().endObject();
}

ShippingSettings ShippingSettings::fromJson(const QJsonObject &o)
{
    ShippingSettings s;
    s.handlingDays = o.value(u"handling_days").toInt();
    s.rates.clear();
    for (const QJsonValue &v : o.value(u"rates").toArray()) {
        const QJsonObject r = v.toObject();
        const QJsonValue free = r.value(u"free_over_cents");
        s.rates.append({r.value(u"country").toString(), r.value(u"flat_cents").toInteger(),
                        free.isDouble() ? std::optional<qint64>(free.toInteger()) : std::nullopt,
                        r.value(u"transit_days").toInt()});
    }
    return s;
}

const ShippingRate *ShippingSettings::rateFor(const QString &country) const
{
    const QString wanted = country.trimmed().toUpper();
    const ShippingRate *elsewhere = nullptr;
    for (const ShippingRate &r : rates) {
        if (r.country == wanted)
            return &r;
        if (r.country == u"*")
            elsewhere = &r;
    }
    return elsewhere;
}

std::optional<qint64> ShippingSettings::costTo(const QString &country, qint64 subtotalCents) const
{
    const ShippingRate *r = rateFor(country);
    if (!r)
        return std::nullopt;
    return r->freeOverCents && subtotalCents >= *r->freeOverCents ? 0 : r->flatCents;
}

std::optional<int> ShippingSettings::daysTo(const QString &country) const
{
    const ShippingRate *r = rateFor(country);
    return r ? std::optional<int>(handlingDays + r->transitDays) : std::nullopt;
}

void Quote::write(JsonWriter &w) const
{
    w.beginObject().key("parts").beginArray();
    for (const QuotePart &p : parts) {
        w.beginObject().key("shop").beginObject().field("id", p.shopId).field("name", p.shopName).endObject();
        w.field("subtotal_cents", p.subtotalCents)
            .field("shipping_cents", p.shippingCents)
            .field("arrives_by", p.arrivesBy)
            .endObject();
    }
    w.endArray()
        .field("subtotal_cents", subtotalCents)
        .field("shipping_cents", shippingCents)
        .field("total_cents", totalCents)
        .field("currency", currency)
        .endObject();
}

Quote Quote::fromJson(const QJsonObject &o)
{
    Quote q;
    for (const QJsonValue &v : o.value(u"parts").toArray()) {
        const QJsonObject p = v.toObject();
        const QJsonObject shop = p.value(u"shop").toObject();
        q.parts.append({shop.value(u"id").toInteger(), shop.value(u"name").toString(),
                        p.value(u"subtotal_cents").toInteger(), p.value(u"shipping_cents").toInteger(),
                        p.value(u"arrives_by").toString()});
    }
    q.subtotalCents = o.value(u"subtotal_cents").toInteger();
    q.shippingCents = o.value(u"shipping_cents").toInteger();
    q.totalCents = o.value(u"total_cents").toInteger();
    q.currency = o.value(u"currency").toString();
    return q;
}

} // namespace emporium::protocol
