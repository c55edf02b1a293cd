#pragma once
// Searches recorded for the admin's analytics, written together in one writer job twice a second
// (its own timer): a write per search changed the database under every reading thread thousands
// of times a second, and SQLite drops a reader's memory map of the file at each. Thread-safe.
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <mutex>

namespace emporium::storage {
class Writer;
}

namespace emporium::domain {

class SearchLog : public QObject
{
public:
    static constexpr int kFlushMs = 500;

    explicit SearchLog(storage::Writer &writer);
    // Moves to `thread` and writes every kFlushMs from there; stop() before the writer stops.
    void start(QThread *thread);
    void stop();

    void record(const QString &normalizedQuery, const QString &at);
    void flush(); // now, from any thread

private:
    storage::Writer &m_writer;
    QTimer *m_timer = nullptr;
    std::mutex m_lock;
    QList<std::pair<QString, QString>> m_pending;
};

} // namespace emporium::domain
