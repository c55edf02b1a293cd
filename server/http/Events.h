#pragma once
// What the user's windows hear after a cart or wishlist change, published after the commit.
// (An order's events are domain::Orders'; stock is domain::CatalogChanges'.)
#include <QtGlobal>

namespace emporium::http {

class RequestContext;

void publishCart(RequestContext &ctx, qint64 userId);
void publishWishlist(RequestContext &ctx, qint64 userId);

} // namespace emporium::http
