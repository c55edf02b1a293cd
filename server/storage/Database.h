#pragma once
// Opens one QSqlDatabase connection per thread with the project's SQLite settings
// (WAL, foreign keys, busy timeout, synchronous level). Connections are named, so
// each event-loop thread owns its own and never shares it.
#include "server/protocol/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace emporium::storage {

struct DatabaseConfig
{
    QString path;                 // SQLite file
    bool synchronousFull = false; // default NORMAL (durable in WAL except on power loss)
    int busyTimeoutMs = 5000;

    // Accepts sqlite:///abs/path.db, sqlite://rel/path.db, sqlite:path.db or a bare path.
    static Result<DatabaseConfig> fromUrl(const QString &url);
};

class Database
{
public:
    static Result<QSqlDatabase> open(const QString &connectionName, const DatabaseConfig &config);
    static void close(const QString &connectionName);
    // Is a transaction open on this connection? SQLite rolls a whole transaction back by itself on
    // some errors (a full disk, an I/O error), whatever savepoints were open.
    static bool inTransaction(const QSqlDatabase &db);
};

} // namespace emporium::storage
