#include "server/storage/Writer.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

Q_LOGGING_CATEGORY(lcWriter, "emporium.server.storage.writer")

namespace emporium::storage {
namespace {
std::atomic<int> g_writerSerial{0};
}

Writer::Writer(DatabaseConfig config)
    : m_config(std::move(config)), m_connectionName(QStringLiteral("emporium-writer-%1").arg(g_writerSerial++))
{
}

Writer::~Writer()
{
    stop();
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
}

void Writer::submit(Job job, Done done)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            m_queue.push_back({std::move(job), std::move(done)});
            m_wake.notify_one();
            return;
        }
    }
    // stopped: nothing will run it, so nobody may wait for it
    if (done)
        done(std::any(Error::internal(QStringLiteral("the server is stopping"))));
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
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty() && m_stopping)
                break;
            while (!m_queue.empty() && batch.size() < size_t(kMaxBatch)) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        runBatch(db, batch);
    }
    db = QSqlDatabase();
    Database::close(m_connectionName);
}

void Writer::runBatch(QSqlDatabase &db, std::deque<Task> &batch)
{
    QSqlQuery q(db);
    std::vector<std::any> results(batch.size());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        const Error e = Error::internal(QStringLiteral("cannot begin a write: %1").arg(q.lastError().text()));
        qCWarning(lcWriter) << e.message;
        for (Task &t : batch)
            if (t.done)
                t.done(std::any(e));
        return;
    }
    for (size_t i = 0; i < batch.size(); ++i) {
        q.exec(QStringLiteral("SAVEPOINT job"));
        WriteResult r;
        try {
            r = batch[i].job(db);
        } catch (const std::exception &ex) {
            r = {std::any(Error::internal(QString::fromUtf8(ex.what()))), true};
        }
        if (r.rollback)
            q.exec(QStringLiteral("ROLLBACK TO job"));
        q.exec(QStringLiteral("RELEASE job"));
        results[i] = std::move(r.value);
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = Error::internal(QStringLiteral("commit failed: %1").arg(q.lastError().text()));
        qCWarning(lcWriter) << e.message;
        q.exec(QStringLiteral("ROLLBACK"));
        for (auto &r : results)
            r = std::any(e);
    } else {
        ++m_commits;
    }
    m_jobs += batch.size();
    // Only now, after the commit, does anyone hear of the outcome.
    for (size_t i = 0; i < batch.size(); ++i)
        if (batch[i].done)
            batch[i].done(std::move(results[i]));
}

} // namespace emporium::storage
