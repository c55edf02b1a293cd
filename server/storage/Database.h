#pragma once
// Opens one QSqlDatabase connection per thread, on SQLite (WAL, foreign keys, busy timeout,
// synchronous level) or on PostgreSQL through Qt's QPSQL driver (sessions in UTC). Connections are
// named, so each event-loop thread owns its own and never shares it.
#include "server/protocol/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace emporium::storage {

enum class Backend { SQLite, PostgreSQL };

struct DatabaseConfig
{
    Backend backend = Backend::SQLite;
    QString path;                 // SQLite file
    bool synchronousFull = false; // default NORMAL (durable in WAL except on power loss)
    int busyTimeoutMs = 5000;

    // PostgreSQL: the server's host name, or the folder of its Unix socket (a path); the port (0: libpq's
    // default), the database and the role. The password never comes from the URL: it is
    // EMPORIUM_DATABASE_PASSWORD, else whatever libpq finds itself (PGPASSWORD, ~/.pgpass).
    QString host;
    int port = 0;
    QString name;
    QString user;
    QString options; // the URL's other parameters for libpq ("sslmode=require connect_timeout=5")

    // sqlite:///abs/path.db, sqlite://rel/path.db, sqlite:path.db or a bare path;
    // postgresql://user@host:port/dbname (postgres:// too; ?host=/run/postgresql for a Unix socket, and
    // libpq's own parameters such as ?sslmode=require).
    static Result<DatabaseConfig> fromUrl(const QString &url);
    // What logs and errors may say about it: the file, or user@host:port/dbname (never a password).
    QString describe() const;
};

class Database
{
public:
    static Result<QSqlDatabase> open(const QString &connectionName, const DatabaseConfig &config);
    static void close(const QString &connectionName);
    // Is a transaction open on this connection? SQLite rolls a whole transaction back by itself on
    // some errors (a full disk, an I/O error), whatever savepoints were open; PostgreSQL does not.
    static bool inTransaction(const QSqlDatabase &db);
    static Backend backendOf(const QSqlDatabase &db);
};

} // namespace emporium::storage
