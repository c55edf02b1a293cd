#include "server/storage/SellerRepository.h"

#include "server/storage/AccountRepository.h"
#include "server/storage/ItemRows.h"
#include "server/storage/QueryPlanner.h"
#include "server/storage/SqlError.h"

#include <QSqlError>
#include <QVariant>

namespace emporium::storage {
namespace {

const QString kColumns = itemSummaryColumns() + QStringLiteral(", i.description, i.low_stock_threshold");

protocol::InventoryItem readItem(const QSqlQuery &q, const QString &currency)
{
    return {readItemSummary(q, currency), q.value(kItemSummaryColumnCount).toString(),
            q.value(kItemSummaryColumnCount + 1).toLongLong()};
}

// open ends of a period: before and after any ISO timestamp
QString lowerBound(const QString &from)
{
    return from.isEmpty() ? QStringLiteral("0000") : from;
}

QString upperBound(const QString &to)
{
    return to.isEmpty() ? QStringLiteral("9999") : to;
}

WriteResult<qint64> failed(Error e)
{
    return WriteResult<qint64>(std::move(e));
}

bool categoryExists(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM categories WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next();
}

} // namespace

Result<protocol::Page<protocol::InventoryItem>> SellerRepository::items(qint64 shopId, int page, int perPage)
{
    protocol::Page<protocol::InventoryItem> out;
    out.page = page;
    out.perPage = perPage;
    QSqlQuery &count =
        m_statements.get(QStringLiteral("SELECT COUNT(*) FROM items WHERE shop_id = ? AND delisted = 0"));
    count.bindValue(0, shopId);
    if (!count.exec() || !count.next())
        return Error::internal(count.lastError().text());
    out.total = count.value(0).toLongLong();
    count.finish();
    QSqlQuery &q = m_statements.get(
        QStringLiteral("SELECT ") + kColumns + itemSummaryJoins() +
        QStringLiteral("WHERE i.shop_id = ? AND i.delisted = 0 ORDER BY i.id LIMIT ? OFFSET ?"));
    q.bindValue(0, shopId);
    q.bindValue(1, perPage);
    q.bindValue(2, qint64(page - 1) * perPage);
    if (!q.exec())
        return sqlError(q.lastError());
    while (q.next())
        out.items.append(readItem(q, m_currency));
    q.finish();
    return out;
}

Result<std::optional<protocol::InventoryItem>> SellerRepository::item(qint64 shopId, qint64 itemId)
{
    QSqlQuery &q = m_statements.get(QStringLiteral("SELECT ") + kColumns + itemSummaryJoins() +
                                    QStringLiteral("WHERE i.shop_id = ? AND i.id = ? AND i.delisted = 0"));
    q.bindValue(0, shopId);
    q.bindValue(1, itemId);
    if (!q.exec())
        return sqlError(q.lastError());
    std::optional<protocol::InventoryItem> out;
    if (q.next())
        out = readItem(q, m_currency);
    q.finish();
    return out;
}

Result<protocol::Page<protocol::SaleLine>> SellerRepository::sales(qint64 shopId, const QString &from,
                                                                   const QString &to, qint64 itemId, int page,
                                                                   int perPage)
{
    const QString where = QStringLiteral(
        "WHERE shop_id = ? AND created_at >= ? AND created_at <= ? AND (? = 0 OR item_id = ?) ");
    const auto bind = [&](QSqlQuery &q) {
        q.bindValue(0, shopId);
        q.bindValue(1, lowerBound(from));
        q.bindValue(2, upperBound(to));
        q.bindValue(3, itemId);
        q.bindValue(4, itemId);
    };
    protocol::Page<protocol::SaleLine> out;
    out.page = page;
    out.perPage = perPage;
    QSqlQuery &count = m_statements.get(QStringLiteral("SELECT COUNT(*) FROM order_lines ") + where);
    bind(count);
    if (!count.exec() || !count.next())
        return Error::internal(count.lastError().text());
    out.total = count.value(0).toLongLong();
    count.finish();
    QSqlQuery &q = m_statements.get(
        QStringLiteral("SELECT order_id, item_id, title, quantity, unit_price_cents, created_at "
                       "FROM order_lines ") +
        where + QStringLiteral("ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?"));
    bind(q);
    q.bindValue(5, perPage);
    q.bindValue(6, qint64(page - 1) * perPage);
    if (!q.exec())
        return sqlError(q.lastError());
    while (q.next()) {
        const qint64 quantity = q.value(3).toLongLong(), unitPrice = q.value(4).toLongLong();
        out.items.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), quantity,
                          unitPrice, quantity * unitPrice, q.value(5).toString()});
    }
    q.finish();
    return out;
}

