#include "server/storage/CatalogRepository.h"

#include "server/storage/ItemRows.h"

#include <QSqlError>
#include <QVariant>

namespace emporium::storage {

using protocol::ItemSort;

namespace {

const QString &kSummaryColumns = itemSummaryColumns();
const QString &kSummaryJoins = itemSummaryJoins();

protocol::ItemSummary readSummary(const QSqlQuery &q, const QString &currency)
{
    return readItemSummary(q, currency);
}

QString orderBy(ItemSort sort, bool hasText)
{
    switch (sort) {
    case ItemSort::PriceAsc: return QStringLiteral("i.price_cents ASC, i.id ASC");
    case ItemSort::PriceDesc: return QStringLiteral("i.price_cents DESC, i.id DESC");
    case ItemSort::Newest: return QStringLiteral("i.created_at DESC, i.id DESC");
    case ItemSort::BestSelling: return QStringLiteral("i.sold_count DESC, i.id ASC");
    case ItemSort::Rating:
        return QStringLiteral("CASE WHEN i.rating_count = 0 THEN 0 ELSE i.rating_sum * 1.0 / i.rating_count END DESC, "
                              "i.rating_count DESC, i.id ASC");
    case ItemSort::Relevance:
        break;
    }
    // bm25 over the words (lower is better), title weighted most; without words, best sellers
    return hasText ? QStringLiteral("f.rank ASC, i.sold_count DESC, i.id ASC") : QStringLiteral("i.sold_count DESC, i.id ASC");
}

} // namespace

CatalogRepository::CatalogRepository(QSqlDatabase db, QString currency)
    : m_db(db), m_currency(std::move(currency)), m_search(db), m_statements(db)
{
}


bool CatalogRepository::ping()
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT 1"));
    const bool ok = q.exec() && q.next();
    q.finish();
    return ok;
}

Result<QList<protocol::Category>> CatalogRepository::categories()
{
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT c.id, c.name, c.slug, (SELECT COUNT(*) FROM items i WHERE i.category_id = c.id AND i.delisted = 0) "
        "FROM categories c ORDER BY c.position, c.name"));
    if (!q.exec())
        return Error::internal(q.lastError().text());
    QList<protocol::Category> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    q.finish();
    return out;
}

Result<protocol::Page<protocol::ItemSummary>> CatalogRepository::items(const protocol::ItemQuery &query)
{
    QString where = QStringLiteral("WHERE i.delisted = 0");
    QString joins = kSummaryJoins;
    QVariantMap binds;
    protocol::Page<protocol::ItemSummary> page;
    page.page = query.page;
    page.perPage = query.perPage;
    const bool text = !query.q.isEmpty();
    if (text) {
        const QString match = m_search.matchExpression(query.q);
        if (match.isEmpty())
            return page; // nothing searchable in the query
        joins += QStringLiteral("JOIN (SELECT rowid AS fid, bm25(items_fts, 10.0, 1.0, 4.0, 3.0) AS rank FROM items_fts "
                                "WHERE items_fts MATCH :match) f ON f.fid = i.id ");
        binds[QStringLiteral(":match")] = match;
    }
    if (query.categoryId) {
        where += QStringLiteral(" AND i.category_id = :cat");
        binds[QStringLiteral(":cat")] = qlonglong(*query.categoryId);
    } else if (!query.categorySlug.isEmpty()) {
        where += QStringLiteral(" AND c.slug = :slug");
        binds[QStringLiteral(":slug")] = query.categorySlug;
    }
    if (query.sellerId) {
        where += QStringLiteral(" AND i.shop_id = :seller");
        binds[QStringLiteral(":seller")] = qlonglong(*query.sellerId);
    }
    if (query.minPriceCents) {
        where += QStringLiteral(" AND i.price_cents >= :minp");
        binds[QStringLiteral(":minp")] = qlonglong(*query.minPriceCents);
    }
    if (query.maxPriceCents) {
        where += QStringLiteral(" AND i.price_cents <= :maxp");
        binds[QStringLiteral(":maxp")] = qlonglong(*query.maxPriceCents);
    }
    if (query.inStock)
        where += QStringLiteral(" AND i.stock > 0");

    const auto bindAll = [&](QSqlQuery &q) {
        for (auto it = binds.cbegin(); it != binds.cend(); ++it)
            q.bindValue(it.key(), it.value());
    };

    QSqlQuery &count = prepared(QStringLiteral("SELECT COUNT(*)") + joins + where);
    bindAll(count);
    if (!count.exec() || !count.next())
        return Error::internal(count.lastError().text());
    page.total = count.value(0).toLongLong();
    count.finish();

    const qint64 offset = qint64(query.page - 1) * query.perPage;
    if (offset >= page.total)
        return page;
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") + kSummaryColumns + joins + where + QStringLiteral(" ORDER BY ") +
                            orderBy(query.sort, text) + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bindAll(q);
    q.bindValue(QStringLiteral(":limit"), query.perPage);
    q.bindValue(QStringLiteral(":offset"), offset);
    if (!q.exec())
        return Error::internal(q.lastError().text());
    page.items.reserve(query.perPage);
    while (q.next())
        page.items.append(readSummary(q, m_currency));
    q.finish();
    return page;
}

Result<std::optional<protocol::ItemDetail>> CatalogRepository::item(qint64 id)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") + kSummaryColumns + QStringLiteral(", i.description, i.created_at") +
                            kSummaryJoins + QStringLiteral("WHERE i.id = ? AND i.delisted = 0"));
    q.bindValue(0, qlonglong(id));
    if (!q.exec())
        return Error::internal(q.lastError().text());
    if (!q.next())
        return std::optional<protocol::ItemDetail>{};
    protocol::ItemDetail d;
    d.summary = readSummary(q, m_currency);
    d.description = q.value(12).toString();
    d.createdAt = q.value(13).toString();
    q.finish();

    QSqlQuery &images = prepared(QStringLiteral("SELECT name FROM item_images WHERE item_id = ? ORDER BY position"));
    images.bindValue(0, qlonglong(id));
    if (!images.exec())
        return Error::internal(images.lastError().text());
    while (images.next())
        d.imageUrls << QStringLiteral("/images/") + images.value(0).toString();
    images.finish();
    return std::optional<protocol::ItemDetail>(std::move(d));
}

} // namespace emporium::storage
