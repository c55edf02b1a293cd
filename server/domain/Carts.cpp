#include "server/domain/Carts.h"

#include "server/domain/Publisher.h"
#include "server/protocol/RealtimeEvents.h"
#include "server/storage/CartRepository.h"
#include "server/storage/Writer.h"

#include <type_traits>

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

template <typename Event, typename T, typename Change>
QFuture<Result<T>> Carts::changeAndPush(qint64 userId, Change change,
                                        Result<T> (storage::CartRepository::*read)(qint64))
{
    Publisher *publisher = &m_publisher;
    return m_writer
        .submit<T>([change, read, userId, currency = m_currency](QSqlDatabase &db) mutable {
            auto changed = changeAndRead<T>(db, change, [&](QSqlDatabase &db) {
                storage::CartRepository lists(db, currency);
                return (lists.*read)(userId);
            });
            // the buyer's windows on the other servers follow too
            (std::is_same_v<Event, protocol::CartEvent> ? changed.changes.carts : changed.changes.wishlists)
                .insert(userId);
            return changed;
        })
        .then(QtFuture::Launch::Sync, [publisher, userId](Result<T> list) {
            if (list)
                publishEvent(*publisher, userTopic(userId), Event{list.value()});
            return list;
        });
}

QFuture<Result<protocol::Cart>> Carts::setQuantity(qint64 userId, qint64 itemId, int quantity)
{
    return changeAndPush<protocol::CartEvent>(
        userId,
        [=](QSqlDatabase &db) { return storage::CartRepository::setQuantity(db, userId, itemId, quantity); },
        &storage::CartRepository::cart);
}

QFuture<Result<protocol::Cart>> Carts::removeLine(qint64 userId, qint64 itemId)
{
    return changeAndPush<protocol::CartEvent>(
        userId, [=](QSqlDatabase &db) { return storage::CartRepository::removeLine(db, userId, itemId); },
        &storage::CartRepository::cart);
}

QFuture<Result<Carts::Wishlist>> Carts::addToWishlist(qint64 userId, qint64 itemId)
{
    return changeAndPush<protocol::WishlistEvent>(
        userId, [=](QSqlDatabase &db) { return storage::CartRepository::addToWishlist(db, userId, itemId); },
        &storage::CartRepository::wishlist);
}

QFuture<Result<Carts::Wishlist>> Carts::removeFromWishlist(qint64 userId, qint64 itemId)
{
    return changeAndPush<protocol::WishlistEvent>(
        userId,
        [=](QSqlDatabase &db) { return storage::CartRepository::removeFromWishlist(db, userId, itemId); },
        &storage::CartRepository::wishlist);
}

} // namespace emporium::domain
