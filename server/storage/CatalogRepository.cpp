#include "server/storage/CatalogRepository.h"

#include <QSqlError>
#include <QVariant>

namespace emporium::storage {

using protocol::ItemSort;

namespace {

const QString kSummaryColumns = QStringLiteral(
    "i.id, i.title, i.price_cents, i.stock, i.category_id, c.name, i.shop_id, s.name, i.thumbnail, "
    "i.sold_count, i.rating_sum, i.rating_count");
const QString kSummaryJoins =
    QStringLiteral(" FROM items i JOIN categories c ON c.id = i.category_id JOIN shops s ON s.id = i.shop_id ");

protocol::ItemSummary readSummary(const QSqlQuery &q, const QString &currency)
{
    protocol::ItemSummary s;
    s.id = q.value(0).toLongLong();
    s.title = q.value(1).toString();
    s.priceCents = q.value(2).toLongLong();
    s.currency = currency;
    s.stock = q.value(3).toLongLong();
    s.categoryId = q.value(4).toLongLong();
    s.categoryName = q.value(5).toString();
    s.sellerId = q.value(6).toLongLong();
    s.shopName = q.value(7).toString();
    const QString thumb = q.value(8).toString();
    if (!thumb.isEmpty())
        s.thumbnailUrl = QStringLiteral("/images/") + thumb;
    s.soldCount = q.value(9).toLongLong();
    const qint64 sum = q.value(10).toLongLong();
    s.rating.count = q.value(11).toLongLong();
    s.rating.average = s.rating.count ? qRound(double(sum) / double(s.rating.count) * 10.0) / 10.0 : 0.0;
    return s;
}

QString likePattern(const QString &q)
{
    QString escaped = q;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
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
    // Until full-text ranking lands, a title match ranks above a description match.
    return hasText ? QStringLiteral("(i.title LIKE :q ESCAPE '\\') DESC, i.sold_count DESC, i.id ASC")
                   : QStringLiteral("i.sold_count DESC, i.id ASC");
}

} // namespace

CatalogRepository::CatalogRepository(QSqlDatabase db, QString currency)
    : m_db(std::move(db)), m_currency(std::move(currency))
{
}

QSqlQuery &CatalogRepository::prepared(const QString &sql)
{
    auto &slot = m_statements[sql];
    if (!slot) {
        slot = std::make_shared<QSqlQuery>(m_db);
        slot->setForwardOnly(true);
        slot->prepare(sql);
    }
    return *slot;
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
    QVariantMap binds;
    if (!query.q.isEmpty()) {
        where += QStringLiteral(" AND (i.title LIKE :q ESCAPE '\\' OR i.description LIKE :q ESCAPE '\\' "
                                "OR c.name LIKE :q ESCAPE '\\' OR s.name LIKE :q ESCAPE '\\')");
        binds[QStringLiteral(":q")] = likePattern(query.q);
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

    protocol::Page<protocol::ItemSummary> page;
    page.page = query.page;
    page.perPage = query.perPage;

    QSqlQuery &count = prepared(QStringLiteral("SELECT COUNT(*)") + kSummaryJoins + where);
    bindAll(count);
    if (!count.exec() || !count.next())
        return Error::internal(count.lastError().text());
    page.total = count.value(0).toLongLong();
    count.finish();

    const qint64 offset = qint64(query.page - 1) * query.perPage;
    if (offset >= page.total)
        return page;
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") + kSummaryColumns + kSummaryJoins + where + QStringLiteral(" ORDER BY ") +
                            orderBy(query.sort, !query.q.isEmpty()) + QStringLiteral(" LIMIT :limit OFFSET :offset"));
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
