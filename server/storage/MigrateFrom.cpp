#include "server/storage/MigrateFrom.h"

#include "server/storage/Migrator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace emporium::storage {
namespace {

const QString kSourceConnection = QStringLiteral("emporium-migrate-from-sqlite");
const QString kTargetConnection = QStringLiteral("emporium-migrate-from-postgresql");
constexpr int kMaxValuesPerStatement = 8000;

Error failure(const QString &message)
{
    return Error{QStringLiteral("migrate_from_failed"), message, {}};
}

QString quoted(const QString &identifier)
{
    return u'"' + identifier + u'"';
}

// How a SQLite value becomes a PostgreSQL one: as it is (integers, text), 0/1 to a boolean, or as text
// that PostgreSQL parses into the column's type (timestamptz, jsonb, date).
enum class Conversion { AsIs, Boolean, Text };

struct Column
{
    QString name;
    Conversion conversion = Conversion::AsIs;
};

QVariant converted(const QVariant &value, Conversion conversion)
{
    if (value.isNull() || conversion == Conversion::AsIs)
        return value;
    if (conversion == Conversion::Boolean)
        return QVariant(value.toLongLong() != 0);
    return QVariant(value.toString());
}

Conversion conversionOf(const QString &postgresType)
{
    if (postgresType == u"boolean")
        return Conversion::Boolean;
    if (postgresType.startsWith(u"timestamp") || postgresType == u"jsonb" || postgresType == u"json" ||
        postgresType == u"date")
        return Conversion::Text;
    return Conversion::AsIs;
}

Result<Done> exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return failure(QStringLiteral("%1 failed: %2").arg(sql, q.lastError().text()));
    return Done{};
}

Result<QVariant> scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return failure(QStringLiteral("%1 failed: %2").arg(sql, q.lastError().text()));
    return q.value(0);
}

