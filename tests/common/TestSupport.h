#pragma once
// The server suites' test server: the real server started in-process on port 0 (so a suite can
// reach into it: its routes, its Server object). Client suites use ServerProcess instead and do
// not link the server. The shared helpers (waitUntil, RawHttp, PrintTo) are in TestTools.h.
#include "server/Server.h"
#include "tests/common/TestTools.h"

#include <QTemporaryDir>
#include <QUrl>
#include <QVariant>
#include <functional>
#include <memory>

namespace emporium::test {

class TestDatabase;

// The database a test's server runs on: emporium.db in its data folder, or, with
// EMPORIUM_TEST_BACKEND=postgresql, a PostgreSQL database of its own (kept as long as this object, so a
// server restarted on the same folder finds it again). sql() reads it as an operator would.
class ShopDatabase
{
public:
    explicit ShopDatabase(const QString &dataDir);
    ~ShopDatabase();
    QString url() const { return m_url; } // "" on PostgreSQL without a cluster
    // the first column of the first row (invalid when there is none; a failure is reported to the test)
    QVariant sql(const QString &statement, const QVariantList &values = {}) const;

private:
    std::unique_ptr<TestDatabase> m_postgresql;
    QString m_url;
};

// A real server on 127.0.0.1:0 with its own temporary data folder; on SQLite in that folder, or with
// EMPORIUM_TEST_BACKEND=postgresql (the suites' *_postgresql twins) on a PostgreSQL database of its own
// on the private cluster, kept across restarts.
class TestServer
{
public:
    struct Options
    {
        bool demo = true;
        int threads = 2;
        int idleTimeoutMs = 30000;
        int requestTimeoutMs = 10000;
        int maxConnections = 0; // 0: from the open-file limit
        qint64 maxBodyBytes = 1 << 20;
        quint16 port = 0;
        qint64 wsMaxQueuedBytes = 1 << 20;
        QString smtpUrl, smtpUser, smtpPassword;
        QString mailFrom = QStringLiteral("Emporium Test Shop <receipts@shop.test>");
        int mailRetryMs = 5000;
        QString dataDir;                               // empty: a fresh temporary folder
        std::function<void(ServerConfig &)> configure; // the last word on the server's configuration
    };
    TestServer();
    explicit TestServer(Options options);
    ~TestServer();

    bool start(QString *error = nullptr);
    void stop();
    quint16 port() const { return m_port; }
    QUrl url() const;
    QString dataDir() const { return m_dataDir; }
    QString databasePath() const;
    // the server's --database: sqlite://<data dir>/emporium.db or the test's own PostgreSQL database
    QString databaseUrl() const;
    static bool onPostgresql();
    // Runs SQL on the server's database, as an operator would: the first column of the first row
    // (invalid when there is none or the statement failed, which is reported to the test).
    QVariant sql(const QString &statement) const;
    Options &options() { return m_options; } // change, then stop() and start() again
    QList<RouteInfo> routes() const { return m_server ? m_server->routes() : QList<RouteInfo>{}; }
    Server *server() const { return m_server.get(); }

private:
    Options m_options;
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<ShopDatabase> m_database;
    QString m_dataDir;
    std::unique_ptr<Server> m_server;
    quint16 m_port = 0;
};

} // namespace emporium::test
