#include "server/storage/Writer.h"

#include "server/storage/ChangeLog.h"
#include "server/storage/SqlError.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>
#include <optional>
#include <vector>

Q_LOGGING_CATEGORY(lcWriter, "emporium.server.storage.writer")

namespace emporium::storage {
namespace {
std::atomic<int> g_writerSerial{0};
}

Writer::Writer(DatabaseConfig config)
    : m_config(std::move(config)),
      m_connectionName(QStringLiteral("emporium-writer-%1").arg(g_writerSerial++))
{
}

Writer::~Writer()
{
    stop();
}

Error Writer::stoppingError()
{
    return {
        QStringLiteral("service_stopping"), QStringLiteral("the server is stopping; try again shortly"), {}};
}

Result<emporium::Done> Writer::start()
{
    m_thread = std::thread([this] { run(); });
    std::unique_lock lock(m_startMutex);
    m_started.wait(lock, [this] { return m_ready; });
    if (!m_startError.isEmpty()) {
        m_thread.join();
        return Error::internal(m_startError);
    }
    return emporium::Done{};
}

void Writer::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    // a writer that never started (or failed to) leaves nobody waiting either
    std::deque<Task> left;
    {
        std::lock_guard lock(m_mutex);
        left.swap(m_queue);
    }
    const Error stopping = stoppingError();
    for (Task &t : left)
        t.deliver(&stopping);
}

void Writer::enqueue(Task task)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            m_queue.push_back(std::move(task));
            m_wake.notify_one();
            return;
        }
    }
    // stopped: nothing will run it, so nobody may wait for it
    const Error stopping = stoppingError();
    task.deliver(&stopping);
}

void Writer::run()
{
    {
        auto db = Database::open(m_connectionName, m_config);
        std::unique_lock lock(m_startMutex);
        if (!db)
            m_startError = db.error().message;
        m_ready = true;
        m_started.notify_all();
        if (!db) {
            lock.unlock();
            Database::close(m_connectionName);
            return;
        }
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    for (;;) {
        std::deque<Task> batch;
        const int maxBatch = m_shared.load(std::memory_order_relaxed) ? 1 : kMaxBatch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty() && m_stopping)
                break;
            while (!m_queue.empty() && batch.size() < size_t(maxBatch)) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        runBatch(db, batch);
    }
    db = QSqlDatabase();
    Database::close(m_connectionName);
}

// SQLite rolled the whole transaction back while job `failed` ran (a full disk, an I/O error): the jobs
// before it lost their work too, and hear why; the ones after it have not run yet and go back to the
// front of the queue. Without this, they would each commit on their own and still be told they failed.
void Writer::batchLost(std::deque<Task> &batch, size_t failed, const Error &cause)
{
    const Error why = cause.code.startsWith(u"storage_")
                          ? cause
                          : Error{QStringLiteral("storage_unavailable"),
                                  QStringLiteral("the database rolled the write back: %1").arg(cause.message),
                                  {}};
    qCWarning(lcWriter) << "the database rolled a batch of" << failed + 1 << "job(s) back:" << why.message;
    for (size_t i = 0; i <= failed; ++i)
        batch[i].deliver(&why);
    m_jobs += failed + 1;
    {
        std::lock_guard lock(m_mutex);
        for (size_t i = batch.size(); i > failed + 1; --i)
            m_queue.push_front(std::move(batch[i - 1]));
    }
}

// One job in its own savepoint: a job that fails is undone alone. A job that says it succeeded although
// one of its statements failed (PostgreSQL then refuses the rest of the transaction) is undone too, and
// hears why (`undone`), instead of taking the batch down with it. A job PostgreSQL refused for a deadlock
// or a serialization failure (another server's writes) runs again, twice at most.
Writer::JobEnd Writer::runJob(QSqlDatabase &db, Task &task, ChangeSet &changes, std::optional<Error> &undone,
                              Error &lost)
{
    constexpr int kRetries = 2;
    QSqlQuery q(db);
    for (int attempt = 0;; ++attempt) {
        Error failure;
        const bool began = q.exec(QStringLiteral("SAVEPOINT job"));
        const bool undo = !began || task.run(db, changes, failure);
        if (!began)
            failure = sqlError(q.lastError());
        if (!Database::inTransaction(db)) {
            lost = failure;
            return JobEnd::Lost;
        }
        if (!undo) {
            if (q.exec(QStringLiteral("RELEASE job")))
                return JobEnd::Kept;
            undone = sqlError(q.lastError()); // a failed statement the job did not notice
            qCWarning(lcWriter) << "a write job ended in a failed transaction:" << undone->message;
        }
        if (!q.exec(QStringLiteral("ROLLBACK TO job")) || !q.exec(QStringLiteral("RELEASE job"))) {
            lost = sqlError(q.lastError());
            return JobEnd::Lost;
        }
        const Error &why = undone ? *undone : failure;
        if (why.code != u"storage_busy" || attempt == kRetries || Database::backendOf(db) == Backend::SQLite)
            return JobEnd::Undone;
        undone.reset();
    }
}

void Writer::runBatch(QSqlDatabase &db, std::deque<Task> &batch)
{
    QSqlQuery q(db);
    const bool sqlite = Database::backendOf(db) == Backend::SQLite;
    if (!q.exec(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"))) {
        const Error e = sqlError(q.lastError());
        qCWarning(lcWriter) << "cannot begin a write:" << e.message;
        for (Task &t : batch)
            t.deliver(&e);
        return;
    }
    ChangeSet changes;
    std::vector<std::optional<Error>> undone(batch.size());
    for (size_t i = 0; i < batch.size(); ++i) {
        Error lost;
        if (runJob(db, batch[i], changes, undone[i], lost) == JobEnd::Lost) {
            batchLost(batch, i, lost);
            return;
        }
    }
    m_jobs += batch.size();
    // the other servers' copies follow from the change log, which is exact: no commit without its row
    const auto logged = m_instance.isEmpty() || changes.isEmpty()
                            ? Result<Done>(Done{})
                            : ChangeLog::append(db, m_instance, changes);
    if (!logged || !db.commit()) { // unlike exec("COMMIT"), also fails when PostgreSQL rolled back instead
        const Error e = logged ? sqlError(db.lastError()) : logged.error();
        qCWarning(lcWriter) << "commit failed:" << e.message;
        q.exec(QStringLiteral("ROLLBACK"));
        for (Task &t : batch)
            t.deliver(&e);
        return;
    }
    ++m_commits;
    // Only now, after the commit, does anyone hear of it: first the readers' copies, then the jobs.
    if (m_commitHook && !changes.isEmpty())
        m_commitHook(db, changes);
    for (size_t i = 0; i < batch.size(); ++i)
        batch[i].deliver(undone[i] ? &*undone[i] : nullptr);
}

} // namespace emporium::storage
