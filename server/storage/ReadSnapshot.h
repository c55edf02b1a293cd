#pragma once
// One read transaction around all the reads of a request: one WAL read lock (fcntl calls on the
// shared memory) for the request instead of one per statement, and one consistent snapshot.
// SQLite only: on PostgreSQL a transaction would cost two more round trips a request, and one failed
// statement would refuse the request's other reads; each statement reads committed data there.
#include <QSqlDatabase>
#include <QSqlQuery>

namespace emporium::storage {

class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase db);
    bool begin();
    // Never leaves the connection on an old snapshot: a failed COMMIT is rolled back.
    void end();

private:
    QSqlDatabase m_db;
    QSqlQuery m_begin;
    QSqlQuery m_end;
    bool m_sqlite;
};

} // namespace emporium::storage
