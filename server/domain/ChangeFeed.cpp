#include "server/domain/ChangeFeed.h"

#include "server/storage/ChangeLog.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QTimer>
#include <utility>

Q_LOGGING_CATEGORY(lcFeed, "emporium.server.feed")

namespace emporium::domain {

namespace {
constexpr int kTickMs = 1000; // catch up at least this often (a missed notification, a dropped connection)
constexpr int kRowsAtOnce = 1000; // log rows read per query
constexpr int kPruneTicks = 60;   // the old rows go about once a minute
std::atomic<int> g_feeds{0};
} // namespace

ChangeFeed::ChangeFeed(storage::DatabaseConfig config, QString instance, Apply apply)
    : m_config(std::move(config)), m_instance(std::move(instance)), m_apply(std::move(apply)),
      m_connectionName(QStringLiteral("emporium-feed-%1").arg(g_feeds++))
{
    // named apart in pg_stat_activity (libpq takes the last of a repeated parameter)
    m_config.options += QStringLiteral(" application_name='emporium-feed'");
}

ChangeFeed::~ChangeFeed()
{
    stop();
}

Result<Done> ChangeFeed::start()
{
    auto started = std::make_shared<std::promise<Result<Done>>>();
    auto result = started->get_future();
    m_thread.reset(QThread::create([this, started] { run(started); }));
    m_thread->setObjectName(QStringLiteral("change-feed"));
    m_thread->start();
    Result<Done> r = result.get();
    if (!r)
        stop();
    return r;
}

void ChangeFeed::stop()
{
    if (!m_thread)
        return;
    m_thread->quit(); // ends the thread's event loop, also one not yet running
    m_thread->wait();
    m_thread.reset();
}

void ChangeFeed::run(const std::shared_ptr<std::promise<Result<Done>>> &started)
{
    Result<qint64> last = Error::internal(QStringLiteral("not read"));
    {
        auto db = storage::Database::open(m_connectionName, m_config);
        last = db ? storage::ChangeLog::last(db.value()) : Result<qint64>(db.error());
    }
    if (!last) {
        storage::Database::close(m_connectionName);
        started->set_value(last.error());
        return;
    }
    m_last = last.value();
    m_listening = listen();
    started->set_value(Done{});
    QTimer tick;
    tick.setInterval(kTickMs);
    QObject::connect(&tick, &QTimer::timeout, [this] {
        catchUp();
        if (m_listening && ++m_ticks % kPruneTicks == 0) {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            storage::ChangeLog::prune(db);
        }
    });
    tick.start();
    QEventLoop loop;
    loop.exec();
    storage::Database::close(m_connectionName);
}

bool ChangeFeed::listen()
{
    storage::Database::close(m_connectionName);
    auto db = storage::Database::open(m_connectionName, m_config);
    if (!db) {
        qCWarning(lcFeed) << "cannot reach the database for the change feed:" << db.error().message;
        return false;
    }
    QSqlDriver *driver = db->driver();
    if (!driver->subscribeToNotification(QLatin1String(storage::ChangeLog::kChannel))) {
        qCWarning(lcFeed) << "cannot LISTEN for changes:" << driver->lastError().text();
        return false;
    }
    // notifications that arrived together are read at once (one look at the log for a burst of commits)
    QObject::connect(driver, &QSqlDriver::notification, driver, [this, driver] {
        if (std::exchange(m_catchUpQueued, true))
            return;
        QMetaObject::invokeMethod(
            driver,
            [this] {
                m_catchUpQueued = false;
                catchUp();
            },
            Qt::QueuedConnection);
    });
    return true;
}

// The other servers' changes since the last applied row, merged and applied at once (this server's own were
// applied by its writer when they committed). A connection found broken is opened again at once.
void ChangeFeed::catchUp()
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!m_listening && !(m_listening = listen()))
            return;
        if (applyNewRows())
            return;
        m_listening = false;
    }
}

bool ChangeFeed::applyNewRows()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    for (;;) {
        const auto rows = storage::ChangeLog::since(db, m_last, kRowsAtOnce);
        if (!rows) {
            qCWarning(lcFeed) << "reading the change log failed (listening again):" << rows.error().message;
            return false;
        }
        storage::ChangeSet theirs;
        for (const storage::LoggedChange &row : rows.value())
            if (row.instance != m_instance)
                theirs.merge(row.changes);
        if (!theirs.isEmpty())
            m_apply(db, theirs);
        if (!rows->isEmpty())
            m_last = rows->last().seq;
        if (rows->size() < kRowsAtOnce)
            return true;
    }
}

} // namespace emporium::domain
