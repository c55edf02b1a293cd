#include "server/storage/ChangeLog.h"

#include "server/storage/SqlError.h"
#include "server/storage/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace emporium::storage {

namespace {

constexpr qint64 kCommitOrderLock = 0x656d70636c6f67; // "empclog"; the migrations use another key

QSet<qint64> idsOf(const QString &text) // "1,2,3"
{
    QSet<qint64> ids;
    for (const QStringView part : QStringView(text).split(u',', Qt::SkipEmptyParts))
        ids.insert(part.toLongLong());
    return ids;
}

} // namespace

Result<Done> ChangeLog::append(QSqlDatabase &db, const QString &instance, const ChangeSet &changes)
{
    // one statement: the lock (the row is made from its result, so after it), the row, and its NOTIFY
    QSqlQuery q(db);
    q.prepare(QStringLiteral("WITH locked AS (SELECT pg_advisory_xact_lock(%1)), logged AS (INSERT INTO "
                             "change_log(instance, items, shops, cached_answers) SELECT CAST(? AS text), "
                             "CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS boolean) FROM locked "
                             "RETURNING seq) "
                             "SELECT pg_notify('%2', CAST(seq AS text)) FROM logged")
                  .arg(kCommitOrderLock)
                  .arg(QLatin1String(kChannel)));
    q.addBindValue(instance);
    q.addBindValue(idListValue(db, QList<qint64>(changes.items.cbegin(), changes.items.cend())));
    q.addBindValue(idListValue(db, QList<qint64>(changes.shops.cbegin(), changes.shops.cend())));
    q.addBindValue(changes.cachedAnswers);
    if (!q.exec())
        return sqlError(q.lastError());
    return Done{};
}

Result<qint64> ChangeLog::last(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_log")) || !q.next())
        return sqlError(q.lastError());
    return q.value(0).toLongLong();
}

Result<QList<LoggedChange>> ChangeLog::since(QSqlDatabase &db, qint64 seq, int limit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT seq, instance, array_to_string(items, ','), array_to_string(shops, ','), "
                       "cached_answers FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(seq);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q.lastError());
    QList<LoggedChange> out;
    while (q.next())
        out.append(
            {q.value(0).toLongLong(), q.value(1).toString(),
             ChangeSet{idsOf(q.value(2).toString()), idsOf(q.value(3).toString()), q.value(4).toBool()}});
    return out;
}

Result<Done> ChangeLog::prune(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM change_log WHERE at < now() - interval '1 hour'")))
        return sqlError(q.lastError());
    return Done{};
}

} // namespace emporium::storage
