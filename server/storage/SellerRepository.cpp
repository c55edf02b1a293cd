#include "server/storage/SellerRepository.h"

#include "server/storage/AccountRepository.h"
#include "server/storage/ItemRows.h"
#include "server/storage/QueryPlanner.h"
#include "server/storage/SqlError.h"
#include "server/storage/SqlValues.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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

// The shop's lines of a period as " WHERE ..." and its binds. An open end (empty) is no condition at
// all: created_at is ISO text on SQLite but a timestamptz on PostgreSQL, where no sentinel string such
// as '0000' is a valid bound.
struct LineFilter
{
    QString where;
    QVariantList binds;
};

LineFilter lineFilter(qint64 shopId, const QString &from, const QString &to, qint64 itemId = 0)
{
    LineFilter f{QStringLiteral(" WHERE shop_id = ?"), {shopId}};
    if (!from.isEmpty()) {
        f.where += QStringLiteral(" AND created_at >= ?");
        f.binds << from;
    }
    if (!to.isEmpty()) {
        f.where += QStringLiteral(" AND created_at <= ?");
        f.binds << to;
    }
    if (itemId) {
        f.where += QStringLiteral(" AND item_id = ?");
        f.binds << itemId;
    }
    return f;
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}

// The bucket of a line's time as text: 2026-11-22T01:07 (minute), 2026-11-22T01 (hour), 2026-11-22 (day).
// SQLite cuts its ISO text; PostgreSQL formats the timestamptz in UTC (whatever the session's zone).
QString bucketSql(const QSqlDatabase &db, const QString &bucket)
{
    if (Database::backendOf(db) == Backend::PostgreSQL)
        return QStringLiteral("to_char(created_at AT TIME ZONE 'UTC', '%1')")
            .arg(bucket == u"minute" ? QStringLiteral("YYYY-MM-DD\"T\"HH24:MI")
                 : bucket == u"hour" ? QStringLiteral("YYYY-MM-DD\"T\"HH24")
                                     : QStringLiteral("YYYY-MM-DD"));
    return QStringLiteral("substr(created_at, 1, %1)")
        .arg(bucket == u"minute" ? 16
             : bucket == u"hour" ? 13
                                 : 10);
}

WriteResult<qint64> failed(Error e)
{
    return WriteResult<qint64>(std::move(e));
}

// An item's insert and update, their statements prepared once per job and the categories looked up
// once: an import runs them for thousands of rows, and on PostgreSQL every prepare is a round trip.
class ItemWrites
{
public:
    explicit ItemWrites(QSqlDatabase &db) : m_db(db), m_statements(db) {}

    bool categoryExists(qint64 id)
    {
        if (const auto known = m_categories.constFind(id); known != m_categories.cend())
            return known.value();
        QSqlQuery &q = m_statements.get(QStringLiteral("SELECT 1 FROM categories WHERE id = ?"));
        q.addBindValue(id);
        const bool exists = q.exec() && q.next();
        q.finish();
        m_categories.insert(id, exists);
        return exists;
    }

    // the new item's id; `in` has every field of a new item; with an import's owner: delisted until the
    // import shows it
    Result<qint64> insert(qint64 shopId, const domain::ItemInput &in, const QString &importOwner = {})
    {
        const bool hidden = !importOwner.isEmpty();
        QSqlQuery &q = m_statements.get(
            QStringLiteral("INSERT INTO items(shop_id, category_id, title, description, price_cents, stock, "
                           "low_stock_threshold, created_at, delisted, import_owner) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ") +
            (hidden ? QStringLiteral("TRUE, ?") : QStringLiteral("FALSE, NULL")) +
            QStringLiteral(") RETURNING id"));
        // a missing or empty description is '' in the database, never NULL (QString() binds as NULL)
        QString description = in.description.value_or(QString());
        if (description.isNull())
            description = QStringLiteral("");
        for (const QVariant &v : QVariantList{shopId, *in.categoryId, *in.title, description, *in.priceCents,
                                              *in.stock, in.lowStockThreshold.value_or(5), nowIso()})
            q.addBindValue(v);
        if (hidden)
            q.addBindValue(importOwner);
        if (!q.exec() || !q.next())
            return sqlError(q.lastError());
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        return id;
    }

