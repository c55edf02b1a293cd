// The emporium-server executable as a user runs it: flags, demo, a request, a clean stop on
// SIGTERM, and clear errors for bad flags.
#include "tests/common/ApiHelpers.h"
#include "tests/common/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>
#include <signal.h>

using namespace emporium::test;

namespace {

QString serverBinary()
{
    return qEnvironmentVariable("EMPORIUM_SERVER_BINARY");
}

// Waits until emporium-server says where it listens: its port, or 0.
quint16 listeningPort(QProcess &p)
{
    QString out;
    static const QRegularExpression re(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    QRegularExpressionMatch m;
    if (!waitUntil(
            [&] {
                out += QString::fromUtf8(p.readAllStandardOutput());
                m = re.match(out);
                return m.hasMatch() || p.state() == QProcess::NotRunning;
            },
            60000) ||
        !m.hasMatch()) {
        ADD_FAILURE() << out.toStdString() << p.readAllStandardError().toStdString();
        return 0;
    }
    return quint16(m.captured(1).toUInt());
}

// The --database of a test's own runs of emporium-server: none on SQLite (emporium.db in the data
// folder), or on the _postgresql twin a database of its own on the private cluster, kept in `database`.
QStringList databaseArguments(std::unique_ptr<TestDatabase> &database)
{
    if (!TestServer::onPostgresql())
        return {};
    database = std::make_unique<TestDatabase>();
    return {QStringLiteral("--database"), database->url()};
}

TEST(ServerProcess, HelpDocumentsEveryFlag)
{
    QProcess p;
    p.start(serverBinary(), {QStringLiteral("--help")});
    ASSERT_TRUE(p.waitForFinished(10000));
    const QString help = QString::fromUtf8(p.readAllStandardOutput());
    for (const char *flag :
         {"--listen", "--database", "--data-dir", "--demo", "--threads", "--listen-backlog", "--currency",
          "--sync-full", "--idle-timeout", "--max-body", "--session-days", "--create-admin",
          "--trusted-proxy", "--request-timeout", "--min-body-rate", "--max-connections"})
        EXPECT_TRUE(help.contains(QLatin1String(flag))) << flag;
}

TEST(ServerProcess, BadListenIsAClearError)
{
    QProcess p;
    p.start(serverBinary(), {QStringLiteral("--listen"), QStringLiteral("nonsense")});
    ASSERT_TRUE(p.waitForFinished(10000));
    EXPECT_EQ(p.exitCode(), 2);
    EXPECT_TRUE(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("HOST:PORT")));
}

TEST(ServerProcess, RunsHeadlessWithDemoAndStopsOnSigterm)
{
    if (TestServer::onPostgresql())
        GTEST_SKIP() << "checks an explicit sqlite:// URL and the file it makes (SQLite only); the "
                        "PostgreSQL twin runs the server on --database postgresql:// in CreateAdmin*";
    QTemporaryDir dir;
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(serverBinary(),
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"),
             QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("shop.db")),
             QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--demo")});
    ASSERT_TRUE(p.waitForStarted());
    const quint16 port = listeningPort(p);
    ASSERT_NE(port, 0);
    const HttpReply r = httpGet(port, "/api/v1/items?per_page=5");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.json().object().value(u"items").toArray().size(), 5);
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("shop.db"))));

    ::kill(pid_t(p.processId()), SIGTERM);
    ASSERT_TRUE(p.waitForFinished(10000));
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(p.exitCode(), 0);
    EXPECT_FALSE(RawHttp(port).isConnected());
}

