#pragma once
// Applies the numbered SQL files of server/storage/sql/<backend>/ (compiled into resources)
// in order, each in its own transaction, recording them in schema_version. Refuses a
// database whose schema is newer than this binary knows.
#include "server/protocol/Result.h"
#include "server/storage/Database.h"

#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace emporium::storage {

class Migrator
{
public:
    explicit Migrator(QSqlDatabase db) : m_db(std::move(db)), m_backend(Database::backendOf(m_db)) {}

    // Highest migration this binary ships (the same for both backends).
    static int latestVersion(Backend backend = Backend::SQLite);
    // Current version of the database (0 when empty).
    Result<int> currentVersion();
    // Migrates up to `target` (default: latest). Returns the version reached.
    Result<int> migrate(std::optional<int> target = std::nullopt);

    // Splits a migration file into statements (triggers' BEGIN ... END kept whole).
    static QStringList splitStatements(const QString &sql);

private:
    Result<int> migrateNow(std::optional<int> target);
    QStringList statementsOf(const QString &sql) const;

    QSqlDatabase m_db;
    Backend m_backend;
};

} // namespace emporium::storage