    // the fields given; not_found: not a listed item of this shop
    Result<qint64> update(qint64 shopId, qint64 itemId, const domain::ItemInput &in)
    {
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
        QSqlQuery &q =
            m_statements.get(QStringLiteral("UPDATE items SET ") + sets.join(u", ") +
                             QStringLiteral(" WHERE id = ? AND shop_id = ? AND ") + listedSql(m_db));
        for (const QVariant &v : values)
            q.addBindValue(v);
        q.addBindValue(itemId);
        q.addBindValue(shopId);
        if (!q.exec())
            return sqlError(q.lastError());
        const int changed = q.numRowsAffected();
        q.finish();
        if (changed != 1)
            return Error::notFound(QStringLiteral("item %1").arg(itemId));
        return itemId;
    }

private:
    QSqlDatabase &m_db;
    StatementCache m_statements;
    QHash<qint64, bool> m_categories;
};

} // namespace

Result<protocol::Page<protocol::InventoryItem>> SellerRepository::items(qint64 shopId, int page, int perPage)
{
    protocol::Page<protocol::InventoryItem> out;
    out.page = page;
    out.perPage = perPage;
    QSqlQuery &count = m_statements.get(QStringLiteral("SELECT COUNT(*) FROM items WHERE shop_id = ? AND ") +
                                        listedSql(m_db));
    count.bindValue(0, shopId);
    if (!count.exec() || !count.next())
        return Error::internal(count.lastError().text());
    out.total = count.value(0).toLongLong();
    count.finish();
    QSqlQuery &q = m_statements.get(QStringLiteral("SELECT ") + kColumns + itemSummaryJoins() +
                                    QStringLiteral("WHERE i.shop_id = ? AND ") +
                                    listedSql(m_db, QStringLiteral("i.delisted")) +
                                    QStringLiteral(" ORDER BY i.id LIMIT ? OFFSET ?"));
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
                                    QStringLiteral("WHERE i.shop_id = ? AND i.id = ? AND ") +
                                    listedSql(m_db, QStringLiteral("i.delisted")));
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
    const LineFilter filter = lineFilter(shopId, from, to, itemId);
    protocol::Page<protocol::SaleLine> out;
    out.page = page;
    out.perPage = perPage;
    QSqlQuery &count = m_statements.get(QStringLiteral("SELECT COUNT(*) FROM order_lines") + filter.where);
    bindAll(count, filter.binds);
    if (!count.exec() || !count.next())
        return Error::internal(count.lastError().text());
    out.total = count.value(0).toLongLong();
    count.finish();
    QSqlQuery &q = m_statements.get(
        QStringLiteral("SELECT order_id, item_id, title, quantity, unit_price_cents, created_at "
                       "FROM order_lines") +
        filter.where + QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?"));
    bindAll(q, filter.binds);
    q.addBindValue(perPage);
    q.addBindValue(qint64(page - 1) * perPage);
    if (!q.exec())
        return sqlError(q.lastError());
    while (q.next()) {
        const qint64 quantity = q.value(3).toLongLong(), unitPrice = q.value(4).toLongLong();
        out.items.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), quantity,
                          unitPrice, quantity * unitPrice, isoText(q.value(5))});
    }
    q.finish();
    return out;
}

