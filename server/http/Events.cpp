#include "server/http/Events.h"

#include "server/domain/Publisher.h"
#include "server/http/RequestContext.h"
#include "server/protocol/RealtimeEvents.h"
#include "server/realtime/RealtimeHub.h"

namespace emporium::http {

void publishCart(RequestContext &ctx, qint64 userId)
{
    const QString topic = QStringLiteral("user:%1").arg(userId);
    if (!ctx.hub.subscribers(topic))
        return;
    if (const auto cart = ctx.carts.cart(userId))
        domain::publishEvent(ctx.hub, topic, protocol::CartEvent{cart.value()});
}

void publishWishlist(RequestContext &ctx, qint64 userId)
{
    const QString topic = QStringLiteral("user:%1").arg(userId);
    if (!ctx.hub.subscribers(topic))
        return;
    if (const auto items = ctx.carts.wishlist(userId))
        domain::publishEvent(ctx.hub, topic, protocol::WishlistEvent{items.value()});
}

} // namespace emporium::http