// The first column of every row.
Result<QStringList> column(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return failure(QStringLiteral("%1 failed: %2").arg(sql, q.lastError().text()));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QString insertSql(const QString &table, const QList<Column> &columns, int rows)
{
    QStringList names;
    for (const Column &c : columns)
        names << quoted(c.name);
    QString row = QStringLiteral("(?") + QStringLiteral(",?").repeated(columns.size() - 1) + u')';
    QStringList values(rows, row);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(quoted(table), names.join(u','), values.join(u','));
}

class Copy
{
public:
    Copy(QSqlDatabase source, QSqlDatabase target) : m_source(std::move(source)), m_target(std::move(target))
    {
    }
    Result<Done> prepare();
    Result<MigrateFromReport> copyAll();

private:
    Result<int> sourceVersion();
    Result<Done> checkVersions();
    Result<Done> checkTables();
    Result<Done> checkEmpty();
    Result<Done> copyInTransaction(MigrateFromReport &report);
    Result<QList<Column>> columnsOf(const QString &table);
    Result<qint64> copyTable(const QString &table);
    Result<Done> insert(QSqlQuery &q, const QString &table, const QVariantList &values);
    Result<Done> continueIdentities();
    Result<Done> verify(MigrateFromReport &report);

    QSqlDatabase m_source;
    QSqlDatabase m_target;
};

Result<int> Copy::sourceVersion()
{
    // read, not through the Migrator, which would create schema_version in a file that has none
    auto hasVersions = scalar(m_source, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = "
                                                       "'table' AND name = 'schema_version'"));
    if (!hasVersions)
        return hasVersions.error();
    auto version =
        hasVersions->toInt() == 0
            ? Result<QVariant>(QVariant(0))
            : scalar(m_source, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    return version ? Result<int>(version->toInt()) : Result<int>(version.error());
}

Result<Done> Copy::checkVersions()
{
    auto version = sourceVersion();
    if (!version)
        return version.error();
    const int latest = Migrator::latestVersion(Backend::SQLite);
    if (version.value() == 0)
        return failure(QStringLiteral("%1 is not an Emporium database (no schema version)")
                           .arg(m_source.databaseName()));
    if (version.value() > latest)
        return failure(QStringLiteral("%1 has schema version %2, newer than this binary's %3: use a newer "
                                      "emporium-server")
                           .arg(m_source.databaseName())
                           .arg(version.value())
                           .arg(latest));
    if (version.value() < latest)
        return failure(QStringLiteral("%1 has schema version %2, this binary copies version %3 only: start "
                                      "emporium-server on it once (it upgrades the file), stop it, then "
                                      "migrate again")
                           .arg(m_source.databaseName())
                           .arg(version.value())
                           .arg(latest));
    auto target = Migrator(m_target).migrate();
    if (!target)
        return target.error();
    if (target.value() != latest)
        return failure(
            QStringLiteral("the PostgreSQL database is at schema version %1, the SQLite file at %2")
                .arg(target.value())
                .arg(latest));
    return Done{};
}

// Both sides hold exactly the listed tables: a table this code does not know would be lost silently.
Result<Done> Copy::checkTables()
{
    const QSet<QString> known(MigrateFrom::tables().cbegin(), MigrateFrom::tables().cend());
    auto sqlite = column(m_source, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    if (!sqlite)
        return sqlite.error();
    auto postgres = column(m_target, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                                    "table_schema = current_schema() AND "
                                                    "table_type = 'BASE TABLE'"));
    if (!postgres)
        return postgres.error();
    QSet<QString> found;
    for (const QString &t : sqlite.value()) {
        if (MigrateFrom::skipped(t))
            continue;
        if (!known.contains(t))
            return failure(QStringLiteral("the SQLite table %1 is unknown to --migrate-from").arg(t));
        found.insert(t);
    }
    for (const QString &t : postgres.value()) {
        if (!MigrateFrom::skipped(t) && !known.contains(t))
            return failure(QStringLiteral("the PostgreSQL table %1 is unknown to --migrate-from").arg(t));
    }
    for (const QString &t : MigrateFrom::tables()) {
        if (!found.contains(t) || !postgres->contains(t))
            return failure(QStringLiteral("the table %1 is missing on one side").arg(t));
    }
    return Done{};
}

Result<Done> Copy::checkEmpty()
{
    for (const QString &t : MigrateFrom::tables()) {
        auto any = scalar(m_target, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(quoted(t)));
        if (!any)
            return any.error();
        if (any->toBool())
            return failure(QStringLiteral("the PostgreSQL database is not empty (the table %1 has rows): "
                                          "--migrate-from copies into an empty database only")
                               .arg(t));
    }
    return Done{};
}

Result<Done> Copy::prepare()
{
    if (auto v = checkVersions(); !v)
        return v;
    if (auto t = checkTables(); !t)
        return t;
    return checkEmpty();
}

// The columns of the SQLite table by name, each converted as its PostgreSQL twin needs.
Result<QList<Column>> Copy::columnsOf(const QString &table)
{
    QSqlQuery pg(m_target);
    pg.prepare(QStringLiteral("SELECT column_name, data_type FROM information_schema.columns "
                              "WHERE table_schema = current_schema() AND table_name = ?"));
    pg.addBindValue(table);
    if (!pg.exec())
        return failure(QStringLiteral("the columns of %1: %2").arg(table, pg.lastError().text()));
    QHash<QString, QString> postgresTypes;
    while (pg.next())
        postgresTypes.insert(pg.value(0).toString(), pg.value(1).toString());
    auto names = column(m_source, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
    if (!names)
        return names.error();
    QList<Column> columns;
    for (const QString &name : names.value()) {
        if (!postgresTypes.contains(name))
            return failure(QStringLiteral("the column %1.%2 is missing on PostgreSQL").arg(table, name));
        columns << Column{name, conversionOf(postgresTypes.take(name))};
    }
    if (!postgresTypes.isEmpty())
        return failure(QStringLiteral("the column %1.%2 is missing on SQLite")
                           .arg(table, postgresTypes.keys().constFirst()));
    return columns;
}

Result<Done> Copy::insert(QSqlQuery &q, const QString &table, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec())
        return failure(QStringLiteral("copying %1 failed: %2").arg(table, q.lastError().text()));
    return Done{};
}

Result<qint64> Copy::copyTable(const QString &table)
{
    auto columns = columnsOf(table);
    if (!columns)
        return columns.error();
    QStringList names;
    for (const Column &c : columns.value())
        names << quoted(c.name);
    const int width = int(columns->size());
    const int rowsPerBatch = std::clamp(kMaxValuesPerStatement / width, 1, MigrateFrom::batchRows);
    QSqlQuery read(m_source);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(names.join(u','), quoted(table))))
        return failure(QStringLiteral("reading %1 failed: %2").arg(table, read.lastError().text()));
    QSqlQuery full(m_target);
    if (!full.prepare(insertSql(table, columns.value(), rowsPerBatch)))
        return failure(QStringLiteral("preparing %1 failed: %2").arg(table, full.lastError().text()));
    QVariantList pending;
    pending.reserve(rowsPerBatch * width);
    qint64 rows = 0;
    while (read.next()) {
        for (int i = 0; i < width; ++i)
            pending << converted(read.value(i), columns->at(i).conversion);
        if (++rows % rowsPerBatch == 0) {
            if (auto done = insert(full, table, pending); !done)
                return done.error();
            pending.clear();
        }
    }
    if (read.lastError().isValid())
        return failure(QStringLiteral("reading %1 failed: %2").arg(table, read.lastError().text()));
    if (!pending.isEmpty()) {
        QSqlQuery rest(m_target);
        if (!rest.prepare(insertSql(table, columns.value(), int(pending.size() / width))))
            return failure(QStringLiteral("preparing %1 failed: %2").arg(table, rest.lastError().text()));
        if (auto done = insert(rest, table, pending); !done)
            return done.error();
    }
    return rows;
}