Result<protocol::SellerStats> SellerRepository::stats(qint64 shopId, const QString &bucket,
                                                      const QString &from, const QString &to)
{
    // ISO timestamps cut to the bucket: 2026-11-22T01:07 (minute), 2026-11-22T01 (hour), 2026-11-22 (day)
    const int length = bucket == u"minute" ? 16 : bucket == u"hour" ? 13 : 10;
    const QString suffix = bucket == u"minute" ? QStringLiteral(":00Z")
                           : bucket == u"hour" ? QStringLiteral(":00:00Z")
                                               : QStringLiteral("T00:00:00Z");
    QSqlQuery series(m_db);
    series.prepare(
        QStringLiteral(
            "SELECT substr(created_at, 1, %1) AS b, SUM((quantity - refunded_quantity) * unit_price_cents), "
            "SUM(quantity - refunded_quantity) "
            "FROM order_lines WHERE shop_id = ? AND created_at >= ? AND created_at <= ? "
            "GROUP BY b ORDER BY b")
            .arg(length));
    series.addBindValue(shopId);
    series.addBindValue(lowerBound(from));
    series.addBindValue(upperBound(to));
    if (!series.exec())
        return Error::internal(series.lastError().text());
    protocol::SellerStats out{bucket, {}, {}};
    while (series.next())
        out.series.append({series.value(0).toString() + suffix, series.value(1).toLongLong(),
                           series.value(2).toLongLong()});
    QSqlQuery top(m_db);
    top.prepare(QStringLiteral(
        "SELECT item_id, MAX(title), SUM(quantity - refunded_quantity), SUM((quantity - refunded_quantity) * "
        "unit_price_cents) FROM order_lines "
        "WHERE shop_id = ? AND created_at >= ? AND created_at <= ? GROUP BY item_id "
        "ORDER BY 3 DESC, 4 DESC LIMIT 10"));
    top.addBindValue(shopId);
    top.addBindValue(lowerBound(from));
    top.addBindValue(upperBound(to));
    if (!top.exec())
        return Error::internal(top.lastError().text());
    while (top.next())
        out.topItems.append({top.value(0).toLongLong(), top.value(1).toString(), top.value(2).toLongLong(),
                             top.value(3).toLongLong()});
    if (auto queue = shippingQueue(shopId); queue)
        std::tie(out.toShip, out.late) = queue.value();
    else
        return queue.error();
    return out;
}

// The shop's parts paid and not shipped, and how many of them are past its handling time.
Result<std::pair<qint64, qint64>> SellerRepository::shippingQueue(qint64 shopId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT COUNT(*), COALESCE(SUM(o.created_at < strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-' || "
        "COALESCE((SELECT handling_days FROM shop_shipping WHERE shop_id = p.shop_id), 2) || ' days')), 0) "
        "FROM order_parts p JOIN orders o ON o.id = p.order_id WHERE p.shop_id = ? AND p.status = 'paid' AND "
        "o.payment_state = 'captured'"));
    q.addBindValue(shopId);
    if (!q.exec() || !q.next())
        return sqlError(q.lastError());
    return std::make_pair(q.value(0).toLongLong(), q.value(1).toLongLong());
}

Result<QList<protocol::InventoryItem>> SellerRepository::allItems(qint64 shopId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + itemSummaryJoins() +
              QStringLiteral("WHERE i.shop_id = ? AND i.delisted = 0 ORDER BY i.id"));
    q.addBindValue(shopId);
    if (!q.exec())
        return sqlError(q.lastError());
    QList<protocol::InventoryItem> out;
    while (q.next())
        out.append(readItem(q, m_currency));
    return out;
}

WriteResult<protocol::ImportResult> SellerRepository::importItems(QSqlDatabase &db, qint64 shopId,
                                                                  const QList<ImportRow> &rows)
{
    QList<protocol::ImportLineError> errors;
    protocol::ImportResult counts;
    const auto error = [&](int line, const char *column, const QString &message) {
        errors.append({line, QLatin1String(column), message});
    };
    for (const ImportRow &row : rows) {
        if (row.input.categoryId && !categoryExists(db, *row.input.categoryId)) {
            error(row.line, "category_id", QStringLiteral("no such category"));
            continue;
        }
        const WriteResult<qint64> r =
            row.id ? update(db, shopId, row.id, row.input, false) : create(db, shopId, row.input, false);
        const Result<qint64> &outcome = r.value;
        if (!outcome) {
            error(row.line, "id",
                  outcome.error().code == u"not_found" ? QStringLiteral("no item %1 in your shop").arg(row.id)
                                                       : outcome.error().message);
            continue;
        }
        ++(row.id ? counts.updated : counts.created);
    }
    if (!errors.isEmpty())
        return WriteResult<protocol::ImportResult>(
            Error{QStringLiteral("validation_failed"),
                  QStringLiteral("%1 line(s) could not be imported; nothing was changed").arg(errors.size()),
                  protocol::ImportLineError::toDetails(errors)}); // all or nothing
    QueryPlanner::refreshTerms(db);
    return WriteResult<protocol::ImportResult>(counts, ChangeSet{{}, {shopId}, false});
}

