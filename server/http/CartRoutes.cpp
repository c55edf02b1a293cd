#include "server/domain/Carts.h"
#include "server/http/JsonBody.h"
#include "server/http/RequestContext.h"
#include "server/http/RouteServices.h"
#include "server/http/Routes.h"
#include "server/protocol/JsonWriter.h"

namespace emporium::http {

using protocol::JsonWriter;

namespace {

// What the cart and wishlist routes use: the loop's reads and the domain's changes.
struct CartServices
{
    explicit CartServices(RequestContext &ctx) : reads(ctx.carts), changes(*ctx.server.carts), loop(ctx.loop)
    {
    }

    storage::CartRepository &reads;
    domain::Carts &changes;
    QObject *loop;
};

HttpResponse cartAnswer(const Result<protocol::Cart> &cart)
{
    if (!cart)
        return HttpResponse::fromError(cart.error());
    JsonWriter w;
    cart->write(w);
    return HttpResponse::json(200, w.take());
}

HttpResponse wishlistAnswer(const Result<domain::Carts::Wishlist> &items)
{
    if (!items)
        return HttpResponse::fromError(items.error());
    JsonWriter w;
    w.beginObject().key("items").beginArray();
    for (const auto &item : items.value())
        item.write(w);
    w.endArray().endObject();
    return HttpResponse::json(200, w.take());
}

std::optional<qint64> itemId(const PathParams &p)
{
    return parseId(p[0]);
}

HttpResponse badItemId()
{
    return HttpResponse::fromError(
        Error::validation(QStringLiteral("item_id"), QStringLiteral("must be a positive integer")));
}

Result<int> quantityOf(const HttpRequest &req)
{
    const auto body = jsonBody(req);
    if (!body)
        return body.error();
    const QJsonValue q = body->value(u"quantity");
    const double d = q.toDouble(-1);
    if (!q.isDouble() || d != double(int(d)) || d < 0 || d > storage::CartRepository::kMaxQuantity)
        return Error::validation(
            QStringLiteral("quantity"),
            QStringLiteral("must be a whole number from 0 to %1").arg(storage::CartRepository::kMaxQuantity));
    return int(d);
}

HttpResponse setQuantity(const CartServices &s, const HttpRequest &req, const PathParams &p)
{
    const auto id = itemId(p);
    if (!id)
        return badItemId();
    const auto quantity = quantityOf(req);
    if (!quantity)
        return HttpResponse::fromError(quantity.error());
    return answerLater(s.loop, s.changes.setQuantity(req.principal->id, *id, quantity.value()), cartAnswer);
}

// A route that changes one item of the user's cart or wishlist (no body), then answers the whole list.
template <typename List>
void addItemChange(Router &router, const QByteArray &method, const QString &pattern,
                   QFuture<Result<List>> (domain::Carts::*change)(qint64, qint64),
                   HttpResponse (*answer)(const Result<List> &))
{
    addRoute<CartServices>(
        router, method, pattern,
        [change, answer](const CartServices &s, const HttpRequest &req, const PathParams &p) {
            const auto id = itemId(p);
            if (!id)
                return badItemId();
            return answerLater(s.loop, (s.changes.*change)(req.principal->id, *id), answer);
        })
        .access = Access::User;
}

} // namespace

void addCartRoutes(Router &router)
{
    addRoute<CartServices>(router, "GET", QStringLiteral("/api/v1/cart"),
                           [](const CartServices &s, const HttpRequest &req, const PathParams &) {
                               return cartAnswer(s.reads.cart(req.principal->id));
                           })
        .access = Access::User;
    addRoute<CartServices>(router, "PUT", QStringLiteral("/api/v1/cart/items/{item_id}"), setQuantity)
        .access = Access::User;
    addItemChange(router, "DELETE", QStringLiteral("/api/v1/cart/items/{item_id}"),
                  &domain::Carts::removeLine, cartAnswer);

    addRoute<CartServices>(router, "GET", QStringLiteral("/api/v1/wishlist"),
                           [](const CartServices &s, const HttpRequest &req, const PathParams &) {
                               return wishlistAnswer(s.reads.wishlist(req.principal->id));
                           })
        .access = Access::User;
    addItemChange(router, "PUT", QStringLiteral("/api/v1/wishlist/{item_id}"), &domain::Carts::addToWishlist,
                  wishlistAnswer);
    addItemChange(router, "DELETE", QStringLiteral("/api/v1/wishlist/{item_id}"),
                  &domain::Carts::removeFromWishlist, wishlistAnswer);
}

} // namespace emporium::http
