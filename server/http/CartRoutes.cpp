#include "server/http/Events.h"
#include "server/http/JsonBody.h"
#include "server/http/Offload.h"
#include "server/http/RequestContext.h"
#include "server/http/Routes.h"
#include "server/protocol/JsonWriter.h"

namespace emporium::http {

using protocol::JsonWriter;

namespace {

HttpResponse cartAnswer(RequestContext &ctx, qint64 userId)
{
    const auto cart = ctx.carts.cart(userId);
    if (!cart)
        return HttpResponse::fromError(cart.error());
    JsonWriter w;
    cart->write(w);
    return HttpResponse::json(200, w.take());
}

HttpResponse wishlistAnswer(RequestContext &ctx, qint64 userId)
{
    const auto items = ctx.carts.wishlist(userId);
    if (!items)
        return HttpResponse::fromError(items.error());
    JsonWriter w;
    w.beginObject().key("items").beginArray();
    for (const auto &item : items.value())
        item.write(w);
    w.endArray().endObject();
    return HttpResponse::json(200, w.take());
}

// After a cart or wishlist change: its error, or the whole list as it is now - also for the
// user's other windows.
auto answerWith(HttpResponse (*answer)(RequestContext &, qint64), void (*publish)(RequestContext &, qint64),
                qint64 userId)
{
    return [answer, publish, userId](RequestContext &ctx, const Result<Done> &r) {
        if (!r)
            return HttpResponse::fromError(r.error());
        publish(ctx, userId);
        return answer(ctx, userId);
    };
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

using ItemJob = storage::WriteResult<Done> (*)(QSqlDatabase &, qint64 userId, qint64 itemId);

// A route that changes one item of the user's cart or wishlist (no body), then answers the whole list.
void addItemChange(Router &router, const QByteArray &method, const QString &pattern, ItemJob job,
                   HttpResponse (*answer)(RequestContext &, qint64),
                   void (*publish)(RequestContext &, qint64))
{
    router
        .add(method, pattern,
             [job, answer, publish](RequestContext &ctx, const HttpRequest &req, const PathParams &p) {
                 const auto id = itemId(p);
                 if (!id)
                     return badItemId();
                 const qint64 user = req.principal->id;
                 return afterWrite(
                     ctx, [job, user, item = *id](QSqlDatabase &db) { return job(db, user, item); },
                     answerWith(answer, publish, user));
             })
        .access = Access::User;
}

} // namespace

void addCartRoutes(Router &router)
{
    router
        .add("GET", QStringLiteral("/api/v1/cart"),
             [](RequestContext &ctx, const HttpRequest &req, const PathParams &) {
                 return cartAnswer(ctx, req.principal->id);
             })
        .access = Access::User;

    router
        .add("PUT", QStringLiteral("/api/v1/cart/items/{item_id}"),
             [](RequestContext &ctx, const HttpRequest &req, const PathParams &p) {
                 const auto id = itemId(p);
                 if (!id)
                     return badItemId();
                 const auto body = jsonBody(req);
                 if (!body)
                     return HttpResponse::fromError(body.error());
                 const QJsonValue q = body->value(u"quantity");
                 const double d = q.toDouble(-1);
                 if (!q.isDouble() || d != double(int(d)) || d < 0 ||
                     d > storage::CartRepository::kMaxQuantity)
                     return HttpResponse::fromError(Error::validation(
                         QStringLiteral("quantity"), QStringLiteral("must be a whole number from 0 to %1")
                                                         .arg(storage::CartRepository::kMaxQuantity)));
                 const qint64 user = req.principal->id;
                 const int quantity = int(d);
                 return afterWrite(
                     ctx,
                     [user, item = *id, quantity](QSqlDatabase &db) {
                         return storage::CartRepository::setQuantity(db, user, item, quantity);
                     },
                     answerWith(cartAnswer, publishCart, user));
             })
        .access = Access::User;

    addItemChange(router, "DELETE", QStringLiteral("/api/v1/cart/items/{item_id}"),
                  &storage::CartRepository::removeLine, cartAnswer, publishCart);

    router
        .add("GET", QStringLiteral("/api/v1/wishlist"),
             [](RequestContext &ctx, const HttpRequest &req, const PathParams &) {
                 return wishlistAnswer(ctx, req.principal->id);
             })
        .access = Access::User;

    addItemChange(router, "PUT", QStringLiteral("/api/v1/wishlist/{item_id}"),
                  &storage::CartRepository::addToWishlist, wishlistAnswer, publishWishlist);
    addItemChange(router, "DELETE", QStringLiteral("/api/v1/wishlist/{item_id}"),
                  &storage::CartRepository::removeFromWishlist, wishlistAnswer, publishWishlist);
}

} // namespace emporium::http
