#include "server/domain/SearchLog.h"

#include "server/storage/CatalogRepository.h"
#include "server/storage/Writer.h"

#include <QThread>

namespace emporium::domain {

SearchLog::SearchLog(storage::Writer &writer) : m_writer(writer) {}

void SearchLog::start(QThread *thread)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(kFlushMs);
    connect(m_timer, &QTimer::timeout, this, [this] { flush(); });
    moveToThread(thread);
    QMetaObject::invokeMethod(m_timer, qOverload<>(&QTimer::start));
}

void SearchLog::stop()
{
    if (m_timer && thread() && thread()->isRunning())
        QMetaObject::invokeMethod(m_timer, &QTimer::stop, Qt::BlockingQueuedConnection);
    flush(); // recorded searches are not lost
}

void SearchLog::record(const QString &normalizedQuery, const QString &at)
{
    std::lock_guard lock(m_lock);
    m_pending.append({normalizedQuery, at});
}

void SearchLog::flush()
{
    QList<std::pair<QString, QString>> batch;
    {
        std::lock_guard lock(m_lock);
        batch.swap(m_pending);
    }
    if (batch.isEmpty())
        return;
    m_writer.submit<Done>([batch = std::move(batch)](QSqlDatabase &db) {
        return storage::CatalogRepository::logSearches(db, batch);
    });
}

} // namespace emporium::domain
