#pragma once
// What buyers do that feeds the analytics and the recommendations - searches started and items
// viewed - written together in one writer job twice a second (its own timer): a write per request
// changed the database under every reading thread thousands of times a second, and SQLite drops a
// reader's memory map of the file at each. A view repeated within one batch is written once.
// Thread-safe.
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>
#include <mutex>

namespace emporium::storage {
class Writer;
}

namespace emporium::domain {

class ActivityLog : public QObject
{
public:
    static constexpr int kFlushMs = 500;

    explicit ActivityLog(storage::Writer &writer);
    // Moves to `thread` and writes every kFlushMs from there; stop() before the writer stops.
    void start(QThread *thread);
    void stop();

    void recordSearch(const QString &normalizedQuery, const QString &at);
    void recordView(qint64 userId, qint64 itemId);
    void flush(); // now, from any thread

private:
    storage::Writer &m_writer;
    QTimer *m_timer = nullptr;
    std::mutex m_lock;
    QList<std::pair<QString, QString>> m_searches;
    QSet<std::pair<qint64, qint64>> m_views; // (user, item)
};

} // namespace emporium::domain
