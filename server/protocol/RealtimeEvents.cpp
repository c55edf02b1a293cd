#include "server/protocol/RealtimeEvents.h"

#include "server/protocol/JsonWriter.h"
#include "server/protocol/Paging.h"

#include <QJsonArray>

namespace emporium::protocol {
namespace {

JsonWriter &begin(JsonWriter &w, const char *type)
{
    return w.beginObject().field("type", type);
}

qint64 number(const QJsonObject &o, QStringView key)
{
    return o.value(key).toInteger();
}

} // namespace

void ViewersEvent::write(JsonWriter &w) const
{
    begin(w, kType).field("item_id", itemId).field("count", count).endObject();
}

ViewersEvent ViewersEvent::fromJson(const QJsonObject &o)
{
    return {number(o, u"item_id"), number(o, u"count")};
}

void StockEvent::write(JsonWriter &w) const
{
    begin(w, kType).field("item_id", itemId).field("stock", stock).field("sold_count", soldCount).endObject();
}

StockEvent StockEvent::fromJson(const QJsonObject &o)
{
    return {number(o, u"item_id"), number(o, u"stock"), number(o, u"sold_count")};
}

void PurchaseEvent::write(JsonWriter &w) const
{
    begin(w, kType).field("item_id", itemId).field("title", title);
    w.field("quantity", quantity).field("at", at).endObject();
}

PurchaseEvent PurchaseEvent::fromJson(const QJsonObject &o)
{
    return {number(o, u"item_id"), o.value(u"title").toString(), number(o, u"quantity"),
            o.value(u"at").toString()};
}

void CartEvent::write(JsonWriter &w) const
{
    begin(w, kType).key("cart");
    cart.write(w);
    w.endObject();
}

CartEvent CartEvent::fromJson(const QJsonObject &o)
{
    return {Cart::fromJson(o.value(u"cart").toObject())};
}

void WishlistEvent::write(JsonWriter &w) const
{
    begin(w, kType);
    writeList(w, "items", items);
    w.endObject();
}

WishlistEvent WishlistEvent::fromJson(const QJsonObject &o)
{
    return {listFromJson<ItemSummary>(o.value(u"items").toArray())};
}

void OrderEvent::write(JsonWriter &w) const
{
    begin(w, kType).key("order");
    order.write(w);
    w.endObject();
}

OrderEvent OrderEvent::fromJson(const QJsonObject &o)
{
    return {Order::fromJson(o.value(u"order").toObject())};
}

void ShopOrderEvent::write(JsonWriter &w) const
{
    begin(w, kType).key("order");
    order.write(w);
    w.endObject();
}

ShopOrderEvent ShopOrderEvent::fromJson(const QJsonObject &o)
{
    return {Order::fromJson(o.value(u"order").toObject())};
}

void SaleEvent::write(JsonWriter &w) const
{
    begin(w, kType).field("order_id", orderId).field("item_id", itemId);
    w.field("quantity", quantity).field("total_cents", totalCents).field("at", at).endObject();
}

SaleEvent SaleEvent::fromJson(const QJsonObject &o)
{
    return {number(o, u"order_id"), number(o, u"item_id"), number(o, u"quantity"), number(o, u"total_cents"),
            o.value(u"at").toString()};
}

void LowStockEvent::write(JsonWriter &w) const
{
    begin(w, kType).field("item_id", itemId).field("stock", stock).endObject();
}

LowStockEvent LowStockEvent::fromJson(const QJsonObject &o)
{
    return {number(o, u"item_id"), number(o, u"stock")};
}

void AnalyticsEvent::write(JsonWriter &w) const
{
    begin(w, kType);
    snapshot.writeFields(w);
    w.endObject();
}

AnalyticsEvent AnalyticsEvent::fromJson(const QJsonObject &o)
{
    return {AnalyticsSnapshot::fromJson(o)};
}

void ErrorEvent::write(JsonWriter &w) const
{
    begin(w, kType).field("code", code).field("message", message).endObject();
}

ErrorEvent ErrorEvent::fromJson(const QJsonObject &o)
{
    return {o.value(u"code").toString(), o.value(u"message").toString()};
}

void AuthenticatedEvent::write(JsonWriter &w) const
{
    begin(w, kType).key("user");
    user.write(w);
    w.endObject();
}

AuthenticatedEvent AuthenticatedEvent::fromJson(const QJsonObject &o)
{
    return {User::fromJson(o.value(u"user").toObject())};
}

namespace {

template <typename E>
bool tryParse(const QJsonObject &o, const QString &type, std::optional<RealtimeEvent> &out)
{
    if (out || type != QLatin1String(E::kType))
        return false;
    out = E::fromJson(o);
    return true;
}

template <typename... E> std::optional<RealtimeEvent> parseAny(const QJsonObject &o, std::variant<E...> *)
{
    const QString type = o.value(u"type").toString();
    std::optional<RealtimeEvent> out;
    (tryParse<E>(o, type, out) || ...);
    return out;
}

} // namespace

std::optional<RealtimeEvent> parseEvent(const QJsonObject &o)
{
    return parseAny(o, static_cast<RealtimeEvent *>(nullptr));
}

QJsonObject subscribeMessage(const QString &topic)
{
    return {{QStringLiteral("type"), QStringLiteral("subscribe")}, {QStringLiteral("topic"), topic}};
}

QJsonObject unsubscribeMessage(const QString &topic)
{
    return {{QStringLiteral("type"), QStringLiteral("unsubscribe")}, {QStringLiteral("topic"), topic}};
}

QJsonObject authMessage(const QString &token)
{
    return {{QStringLiteral("type"), QStringLiteral("auth")}, {QStringLiteral("token"), token}};
}

QJsonObject pingMessage()
{
    return {{QStringLiteral("type"), QStringLiteral("ping")}};
}

} // namespace emporium::protocol