TEST(ServerProcess, CreateAdminFromEnvironmentOrStdin)
{
    QTemporaryDir dir;
    std::unique_ptr<TestDatabase> database;
    const QStringList databaseArgs = databaseArguments(database);
    if (database)
        ASSERT_FALSE(database->url().isEmpty()) << TestDatabase::why().toStdString();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EMPORIUM_ADMIN_PASSWORD"), QStringLiteral("s3cret-admin"));
    p.setProcessEnvironment(env);
    p.start(serverBinary(), QStringList{QStringLiteral("--data-dir"), dir.path(),
                                        QStringLiteral("--create-admin"), QStringLiteral("root@shop.test")} +
                                databaseArgs);
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    EXPECT_TRUE(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("root@shop.test")));

    // from standard input (not a terminal: one line, no prompt games)
    QProcess q;
    env.remove(QStringLiteral("EMPORIUM_ADMIN_PASSWORD"));
    q.setProcessEnvironment(env);
    q.start(serverBinary(),
            QStringList{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--create-admin"),
                        QStringLiteral("second@shop.test")} +
                databaseArgs);
    ASSERT_TRUE(q.waitForStarted());
    q.write("another-secret\n");
    q.closeWriteChannel();
    ASSERT_TRUE(q.waitForFinished(30000));
    EXPECT_EQ(q.exitCode(), 0) << q.readAllStandardError().toStdString();

    // the server on the same database, without --demo
    QProcess server;
    server.setProcessEnvironment(env);
    server.start(serverBinary(), QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                             QStringLiteral("--data-dir"), dir.path()} +
                                     databaseArgs);
    ASSERT_TRUE(server.waitForStarted());
    const quint16 port = listeningPort(server);
    ASSERT_NE(port, 0);
    const HttpReply r = postJson(port, "/api/v1/auth/login",
                                 {{QStringLiteral("email"), QStringLiteral("root@shop.test")},
                                  {QStringLiteral("password"), QStringLiteral("s3cret-admin")}});
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.json().object().value(u"user").toObject().value(u"role").toString(), QStringLiteral("admin"));
    EXPECT_FALSE(login(port, QStringLiteral("second@shop.test"), QStringLiteral("another-secret")).isEmpty());
    ::kill(pid_t(server.processId()), SIGTERM);
    ASSERT_TRUE(server.waitForFinished(10000));
    EXPECT_EQ(server.exitCode(), 0);
}

TEST(ServerProcess, CreateAdminRefusesAShortPassword)
{
    QTemporaryDir dir;
    std::unique_ptr<TestDatabase> database;
    const QStringList databaseArgs = databaseArguments(database);
    if (database)
        ASSERT_FALSE(database->url().isEmpty()) << TestDatabase::why().toStdString();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EMPORIUM_ADMIN_PASSWORD"), QStringLiteral("short"));
    p.setProcessEnvironment(env);
    p.start(serverBinary(), QStringList{QStringLiteral("--data-dir"), dir.path(),
                                        QStringLiteral("--create-admin"), QStringLiteral("root@shop.test")} +
                                databaseArgs);
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 1);
    EXPECT_TRUE(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("8 characters")));
}

// Held to 96 open files, with 150 clients connected at once: the server answers what it cannot hold 503
// instead of running out of file descriptors, where it used to spin at 100 % of a core retrying accept.
TEST(ServerProcess, OutOfFileDescriptorsItRefusesInsteadOfSpinning)
{
    QTemporaryDir dir;
    std::unique_ptr<TestDatabase> database;
    QProcess p;
    p.start(QStringLiteral("prlimit"),
            QStringList{QStringLiteral("--nofile=96:96"), serverBinary(), QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), dir.path(),
                        QStringLiteral("--demo")}
                << databaseArguments(database));
    const quint16 port = listeningPort(p);
    ASSERT_NE(port, 0);
    const auto cpuTicks = [pid = p.processId()] {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        stat.open(QIODevice::ReadOnly);
        const QList<QByteArray> fields = stat.readAll().split(' ');
        return fields.size() > 15 ? fields[13].toLongLong() + fields[14].toLongLong() : -1;
    };
    std::vector<std::unique_ptr<RawHttp>> clients;
    for (int i = 0; i < 150; ++i)
        clients.push_back(std::make_unique<RawHttp>(port));
    waitUntil([] { return false; }, 500);
    const qint64 before = cpuTicks();
    waitUntil([] { return false; }, 2000);
    const qint64 used = cpuTicks() - before; // in 1/100 s
    EXPECT_LT(used, 40) << "the server used " << used << "/100 s of CPU in 2 s while full";
    RawHttp late(port);
    late.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    EXPECT_EQ(late.read().status, 503);
    clients.clear();
    const HttpReply metrics = [&] {
        HttpReply r;
        waitUntil([&] { return (r = httpGet(port, "/metrics")).status == 200; }, 5000);
        return r;
    }();
    EXPECT_EQ(metrics.status, 200);
    EXPECT_FALSE(metrics.body.contains("emporium_connections_refused_total 0\n"));
    ::kill(pid_t(p.processId()), SIGTERM);
    p.waitForFinished(10000);
}

} // namespace
