#include "server/http/Events.h"

#include "server/http/RequestContext.h"
#include "server/protocol/JsonWriter.h"
#include "server/realtime/RealtimeHub.h"

namespace emporium::http {

using protocol::JsonWriter;

void publishCart(RequestContext &ctx, qint64 userId)
{
    const QString topic = QStringLiteral("user:%1").arg(userId);
    if (!ctx.hub.subscribers(topic))
        return;
    const auto cart = ctx.carts.cart(userId);
    if (!cart)
        return;
    JsonWriter w;
    w.beginObject().field("type", "cart").key("cart");
    cart->write(w);
    w.endObject();
    ctx.hub.publish(topic, w.data());
}

void publishWishlist(RequestContext &ctx, qint64 userId)
{
    const QString topic = QStringLiteral("user:%1").arg(userId);
    if (!ctx.hub.subscribers(topic))
        return;
    const auto items = ctx.carts.wishlist(userId);
    if (!items)
        return;
    JsonWriter w;
    w.beginObject().field("type", "wishlist").key("items").beginArray();
    for (const auto &i : items.value())
        i.write(w);
    w.endArray().endObject();
    ctx.hub.publish(topic, w.data());
}

void publishOrder(RequestContext &ctx, qint64 buyerId, const protocol::Order &order,
                  const QList<storage::StockChange> &stock, bool cartChanged)
{
    realtime::RealtimeHub &hub = ctx.hub;
    ctx.server.analyticsDirty.store(true, std::memory_order_release);
    for (const auto &line : order.lines) {
        JsonWriter feed; // the buyer is not named
        feed.beginObject().field("type", "purchase").field("item_id", line.itemId).field("title", line.title);
        feed.field("quantity", line.quantity).field("at", order.createdAt).endObject();
        hub.publish(QStringLiteral("feed"), feed.data());

        JsonWriter sale;
        sale.beginObject().field("type", "sale").field("order_id", order.id).field("item_id", line.itemId);
        sale.field("quantity", line.quantity).field("total_cents", line.unitPriceCents * line.quantity);
        sale.field("at", order.createdAt).endObject();
        hub.publish(QStringLiteral("seller:%1").arg(line.sellerId), sale.data());
    }
    for (const auto &s : stock) {
        JsonWriter w;
        w.beginObject().field("type", "stock").field("item_id", s.itemId).field("stock", s.stock);
        w.field("sold_count", s.soldCount).endObject();
        hub.publish(QStringLiteral("item:%1").arg(s.itemId), w.data());
        if (s.stock <= s.lowStockThreshold) {
            qint64 shop = 0;
            for (const auto &line : order.lines)
                if (line.itemId == s.itemId)
                    shop = line.sellerId;
            JsonWriter low;
            low.beginObject().field("type", "low_stock").field("item_id", s.itemId).field("stock", s.stock).endObject();
            hub.publish(QStringLiteral("seller:%1").arg(shop), low.data());
        }
    }
    // every window of the buyer: the order, and the cart it emptied
    const QString user = QStringLiteral("user:%1").arg(buyerId);
    if (hub.subscribers(user)) {
        JsonWriter w;
        w.beginObject().field("type", "order").key("order");
        order.write(w);
        w.endObject();
        hub.publish(user, w.data());
        if (cartChanged)
            publishCart(ctx, buyerId);
    }
}

} // namespace emporium::http
