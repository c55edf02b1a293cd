#include "server/domain/ActivityLog.h"

#include "server/storage/CatalogRepository.h"
#include "server/storage/DiscoveryRepository.h"
#include "server/storage/Writer.h"

#include <QThread>

namespace emporium::domain {

ActivityLog::ActivityLog(storage::Writer &writer) : m_writer(writer) {}

void ActivityLog::start(QThread *thread)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(kFlushMs);
    connect(m_timer, &QTimer::timeout, this, [this] { flush(); });
    moveToThread(thread);
    QMetaObject::invokeMethod(m_timer, qOverload<>(&QTimer::start));
}

void ActivityLog::stop()
{
    if (m_timer && thread() && thread()->isRunning())
        QMetaObject::invokeMethod(m_timer, &QTimer::stop, Qt::BlockingQueuedConnection);
    flush(); // what was recorded is not lost
}

void ActivityLog::recordSearch(const QString &normalizedQuery, const QString &at)
{
    std::lock_guard lock(m_lock);
    m_searches.append({normalizedQuery, at});
}

void ActivityLog::recordView(qint64 userId, qint64 itemId)
{
    std::lock_guard lock(m_lock);
    m_views.insert({userId, itemId});
}

void ActivityLog::flush()
{
    QList<std::pair<QString, QString>> searches;
    QSet<std::pair<qint64, qint64>> views;
    {
        std::lock_guard lock(m_lock);
        searches.swap(m_searches);
        views.swap(m_views);
    }
    if (searches.isEmpty() && views.isEmpty())
        return;
    // two jobs: a failure of one (a search the database refuses) does not take the other with it
    if (!views.isEmpty())
        m_writer.submit<Done>([views = std::move(views)](QSqlDatabase &db) {
            // best effort: a lost view only makes recommendations a little less personal
            for (const auto &[user, item] : views)
                storage::DiscoveryRepository::recordView(db, user, item);
            return storage::WriteResult<Done>(Done{});
        });
    if (!searches.isEmpty())
        m_writer.submit<Done>([searches = std::move(searches)](QSqlDatabase &db) {
            return storage::CatalogRepository::logSearches(db, searches);
        });
}

} // namespace emporium::domain
