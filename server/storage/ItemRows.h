#pragma once
// The item summary as the repositories read it: one column list, one join, one reader.
#include "server/protocol/CatalogTypes.h"

#include <QSqlQuery>
#include <QString>

namespace emporium::storage {

// Columns 0..11 of an item summary; alias i = items, c = categories, s = shops.
const QString &itemSummaryColumns();
// " FROM items i JOIN categories c ... JOIN shops s ... "
const QString &itemSummaryJoins();
protocol::ItemSummary readItemSummary(const QSqlQuery &q, const QString &currency, int firstColumn = 0);
constexpr int kItemSummaryColumnCount = 12;
// The average of a rating kept as a sum and a count, to one decimal.
protocol::Rating ratingOf(qint64 sum, qint64 count);

} // namespace emporium::storage
