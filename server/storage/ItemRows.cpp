#include "server/storage/ItemRows.h"

#include "server/storage/Database.h"

#include <QVariant>
#include <QtMath>

namespace emporium::storage {

const QString &itemSummaryColumns()
{
    static const QString s = QStringLiteral(
        "i.id, i.title, i.price_cents, i.stock, i.category_id, c.name, i.shop_id, s.name, i.thumbnail, "
        "i.sold_count, i.rating_sum, i.rating_count");
    return s;
}

const QString &itemSummaryJoins()
{
    static const QString s = QStringLiteral(
        " FROM items i JOIN categories c ON c.id = i.category_id JOIN shops s ON s.id = i.shop_id ");
    return s;
}

protocol::ItemSummary readItemSummary(const QSqlQuery &q, const QString &currency, int f)
{
    protocol::ItemSummary s;
    s.id = q.value(f + 0).toLongLong();
    s.title = q.value(f + 1).toString();
    s.priceCents = q.value(f + 2).toLongLong();
    s.currency = currency;
    s.stock = q.value(f + 3).toLongLong();
    s.categoryId = q.value(f + 4).toLongLong();
    s.categoryName = q.value(f + 5).toString();
    s.sellerId = q.value(f + 6).toLongLong();
    s.shopName = q.value(f + 7).toString();
    const QString thumb = q.value(f + 8).toString();
    if (!thumb.isEmpty())
        s.thumbnailUrl = QStringLiteral("/images/") + thumb;
    s.soldCount = q.value(f + 9).toLongLong();
    s.rating = ratingOf(q.value(f + 10).toLongLong(), q.value(f + 11).toLongLong());
    return s;
}

QString listedSql(const QSqlDatabase &db, const QString &column)
{
    return Database::backendOf(db) == Backend::PostgreSQL ? QStringLiteral("NOT ") + column
                                                          : column + QStringLiteral(" = 0");
}

protocol::Rating ratingOf(qint64 sum, qint64 count)
{
    return {count ? qRound(double(sum) / double(count) * 10.0) / 10.0 : 0.0, count};
}

} // namespace emporium::storage
