#include "server/storage/Migrator.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <map>

Q_LOGGING_CATEGORY(lcMigrations, "emporium.server.storage.migrations")

namespace emporium::storage {
namespace {

std::map<int, QString> migrationFiles(Backend backend)
{
    std::map<int, QString> files;
    static const QRegularExpression re(QStringLiteral("^(\\d{3})_.*\\.sql$"));
    const QDir dir(backend == Backend::PostgreSQL ? QStringLiteral(":/sql/postgresql")
                                                  : QStringLiteral(":/sql/sqlite"));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = re.match(name);
        if (m.hasMatch())
            files[m.captured(1).toInt()] = dir.filePath(name);
    }
    return files;
}

} // namespace

int Migrator::latestVersion(Backend backend)
{
    const auto files = migrationFiles(backend);
    return files.empty() ? 0 : files.rbegin()->first;
}

QStringList Migrator::splitStatements(const QString &sql)
{
    QStringList out;
    QString current;
    bool inTrigger = false;
    for (const QString &rawLine : sql.split(u'\n')) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u"--"))
            continue;
        if (current.isEmpty() && line.startsWith(u"CREATE TRIGGER", Qt::CaseInsensitive))
            inTrigger = true;
        current += rawLine + u'\n';
        const bool ends = inTrigger ? line.compare(u"END;", Qt::CaseInsensitive) == 0 : line.endsWith(u';');
        if (ends) {
            out << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

Result<int> Migrator::currentVersion()
{
    QSqlQuery q(m_db);
    // (PostgreSQL answers IF NOT EXISTS on an existing table with a NOTICE in every start's log: look first)
    const bool known = m_backend == Backend::PostgreSQL &&
                       q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) &&
                       q.next() && q.value(0).toBool();
    if (!known && !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                         "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")))
        return Error::internal(q.lastError().text());

    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !q.next())
        return Error::internal(q.lastError().text());
    return q.value(0).toInt();
}

// Several servers starting at once on one PostgreSQL database: one migrates, the others wait for it
// and then find nothing left to do.
Result<int> Migrator::migrate(std::optional<int> target)
{
    constexpr qint64 kMigrationLock = 0x656d706f7269756d; // "emporium"
    if (m_backend == Backend::SQLite)
        return migrateNow(target);
    QSqlQuery lock(m_db);
    if (!lock.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock)))
        return Error::internal(QStringLiteral("cannot lock the schema: %1").arg(lock.lastError().text()));
    auto reached = migrateNow(target);
    lock.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
    return reached;
}

// PostgreSQL runs a file whole (function bodies need no splitting); SQLite one statement at a time.
QStringList Migrator::statementsOf(const QString &sql) const
{
    return m_backend == Backend::PostgreSQL ? QStringList{sql} : splitStatements(sql);
}

Result<int> Migrator::migrateNow(std::optional<int> target)
{
    auto current = currentVersion();
    if (!current)
        return current.error();
    const int latest = latestVersion(m_backend);
    if (current.value() > latest)
        return Error{
            QStringLiteral("schema_too_new"),
            QStringLiteral("The database has schema version %1, but this Emporium only knows up to %2. "
                           "Upgrade Emporium or use a copy of the database made for this version.")
                .arg(current.value())
                .arg(latest),
            {}};
    const int goal = target.value_or(latest);
    int version = current.value();
    for (const auto &[number, path] : migrationFiles(m_backend)) {
        if (number <= version || number > goal)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::internal(QStringLiteral("cannot read migration %1").arg(path));
        const QStringList statements = statementsOf(QString::fromUtf8(file.readAll()));
        if (!m_db.transaction())
            return Error::internal(m_db.lastError().text());
        QSqlQuery q(m_db);
        for (const QString &statement : statements) {
            if (!q.exec(statement)) {
                const QString why = q.lastError().text();
                m_db.rollback();
                return Error::internal(
                    QStringLiteral("migration %1 failed: %2 in: %3").arg(number).arg(why, statement));
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_version(version, applied_at) VALUES (?, ?)"));
        q.addBindValue(number);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!q.exec() || !m_db.commit()) {
            m_db.rollback();
            return Error::internal(q.lastError().text());
        }
        qCInfo(lcMigrations) << "applied migration" << number;
        version = number;
    }
    // New indexes are only chosen well with statistics: gather them once a migration ran on a
    // database that has data (a fresh one gets them from its first PRAGMA optimize).
    if (version != current.value() && current.value() > 0) {
        QSqlQuery analyze(m_db);
        if (!analyze.exec(QStringLiteral("ANALYZE")))
            qCWarning(lcMigrations) << "ANALYZE failed:" << analyze.lastError().text();
    }
    return version;
}

} // namespace emporium::storage
