#pragma once
// Applies the numbered SQL files of server/storage/sql/<backend>/ (compiled into resources)
// in order, each in its own transaction, recording them in schema_version. Refuses a
// database whose schema is newer than this binary knows.
#include "server/protocol/Result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace emporium::storage {

class Migrator
{
public:
    explicit Migrator(QSqlDatabase db) : m_db(std::move(db)) {}

    // Highest migration this binary ships.
    static int latestVersion();
    // Current version of the database (0 when empty).
    Result<int> currentVersion();
    // Migrates up to `target` (default: latest). Returns the version reached.
    Result<int> migrate(std::optional<int> target = std::nullopt);

    // Splits a migration file into statements (triggers' BEGIN ... END kept whole).
    static QStringList splitStatements(const QString &sql);

private:
    QSqlDatabase m_db;
};

} // namespace emporium::storage