WriteResult<qint64> SellerRepository::create(QSqlDatabase &db, qint64 shopId, const domain::ItemInput &in,
                                             bool refreshTerms)
{
    if (!categoryExists(db, *in.categoryId))
        return failed(Error::validation(QStringLiteral("category_id"), QStringLiteral("no such category")));
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO items(shop_id, category_id, title, description, price_cents, stock, "
                       "low_stock_threshold, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    // a missing or empty description is '' in the database, never NULL (QString() binds as NULL)
    QString description = in.description.value_or(QString());
    if (description.isNull())
        description = QStringLiteral("");
    for (const QVariant &v : QVariantList{shopId, *in.categoryId, *in.title, description, *in.priceCents,
                                          *in.stock, in.lowStockThreshold.value_or(5), nowIso()})
        q.addBindValue(v);
    if (!q.exec())
        return failed(sqlError(q.lastError()));
    const qint64 id = q.lastInsertId().toLongLong();
    if (refreshTerms)
        QueryPlanner::refreshTerms(db); // its words become correctable in search
    return WriteResult<qint64>(id, ChangeSet::item(id));
}

WriteResult<qint64> SellerRepository::update(QSqlDatabase &db, qint64 shopId, qint64 itemId,
                                             const domain::ItemInput &in, bool refreshTerms)
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
    std::optional<QString> description = in.description;
    if (description && description->isNull())
        description = QStringLiteral("");
    set("description", description);
    set("price_cents", in.priceCents);
    set("stock", in.stock);
    set("category_id", in.categoryId);
    set("low_stock_threshold", in.lowStockThreshold);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE items SET %1 WHERE id = ? AND shop_id = ? AND delisted = 0")
                  .arg(sets.join(u", ")));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(itemId);
    q.addBindValue(shopId);
    if (!q.exec())
        return failed(sqlError(q.lastError()));
    if (q.numRowsAffected() != 1)
        return failed(Error::notFound(QStringLiteral("item %1").arg(itemId)));
    if (refreshTerms && (in.title || in.description || in.categoryId))
        QueryPlanner::refreshTerms(db);
    return WriteResult<qint64>(itemId, ChangeSet::item(itemId));
}

WriteResult<qint64> SellerRepository::addImage(QSqlDatabase &db, qint64 shopId, qint64 itemId,
                                               const QString &name, const QString &thumbName)
{
    QSqlQuery owned(db);
    owned.prepare(QStringLiteral("SELECT 1 FROM items WHERE id = ? AND shop_id = ? AND delisted = 0"));
    owned.addBindValue(itemId);
    owned.addBindValue(shopId);
    if (!owned.exec() || !owned.next())
        return failed(Error::notFound(QStringLiteral("item %1").arg(itemId)));
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO item_images(item_id, position, name, thumb_name) "
        "VALUES (?, (SELECT COALESCE(MAX(position), -1) + 1 FROM item_images WHERE item_id = ?), ?, ?)"));
    for (const QVariant &v : QVariantList{itemId, itemId, name, thumbName})
        q.addBindValue(v);
    if (!q.exec())
        return failed(sqlError(q.lastError()));
    QSqlQuery thumb(db);
    thumb.prepare(QStringLiteral("UPDATE items SET thumbnail = ? WHERE id = ? AND thumbnail IS NULL"));
    thumb.addBindValue(thumbName);
    thumb.addBindValue(itemId);
    thumb.exec();
    return WriteResult<qint64>(itemId, ChangeSet{{}, {}, true}); // pictures are in the cached answers
}

WriteResult<qint64> SellerRepository::delist(QSqlDatabase &db, qint64 shopId, qint64 itemId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE items SET delisted = 1 WHERE id = ? AND shop_id = ? AND delisted = 0"));
    q.addBindValue(itemId);
    q.addBindValue(shopId);
    if (!q.exec())
        return failed(sqlError(q.lastError()));
    if (q.numRowsAffected() != 1)
        return failed(Error::notFound(QStringLiteral("item %1").arg(itemId)));
    // carts and wishlists no longer show it, and orders refuse it; order history keeps it
    return WriteResult<qint64>(itemId, ChangeSet::item(itemId));
}

} // namespace emporium::storage
