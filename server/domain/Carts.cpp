#include "server/domain/Carts.h"

#include "server/domain/Publisher.h"
#include "server/protocol/RealtimeEvents.h"
#include "server/storage/CartRepository.h"
#include "server/storage/Writer.h"

namespace emporium::domain {

namespace {

QString userTopic(qint64 userId)
{
    return QStringLiteral("user:%1").arg(userId);
}

// The change, then the list as it is now, in one transaction.
template <typename T, typename Change, typename Read>
storage::WriteResult<T> changeAndRead(QSqlDatabase &db, Change &change, Read read)
{
    auto changed = change(db);
    if (!changed.value)
        return storage::WriteResult<T>(changed.value.error());
    return storage::WriteResult<T>::from(read(db), std::move(changed.changes));
}

} // namespace

template <typename Change> QFuture<Result<protocol::Cart>> Carts::changeCart(qint64 userId, Change change)
{
    Publisher *publisher = &m_publisher;
    return m_writer
        .submit<protocol::Cart>([change, userId, currency = m_currency](QSqlDatabase &db) mutable {
            return changeAndRead<protocol::Cart>(db, change, [&](QSqlDatabase &db) {
                return storage::CartRepository(db, currency).cart(userId);
            });
        })
        .then(QtFuture::Launch::Sync, [publisher, userId](Result<protocol::Cart> cart) {
            if (cart)
                publishEvent(*publisher, userTopic(userId), protocol::CartEvent{cart.value()});
            return cart;
        });
}

template <typename Change>
QFuture<Result<Carts::Wishlist>> Carts::changeWishlist(qint64 userId, Change change)
{
    Publisher *publisher = &m_publisher;
    return m_writer
        .submit<Wishlist>([change, userId, currency = m_currency](QSqlDatabase &db) mutable {
            return changeAndRead<Wishlist>(db, change, [&](QSqlDatabase &db) {
                return storage::CartRepository(db, currency).wishlist(userId);
            });
        })
        .then(QtFuture::Launch::Sync, [publisher, userId](Result<Wishlist> items) {
            if (items)
                publishEvent(*publisher, userTopic(userId), protocol::WishlistEvent{items.value()});
            return items;
        });
}

QFuture<Result<protocol::Cart>> Carts::setQuantity(qint64 userId, qint64 itemId, int quantity)
{
    return changeCart(userId, [=](QSqlDatabase &db) {
        return storage::CartRepository::setQuantity(db, userId, itemId, quantity);
    });
}

QFuture<Result<protocol::Cart>> Carts::removeLine(qint64 userId, qint64 itemId)
{
    return changeCart(
        userId, [=](QSqlDatabase &db) { return storage::CartRepository::removeLine(db, userId, itemId); });
}

QFuture<Result<Carts::Wishlist>> Carts::addToWishlist(qint64 userId, qint64 itemId)
{
    return changeWishlist(
        userId, [=](QSqlDatabase &db) { return storage::CartRepository::addToWishlist(db, userId, itemId); });
}

QFuture<Result<Carts::Wishlist>> Carts::removeFromWishlist(qint64 userId, qint64 itemId)
{
    return changeWishlist(userId, [=](QSqlDatabase &db) {
        return storage::CartRepository::removeFromWishlist(db, userId, itemId);
    });
}

} // namespace emporium::domain
