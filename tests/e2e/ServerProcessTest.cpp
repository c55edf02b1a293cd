// The emporium-server executable as a user runs it: flags, demo, a request, a clean stop on
// SIGTERM, and clear errors for bad flags.
#include "tests/common/TestSupport.h"

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
    for (const char *flag : {"--listen", "--database", "--data-dir", "--demo", "--threads", "--listen-backlog",
                             "--currency", "--sync-full", "--idle-timeout", "--max-body"})
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
    p.start(serverBinary(), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"),
                             QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("shop.db")),
                             QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--demo")});
    ASSERT_TRUE(p.waitForStarted());
    QString out;
    static const QRegularExpression re(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    QRegularExpressionMatch m;
    ASSERT_TRUE(waitUntil([&] {
        out += QString::fromUtf8(p.readAllStandardOutput());
        m = re.match(out);
        return m.hasMatch();
    }, 60000)) << out.toStdString() << p.readAllStandardError().toStdString();
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

} // namespace