Result<protocol::SellerStats> SellerRepository::stats(qint64 shopId, const QString &bucket,
                                                      const QString &from, const QString &to)
{
    // ISO timestamps cut to the bucket: 2026-11-22T01:07 (minute), 2026-11-22T01 (hour), 2026-11-22 (day);
    // the sums are bigint on PostgreSQL too (its SUM of bigint is a numeric, which QPSQL reads as a double)
    const LineFilter filter = lineFilter(shopId, from, to);
    const QString suffix = bucket == u"minute" ? QStringLiteral(":00Z")
                           : bucket == u"hour" ? QStringLiteral(":00:00Z")
                                               : QStringLiteral("T00:00:00Z");
    QSqlQuery series(m_db);
    series.prepare(
        QStringLiteral("SELECT ") + bucketSql(m_db, bucket) +
        QStringLiteral(" AS b, CAST(SUM((quantity - refunded_quantity) * unit_price_cents) AS bigint), "
                       "CAST(SUM(quantity - refunded_quantity) AS bigint) FROM order_lines") +
        filter.where + QStringLiteral(" GROUP BY b ORDER BY b"));
    bindAll(series, filter.binds);
    if (!series.exec())
        return Error::internal(series.lastError().text());
    protocol::SellerStats out{bucket, {}, {}};
    while (series.next())
        out.series.append({series.value(0).toString() + suffix, series.value(1).toLongLong(),
                           series.value(2).toLongLong()});
    QSqlQuery top(m_db);
    top.prepare(
        QStringLiteral("SELECT item_id, MAX(title), CAST(SUM(quantity - refunded_quantity) AS bigint), "
                       "CAST(SUM((quantity - refunded_quantity) * unit_price_cents) AS bigint) "
                       "FROM order_lines") +
        filter.where + QStringLiteral(" GROUP BY item_id ORDER BY 3 DESC, 4 DESC, 1 LIMIT 10"));
    bindAll(top, filter.binds);
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

// The shop's parts paid and not shipped, and how many of them are past its handling time (2 days
// unless the shop says otherwise). The cutoff is computed here and bound: the same ISO text on both
// backends, instead of SQLite's strftime('now', '-N days').
Result<std::pair<qint64, qint64>> SellerRepository::shippingQueue(qint64 shopId)
{
    QSqlQuery handling(m_db);
    handling.prepare(QStringLiteral("SELECT handling_days FROM shop_shipping WHERE shop_id = ?"));
    handling.addBindValue(shopId);
    if (!handling.exec())
        return sqlError(handling.lastError());
    const int days = handling.next() ? handling.value(0).toInt() : 2;
    handling.finish();
    const QString cutoff = QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODate);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN o.created_at < ? THEN 1 ELSE 0 END), 0) "
        "FROM order_parts p JOIN orders o ON o.id = p.order_id WHERE p.shop_id = ? AND p.status = 'paid' AND "
        "o.payment_state = 'captured'"));
    q.addBindValue(cutoff);
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
              QStringLiteral("WHERE i.shop_id = ? AND ") + listedSql(m_db, QStringLiteral("i.delisted")) +
              QStringLiteral(" ORDER BY i.id"));
    q.addBindValue(shopId);
    if (!q.exec())
        return sqlError(q.lastError());
    QList<protocol::InventoryItem> out;
    while (q.next())
        out.append(readItem(q, m_currency));
    return out;
}

WriteResult<Done> SellerRepository::checkImport(QSqlDatabase &db, qint64 shopId, const QList<ImportRow> &rows)
{
    QSet<qint64> categories, items;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id FROM categories")))
        return sqlError(q.lastError());
    while (q.next())
        categories.insert(q.value(0).toLongLong());
    QList<qint64> ids;
    for (const ImportRow &row : rows)
        if (row.id)
            ids << row.id;
    QSqlQuery owned(db);
    owned.prepare(QStringLiteral("SELECT id FROM items WHERE shop_id = ? AND ") + listedSql(db) +
                  QStringLiteral(" AND ") + idListSql(db, QStringLiteral("id")));
    owned.addBindValue(shopId);
    owned.addBindValue(idListValue(db, ids));
    if (!owned.exec())
        return sqlError(owned.lastError());
    while (owned.next())
        items.insert(owned.value(0).toLongLong());

    QList<protocol::ImportLineError> errors;
    for (const ImportRow &row : rows) {
        if (row.input.categoryId && !categories.contains(*row.input.categoryId))
            errors.append({row.line, QStringLiteral("category_id"), QStringLiteral("no such category")});
        else if (row.id && !items.contains(row.id))
            errors.append(
                {row.line, QStringLiteral("id"), QStringLiteral("no item %1 in your shop").arg(row.id)});
    }
    if (!errors.isEmpty())
        return Error{
            QStringLiteral("validation_failed"),
            QStringLiteral("%1 line(s) could not be imported; nothing was changed").arg(errors.size()),
            protocol::ImportLineError::toDetails(errors)};
    return WriteResult<Done>(Done{});
}

WriteResult<QList<qint64>> SellerRepository::insertHidden(QSqlDatabase &db, qint64 shopId,
                                                          const QList<ImportRow> &rows, const QString &owner)
{
    ItemWrites writes(db);
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const ImportRow &row : rows) {
        const Result<qint64> id = writes.insert(shopId, row.input, owner);
        if (!id)
            return id.error();
        ids << id.value();
    }
    return WriteResult<QList<qint64>>(ids); // nothing anyone sees changed yet
}

