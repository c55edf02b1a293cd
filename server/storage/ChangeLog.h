#pragma once
// The change feed's table on PostgreSQL (migrations 012, 013): what each server's write transactions changed
// of what every server keeps copies of (the search index, cached answers) or announces to its watchers
// (purchases, orders, carts, wishlists), for the other servers on the same database. Written by the writer
// inside its transaction; read by domain::ChangeFeed.
#include "server/protocol/Result.h"
#include "server/storage/ChangeSet.h"

#include <QSqlDatabase>
#include <QString>

namespace emporium::storage {

struct LoggedChange
{
    qint64 seq = 0;
    QString instance; // the server that wrote it
    ChangeSet changes;
};

class ChangeLog
{
public:
    // The NOTIFY channel: its payload is the new row's seq (the row itself is read from the table).
    static constexpr const char *kChannel = "emporium_changes";

    // In a write transaction, last before its commit: the row and the NOTIFY (both take effect at the
    // commit). A transaction-level advisory lock, held until then, keeps seq order in commit order across
    // servers.
    static Result<Done> append(QSqlDatabase &db, const QString &instance, const ChangeSet &changes);
    // The last committed seq: a server starting now follows from there (0: none yet).
    static Result<qint64> last(QSqlDatabase &db);
    // The rows after `seq`, oldest first, `limit` at most.
    static Result<QList<LoggedChange>> since(QSqlDatabase &db, qint64 seq, int limit);
    // Forgets rows older than an hour (every server reads them within a second; one cut off from the database
    // for longer cannot serve meanwhile either).
    static Result<Done> prune(QSqlDatabase &db);
};

} // namespace emporium::storage