// The next id of every identity column follows the highest copied one (1 for an empty table).
Result<Done> Copy::continueIdentities()
{
    auto tables = column(m_target, QStringLiteral("SELECT table_name FROM information_schema.columns WHERE "
                                                  "table_schema = current_schema() AND column_name = 'id' "
                                                  "AND is_identity = 'YES'"));
    if (!tables)
        return tables.error();
    for (const QString &t : tables.value()) {
        auto set = scalar(m_target, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                   "COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM %2")
                                        .arg(t, quoted(t)));
        if (!set)
            return set.error();
    }
    return Done{};
}

// Rows per table on both sides, and sale_days' revenue (copied beside its trigger, not rebuilt by it).
Result<Done> Copy::verify(MigrateFromReport &report)
{
    for (MigrateFromReport::Table &t : report.tables) {
        const QString count = QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoted(t.name));
        auto sqlite = scalar(m_source, count);
        auto postgres = scalar(m_target, count);
        if (!sqlite || !postgres)
            return sqlite ? postgres.error() : sqlite.error();
        if (sqlite->toLongLong() != postgres->toLongLong() || sqlite->toLongLong() != t.rows)
            return failure(QStringLiteral("the table %1 has %2 rows on SQLite but %3 on PostgreSQL")
                               .arg(t.name)
                               .arg(sqlite->toLongLong())
                               .arg(postgres->toLongLong()));
    }
    const QString revenue = QStringLiteral("SELECT COALESCE(SUM(amount_cents), 0) FROM sale_days");
    auto sqlite = scalar(m_source, revenue);
    auto postgres = scalar(m_target, revenue);
    if (!sqlite || !postgres)
        return sqlite ? postgres.error() : sqlite.error();
    if (sqlite->toLongLong() != postgres->toLongLong())
        return failure(QStringLiteral("sale_days sums to %1 on SQLite but %2 on PostgreSQL")
                           .arg(sqlite->toLongLong())
                           .arg(postgres->toLongLong()));
    return Done{};
}

Result<Done> Copy::copyInTransaction(MigrateFromReport &report)
{
    // sale_days is copied as it is: the trigger that adds each sale to it would count them twice
    if (auto off = exec(m_target, QStringLiteral("ALTER TABLE sale_events DISABLE TRIGGER USER")); !off)
        return off;
    for (const QString &t : MigrateFrom::tables()) {
        auto rows = copyTable(t);
        if (!rows)
            return rows.error();
        report.tables << MigrateFromReport::Table{t, rows.value()};
        report.totalRows += rows.value();
    }
    if (auto on = exec(m_target, QStringLiteral("ALTER TABLE sale_events ENABLE TRIGGER USER")); !on)
        return on;
    if (auto ids = continueIdentities(); !ids)
        return ids;
    return verify(report);
}

