#pragma once
// emporium-server --migrate-from: copies a SQLite marketplace into an empty PostgreSQL database. Both
// must be at this binary's schema version (the PostgreSQL one is migrated here; an older SQLite file is
// refused: a server started on it once upgrades it). One transaction on the target: the tables in
// foreign-key order, every column by name (0/1 flags to booleans, ISO text to timestamptz, JSON text to
// jsonb), sale_events with its sale_days trigger disabled and sale_days copied as it is, identities
// continued after the highest id, then the rows counted on both sides; any difference rolls it all
// back. SQLite's full-text tables are not copied (the PostgreSQL server indexes in memory), nor is
// schema_version (the target has its own). Pictures stay in the data folder.
#include "server/protocol/Result.h"
#include "server/storage/Database.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace emporium::storage {

struct MigrateFromReport
{
    struct Table
    {
        QString name;
        qint64 rows = 0;
    };
    QList<Table> tables; // in the order copied
    qint64 totalRows = 0;
    qint64 elapsedMs = 0; // the whole run: opening, migrating, copying, checking
};

class MigrateFrom
{
public:
    // Every table copied, parents before the tables whose foreign keys point at them.
    static const QStringList &tables();
    // Tables never copied, on either side: each backend's own (full-text indexes, schema_version, SQLite's),
    // and what lives only a while (failed sign-ins, the change log and presence of servers sharing a
    // database).
    static bool skipped(const QString &table);
    // Rows per INSERT statement (fewer for wide tables: at most ~8000 bound values per statement).
    static constexpr int batchRows = 500;

    // Copies `source` (a SQLite file that exists) into `target` (PostgreSQL, empty). Errors name the
    // databases by DatabaseConfig::describe() only.
    static Result<MigrateFromReport> run(const DatabaseConfig &source, const DatabaseConfig &target);
};

} // namespace emporium::storage
