#pragma once
// Carts and wishlists: reads on the loop's connection, changes as writer jobs.
#include "server/protocol/OrderTypes.h"
#include "server/protocol/Result.h"
#include "server/storage/Writer.h"

#include "server/storage/StatementCache.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>

namespace emporium::storage {

class CartRepository
{
public:
    static constexpr int kMaxQuantity = 999;

    CartRepository(QSqlDatabase db, QString currency)
        : m_db(db), m_currency(std::move(currency)), m_statements(db)
    {
    }

    Result<protocol::Cart> cart(qint64 userId);
    Result<QList<protocol::ItemSummary>> wishlist(qint64 userId);

    // Writer jobs; their value is a Result<emporium::Done>.
    static WriteResult<Done> setQuantity(QSqlDatabase &db, qint64 userId, qint64 itemId, int quantity);
    static WriteResult<Done> removeLine(QSqlDatabase &db, qint64 userId, qint64 itemId);
    static WriteResult<Done> addToWishlist(QSqlDatabase &db, qint64 userId, qint64 itemId);
    static WriteResult<Done> removeFromWishlist(QSqlDatabase &db, qint64 userId, qint64 itemId);

private:
    QSqlQuery &prepared(const QString &sql) { return m_statements.get(sql); }

    QSqlDatabase m_db;
    QString m_currency;
    StatementCache m_statements;
};

} // namespace emporium::storage
