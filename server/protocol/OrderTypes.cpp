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

namespace {

void writePart(JsonWriter &w, const OrderPart &p)
{
    w.beginObject().key("shop").beginObject().field("id", p.shopId).field("name", p.shopName).endObject();
    w.field("status", p.status);
    if (!p.carrier.isEmpty())
        w.field("carrier", p.carrier).field("tracking_number", p.trackingNumber);
    if (!p.shippedAt.isEmpty())
        w.field("shipped_at", p.shippedAt);
    if (!p.deliveredAt.isEmpty())
        w.field("delivered_at", p.deliveredAt);
    w.field("shipping_cents", p.shippingCents).endObject();
}

OrderPart partFromJson(const QJsonObject &o)
{
    const QJsonObject shop = o.value(u"shop").toObject();
    return {shop.value(u"id").toInteger(),          shop.value(u"name").toString(),
            o.value(u"status").toString(),          o.value(u"carrier").toString(),
            o.value(u"tracking_number").toString(), o.value(u"shipped_at").toString(),
            o.value(u"delivered_at").toString(),    o.value(u"shipping_cents").toInteger()};
}

} // namespace

const OrderPart *Order::part(qint64 shopId) const
{
    for (const OrderPart &p : parts)
        if (p.shopId == shopId)
            return &p;
    return nullptr;
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
        w.field("quantity", l.quantity).field("refunded_quantity", l.refundedQuantity);
        w.key("seller").beginObject().field("id", l.sellerId).field("shop_name", l.shopName).endObject();
        w.endObject();
    }
    w.endArray().key("parts").beginArray();
    for (const OrderPart &p : parts)
        writePart(w, p);
    w.endArray()
        .field("shipping_cents", shippingCents)
        .field("total_cents", totalCents)
        .field("refunded_cents", refundedCents)
        .field("currency", currency)
        .key("shipping_address");
    shipping.write(w);
    w.key("payment").beginObject().field("brand", cardBrand).field("last4", cardLast4).endObject();
    if (!buyerName.isEmpty())
        w.key("buyer").beginObject().field("display_name", buyerName).endObject();
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
                        seller.value(u"id").toInteger(), seller.value(u"shop_name").toString(),
                        l.value(u"refunded_quantity").toInt()});
    }
    for (const QJsonValue &v : o.value(u"parts").toArray())
        r.parts.append(partFromJson(v.toObject()));
    r.shippingCents = o.value(u"shipping_cents").toInteger();
    r.refundedCents = o.value(u"refunded_cents").toInteger();
    r.totalCents = o.value(u"total_cents").toInteger();
    r.currency = o.value(u"currency").toString();
    r.shipping = ShippingAddress::fromJson(o.value(u"shipping_address").toObject());
    const QJsonObject payment = o.value(u"payment").toObject();
    r.cardBrand = payment.value(u"brand").toString();
    r.cardLast4 = payment.value(u"last4").toString();
    r.buyerName = o.value(u"buyer").toObject().value(u"display_name").toString();
    return r;
}

} // namespace emporium::protocol
