#pragma once
// Work that runs every few milliseconds or seconds on a thread of its own (the server's background thread,
// never an event loop), with a database connection of its own: opened there when it starts (and again if it
// was lost), closed there when it stops. AnalyticsPublisher and ClusterPresence are such jobs.
#include "server/storage/Database.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

class QThread;
class QTimer;

namespace emporium::realtime {

class PeriodicJob : public QObject
{
public:
    PeriodicJob(storage::DatabaseConfig db, QString connectionName, int intervalMs);

    void start(QThread *thread); // moves there; the first tick runs at once
    void stop();                 // from another thread, before that thread ends

protected:
    virtual void tick(QSqlDatabase &db) = 0;
    virtual void finish(QSqlDatabase &) {} // the last word, on the job's thread
    // After a failure: the connection is opened again before the next tick.
    void dropConnection();

private:
    void run();

    storage::DatabaseConfig m_dbConfig;
    QString m_connectionName;
    int m_intervalMs;
    QTimer *m_timer = nullptr;
};

} // namespace emporium::realtime
