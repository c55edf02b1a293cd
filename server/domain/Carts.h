#pragma once
// A buyer's cart and wishlist. Each change is one writer job that reads the whole list back in the
// same transaction; after the commit the list goes to the buyer's other windows (`user:<id>`) from
// the writer's completion path, whether or not the request that made the change still waits.
#include "server/protocol/OrderTypes.h"
#include "server/protocol/Result.h"

#include <QFuture>
#include <QList>

namespace emporium::storage {
class CartRepository;
class Writer;
} // namespace emporium::storage

namespace emporium::domain {

class Publisher;

class Carts
{
public:
    using Wishlist = QList<protocol::ItemSummary>;

    Carts(storage::Writer &writer, Publisher &publisher, QString currency)
        : m_writer(writer), m_publisher(publisher), m_currency(std::move(currency))
    {
    }

    // quantity 0 removes the line; not_found for an unknown or delisted item
    QFuture<Result<protocol::Cart>> setQuantity(qint64 userId, qint64 itemId, int quantity);
    QFuture<Result<protocol::Cart>> removeLine(qint64 userId, qint64 itemId);
    QFuture<Result<Wishlist>> addToWishlist(qint64 userId, qint64 itemId);
    QFuture<Result<Wishlist>> removeFromWishlist(qint64 userId, qint64 itemId);

private:
    // The change, the list read back in its transaction, and the list pushed as `Event` after the commit.
    template <typename Event, typename T, typename Change>
    QFuture<Result<T>> changeAndPush(qint64 userId, Change change,
                                     Result<T> (storage::CartRepository::*read)(qint64));

    storage::Writer &m_writer;
    Publisher &m_publisher;
    QString m_currency;
};

} // namespace emporium::domain
