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

QVariant ids(QSqlDatabase &db, const QSet<qint64> &set)
{
    return idListValue(db, QList<qint64>(set.cbegin(), set.cend()));
}

} // namespace

Result<Done> ChangeLog::append(QSqlDatabase &db, const QString &instance, const ChangeSet &changes)
{
    // one statement: the lock (the row is made from its result, so after it), the row, and its NOTIFY
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("WITH locked AS (SELECT pg_advisory_xact_lock(%1)), logged AS (INSERT INTO "
                       "change_log(instance, items, shops, cached_answers, paid_orders, changed_orders, "
                       "carts, wishlists) SELECT CAST(? AS text), CAST(? AS bigint[]), "
                       "CAST(? AS bigint[]), CAST(? AS boolean), CAST(? AS bigint[]), CAST(? AS bigint[]), "
                       "CAST(? AS bigint[]), CAST(? AS bigint[]) FROM locked RETURNING seq) "
                       "SELECT pg_notify('%2', CAST(seq AS text)) FROM logged")
            .arg(kCommitOrderLock)
            .arg(QLatin1String(kChannel)));
    q.addBindValue(instance);
    q.addBindValue(ids(db, changes.items));
    q.addBindValue(ids(db, changes.shops));
    q.addBindValue(changes.cachedAnswers);
    for (const QSet<qint64> *set :
         {&changes.paidOrders, &changes.changedOrders, &changes.carts, &changes.wishlists})
        q.addBindValue(ids(db, *set));
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
    q.prepare(QStringLiteral(
        "SELECT seq, instance, array_to_string(items, ','), array_to_string(shops, ','), "
        "cached_answers, array_to_string(paid_orders, ','), array_to_string(changed_orders, ','), "
        "array_to_string(carts, ','), array_to_string(wishlists, ',') FROM change_log "
        "WHERE seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(seq);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q.lastError());
    QList<LoggedChange> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(),
                    ChangeSet{idsOf(q.value(2).toString()), idsOf(q.value(3).toString()), q.value(4).toBool(),
                              idsOf(q.value(5).toString()), idsOf(q.value(6).toString()),
                              idsOf(q.value(7).toString()), idsOf(q.value(8).toString())}});
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
