#pragma once
// One Emporium server: migrates the database, seeds the demo when asked, and serves HTTP and
// WebSocket on its event loops. emporium-server and the desktop app's EmbeddedServer both
// start it through start(config).
#include "server/ServerConfig.h"
#include "server/protocol/AccountTypes.h"

#include <QThread>
#include <QUrl>
#include <memory>

namespace emporium {

namespace protocol {
struct Order;
}
namespace http {
struct ServerContext;
class HttpServer;
} // namespace http
namespace realtime {
class RealtimeHub;
class AnalyticsPublisher;
class ClusterPresence;
} // namespace realtime
namespace domain {
class ChangeFeed;
class PeerAnnouncements;
} // namespace domain
namespace mail {
class MailWorker;
}
namespace storage {
class Writer;
struct DatabaseConfig;
} // namespace storage

struct RouteInfo
{
    QByteArray method;
    QString pattern;
    int access; // http::Access: 0 public, 1 any signed-in user, 2 seller, 3 admin
};

class Server
{
public:
    explicit Server(ServerConfig config);
    ~Server();
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;

    // Blocks until listening (or failed). Call from any one thread; stop() from the same.
    Result<QUrl> start();
    void stop();

    QUrl url() const { return m_url; }
    // The route table (for the authorization matrix test and docs).
    QList<RouteInfo> routes() const;

    // emporium-server --create-admin: migrates the database, then creates the admin account
    // (or makes an existing account admin with this password).
    static Result<protocol::User> createAdmin(const ServerConfig &config, const QString &email,
                                              const QString &password);
    quint16 port() const { return m_url.port(); }
    // For tools and tests: the one writer of this server's database (null unless started).
    storage::Writer *writer() const;

private:
    Result<Done> prepareDatabase();
    Result<Done> rebuildAnalytics();
    void startOrders();
    void startBackground(const storage::DatabaseConfig &db);
    Result<Done> joinPeers(const storage::DatabaseConfig &db);
    void countSale(const protocol::Order &order); // the admin's live figures

    ServerConfig m_config;
    std::unique_ptr<http::ServerContext> m_ctx;
    std::unique_ptr<realtime::RealtimeHub> m_hub;
    std::unique_ptr<http::HttpServer> m_http;
    std::unique_ptr<mail::MailWorker> m_mail;
    // PostgreSQL: the other servers sharing the database, their changes and their presence
    std::unique_ptr<domain::PeerAnnouncements> m_peerAnnouncements;
    std::unique_ptr<domain::ChangeFeed> m_feed;
    std::unique_ptr<realtime::ClusterPresence> m_presence;
    // this server among those sharing a PostgreSQL database (one server owns a SQLite file: "local")
    QString m_instance = QStringLiteral("local");
    std::unique_ptr<QThread> m_background;
    std::unique_ptr<realtime::AnalyticsPublisher> m_analytics;
    QUrl m_url;
};

} // namespace emporium
