#pragma once
// Names that never change once their row exists (users' display names, shops' and categories' names: the
// server renames none of them), read once per connection and kept, bounded. The ones a page lacks are read
// in one query; a name made later, perhaps by another server, is read on first use.
#include "server/protocol/Result.h"
#include "server/storage/SqlError.h"
#include "server/storage/SqlValues.h"
#include "server/storage/StatementCache.h"

#include <QHash>
#include <QSqlError>
#include <QString>

namespace emporium::storage {

class NameCache
{
public:
    // `column` of `table` by its id, e.g. ("users", "display_name")
    NameCache(const QString &table, const QString &column)
        : m_sql(QStringLiteral("SELECT id, %1 FROM %2 WHERE ").arg(column, table))
    {
    }

    // Makes sure the names of `ids` are known.
    Result<Done> load(QSqlDatabase &db, StatementCache &statements, const QList<qint64> &ids)
    {
        QList<qint64> missing;
        for (qint64 id : ids)
            if (!m_names.contains(id) && !missing.contains(id))
                missing.append(id);
        if (missing.isEmpty())
            return Done{};
        if (m_names.size() > kMax)
            m_names.clear();
        QSqlQuery &q = statements.get(m_sql + idListSql(db, QStringLiteral("id")));
        q.addBindValue(idListValue(db, missing));
        if (!q.exec())
            return sqlError(q.lastError());
        while (q.next())
            m_names.insert(q.value(0).toLongLong(), q.value(1).toString());
        q.finish();
        return Done{};
    }
    QString name(qint64 id) const { return m_names.value(id); } // after load()

private:
    static constexpr qsizetype kMax = 200000;
    QString m_sql;
    QHash<qint64, QString> m_names;
};

} // namespace emporium::storage
