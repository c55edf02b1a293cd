#include "server/storage/PresenceRepository.h"

#include "server/storage/SqlError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace emporium::storage {

Result<Done> PresenceRepository::beat(QSqlDatabase &db, const QString &instance, int connections,
                                      const QHash<qint64, int> &viewers)
{
    QJsonObject counts;
    for (auto it = viewers.cbegin(); it != viewers.cend(); ++it)
        counts.insert(QString::number(it.key()), it.value());
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO server_presence(instance, seen_at, connections, viewers) "
                       "VALUES (?, now(), ?, CAST(? AS jsonb)) ON CONFLICT (instance) DO UPDATE SET "
                       "seen_at = now(), connections = EXCLUDED.connections, viewers = EXCLUDED.viewers"));
    q.addBindValue(instance);
    q.addBindValue(connections);
    q.addBindValue(QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return sqlError(q.lastError());
    return Done{};
}

Result<PeerPresence> PresenceRepository::peers(QSqlDatabase &db, const QString &instance, int aliveSeconds)
{
    const QString alive =
        QStringLiteral(" WHERE p.instance <> ? AND p.seen_at > now() - make_interval(secs => ?)");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT CAST(v.key AS bigint), SUM(CAST(v.value AS integer)) FROM server_presence p, "
                       "jsonb_each_text(p.viewers) v") +
        alive + QStringLiteral(" GROUP BY v.key"));
    q.addBindValue(instance);
    q.addBindValue(aliveSeconds);
    if (!q.exec())
        return sqlError(q.lastError());
    PeerPresence out;
    while (q.next())
        out.viewers.insert(q.value(0).toLongLong(), q.value(1).toInt());
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(p.connections), 0), COUNT(*) FROM server_presence p") +
              alive);
    q.addBindValue(instance);
    q.addBindValue(aliveSeconds);
    if (!q.exec() || !q.next())
        return sqlError(q.lastError());
    out.connections = q.value(0).toInt();
    out.servers = q.value(1).toInt();
    return out;
}

Result<Done> PresenceRepository::leave(QSqlDatabase &db, const QString &instance)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "DELETE FROM server_presence WHERE instance = ? OR seen_at < now() - interval '1 hour'"));
    q.addBindValue(instance);
    if (!q.exec())
        return sqlError(q.lastError());
    return Done{};
}

} // namespace emporium::storage