namespace {

// The changes of an import's lines to existing items, one object per item (a later line about the
// same item wins field by field), for the set-based UPDATEs below.
QString importUpdatesJson(const QList<ImportRow> &updates, qsizetype &items)
{
    QHash<qint64, QJsonObject> byId;
    QList<qint64> order;
    for (const ImportRow &row : updates) {
        QJsonObject &o = byId[row.id];
        if (o.isEmpty()) {
            order << row.id;
            o.insert(QStringLiteral("id"), row.id);
        }
        const domain::ItemInput &in = row.input;
        if (in.title)
            o.insert(QStringLiteral("title"), *in.title);
        if (in.description)
            o.insert(QStringLiteral("description"),
                     in.description->isNull() ? QStringLiteral("") : *in.description);
        if (in.priceCents)
            o.insert(QStringLiteral("price_cents"), *in.priceCents);
        if (in.stock)
            o.insert(QStringLiteral("stock"), *in.stock);
        if (in.categoryId)
            o.insert(QStringLiteral("category_id"), *in.categoryId);
        if (in.lowStockThreshold)
            o.insert(QStringLiteral("low_stock_threshold"), *in.lowStockThreshold);
    }
    QJsonArray out;
    for (qint64 id : order)
        out.append(byId.value(id));
    items = order.size();
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

// FROM clause reading those objects as rows named u
QString importUpdatesFrom(const QSqlDatabase &db)
{
    if (Database::backendOf(db) == Backend::PostgreSQL)
        return QStringLiteral(
            "jsonb_to_recordset(CAST(? AS jsonb)) AS u(id bigint, title text, description text, "
            "price_cents bigint, stock bigint, category_id bigint, low_stock_threshold bigint)");
    QString columns;
    for (const char *c :
         {"id", "title", "description", "price_cents", "stock", "category_id", "low_stock_threshold"})
        columns +=
            QStringLiteral("%1value ->> '%2' AS %2").arg(columns.isEmpty() ? "" : ", ", QLatin1String(c));
    return QStringLiteral("(SELECT ") + columns + QStringLiteral(" FROM json_each(?)) AS u");
}

// Each existing item of the import changed; false (not_found) if one of them is no longer listed.
Result<Done> applyImportUpdates(QSqlDatabase &db, qint64 shopId, const QList<ImportRow> &updates)
{
    qsizetype items = 0;
    const QString json = importUpdatesJson(updates, items);
    const bool postgresql = Database::backendOf(db) == Backend::PostgreSQL;
    QSqlQuery q(db);
    if (postgresql) { // rows locked in id order, as orders take them
        QList<qint64> ids;
        for (const ImportRow &row : updates)
            ids << row.id;
        q.prepare(QStringLiteral("SELECT id FROM items WHERE ") + idListSql(db, QStringLiteral("id")) +
                  QStringLiteral(" ORDER BY id FOR UPDATE"));
        q.addBindValue(idListValue(db, ids));
        if (!q.exec())
            return sqlError(q.lastError());
    }
    const QString target = postgresql ? QStringLiteral("items i") : QStringLiteral("items");
    const QString i = postgresql ? QStringLiteral("i.") : QStringLiteral("items.");
    const QString where = QStringLiteral(" WHERE ") + i + QStringLiteral("id = u.id AND ") + i +
                          QStringLiteral("shop_id = ? AND ") + listedSql(db, i + QStringLiteral("delisted"));
    // what every line may change, then the words only where they differ (SQLite re-indexes an item's
    // text whenever they are written)
    q.prepare(QStringLiteral("UPDATE %1 SET price_cents = COALESCE(u.price_cents, %2price_cents), "
                             "stock = COALESCE(u.stock, %2stock), low_stock_threshold = "
                             "COALESCE(u.low_stock_threshold, %2low_stock_threshold) FROM ")
                  .arg(target, i) +
              importUpdatesFrom(db) + where);
    q.addBindValue(json);
    q.addBindValue(shopId);
    if (!q.exec())
        return sqlError(q.lastError());
    if (q.numRowsAffected() != items)
        return Error{
            QStringLiteral("conflict"),
            QStringLiteral("an item of the file was delisted while it was imported; nothing was changed"),
            {}};
    q.prepare(QStringLiteral("UPDATE %1 SET title = COALESCE(u.title, %2title), description = "
                             "COALESCE(u.description, %2description), category_id = COALESCE(u.category_id, "
                             "%2category_id) FROM ")
                  .arg(target, i) +
              importUpdatesFrom(db) + where +
              QStringLiteral(" AND (u.title <> %1title OR u.description <> %1description OR "
                             "u.category_id <> %1category_id)")
                  .arg(i));
    q.addBindValue(json);
    q.addBindValue(shopId);
    if (!q.exec())
        return sqlError(q.lastError());
    return Done{};
}

} // namespace

WriteResult<protocol::ImportResult> SellerRepository::publishImport(QSqlDatabase &db, qint64 shopId,
                                                                    const QList<qint64> &created,
                                                                    const QList<ImportRow> &updates)
{
    if (!updates.isEmpty())
        if (const Result<Done> applied = applyImportUpdates(db, shopId, updates); !applied)
            return applied.error();
    if (!created.isEmpty()) {
        QSqlQuery show(db);
        show.prepare(
            QStringLiteral("UPDATE items SET delisted = FALSE, import_owner = NULL WHERE shop_id = ? AND ") +
            idListSql(db, QStringLiteral("id")));
        show.addBindValue(shopId);
        show.addBindValue(idListValue(db, created));
        if (!show.exec())
            return sqlError(show.lastError());
        if (show.numRowsAffected() != created.size())
            return Error::internal(QStringLiteral("the import's new items are gone"));
    }
    QueryPlanner::refreshTerms(db);
    return WriteResult<protocol::ImportResult>(protocol::ImportResult{created.size(), updates.size()},
                                               ChangeSet::shop(shopId));
}

WriteResult<Done> SellerRepository::discardImport(QSqlDatabase &db, qint64 shopId,
                                                  const QList<qint64> &created)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM items WHERE shop_id = ? AND delisted AND ") +
              idListSql(db, QStringLiteral("id")));
    q.addBindValue(shopId);
    q.addBindValue(idListValue(db, created));
    if (!q.exec())
        return sqlError(q.lastError());
    return WriteResult<Done>(Done{});
}

