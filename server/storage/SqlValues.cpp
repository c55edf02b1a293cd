#include "server/storage/SqlValues.h"

#include <QDateTime>
#include <QStringList>

namespace emporium::storage {

QString isoText(const QVariant &stored)
{
    if (stored.isNull())
        return {};
    if (stored.typeId() == QMetaType::QDateTime)
        return stored.toDateTime().toUTC().toString(Qt::ISODate);
    return stored.toString();
}

QString idListSql(const QSqlDatabase &db, const QString &column)
{
    return Database::backendOf(db) == Backend::PostgreSQL
               ? column + QStringLiteral(" = ANY(CAST(? AS bigint[]))")
               : column + QStringLiteral(" IN (SELECT value FROM json_each(?))");
}

QVariant idListValue(const QSqlDatabase &db, const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    const QString joined = parts.join(u',');
    return Database::backendOf(db) == Backend::PostgreSQL ? u'{' + joined + u'}' : u'[' + joined + u']';
}

} // namespace emporium::storage
