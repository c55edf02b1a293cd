#pragma once
// The item summary as the repositories read it: one column list, one join, one reader.
#include "server/protocol/CatalogTypes.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace emporium::storage {

// Columns 0..11 of an item summary; alias i = items, c = categories, s = shops.
const QString &itemSummaryColumns();
// " FROM items i JOIN categories c ... JOIN shops s ... "
const QString &itemSummaryJoins();
protocol::ItemSummary readItemSummary(const QSqlQuery &q, const QString &currency, int firstColumn = 0);
constexpr int kItemSummaryColumnCount = 12;
// The condition "a listed item" on items.delisted (`column`, e.g. "i.delisted"): `i.delisted = 0` on
// SQLite, `NOT i.delisted` on PostgreSQL. Not `= FALSE` on both: SQLite uses a partial index (006:
// items_on_sale_category, items_listed_category, `WHERE delisted = 0`) only for a query that repeats
// the index's term as written, and `i.delisted = FALSE` is another term to it (counts would read
// every item row, INDEXED BY would fail); PostgreSQL has no boolean = integer.
QString listedSql(const QSqlDatabase &db, const QString &column = QStringLiteral("delisted"));
// The average of a rating kept as a sum and a count, to one decimal.
protocol::Rating ratingOf(qint64 sum, qint64 count);

} // namespace emporium::storage
