#include "server/storage/Database.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>

namespace emporium::storage {

namespace {

Error invalidConfig(const QString &message)
{
    return Error{QStringLiteral("invalid_config"), message, {}};
}

// postgresql://user@host:port/dbname?host=/socket/dir&sslmode=require
Result<DatabaseConfig> postgresqlConfig(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid())
        return invalidConfig(QStringLiteral("not a PostgreSQL URL: %1").arg(u.errorString()));
    const Error passwordRefused = invalidConfig(
        QStringLiteral("a password does not belong in the database URL (command lines and logs show it): set "
                       "EMPORIUM_DATABASE_PASSWORD, or use PGPASSWORD or ~/.pgpass"));
    if (!u.password().isEmpty())
        return passwordRefused;
    DatabaseConfig c;
    c.backend = Backend::PostgreSQL;
    c.host = u.host();
    c.port = u.port(0);
    c.name = u.path().mid(1);
    c.user = u.userName();
    QStringList options;
    for (const auto &[key, value] : QUrlQuery(u).queryItems(QUrl::FullyDecoded)) {
        if (key == u"host") {
            c.host = value;
        } else if (key == u"password") {
            return passwordRefused;
        } else if (!key.isEmpty() &&
                   std::all_of(key.begin(), key.end(),
                               [](QChar ch) { return ch.isLetterOrNumber() || ch == u'_'; }) &&
                   !value.contains(u'\'') && !value.contains(u';')) {
            options << QStringLiteral("%1='%2'").arg(key, value);
        } else {
            return invalidConfig(
                QStringLiteral("database URL parameter %1 is not a libpq parameter").arg(key));
        }
    }
    c.options = options.join(u' ');
    if (c.name.isEmpty() || c.name.contains(u'/'))
        return invalidConfig(
            QStringLiteral("the database URL names no database: postgresql://user@host/dbname"));
    return c;
}

} // namespace

Result<DatabaseConfig> DatabaseConfig::fromUrl(const QString &url)
{
    if (url.startsWith(u"postgresql://") || url.startsWith(u"postgres://"))
        return postgresqlConfig(url);
    DatabaseConfig c;
    if (url.startsWith(u"sqlite://"))
        c.path = url.mid(9);
    else if (url.startsWith(u"sqlite:"))
        c.path = url.mid(7);
    else if (url.contains(u"://"))
        return invalidConfig(QStringLiteral("unknown database URL scheme: %1").arg(url));
    else
        c.path = url;
    if (c.path.isEmpty())
        return invalidConfig(QStringLiteral("database URL has no path"));
    return c;
}

QString DatabaseConfig::describe() const
{
    if (backend == Backend::SQLite)
        return path;
    const QString where = host.isEmpty() ? QStringLiteral("localhost") : host;
    return QStringLiteral("postgresql %1@%2%3/%4")
        .arg(user.isEmpty() ? QStringLiteral("(login name)") : user, where,
             port ? QStringLiteral(":%1").arg(port) : QString(), name);
}

namespace {

Result<QSqlDatabase> openSqlite(const QString &connectionName, const DatabaseConfig &config)
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

// Qt's QPSQL driver (libpq underneath): sessions in UTC, so timestamps read back the same in every
// process; the password from the environment only.
Result<QSqlDatabase> openPostgresql(const QString &connectionName, const DatabaseConfig &config)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::internal(
            QStringLiteral("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(config.host);
    if (config.port)
        db.setPort(config.port);
    db.setDatabaseName(config.name);
    db.setUserName(config.user);
    const QByteArray password = qgetenv("EMPORIUM_DATABASE_PASSWORD");
    if (!password.isEmpty())
        db.setPassword(QString::fromUtf8(password));
    db.setConnectOptions(
        QStringLiteral("options='-c TimeZone=UTC' application_name='emporium' connect_timeout=10 ") +
        config.options);
    if (!db.open())
        return Error{
            QStringLiteral("storage_unavailable"),
            QStringLiteral("cannot open database %1: %2").arg(config.describe(), db.lastError().text()),
            {}};
    return db;
}

} // namespace

Result<QSqlDatabase> Database::open(const QString &connectionName, const DatabaseConfig &config)
{
    return config.backend == Backend::PostgreSQL ? openPostgresql(connectionName, config)
                                                 : openSqlite(connectionName, config);
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

Backend Database::backendOf(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL" ? Backend::PostgreSQL : Backend::SQLite;
}

bool Database::inTransaction(const QSqlDatabase &db)
{
    // PostgreSQL never rolls a transaction back behind the client's back: a failed statement leaves it
    // open (and refusing until ROLLBACK TO), which the writer sees in its checked RELEASE.
    if (backendOf(db) == Backend::PostgreSQL)
        return db.isOpen();
    const QVariant handle = db.driver()->handle();
    sqlite3 *connection = handle.isValid() ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
    return connection && sqlite3_get_autocommit(connection) == 0;
}

} // namespace emporium::storage
