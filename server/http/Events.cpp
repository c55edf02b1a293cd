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

} // namespace emporium::http
