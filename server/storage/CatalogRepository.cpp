#include "server/storage/CatalogRepository.h"

#include "server/storage/Database.h"
#include "server/storage/ItemRows.h"
#include "server/storage/SqlError.h"
#include "server/storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
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

ItemTextIndex::Filter filterOf(const protocol::ItemQuery &query)
{
    ItemTextIndex::Filter filter;
    filter.category = query.categoryId;
    filter.seller = query.sellerId;
    filter.minPriceCents = query.minPriceCents;
    filter.maxPriceCents = query.maxPriceCents;
    filter.inStock = query.inStock;
    return filter;
}

QString orderBy(ItemSort sort, bool hasText)
{
    switch (sort) {
    case ItemSort::PriceAsc:
        return QStringLiteral("i.price_cents ASC, i.id ASC");
    case ItemSort::PriceDesc:
        return QStringLiteral("i.price_cents DESC, i.id DESC");
    case ItemSort::Newest:
        return QStringLiteral("i.created_at DESC, i.id DESC");
    case ItemSort::BestSelling:
        return QStringLiteral("i.sold_count DESC, i.id ASC");
    case ItemSort::Rating:
        return QStringLiteral(
            "CASE WHEN i.rating_count = 0 THEN 0 ELSE i.rating_sum * 1.0 / i.rating_count END DESC, "
            "i.rating_count DESC, i.id ASC");
    case ItemSort::Relevance:
        break;
    }
    // bm25 over the words (lower is better), title weighted most; without words, best sellers
    return hasText ? QStringLiteral("f.rank ASC, i.sold_count DESC, i.id ASC")
                   : QStringLiteral("i.sold_count DESC, i.id ASC");
}

} // namespace

CatalogRepository::CatalogRepository(QSqlDatabase db, QString currency)
    : m_db(db), m_currency(std::move(currency)), m_search(db), m_statements(db)
{
}

