#include "server/storage/SellerRepository.h"

#include "server/storage/AccountRepository.h"
#include "server/storage/ItemRows.h"
#include "server/storage/SearchIndex.h"

#include <QSqlError>
#include <QVariant>

namespace emporium::storage {
namespace {

const QString kColumns = itemSummaryColumns() + QStringLiteral(", i.description, i.low_stock_threshold, i.delisted");

SellerItem readItem(const QSqlQuery &q, const QString &currency)
{
    SellerItem s;
    s.summary = readItemSummary(q, currency);
    s.description = q.value(kItemSummaryColumnCount).toString();
    s.lowStockThreshold = q.value(kItemSummaryColumnCount + 1).toLongLong();
    s.delisted = q.value(kItemSummaryColumnCount + 2).toBool();
    return s;
}

WriteResult failed(Error e)
{
    return {std::any(Result<qint64>(std::move(e))), true};
}

bool categoryExists(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM categories WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next();
}

} // namespace

Result<protocol::Page<SellerItem>> SellerRepository::items(qint64 shopId, int page, int perPage)
{
    protocol::Page<SellerItem> out;
    out.page = page;
    out.perPage = perPage;
    QSqlQuery &count = m_statements.get(QStringLiteral("SELECT COUNT(*) FROM items WHERE shop_id = ? AND delisted = 0"));
    count.bindValue(0, shopId);
    if (!count.exec() || !count.next())
        return Error::internal(count.lastError().text());
    out.total = count.value(0).toLongLong();
    count.finish();
    QSqlQuery &q = m_statements.get(QStringLiteral("SELECT ") + kColumns + itemSummaryJoins() +
                                    QStringLiteral("WHERE i.shop_id = ? AND i.delisted = 0 ORDER BY i.id LIMIT ? OFFSET ?"));
    q.bindValue(0, shopId);
    q.bindValue(1, perPage);
    q.bindValue(2, qint64(page - 1) * perPage);
    if (!q.exec())
        return Error::internal(q.lastError().text());
    while (q.next())
        out.items.append(readItem(q, m_currency));
    q.finish();
    return out;
}

Result<std::optional<SellerItem>> SellerRepository::item(qint64 shopId, qint64 itemId)
{
    QSqlQuery &q = m_statements.get(QStringLiteral("SELECT ") + kColumns + itemSummaryJoins() +
                                    QStringLiteral("WHERE i.shop_id = ? AND i.id = ?"));
    q.bindValue(0, shopId);
    q.bindValue(1, itemId);
    if (!q.exec())
        return Error::internal(q.lastError().text());
    std::optional<SellerItem> out;
    if (q.next())
        out = readItem(q, m_currency);
    q.finish();
    return out;
}

WriteResult SellerRepository::create(QSqlDatabase &db, qint64 shopId, const domain::ItemInput &in)
{
    if (!categoryExists(db, *in.categoryId))
        return failed(Error::validation(QStringLiteral("category_id"), QStringLiteral("no such category")));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO items(shop_id, category_id, title, description, price_cents, stock, "
                             "low_stock_threshold, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{shopId, *in.categoryId, *in.title, in.description.value_or(QString()),
                                          *in.priceCents, *in.stock, in.lowStockThreshold.value_or(5), nowIso()})
        q.addBindValue(v);
    if (!q.exec())
        return failed(Error::internal(q.lastError().text()));
    const qint64 id = q.lastInsertId().toLongLong();
    SearchIndex::refreshTerms(db); // its words become correctable in search
    return {std::any(Result<qint64>(id)), false};
}

WriteResult SellerRepository::update(QSqlDatabase &db, qint64 shopId, qint64 itemId, const domain::ItemInput &in)
{
    if (in.categoryId && !categoryExists(db, *in.categoryId))
        return failed(Error::validation(QStringLiteral("category_id"), QStringLiteral("no such category")));
    QStringList sets;
    QVariantList values;
    const auto set = [&](const char *column, const auto &value) {
        if (value) {
            sets << QStringLiteral("%1 = ?").arg(QLatin1String(column));
            values << QVariant::fromValue(*value);
        }
    };
    set("title", in.title);
    set("description", in.description);
    set("price_cents", in.priceCents);
    set("stock", in.stock);
    set("category_id", in.categoryId);
    set("low_stock_threshold", in.lowStockThreshold);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE items SET %1 WHERE id = ? AND shop_id = ? AND delisted = 0").arg(sets.join(u", ")));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(itemId);
    q.addBindValue(shopId);
    if (!q.exec())
        return failed(Error::internal(q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return failed(Error::notFound(QStringLiteral("item %1").arg(itemId)));
    if (in.title || in.description || in.categoryId)
        SearchIndex::refreshTerms(db);
    return {std::any(Result<qint64>(itemId)), false};
}

WriteResult SellerRepository::delist(QSqlDatabase &db, qint64 shopId, qint64 itemId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE items SET delisted = 1 WHERE id = ? AND shop_id = ? AND delisted = 0"));
    q.addBindValue(itemId);
    q.addBindValue(shopId);
    if (!q.exec())
        return failed(Error::internal(q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return failed(Error::notFound(QStringLiteral("item %1").arg(itemId)));
    // carts and wishlists no longer show it, and orders refuse it; order history keeps it
    return {std::any(Result<qint64>(itemId)), false};
}

} // namespace emporium::storage
