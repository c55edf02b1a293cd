#pragma once
// The one owner of SQLite writes. Jobs queue up from every event loop; the writer thread runs
// whatever is waiting in one transaction (group commit), each job inside its own savepoint so
// one job's rollback leaves the others alone. No event loop ever waits on the write lock, and
// under load many orders share one fsync. On PostgreSQL the same while this server writes alone; once
// other servers write to the same database (setShared), each job is a transaction of its own: a batch
// holds every row it touched until its commit, and two servers' batches of orders locked each other's
// items in a circle (27 orders/s instead of 380, each circle waiting out PostgreSQL's deadlock timeout).
//
// Typed end to end: submit<T>() answers a QFuture<Result<T>>, fulfilled after the commit (or with
// the error that kept the job from committing: its own, BEGIN's or COMMIT's, or a stopped writer),
// never with a value of another type. After each commit, before anyone hears of it, the batch's
// declared changes go to the commit hook on this thread, with this connection (CatalogChanges).
#include "server/protocol/Result.h"
#include "server/storage/ChangeSet.h"
#include "server/storage/Database.h"

#include <QFuture>
#include <QPromise>
#include <QSqlDatabase>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <type_traits>

namespace emporium::storage {

// What a job did: its value, or an error; an error always rolls the job back, and so does
// `rollback` for a value that must leave nothing behind (an order refused for stock).
template <typename T> struct WriteResult
{
    Result<T> value;
    bool rollback = false;
    ChangeSet changes; // kept only when the job commits

    WriteResult(T v, ChangeSet c = {}) : value(std::move(v)), changes(std::move(c)) {}
    WriteResult(Error e) : value(std::move(e)), rollback(true) {}
    static WriteResult undone(T v)
    {
        WriteResult r(std::move(v));
        r.rollback = true;
        return r;
    }
    static WriteResult from(Result<T> r, ChangeSet c = {})
    {
        return r ? WriteResult(std::move(r.value()), std::move(c)) : WriteResult(r.error());
    }
};

// The T of a job's WriteResult<T>, for callers that pass any callable as a job.
template <typename W> struct WriteValue;
template <typename T> struct WriteValue<WriteResult<T>>
{
    using type = T;
};
template <typename Job>
using JobValue = typename WriteValue<std::invoke_result_t<Job &, QSqlDatabase &>>::type;

class Writer
{
public:
    template <typename T> using Job = std::function<WriteResult<T>(QSqlDatabase &db)>;
    // Runs on the writer thread after each commit that changed something, before the jobs' futures finish.
    using CommitHook = std::function<void(QSqlDatabase &db, const ChangeSet &changes)>;

    static constexpr int kMaxBatch = 128; // 1 while shared

    explicit Writer(DatabaseConfig config);
    ~Writer();

    void setCommitHook(CommitHook hook) { m_commitHook = std::move(hook); } // before start()
    // PostgreSQL, several servers on one database: each batch that changed something leaves its row in the
    // change log, in its transaction, for the other servers (`instance` names this one). Before start().
    void setChangeLog(QString instance) { m_instance = std::move(instance); }
    // Other servers write to the same database now (PostgreSQL): one job per transaction. Any thread.
    void setShared(bool shared) { m_shared.store(shared, std::memory_order_relaxed); }
    Result<emporium::Done> start();
    void stop(); // finishes what is queued, then closes the database; later jobs fail with service_stopping

    template <typename T> QFuture<Result<T>> submit(Job<T> job);

    // For tests and metrics: transactions committed and jobs run so far.
    quint64 commits() const { return m_commits; }
    quint64 jobs() const { return m_jobs; }

    static Error stoppingError();

private:
    struct Task
    {
        // true: roll this job back; `failure` gets the job's error, if it failed
        std::function<bool(QSqlDatabase &, ChangeSet &, Error &failure)> run;
        std::function<void(const Error *batchFailure)> deliver;
    };
    void batchLost(std::deque<Task> &batch, size_t failed, const Error &cause);
    enum class JobEnd { Kept, Undone, Lost };
    JobEnd runJob(QSqlDatabase &db, Task &task, ChangeSet &changes, std::optional<Error> &undone,
                  Error &lost);
    void enqueue(Task task);
    void run();
    void runBatch(QSqlDatabase &db, std::deque<Task> &batch);

    DatabaseConfig m_config;
    QString m_connectionName;
    CommitHook m_commitHook;
    QString m_instance; // set: log the changes (PostgreSQL)
    std::atomic<bool> m_shared{false};
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

template <typename T> QFuture<Result<T>> Writer::submit(Job<T> job)
{
    struct State
    {
        QPromise<Result<T>> promise;
        std::optional<Result<T>> value;
    };
    auto state = std::make_shared<State>();
    state->promise.start();
    QFuture<Result<T>> future = state->promise.future();
    Task task;
    task.run = [state, job = std::move(job)](QSqlDatabase &db, ChangeSet &changes, Error &failure) {
        try {
            WriteResult<T> r = job(db);
            const bool undo = r.rollback || !r.value.ok();
            if (!r.value.ok())
                failure = r.value.error();
            else if (!undo)
                changes.merge(r.changes);
            state->value.emplace(std::move(r.value));
            return undo;
        } catch (const std::exception &e) {
            failure = Error::internal(QString::fromUtf8(e.what()));
            state->value.emplace(failure);
            return true;
        }
    };
    task.deliver = [state](const Error *batchFailure) {
        if (batchFailure || !state->value)
            state->promise.addResult(Result<T>(batchFailure ? *batchFailure : stoppingError()));
        else
            state->promise.addResult(std::move(*state->value));
        state->promise.finish();
    };
    enqueue(std::move(task));
    return future;
}

} // namespace emporium::storage
