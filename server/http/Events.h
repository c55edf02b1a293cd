#pragma once
// What the realtime topics hear, published after the data is committed: purchases for the
// feed, stock for item topics, cart/wishlist/order for the user's windows, sales and low
// stock for the seller.
#include "server/protocol/OrderTypes.h"
#include "server/storage/OrderRepository.h"

namespace emporium::http {

class RequestContext;

void publishOrder(RequestContext &ctx, qint64 buyerId, const protocol::Order &order,
                  const QList<storage::StockChange> &stock, bool cartChanged);
void publishCart(RequestContext &ctx, qint64 userId);
void publishWishlist(RequestContext &ctx, qint64 userId);

} // namespace emporium::http
