#include "server/Server.h"

#include "server/domain/Announcements.h"
#include "server/domain/ChangeFeed.h"
#include "server/domain/PasswordHasher.h"
#include "server/http/HttpServer.h"
#include "server/http/Routes.h"
#include "server/http/ServerContext.h"
#include "server/http/Tls.h"
#include "server/mail/FileTransport.h"
#include "server/mail/MailWorker.h"
#include "server/mail/SmtpTransport.h"
#include "server/payments/TestGateway.h"
#include "server/protocol/JsonWriter.h"
#include "server/realtime/AnalyticsPublisher.h"
#include "server/realtime/ClusterPresence.h"
#include "server/realtime/RealtimeHub.h"
#include "server/storage/AccountRepository.h"
#include "server/storage/AnalyticsRepository.h"
#include "server/storage/Database.h"
#include "server/storage/Migrator.h"
#include "server/storage/OrderRepository.h"
#include "server/storage/SellerRepository.h"
#include "server/storage/demo/DemoSeeder.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QThread>
#include <QUuid>
#include <sqlite3.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcServer, "emporium.server")

namespace emporium {

Server::Server(ServerConfig config) : m_config(std::move(config)) {}

Server::~Server()
{
    stop();
}

namespace {

// The hidden items of imports a crash cut short (SellerRepository::dropAbandonedImports): on SQLite all of
// them (nothing imports before the start); on PostgreSQL those of servers gone (ClusterPresence keeps at it).
Result<Done> dropAbandonedImports(QSqlDatabase &db)
{
    const auto dropped = storage::SellerRepository::dropAbandonedImports(db);
    if (!dropped)
        return dropped.error();
    if (dropped.value() > 0)
        qCInfo(lcServer) << "deleted" << dropped.value() << "hidden items of imports a crash cut short";
    return Done{};
}

} // namespace

Result<Done> Server::prepareDatabase()
{
    auto dbConfig = storage::DatabaseConfig::fromUrl(m_config.databaseUrl);
    if (!dbConfig)
        return dbConfig.error();
    dbConfig->synchronousFull = m_config.synchronousFull;
    const QString name = QStringLiteral("emporium-setup-%1").arg(quintptr(this));
    Result<Done> result = Done{};
    {
        auto db = storage::Database::open(name, dbConfig.value());
        if (!db) {
            result = db.error();
        } else {
            storage::Migrator migrator(db.value());
            auto migrated = migrator.migrate();
            if (!migrated) {
                result = migrated.error();
            } else if (auto dropped = dropAbandonedImports(db.value()); !dropped) {
                result = dropped.error();
            } else if (m_config.demo) {
                demo::DemoSeeder seeder(db.value(),
                                        QDir(m_config.dataDir).filePath(QStringLiteral("images")));
                auto seeded = seeder.seedIfEmpty();
                if (!seeded)
                    result = seeded.error();
            }
        }
    }
    storage::Database::close(name);
    return result;
}

namespace {

// The database file is read once, in order, into the operating system's cache when it is small
// beside the memory (a quarter at most): the first requests after a start then find their
// pages in memory instead of waiting for random reads from disk (measured: Q&A pages' p99
// 98 ms -> 9 ms on a 2.4 GB database). It is read through SQLite's own open file: opening and
// closing the file ourselves would drop SQLite's POSIX locks on it (a known way to corrupt it).
void prewarm(QSqlDatabase &db, const storage::ItemTextIndex &index)
{
    if (storage::Database::backendOf(db) != storage::Backend::SQLite)
        return; // a PostgreSQL server keeps its own cache
    const QVariant handle = db.driver()->handle();
    sqlite3 *connection = handle.isValid() ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
    sqlite3_file *file = nullptr;
    if (!connection ||
        sqlite3_file_control(connection, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file ||
        !file->pMethods)
        return;
    sqlite3_int64 size = 0;
    const qint64 memory = qint64(::sysconf(_SC_PHYS_PAGES)) * qint64(::sysconf(_SC_PAGE_SIZE));
    if (file->pMethods->xFileSize(file, &size) != SQLITE_OK || size <= 0 || size > memory / 4)
        return;
    QElapsedTimer timer;
    timer.start();
    QByteArray buffer(4 << 20, Qt::Uninitialized);
    sqlite3_int64 at = 0;
    for (; at < size && !index.aborted(); at += buffer.size())
        if (file->pMethods->xRead(file, buffer.data(), int(std::min<sqlite3_int64>(buffer.size(), size - at)),
                                  at) != SQLITE_OK)
            break;
    qCInfo(lcServer) << "database read into the OS cache:" << at / 1048576 << "MB in" << timer.elapsed()
                     << "ms";
}

} // namespace

Result<QUrl> Server::start()
{
    if (m_config.dataDir.isEmpty())
        return Error::validation(QStringLiteral("data-dir"), QStringLiteral("a data folder is required"));
    if (m_config.databaseUrl.isEmpty())
        m_config.databaseUrl = QStringLiteral("sqlite://") +
                               QDir(m_config.dataDir).absoluteFilePath(QStringLiteral("emporium.db"));
    if (!QDir().mkpath(m_config.dataDir))
        return Error::internal(QStringLiteral("cannot create data folder %1").arg(m_config.dataDir));
    if (auto prepared = prepareDatabase(); !prepared)
        return prepared.error();

    m_ctx = std::make_unique<http::ServerContext>();
    m_ctx->config = m_config;
    if (!m_config.tlsCertFile.isEmpty() || !m_config.tlsKeyFile.isEmpty()) {
        auto tls =
            http::loadTlsConfiguration(m_config.tlsCertFile, m_config.tlsKeyFile, m_config.tlsKeyPassphrase);
        if (!tls)
            return tls.error();
        m_ctx->tls = tls.value();
    }
    if (auto rebuilt = rebuildAnalytics(); !rebuilt)
        return rebuilt.error();
    m_ctx->workers.setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    m_ctx->imagesDir = QDir(m_config.dataDir).filePath(QStringLiteral("images"));
    http::addServiceRoutes(m_ctx->router);
    http::addCatalogRoutes(m_ctx->router);
    http::addAccountRoutes(m_ctx->router);
    http::addCartRoutes(m_ctx->router);
    http::addOrderRoutes(m_ctx->router);
    http::addSellerRoutes(m_ctx->router);
    http::addAdminRoutes(m_ctx->router);
    http::addDiscoveryRoutes(m_ctx->router);
    http::addFulfilmentRoutes(m_ctx->router);
    // the test gateway keeps its ledger beside the database: a capture retried after a restart is seen
    m_ctx->payments = std::make_unique<payments::TestGateway>(
        QDir(m_config.dataDir).filePath(QStringLiteral("test-gateway.log")));
    QStringList labels;
    for (const auto &r : m_ctx->router.routes())
        labels << r.pattern;
    m_ctx->metrics = std::make_unique<metrics::Metrics>(labels);
    m_ctx->limits = std::make_unique<http::ClientLimits>(m_ctx->config);
    realtime::HubLimits limits;
    limits.maxQueuedBytes = m_config.wsMaxQueuedBytes;
    m_hub = std::make_unique<realtime::RealtimeHub>(*m_ctx->metrics, limits);
    m_hub->start();
    m_ctx->catalogChanges = std::make_unique<domain::CatalogChanges>(m_ctx->textIndex, *m_hub);
    auto writerConfig = storage::DatabaseConfig::fromUrl(m_config.databaseUrl);
    writerConfig->synchronousFull = m_config.synchronousFull;
    m_ctx->writer = std::make_unique<storage::Writer>(writerConfig.value());
    m_ctx->writer->setCommitHook(
        [changes = m_ctx->catalogChanges.get()](QSqlDatabase &db, const storage::ChangeSet &c) {
            changes->apply(db, c);
        });
    startBackground(writerConfig.value());
    const bool postgresql = writerConfig->backend == storage::Backend::PostgreSQL;
    if (postgresql) // before the index is built: nothing falls between
        if (auto joined = joinPeers(writerConfig.value()); !joined)
            return joined.error();
    if (auto started = m_ctx->writer->start(); !started)
        return started.error();
    // The search index is built off the loops; on SQLite searches use FTS5 until it is ready. PostgreSQL
    // has no FTS5: there the server answers once the index is built.
    const auto buildIndex = [ctx = m_ctx.get(), config = writerConfig.value()] {
        const QString name = QStringLiteral("emporium-text-index-%1").arg(quintptr(ctx));
        {
            auto db = storage::Database::open(name, config);
            if (db) {
                prewarm(db.value(), ctx->textIndex);
                ctx->textIndex.build(db.value());
            }
        }
        storage::Database::close(name);
    };
    m_ctx->textIndex.keepDigitWords(postgresql);
    if (postgresql)
        buildIndex();
    else
        m_ctx->workers.start(buildIndex);
    std::unique_ptr<mail::Transport> transport;
    if (m_config.smtpUrl.isEmpty())
        transport = std::make_unique<mail::FileTransport>(
            QDir(m_config.dataDir).filePath(QStringLiteral("receipts")));
    else
        transport =
            std::make_unique<mail::SmtpTransport>(m_config.smtpUrl, m_config.smtpUser, m_config.smtpPassword);
    mail::MailSettings mailSettings;
    mailSettings.from = m_config.mailFrom;
    mailSettings.currency = m_config.currency;
    mailSettings.retryBaseMs = m_config.mailRetryBaseMs;
    m_mail = std::make_unique<mail::MailWorker>(writerConfig.value(), *m_ctx->writer, std::move(transport),
                                                mailSettings, *m_ctx->metrics);
    m_mail->start();
    m_ctx->wakeMail = [mail = m_mail.get()] { mail->wake(); };
    startOrders();
    m_ctx->inventory =
        std::make_unique<domain::Inventory>(*m_ctx->writer, m_ctx->workers, m_ctx->imagesDir, m_instance);
    m_ctx->discussions = std::make_unique<domain::Discussions>(*m_ctx->writer);
    m_ctx->carts = std::make_unique<domain::Carts>(*m_ctx->writer, *m_hub, m_config.currency);
    m_http = std::make_unique<http::HttpServer>(*m_ctx, *m_hub);
    auto port = m_http->listen(m_config.address, m_config.port, m_config.threads);
    if (!port) {
        m_http.reset();
        return port.error();
    }
    QUrl url;
    url.setScheme(m_ctx->tls ? QStringLiteral("https") : QStringLiteral("http"));
    const bool any = m_config.address == QHostAddress::Any || m_config.address == QHostAddress::AnyIPv4;
    url.setHost(any ? QStringLiteral("127.0.0.1") : m_config.address.toString());
    url.setPort(port.value());
    m_url = url;
    qCInfo(lcServer) << "serving at" << m_url.toString();
    return m_url;
}

// The timers that belong to no request: the activity log's writes and the admin's live analytics,
// on a thread of their own (not on an event loop).
void Server::startBackground(const storage::DatabaseConfig &db)
{
    m_background = std::make_unique<QThread>();
    m_background->setObjectName(QStringLiteral("emporium-background"));
    m_background->start();
    m_ctx->activityLog = std::make_unique<domain::ActivityLog>(*m_ctx->writer);
    m_ctx->activityLog->start(m_background.get());
    const realtime::AnalyticsSources sources{m_ctx->ordersPerMinute, *m_hub, *m_ctx->metrics};
    m_analytics = std::make_unique<realtime::AnalyticsPublisher>(sources, *m_hub, db);
    m_analytics->start(m_background.get());
}

// Other servers may share a PostgreSQL database: they hear of this one's changes and it of theirs (the change
// log and its feed), and their viewers and connections count here (presence).
Result<Done> Server::joinPeers(const storage::DatabaseConfig &db)
{
    const QString instance = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_instance = instance;
    m_ctx->writer->setChangeLog(instance);
    m_peerAnnouncements = std::make_unique<domain::PeerAnnouncements>(
        *m_hub, m_config.currency, [this](const protocol::Order &order) { countSale(order); });
    m_feed =
        std::make_unique<domain::ChangeFeed>(db, instance,
                                             [ctx = m_ctx.get(), peers = m_peerAnnouncements.get()](
                                                 QSqlDatabase &feedDb, const storage::ChangeSet &theirs) {
                                                 ctx->catalogChanges->apply(feedDb, theirs);
                                                 peers->announce(feedDb, theirs);
                                             });
    if (auto following = m_feed->start(); !following)
        return following.error();
    // alone, the writer groups jobs into one transaction; with others writing too, one job per transaction
    m_ctx->writer->setShared(true);
    m_presence = std::make_unique<realtime::ClusterPresence>(
        *m_hub, *m_ctx->metrics, db, instance,
        [writer = m_ctx->writer.get()](bool others) { writer->setShared(others); });
    m_presence->start(m_background.get());
    return Done{};
}

void Server::countSale(const protocol::Order &order)
{
    m_ctx->ordersPerMinute.record(QDateTime::currentSecsSinceEpoch(), order.totalCents);
    m_analytics->saleHappened();
}

// The order flow and what follows payment, and the captures and refunds an earlier run left undone
// (before the loops take orders).
void Server::startOrders()
{
    http::ServerContext *ctx = m_ctx.get();
    domain::Orders::Services services{
        *ctx->writer,
        *ctx->payments,
        *m_hub,
        *ctx->metrics,
        ctx->workers,
        m_config.currency,
        [this, ctx](const protocol::Order &order) {
            countSale(order);
            if (ctx->wakeMail)
                ctx->wakeMail(); // the receipt is in the outbox, committed with the order
        }};
    ctx->orders = std::make_unique<domain::Orders>(std::move(services));
    ctx->fulfilment = std::make_unique<domain::Fulfilment>(domain::Fulfilment::Services{
        *ctx->writer, *ctx->payments, *m_hub, ctx->workers, m_config.currency, [ctx] {
            if (ctx->wakeMail)
                ctx->wakeMail(); // the buyer's mail is in the outbox, committed with the change
        }});
    const QString name = QStringLiteral("emporium-recovery-%1").arg(quintptr(this));
    {
        auto db =
            storage::Database::open(name, storage::DatabaseConfig::fromUrl(m_config.databaseUrl).value());
        storage::OrderRepository reads(db.value_or(QSqlDatabase()), m_config.currency);
        const auto claimed = db ? reads.claimRecovery() : Result<bool>(db.error());
        if (claimed && claimed.value()) { // held until the captures are done: no other server takes them too
            for (auto &capture : ctx->orders->recoverPayments(reads))
                capture.waitForFinished();
            storage::FulfilmentRepository refunds(db.value(), m_config.currency);
            ctx->fulfilment->recoverRefunds(refunds);
        } else if (claimed) {
            qCInfo(lcServer) << "another server is recovering captures and refunds left undone";
        }
    }
    storage::Database::close(name);
}

// The last hour's orders per minute, from the events table: a restart loses no history.
Result<Done> Server::rebuildAnalytics()
{
    auto dbConfig = storage::DatabaseConfig::fromUrl(m_config.databaseUrl);
    const QString name = QStringLiteral("emporium-analytics-%1").arg(quintptr(this));
    Result<Done> result = Done{};
    {
        auto db = storage::Database::open(name, dbConfig.value());
        if (!db) {
            result = db.error();
        } else {
            const QString since = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate);
            for (const auto &o :
                 storage::AnalyticsRepository(db.value()).orderTotalsSince(since).value_or({}))
                m_ctx->ordersPerMinute.record(
                    QDateTime::fromString(o.createdAt, Qt::ISODate).toSecsSinceEpoch(), o.totalCents);
        }
    }
    storage::Database::close(name);
    return result;
}

storage::Writer *Server::writer() const
{
    return m_ctx ? m_ctx->writer.get() : nullptr;
}

QList<RouteInfo> Server::routes() const
{
    QList<RouteInfo> out;
    if (m_ctx)
        for (const auto &r : m_ctx->router.routes())
            out.append({r.method, r.pattern, int(r.access)});
    return out;
}

Result<protocol::User> Server::createAdmin(const ServerConfig &config, const QString &email,
                                           const QString &password)
{
    if (password.size() < 8)
        return Error::validation(QStringLiteral("password"),
                                 QStringLiteral("must have at least 8 characters"));
    if (!email.contains(u'@'))
        return Error::validation(QStringLiteral("email"), QStringLiteral("is not an email address"));
    Server server(config);
    server.m_config.demo = false;
    if (server.m_config.databaseUrl.isEmpty())
        server.m_config.databaseUrl = QStringLiteral("sqlite://") +
                                      QDir(config.dataDir).absoluteFilePath(QStringLiteral("emporium.db"));
    QDir().mkpath(config.dataDir);
    if (auto prepared = server.prepareDatabase(); !prepared)
        return prepared.error();
    auto dbConfig = storage::DatabaseConfig::fromUrl(server.m_config.databaseUrl);
    const QString name = QStringLiteral("emporium-admin-tool");
    Result<protocol::User> result = Error::internal();
    {
        auto db = storage::Database::open(name, dbConfig.value());
        if (!db) {
            result = db.error();
        } else {
            storage::AccountRepository accounts(db.value());
            result = accounts.upsertAdmin(email, domain::PasswordHasher::hash(password));
        }
    }
    storage::Database::close(name);
    return result;
}

void Server::stop()
{
    if (m_feed)
        m_feed->stop();
    if (m_mail)
        m_mail->stop(); // its thread first; the object stays until nothing can wake it (orders in flight do)
    if (m_ctx) {
        m_ctx->textIndex.abort();
        if (m_ctx->activityLog)
            m_ctx->activityLog->stop(); // recorded searches and views are not lost (the writer still runs)
    }
    if (m_analytics)
        m_analytics->stop();
    if (m_presence)
        m_presence->stop(); // its row goes: the others stop counting its viewers at once
    if (m_http)
        m_http->stop(); // drains the workers and the writer, then stops the loops
    m_http.reset();
    if (m_ctx) {
        if (m_ctx->writer)
            m_ctx->writer->stop();
        m_ctx->workers.waitForDone(); // what the last commits handed to the workers (captures) ends here
    }
    m_mail.reset();
    if (m_background) {
        m_background->quit();
        m_background->wait();
    }
    m_analytics.reset();
    m_presence.reset();
    m_feed.reset();
    m_peerAnnouncements.reset();
    if (m_ctx)
        m_ctx->activityLog.reset();
    m_background.reset();
    if (m_hub)
        m_hub->stop();
    m_hub.reset();
    m_ctx.reset();
}

} // namespace emporium
