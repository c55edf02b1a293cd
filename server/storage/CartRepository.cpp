#include "server/storage/CartRepository.h"

#include "server/storage/AccountRepository.h"
#include "server/storage/ItemRows.h"
#include "server/storage/SqlError.h"

#include <QSqlError>
#include <QVariant>

namespace emporium::storage {

namespace {

WriteResult<Done> ok()
{
    return WriteResult<Done>(Done{});
}

WriteResult<Done> failed(Error e)
{
    return WriteResult<Done>(std::move(e));
}

// Stock of a listed item, or nullopt when there is no such listed item.
std::optional<qint64> listedStock(QSqlDatabase &db, qint64 itemId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT stock FROM items WHERE id = ? AND delisted = FALSE"));
    q.addBindValue(itemId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

} // namespace

Result<protocol::Cart> CartRepository::cart(qint64 userId)
{
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT ") + itemSummaryColumns() + QStringLiteral(", ci.quantity") +
        itemSummaryJoins() +
        QStringLiteral("JOIN cart_items ci ON ci.item_id = i.id WHERE ci.user_id = ? AND i.delisted = FALSE "
                       "ORDER BY ci.added_at, i.id"));
    q.bindValue(0, userId);
    if (!q.exec())
        return sqlError(q.lastError());
    protocol::Cart cart;
    cart.currency = m_currency;
    while (q.next()) {
        protocol::CartLine line;
        line.item = readItemSummary(q, m_currency);
        line.quantity = q.value(kItemSummaryColumnCount).toInt();
        line.lineTotalCents = line.item.priceCents * line.quantity;
        cart.totalCents += line.lineTotalCents;
        cart.lines.append(line);
    }
    q.finish();
    return cart;
}

Result<QList<protocol::ItemSummary>> CartRepository::wishlist(qint64 userId)
{
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT ") + itemSummaryColumns() + itemSummaryJoins() +
        QStringLiteral("JOIN wishlist_items w ON w.item_id = i.id WHERE w.user_id = ? AND i.delisted = FALSE "
                       "ORDER BY w.added_at DESC, i.id"));
    q.bindValue(0, userId);
    if (!q.exec())
        return sqlError(q.lastError());
    QList<protocol::ItemSummary> out;
    while (q.next())
        out.append(readItemSummary(q, m_currency));
    q.finish();
    return out;
}

WriteResult<Done> CartRepository::setQuantity(QSqlDatabase &db, qint64 userId, qint64 itemId, int quantity)
{
    const auto stock = listedStock(db, itemId);
    if (!stock)
        return failed(Error::notFound(QStringLiteral("item %1").arg(itemId)));
    QSqlQuery q(db);
    if (quantity == 0) {
        q.prepare(QStringLiteral("DELETE FROM cart_items WHERE user_id = ? AND item_id = ?"));
        q.addBindValue(userId);
        q.addBindValue(itemId);
        return q.exec() ? ok() : failed(sqlError(q.lastError()));
    }
    if (quantity > *stock)
        return failed(Error{QStringLiteral("out_of_stock"), QStringLiteral("only %1 in stock").arg(*stock),
                            QJsonObject{{QStringLiteral("item_id"), itemId},
                                        {QStringLiteral("requested"), quantity},
                                        {QStringLiteral("available"), *stock}}});
    q.prepare(
        QStringLiteral("INSERT INTO cart_items(user_id, item_id, quantity, added_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT(user_id, item_id) DO UPDATE SET quantity = excluded.quantity"));
    q.addBindValue(userId);
    q.addBindValue(itemId);
    q.addBindValue(quantity);
    q.addBindValue(nowIso());
    return q.exec() ? ok() : failed(sqlError(q.lastError()));
}

WriteResult<Done> CartRepository::removeLine(QSqlDatabase &db, qint64 userId, qint64 itemId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM cart_items WHERE user_id = ? AND item_id = ?"));
    q.addBindValue(userId);
    q.addBindValue(itemId);
    return q.exec() ? ok() : failed(sqlError(q.lastError()));
}

WriteResult<Done> CartRepository::addToWishlist(QSqlDatabase &db, qint64 userId, qint64 itemId)
{
    if (!listedStock(db, itemId))
        return failed(Error::notFound(QStringLiteral("item %1").arg(itemId)));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO wishlist_items(user_id, item_id, added_at) VALUES (?, ?, ?) "
                             "ON CONFLICT DO NOTHING")); // on the wishlist already: nothing to do
    q.addBindValue(userId);
    q.addBindValue(itemId);
    q.addBindValue(nowIso());
    return q.exec() ? ok() : failed(sqlError(q.lastError()));
}

WriteResult<Done> CartRepository::removeFromWishlist(QSqlDatabase &db, qint64 userId, qint64 itemId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM wishlist_items WHERE user_id = ? AND item_id = ?"));
    q.addBindValue(userId);
    q.addBindValue(itemId);
    return q.exec() ? ok() : failed(sqlError(q.lastError()));
}

} // namespace emporium::storage