Result<MigrateFromReport> Copy::copyAll()
{
    // one snapshot of the SQLite file (a server may still be writing it) and one transaction on the target
    if (auto begun = exec(m_source, QStringLiteral("BEGIN")); !begun)
        return begun.error();
    if (!m_target.transaction()) {
        exec(m_source, QStringLiteral("ROLLBACK"));
        return failure(QStringLiteral("BEGIN failed: %1").arg(m_target.lastError().text()));
    }
    MigrateFromReport report;
    auto copied = copyInTransaction(report);
    if (copied && !m_target.commit())
        copied = failure(QStringLiteral("COMMIT failed: %1").arg(m_target.lastError().text()));
    if (!copied)
        m_target.rollback();
    exec(m_source, QStringLiteral("ROLLBACK"));
    if (!copied)
        return copied.error();
    return report;
}

Result<MigrateFromReport> runOpen(const DatabaseConfig &source, const DatabaseConfig &target)
{
    auto sqlite = Database::open(kSourceConnection, source);
    if (!sqlite)
        return sqlite.error();
    auto postgres = Database::open(kTargetConnection, target);
    if (!postgres)
        return postgres.error();
    Copy copy(sqlite.value(), postgres.value());
    if (auto ready = copy.prepare(); !ready)
        return ready.error();
    return copy.copyAll();
}

} // namespace

const QStringList &MigrateFrom::tables()
{
    static const QStringList order = {
        QStringLiteral("users"),          QStringLiteral("shops"),       QStringLiteral("categories"),
        QStringLiteral("items"),          QStringLiteral("item_images"), QStringLiteral("orders"),
        QStringLiteral("order_lines"),    QStringLiteral("order_parts"), QStringLiteral("refunds"),
        QStringLiteral("reviews"),        QStringLiteral("sessions"),    QStringLiteral("search_terms"),
        QStringLiteral("search_log"),     QStringLiteral("cart_items"),  QStringLiteral("wishlist_items"),
        QStringLiteral("outbox"),         QStringLiteral("sale_events"), QStringLiteral("sale_days"),
        QStringLiteral("questions"),      QStringLiteral("answers"),     QStringLiteral("answer_votes"),
        QStringLiteral("co_purchases"),   QStringLiteral("item_views"),  QStringLiteral("shop_shipping"),
        QStringLiteral("shipping_rates"),
    };
    return order;
}

// Each backend's own bookkeeping, and what only lives a while: failed sign-ins (15 minutes), and what servers
// sharing a PostgreSQL database tell each other (their changes, their presence).
bool MigrateFrom::skipped(const QString &table)
{
    static const QSet<QString> transient{QStringLiteral("schema_version"), QStringLiteral("change_log"),
                                         QStringLiteral("server_presence"), QStringLiteral("login_failures")};
    return transient.contains(table) || table.startsWith(u"sqlite_") || table.startsWith(u"items_fts") ||
           table.startsWith(u"search_terms_fts");
}

Result<MigrateFromReport> MigrateFrom::run(const DatabaseConfig &source, const DatabaseConfig &target)
{
    if (source.backend != Backend::SQLite)
        return failure(QStringLiteral("--migrate-from takes a sqlite:// URL"));
    if (target.backend != Backend::PostgreSQL)
        return failure(QStringLiteral("--migrate-from copies into PostgreSQL: --database postgresql://…"));
    if (!QFileInfo(source.path).isFile())
        return failure(QStringLiteral("%1: no such SQLite file").arg(source.describe()));
    QElapsedTimer timer;
    timer.start();
    auto report = runOpen(source, target);
    Database::close(kSourceConnection);
    Database::close(kTargetConnection);
    if (report)
        report->elapsedMs = timer.elapsed();
    return report;
}

} // namespace emporium::storage
