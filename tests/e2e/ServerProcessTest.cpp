// The emporium-server executable as a user runs it: flags, demo, a request, a clean stop on
// SIGTERM, and clear errors for bad flags.
#include "tests/common/ApiHelpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <signal.h>

using namespace emporium::test;

namespace {

QString serverBinary()
{
    return qEnvironmentVariable("EMPORIUM_SERVER_BINARY");
}

TEST(ServerProcess, HelpDocumentsEveryFlag)
{
    QProcess p;
    p.start(serverBinary(), {QStringLiteral("--help")});
    ASSERT_TRUE(p.waitForFinished(10000));
    const QString help = QString::fromUtf8(p.readAllStandardOutput());
    for (const char *flag :
         {"--listen", "--database", "--data-dir", "--demo", "--threads", "--listen-backlog", "--currency",
          "--sync-full", "--idle-timeout", "--max-body", "--session-days", "--create-admin"})
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
    QTemporaryDir dir;
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(serverBinary(),
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"),
             QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("shop.db")),
             QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--demo")});
    ASSERT_TRUE(p.waitForStarted());
    QString out;
    static const QRegularExpression re(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    QRegularExpressionMatch m;
    ASSERT_TRUE(waitUntil(
        [&] {
            out += QString::fromUtf8(p.readAllStandardOutput());
            m = re.match(out);
            return m.hasMatch();
        },
        60000))
        << out.toStdString() << p.readAllStandardError().toStdString();
    const auto port = quint16(m.captured(1).toUInt());
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
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EMPORIUM_ADMIN_PASSWORD"), QStringLiteral("s3cret-admin"));
    p.setProcessEnvironment(env);
    p.start(serverBinary(), {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--create-admin"),
                             QStringLiteral("root@shop.test")});
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    EXPECT_TRUE(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("root@shop.test")));

    // from standard input (not a terminal: one line, no prompt games)
    QProcess q;
    env.remove(QStringLiteral("EMPORIUM_ADMIN_PASSWORD"));
    q.setProcessEnvironment(env);
    q.start(serverBinary(), {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--create-admin"),
                             QStringLiteral("second@shop.test")});
    ASSERT_TRUE(q.waitForStarted());
    q.write("another-secret\n");
    q.closeWriteChannel();
    ASSERT_TRUE(q.waitForFinished(30000));
    EXPECT_EQ(q.exitCode(), 0) << q.readAllStandardError().toStdString();

    TestServer::Options o;
    o.demo = false;
    o.dataDir = dir.path();
    TestServer server(o);
    ASSERT_TRUE(server.start());
    const HttpReply r = postJson(server.port(), "/api/v1/auth/login",
                                 {{QStringLiteral("email"), QStringLiteral("root@shop.test")},
                                  {QStringLiteral("password"), QStringLiteral("s3cret-admin")}});
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.json().object().value(u"user").toObject().value(u"role").toString(), QStringLiteral("admin"));
    EXPECT_FALSE(
        login(server.port(), QStringLiteral("second@shop.test"), QStringLiteral("another-secret")).isEmpty());
}

TEST(ServerProcess, CreateAdminRefusesAShortPassword)
{
    QTemporaryDir dir;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EMPORIUM_ADMIN_PASSWORD"), QStringLiteral("short"));
    p.setProcessEnvironment(env);
    p.start(serverBinary(), {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--create-admin"),
                             QStringLiteral("root@shop.test")});
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 1);
    EXPECT_TRUE(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("8 characters")));
}

} // namespace