Result<qint64> SellerRepository::dropAbandonedImports(QSqlDatabase &db, int aliveSeconds)
{
    QSqlQuery q(db);
    if (Database::backendOf(db) == Backend::PostgreSQL) {
        q.prepare(QStringLiteral("DELETE FROM items WHERE import_owner IS NOT NULL AND import_owner NOT IN "
                                 "(SELECT instance FROM server_presence WHERE seen_at > now() - "
                                 "make_interval(secs => ?))"));
        q.addBindValue(aliveSeconds);
    } else {
        q.prepare(QStringLiteral("DELETE FROM items WHERE import_owner IS NOT NULL"));
    }
    if (!q.exec())
        return sqlError(q.lastError());
    return qint64(q.numRowsAffected());
}

WriteResult<qint64> SellerRepository::create(QSqlDatabase &db, qint64 shopId, const domain::ItemInput &in,
                                             bool refreshTerms)
{
    ItemWrites writes(db);
    if (!writes.categoryExists(*in.categoryId))
        return failed(Error::validation(QStringLiteral("category_id"), QStringLiteral("no such category")));
    const Result<qint64> id = writes.insert(shopId, in);
    if (!id)
        return failed(id.error());
    if (refreshTerms)
        QueryPlanner::refreshTerms(db); // its words become correctable in search
    return WriteResult<qint64>(id.value(), ChangeSet::item(id.value()));
}

WriteResult<qint64> SellerRepository::update(QSqlDatabase &db, qint64 shopId, qint64 itemId,
                                             const domain::ItemInput &in, bool refreshTerms)
{
    ItemWrites writes(db);
    if (in.categoryId && !writes.categoryExists(*in.categoryId))
        return failed(Error::validation(QStringLiteral("category_id"), QStringLiteral("no such category")));
    const Result<qint64> updated = writes.update(shopId, itemId, in);
    if (!updated)
        return failed(updated.error());
    if (refreshTerms && (in.title || in.description || in.categoryId))
        QueryPlanner::refreshTerms(db);
    return WriteResult<qint64>(itemId, ChangeSet::item(itemId));
}

WriteResult<qint64> SellerRepository::addImage(QSqlDatabase &db, qint64 shopId, qint64 itemId,
                                               const QString &name, const QString &thumbName)
{
    QSqlQuery owned(db);
    owned.prepare(QStringLiteral("SELECT 1 FROM items WHERE id = ? AND shop_id = ? AND ") + listedSql(db));
    owned.addBindValue(itemId);
    owned.addBindValue(shopId);
    if (!owned.exec() || !owned.next())
        return failed(Error::notFound(QStringLiteral("item %1").arg(itemId)));
    // The next position is MAX + 1, read in the same statement: safe with the single writer; several
    // writers (processes on one PostgreSQL) could give two pictures one position (no UNIQUE holds it).
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
    return WriteResult<qint64>(itemId, ChangeSet::cached()); // pictures are in the cached answers
}

WriteResult<qint64> SellerRepository::delist(QSqlDatabase &db, qint64 shopId, qint64 itemId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE items SET delisted = TRUE WHERE id = ? AND shop_id = ? AND ") +
              listedSql(db));
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
