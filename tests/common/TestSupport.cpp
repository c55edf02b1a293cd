#include "tests/common/TestSupport.h"

#include "tests/common/TestDatabase.h"

#include "server/storage/Database.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

namespace emporium::test {

TestServer::TestServer() : TestServer(Options{}) {}

TestServer::TestServer(Options options) : m_options(std::move(options)) {}

TestServer::~TestServer()
{
    stop();
}

bool TestServer::start(QString *error)
{
    if (m_options.dataDir.isEmpty()) {
        if (!m_tmp) {
            m_tmp = std::make_unique<QTemporaryDir>();
            m_tmp->setAutoRemove(qEnvironmentVariableIsEmpty("EMPORIUM_KEEP_TEST_DATA"));
        }
        m_dataDir = m_tmp->path();
    } else {
        m_dataDir = m_options.dataDir;
    }
    if (!m_database)
        m_database = std::make_unique<ShopDatabase>(m_dataDir);
    if (m_database->url().isEmpty()) { // never SQLite under a PostgreSQL suite's name
        if (error)
            *error = TestDatabase::why();
        return false;
    }
    ServerConfig c;
    c.databaseUrl = databaseUrl();
    c.address = QHostAddress::LocalHost;
    c.port = m_options.port ? m_options.port : m_port; // a restart keeps its port
    c.dataDir = m_dataDir;
    c.demo = m_options.demo;
    c.threads = m_options.threads;
    c.idleTimeoutMs = m_options.idleTimeoutMs;
    c.requestTimeoutMs = m_options.requestTimeoutMs;
    c.maxConnections = m_options.maxConnections;
    c.maxBodyBytes = m_options.maxBodyBytes;
    c.wsMaxQueuedBytes = m_options.wsMaxQueuedBytes;
    c.smtpUrl = m_options.smtpUrl;
    c.smtpUser = m_options.smtpUser;
    c.smtpPassword = m_options.smtpPassword;
    c.mailFrom = m_options.mailFrom;
    c.mailRetryBaseMs = m_options.mailRetryMs;
    if (m_options.configure)
        m_options.configure(c);
    m_server = std::make_unique<Server>(c);
    auto r = m_server->start();
    if (!r) {
        if (error)
            *error = r.error().message;
        m_server.reset();
        return false;
    }
    m_port = m_server->port();
    return true;
}

void TestServer::stop()
{
    m_server.reset();
}

QUrl TestServer::url() const
{
    return m_server ? m_server->url() : QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QString TestServer::databasePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("emporium.db"));
}

QVariant TestServer::sql(const QString &statement) const
{
    return m_database ? m_database->sql(statement) : QVariant();
}

ShopDatabase::ShopDatabase(const QString &dataDir)
    : m_url(QStringLiteral("sqlite://") + QDir(dataDir).filePath(QStringLiteral("emporium.db")))
{
    if (TestServer::onPostgresql()) {
        m_postgresql = std::make_unique<TestDatabase>();
        m_url = m_postgresql->url();
    }
}

ShopDatabase::~ShopDatabase() = default;

QVariant ShopDatabase::sql(const QString &statement, const QVariantList &values) const
{
    const QString name = QStringLiteral("emporium-test-sql-%1").arg(quintptr(this));
    QVariant value;
    {
        auto config = storage::DatabaseConfig::fromUrl(m_url);
        auto db =
            config ? storage::Database::open(name, config.value()) : Result<QSqlDatabase>(config.error());
        if (!db) {
            ADD_FAILURE() << db.error().message.toStdString();
        } else {
            QSqlQuery q(db.value());
            q.prepare(statement);
            for (const QVariant &v : values)
                q.addBindValue(v);
            if (!q.exec())
                ADD_FAILURE() << statement.toStdString() << ": " << q.lastError().text().toStdString();
            else if (q.next())
                value = q.value(0);
        }
    }
    storage::Database::close(name);
    return value;
}

bool TestServer::onPostgresql()
{
    return qEnvironmentVariable("EMPORIUM_TEST_BACKEND") == u"postgresql";
}

QString TestServer::databaseUrl() const
{
    return m_database ? m_database->url() : QStringLiteral("sqlite://") + databasePath();
}

} // namespace emporium::test
