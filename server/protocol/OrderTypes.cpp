#include "server/protocol/OrderTypes.h"

#include "server/protocol/JsonWriter.h"

#include <QJsonArray>

namespace emporium::protocol {

void Cart::write(JsonWriter &w) const
{
    w.beginObject().key("lines").beginArray();
    for (const CartLine &l : lines) {
        w.beginObject().key("item");
        l.item.write(w);
        w.field("quantity", l.quantity).field("line_total_cents", l.lineTotalCents).endObject();
    }
    w.endArray().field("total_cents", totalCents).field("currency", currency).endObject();
}

Cart Cart::fromJson(const QJsonObject &o)
{
    Cart c;
    for (const QJsonValue &v : o.value(u"lines").toArray()) {
        const QJsonObject l = v.toObject();
        c.lines.append({ItemSummary::fromJson(l.value(u"item").toObject()), l.value(u"quantity").toInt(),
                        l.value(u"line_total_cents").toInteger()});
    }
    c.totalCents = o.value(u"total_cents").toInteger();
    c.currency = o.value(u"currency").toString();
    return c;
}

void ShippingAddress::write(JsonWriter &w) const
{
    w.beginObject().field("name", name).field("line1", line1);
    if (!line2.isEmpty())
        w.field("line2", line2);
    w.field("city", city).field("postal_code", postalCode).field("country", country).endObject();
}

QJsonObject ShippingAddress::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("line1"), line1},
                  {QStringLiteral("city"), city},
                  {QStringLiteral("postal_code"), postalCode},
                  {QStringLiteral("country"), country}};
    if (!line2.isEmpty())
        o.insert(QStringLiteral("line2"), line2);
    return o;
}

ShippingAddress ShippingAddress::fromJson(const QJsonObject &o)
{
    return {o.value(u"name").toString(), o.value(u"line1").toString(),       o.value(u"line2").toString(),
            o.value(u"city").toString(), o.value(u"postal_code").toString(), o.value(u"country").toString()};
}

void Order::write(JsonWriter &w) const
{
    w.beginObject()
        .field("id", id)
        .field("status", status)
        .field("created_at", createdAt)
        .key("lines")
        .beginArray();
    for (const OrderLine &l : lines) {
        w.beginObject()
            .field("item_id", l.itemId)
            .field("title", l.title)
            .field("unit_price_cents", l.unitPriceCents);
        w.field("quantity", l.quantity);
        w.key("seller").beginObject().field("id", l.sellerId).field("shop_name", l.shopName).endObject();
        w.endObject();
    }
    w.endArray().field("total_cents", totalCents).field("currency", currency).key("shipping_address");
    shipping.write(w);
    w.key("payment").beginObject().field("brand", cardBrand).field("last4", cardLast4).endObject();
    w.endObject();
}

Order Order::fromJson(const QJsonObject &o)
{
    Order r;
    r.id = o.value(u"id").toInteger();
    r.status = o.value(u"status").toString();
    r.createdAt = o.value(u"created_at").toString();
    for (const QJsonValue &v : o.value(u"lines").toArray()) {
        const QJsonObject l = v.toObject();
        const QJsonObject seller = l.value(u"seller").toObject();
        r.lines.append({l.value(u"item_id").toInteger(), l.value(u"title").toString(),
                        l.value(u"unit_price_cents").toInteger(), l.value(u"quantity").toInt(),
                        seller.value(u"id").toInteger(), seller.value(u"shop_name").toString()});
    }
    r.totalCents = o.value(u"total_cents").toInteger();
    r.currency = o.value(u"currency").toString();
    r.shipping = ShippingAddress::fromJson(o.value(u"shipping_address").toObject());
    const QJsonObject payment = o.value(u"payment").toObject();
    r.cardBrand = payment.value(u"brand").toString();
    r.cardLast4 = payment.value(u"last4").toString();
    return r;
}

} // namespace emporium::protocol
