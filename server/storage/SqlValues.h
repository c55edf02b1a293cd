#pragma once
// What differs between SQLite and PostgreSQL in the values the repositories read and bind, in one
// place: a timestamp (SQLite: ISO-8601 text; PostgreSQL: timestamptz, which QPSQL hands over as a
// QDateTime in the process's time zone) always reads as "2026-11-21T10:00:00Z"; a list of ids binds
// as one parameter that `idListSql` expands on either backend.
#include "server/storage/Database.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace emporium::storage {

// A stored timestamp as UTC ISO-8601 with seconds and a Z ("" for NULL).
QString isoText(const QVariant &stored);

// "…(SELECT value FROM json_each(?))" / "…ANY(CAST(? AS bigint[]))": `column IN` a bound list of ids;
// bind `idListValue(db, ids)` for the ?.
QString idListSql(const QSqlDatabase &db, const QString &column);
QVariant idListValue(const QSqlDatabase &db, const QList<qint64> &ids);

} // namespace emporium::storage
