#pragma once
// Each server's presence on a PostgreSQL database shared by several (migration 013, server_presence): its
// WebSocket connections and how many of them watch each item, renewed every few seconds. The others' live
// rows, summed, are what this server adds to its own counts ("N viewing", the admin's figures); a row not
// renewed in time belongs to a server that died and no longer counts.
#include "server/protocol/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace emporium::storage {

struct PeerPresence
{
    QHash<qint64, int> viewers; // item -> viewers on the other live servers
    int connections = 0;
    int servers = 0; // the other live servers
};

class PresenceRepository
{
public:
    static Result<Done> beat(QSqlDatabase &db, const QString &instance, int connections,
                             const QHash<qint64, int> &viewers);
    // The other servers seen within `aliveSeconds`, summed.
    static Result<PeerPresence> peers(QSqlDatabase &db, const QString &instance, int aliveSeconds);
    // This server's row goes (a clean stop), with any left by servers long dead.
    static Result<Done> leave(QSqlDatabase &db, const QString &instance);
};

} // namespace emporium::storage