WriteResult<Done> CatalogRepository::logSearches(QSqlDatabase &db,
                                                 const QList<std::pair<QString, QString>> &searches)
{
    // one statement for the whole flush (a statement a search was a round trip each on PostgreSQL:
    // a sixth of the server's time under a search benchmark), the rows in the order they came
    QJsonArray rows;
    for (const auto &[query, at] : searches)
        rows.append(QJsonArray{query, at});
    QSqlQuery insert(db);
    insert.prepare(Database::backendOf(db) == Backend::PostgreSQL
                       ? QStringLiteral("INSERT INTO search_log(query, created_at) SELECT r->>0, "
                                        "CAST(r->>1 AS timestamptz) FROM "
                                        "jsonb_array_elements(CAST(? AS jsonb)) WITH ORDINALITY AS e(r, n) "
                                        "ORDER BY n")
                       : QStringLiteral("INSERT INTO search_log(query, created_at) SELECT value ->> 0, "
                                        "value ->> 1 FROM json_each(?) ORDER BY key"));
    insert.addBindValue(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
    if (!insert.exec())
        return sqlError(insert.lastError());
    return WriteResult<Done>(Done{});
}

Result<QList<StockLevel>> CatalogRepository::stockLevels(QSqlDatabase &db, const QList<qint64> &ids)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT stock, sold_count, low_stock_threshold FROM items WHERE id = ?"));
    QList<StockLevel> out;
    for (qint64 id : ids) {
        q.bindValue(0, id);
        if (!q.exec())
            return sqlError(q.lastError());
        if (q.next())
            out.append({id, q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
        q.finish();
    }
    return out;
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
    if (m_textIndex && m_textIndex->ready()) { // counted in memory
        const QHash<qint64, qint64> listed = m_textIndex->listedByCategory();
        QSqlQuery &q =
            prepared(QStringLiteral("SELECT id, name, slug FROM categories ORDER BY position, name"));
        if (!q.exec())
            return sqlError(q.lastError());
        QList<protocol::Category> out;
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        listed.value(q.value(0).toLongLong())});
        q.finish();
        return out;
    }
    QSqlQuery &q = prepared(QStringLiteral("SELECT c.id, c.name, c.slug, (SELECT COUNT(*) FROM items i WHERE "
                                           "i.category_id = c.id AND ") +
                            listedSql(m_db, QStringLiteral("i.delisted")) +
                            QStringLiteral(") FROM categories c ORDER BY c.position, c.name"));
    if (!q.exec())
        return sqlError(q.lastError());
    QList<protocol::Category> out;
    while (q.next())
        out.append(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    q.finish();
    return out;
}

// What the words mean is looked up once per data version (new words come with new items).
QList<QueryPlanner::Group> CatalogRepository::planOf(const QString &q, quint64 dataVersion)
{
    if (const auto known = m_plans.constFind(q);
        dataVersion && known != m_plans.cend() && known->second == dataVersion)
        return known->first;
    const QList<QueryPlanner::Group> groups = m_search.plan(q, dataVersion);
    if (m_plans.size() >= 20000)
        m_plans.clear();
    if (dataVersion)
        m_plans.insert(q, {groups, dataVersion});
    return groups;
}

QString CatalogRepository::didYouMean(const QString &q, quint64 dataVersion)
{
    return QueryPlanner::correctedQuery(q, planOf(q, dataVersion));
}

Result<protocol::Page<protocol::ItemSummary>> CatalogRepository::items(const protocol::ItemQuery &query,
                                                                       quint64 dataVersion)
{
    QString where = QStringLiteral("WHERE ") + listedSql(m_db, QStringLiteral("i.delisted"));
    QString joins = kSummaryJoins;
    QVariantMap binds;
    protocol::Page<protocol::ItemSummary> page;
    page.page = query.page;
    page.perPage = query.perPage;
    const bool text = !query.q.isEmpty();
    // the count reads only what its filters need (the summary's joins are for the page)
    // (what is on sale is counted from its own partial index, not from the items: SQLite's planner
    // would rather take the listed-items index and fetch every row to check its stock; INDEXED BY is
    // SQLite's alone, and PostgreSQL's planner picks the partial index by itself)
    QString countJoins = query.inStock && query.q.isEmpty() && Database::backendOf(m_db) == Backend::SQLite
                             ? QStringLiteral(" FROM items i INDEXED BY items_on_sale_category ")
                             : QStringLiteral(" FROM items i ");
    const qint64 offset = qint64(query.page - 1) * query.perPage;
    const bool onlyText = query.sort == ItemSort::Relevance && !query.categoryId &&
                          query.categorySlug.isEmpty() && !query.sellerId && !query.minPriceCents &&
                          !query.maxPriceCents;
    if (text) {
        const QList<QueryPlanner::Group> groups = planOf(query.q, dataVersion);
        if (groups.isEmpty())
            return page; // nothing searchable in the query
        if (m_textIndex && m_textIndex->ready() && m_textIndex->covers(groups))
            return indexedItems(query, groups, dataVersion);
        const QString match = QueryPlanner::matchExpression(groups);
        const QString matches =
            QStringLiteral("SELECT rowid AS fid, bm25(items_fts, 10.0, 1.0, 4.0, 3.0) AS rank FROM items_fts "
                           "WHERE items_fts MATCH :match");
        countJoins += QStringLiteral("JOIN (SELECT rowid AS fid FROM items_fts WHERE items_fts MATCH :match) "
                                     "f ON f.fid = i.id "); // no ranking to count
        // Ranked by words alone, the page is among the best-ranked matches: only those are joined
        // with the items (a common word matches tens of thousands); a few spare cover the delisted
        // and sold out.
        if (onlyText) {
            joins += QStringLiteral("JOIN (") + matches +
                     QStringLiteral(" ORDER BY rank LIMIT :candidates) f ON f.fid = i.id ");
            binds[QStringLiteral(":candidates")] = offset + query.perPage + 64;
        } else {
            joins += QStringLiteral("JOIN (") + matches + QStringLiteral(") f ON f.fid = i.id ");
        }
        binds[QStringLiteral(":match")] = match;
    }
    if (query.categoryId) {
        where += QStringLiteral(" AND i.category_id = :cat");
        binds[QStringLiteral(":cat")] = qlonglong(*query.categoryId);
    } else if (!query.categorySlug.isEmpty()) {
        where += QStringLiteral(" AND c.slug = :slug");
        countJoins += QStringLiteral("JOIN categories c ON c.id = i.category_id ");
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

    // Totals are remembered for the data version they were counted at: counting a million items
    // costs milliseconds, and every page of a filter shares its total.
    const QString countSql = QStringLiteral("SELECT COUNT(*)") + countJoins + where;
    QString countKey = countSql;
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        if (it.key() != u":candidates")
            countKey += u'\x1f' + it.key() + u'=' + it.value().toString();
    if (const auto known = m_counts.constFind(countKey);
        dataVersion && known != m_counts.cend() && known->second == dataVersion) {
        page.total = known->first;
    } else if (!text && m_textIndex && m_textIndex->ready() && query.categorySlug.isEmpty()) {
        page.total =
            m_textIndex->count(filterOf(query)); // the index in memory counts without reading the items
        if (m_counts.size() >= 10000)
            m_counts.clear();
        if (dataVersion)
            m_counts.insert(countKey, {page.total, dataVersion});
    } else {
        QSqlQuery &count = prepared(countSql);
        for (auto it = binds.cbegin(); it != binds.cend(); ++it)
            if (it.key() != u":candidates")
                count.bindValue(it.key(), it.value());
        if (!count.exec() || !count.next())
            return Error::internal(count.lastError().text());
        page.total = count.value(0).toLongLong();
        count.finish();
        if (m_counts.size() >= 10000)
            m_counts.clear();
        if (dataVersion)
            m_counts.insert(countKey, {page.total, dataVersion});
    }

    if (offset >= page.total)
        return page;
    const QString pageSql = QStringLiteral("SELECT ") + kSummaryColumns + joins + where +
                            QStringLiteral(" ORDER BY ") + orderBy(query.sort, text) +
                            QStringLiteral(" LIMIT :limit OFFSET :offset");
    // Pages too are kept for the data version, by what was asked after normalisation: searches
    // spelled differently ("hedphones", "headphnes") that mean the same words share one entry.
    const QString pageKey = pageSql + countKey.mid(countSql.size()) +
                            QStringLiteral("\x1fpage=%1,%2").arg(offset).arg(query.perPage);
    if (const auto known = m_pages.constFind(pageKey);
        dataVersion && known != m_pages.cend() && known->second == dataVersion) {
        page.items = known->first;
        return page;
    }
    QSqlQuery &q = prepared(pageSql);
    bindAll(q);
    q.bindValue(QStringLiteral(":limit"), query.perPage);
    q.bindValue(QStringLiteral(":offset"), offset);
    if (!q.exec())
        return sqlError(q.lastError());
    page.items.reserve(query.perPage);
    while (q.next())
        page.items.append(readSummary(q, m_currency));
    q.finish();
    if (dataVersion) {
        if (m_pages.size() >= 4000)
            m_pages.clear();
        m_pages.insert(pageKey, {page.items, dataVersion});
    }
    return page;
}

// A search answered by the index in memory: it gives the page's ids and the total; the rows
// are read by id.
Result<protocol::Page<protocol::ItemSummary>>
CatalogRepository::indexedItems(const protocol::ItemQuery &query, const QList<QueryPlanner::Group> &groups,
                                quint64 dataVersion)
{
    protocol::Page<protocol::ItemSummary> page;
    page.page = query.page;
    page.perPage = query.perPage;
    ItemTextIndex::Filter filter = filterOf(query);
    if (!query.categoryId && !query.categorySlug.isEmpty()) {
        QSqlQuery &slug = prepared(QStringLiteral("SELECT id FROM categories WHERE slug = ?"));
        slug.bindValue(0, query.categorySlug);
        if (!slug.exec())
            return Error::internal(slug.lastError().text());
        const bool known = slug.next();
        filter.category = known ? slug.value(0).toLongLong() : -1;
        slug.finish();
    }
    const qint64 offset = qint64(query.page - 1) * query.perPage;

    // kept for the data version like the other pages: the same words with the same filters
    QString key = QStringLiteral("index\x1f") + QueryPlanner::matchExpression(groups);
    for (const auto &v : {filter.category, filter.seller, filter.minPriceCents, filter.maxPriceCents})
        key += u'\x1f' + (v ? QString::number(*v) : QString());
    key += QStringLiteral("\x1f%1\x1f%2\x1f%3\x1f%4")
               .arg(int(query.sort))
               .arg(filter.inStock)
               .arg(offset)
               .arg(query.perPage);
    const auto known = m_pages.constFind(key);
    const auto counted = m_counts.constFind(key);
    if (dataVersion && known != m_pages.cend() && known->second == dataVersion &&
        counted != m_counts.cend() && counted->second == dataVersion) {
        page.items = known->first;
        page.total = counted->first;
        return page;
    }
    const ItemTextIndex::Hits hits =
        m_textIndex->search(key, groups, filter, query.sort, offset, query.perPage);
    page.total = hits.total;
    if (!hits.ids.isEmpty()) {
        QSqlQuery &q = prepared(QStringLiteral("SELECT ") + kSummaryColumns + kSummaryJoins +
                                QStringLiteral("WHERE ") + idListSql(m_db, QStringLiteral("i.id")));
        q.bindValue(0, idListValue(m_db, hits.ids));
        if (!q.exec())
            return sqlError(q.lastError());
        QHash<qint64, protocol::ItemSummary> rows;
        while (q.next()) {
            protocol::ItemSummary s = readSummary(q, m_currency);
            rows.insert(s.id, std::move(s));
        }
        q.finish();
        page.items.reserve(hits.ids.size());
        for (qint64 id : hits.ids)
            if (auto it = rows.find(id); it != rows.end())
                page.items.append(std::move(*it));
    }
    if (dataVersion) {
        if (m_pages.size() >= 4000)
            m_pages.clear();
        if (m_counts.size() >= 10000)
            m_counts.clear();
        m_pages.insert(key, {page.items, dataVersion});
        m_counts.insert(key, {page.total, dataVersion});
    }
    return page;
}

// One statement reading the item's row alone (the names of its shop and category come from memory:
// NameCache), and its pictures' names in order (names are [A-Za-z0-9._-]) joined by spaces, looked for only
// when it has a thumbnail (an item has one from its first picture on; pictures are never removed):
// group_concat over SQLite's ordered subquery (in position, then id order from its index), string_agg with
// its own ORDER BY on PostgreSQL. At a million items this reads 1.6x the items a second of the three-table
// join on PostgreSQL (pgbench, prepared, 16 clients).
Result<std::optional<protocol::ItemDetail>> CatalogRepository::item(qint64 id)
{
    const QString pictures =
        Database::backendOf(m_db) == Backend::PostgreSQL
            ? QStringLiteral("(SELECT string_agg(name, ' ' ORDER BY position, id) FROM item_images "
                             "WHERE item_id = i.id)")
            : QStringLiteral("(SELECT group_concat(name, ' ') FROM (SELECT name FROM item_images "
                             "WHERE item_id = i.id ORDER BY position))");
    // the summary's columns, the names left empty (NULL) for readSummary
    QSqlQuery &q =
        prepared(QStringLiteral(
                     "SELECT i.id, i.title, i.price_cents, i.stock, i.category_id, NULL, i.shop_id, NULL, "
                     "i.thumbnail, i.sold_count, i.rating_sum, i.rating_count, i.description, i.created_at, "
                     "CASE WHEN i.thumbnail IS NULL THEN NULL ELSE ") +
                 pictures + QStringLiteral(" END FROM items i WHERE i.id = ? AND ") +
                 listedSql(m_db, QStringLiteral("i.delisted")));
    q.bindValue(0, qlonglong(id));
    if (!q.exec())
        return sqlError(q.lastError());
    if (!q.next())
        return std::optional<protocol::ItemDetail>{};
    protocol::ItemDetail d;
    d.summary = readSummary(q, m_currency);
    d.description = q.value(12).toString();
    d.createdAt = isoText(q.value(13));
    const QStringList images = q.value(14).toString().split(u' ', Qt::SkipEmptyParts);
    for (const QString &name : images)
        d.imageUrls << QStringLiteral("/images/") + name;
    q.finish();
    if (auto named = m_categoryNames.load(m_db, m_statements, {d.summary.categoryId}); !named)
        return named.error();
    if (auto named = m_shopNames.load(m_db, m_statements, {d.summary.sellerId}); !named)
        return named.error();
    d.summary.categoryName = m_categoryNames.name(d.summary.categoryId);
    d.summary.shopName = m_shopNames.name(d.summary.sellerId);
    return std::optional<protocol::ItemDetail>(std::move(d));
}

} // namespace emporium::storage
