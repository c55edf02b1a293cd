#include "server/realtime/PeriodicJob.h"

#include <QThread>
#include <QTimer>

namespace emporium::realtime {

PeriodicJob::PeriodicJob(storage::DatabaseConfig db, QString connectionName, int intervalMs)
    : m_dbConfig(std::move(db)), m_connectionName(std::move(connectionName)), m_intervalMs(intervalMs)
{
}

void PeriodicJob::start(QThread *thread)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(m_intervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] { run(); });
    moveToThread(thread);
    QMetaObject::invokeMethod(this, [this] {
        run();
        m_timer->start();
    });
}

void PeriodicJob::stop()
{
    if (!m_timer || !thread() || !thread()->isRunning())
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_timer->stop();
            {
                QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
                if (db.isOpen())
                    finish(db);
            }
            storage::Database::close(m_connectionName);
        },
        Qt::BlockingQueuedConnection);
}

void PeriodicJob::dropConnection()
{
    QSqlDatabase::database(m_connectionName, false).close();
}

void PeriodicJob::run()
{
    if (!QSqlDatabase::database(m_connectionName, false).isOpen()) {
        storage::Database::close(m_connectionName);
        if (!storage::Database::open(m_connectionName, m_dbConfig))
            return; // the database is away: tried again at the next tick
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    tick(db);
}

} // namespace emporium::realtime
