#include "server/storage/Database.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace emporium::storage {

Result<DatabaseConfig> DatabaseConfig::fromUrl(const QString &url)
{
    DatabaseConfig c;
    if (url.startsWith(u"postgresql://") || url.startsWith(u"postgres://"))
        return Error{
            QStringLiteral("invalid_config"),
            QStringLiteral("PostgreSQL is not supported by this build yet; use sqlite:///path/emporium.db"),
            {}};
    if (url.startsWith(u"sqlite://"))
        c.path = url.mid(9);
    else if (url.startsWith(u"sqlite:"))
        c.path = url.mid(7);
    else if (url.contains(u"://"))
        return Error{
            QStringLiteral("invalid_config"), QStringLiteral("unknown database URL scheme: %1").arg(url), {}};
    else
        c.path = url;
    if (c.path.isEmpty())
        return Error{QStringLiteral("invalid_config"), QStringLiteral("database URL has no path"), {}};
    return c;
}

Result<QSqlDatabase> Database::open(const QString &connectionName, const DatabaseConfig &config)
{
    // SQLite counts every allocation under one global mutex unless told not to: with a
    // connection per thread that mutex was the busiest lock of a read-heavy server. Only
    // possible before SQLite's first use in the process (later it is refused, harmlessly).
    static const bool noMemoryStatistics = [] {
        return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    }();
    Q_UNUSED(noMemoryStatistics);
    QDir().mkpath(QFileInfo(config.path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(config.path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(config.busyTimeoutMs));
    if (!db.open())
        return Error::internal(
            QStringLiteral("cannot open database %1: %2").arg(config.path, db.lastError().text()));
    const QString pragmas[] = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        config.synchronousFull ? QStringLiteral("PRAGMA synchronous=FULL")
                               : QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA temp_store=MEMORY"),
        QStringLiteral("PRAGMA cache_size=-16000"),
        // reads of a large database go through the page cache of the OS without a copy or a
        // system call per page (each connection maps the same file; 4 GiB of address space)
        QStringLiteral("PRAGMA mmap_size=4294967296"),
    };
    for (const QString &p : pragmas) {
        QSqlQuery q(db);
        if (!q.exec(p))
            return Error::internal(QStringLiteral("%1 failed: %2").arg(p, q.lastError().text()));
    }
    return db;
}

void Database::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

bool Database::inTransaction(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    sqlite3 *connection = handle.isValid() ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
    return connection && sqlite3_get_autocommit(connection) == 0;
}

} // namespace emporium::storage
