#pragma once
// The one owner of SQLite writes. Jobs queue up from every event loop; the writer thread runs
// whatever is waiting in one transaction (group commit), each job inside its own savepoint so
// one job's rollback leaves the others alone. No event loop ever waits on the write lock, and
// under load many orders share one fsync.
#include "server/protocol/Result.h"
#include "server/storage/Database.h"

#include <QSqlDatabase>
#include <any>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace emporium::storage {

struct WriteResult
{
    std::any value;
    bool rollback = false; // undo this job's changes (the value says why)
};

class Writer
{
public:
    using Job = std::function<WriteResult(QSqlDatabase &db)>;
    using Done = std::function<void(std::any value)>; // called on the writer thread

    static constexpr int kMaxBatch = 128;

    explicit Writer(DatabaseConfig config);
    ~Writer();

    Result<emporium::Done> start();
    void stop(); // finishes what is queued, then closes the database
    void submit(Job job, Done done = {});

    // For tests and metrics: transactions committed and jobs run so far.
    quint64 commits() const { return m_commits; }
    quint64 jobs() const { return m_jobs; }

private:
    struct Task
    {
        Job job;
        Done done;
    };
    void run();
    void runBatch(QSqlDatabase &db, std::deque<Task> &batch);

    DatabaseConfig m_config;
    QString m_connectionName;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Task> m_queue;
    bool m_stopping = false;
    std::atomic<quint64> m_commits{0};
    std::atomic<quint64> m_jobs{0};
    std::mutex m_startMutex;
    std::condition_variable m_started;
    bool m_ready = false;
    QString m_startError;
};

} // namespace emporium::storage
