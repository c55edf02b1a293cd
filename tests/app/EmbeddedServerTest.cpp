// The embedded server: a real loopback server on a free port, started without blocking the caller
// and stopped cleanly; the only client test that links the server as the desktop app does.
#include "app/embedded/EmbeddedServer.h"
#include "tests/common/TestSupport.h"

#include <QFile>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::client;
using namespace emporium::test;

namespace {

TEST(EmbeddedServerTest, StartsOnAFreeLoopbackPortAndStopsCleanly)
{
    QTemporaryDir dir;
    ServerConfig config = EmbeddedServer::defaultConfig(dir.path());
    EXPECT_EQ(config.port, 0);
    EXPECT_EQ(config.address, QHostAddress(QHostAddress::LocalHost));
    EmbeddedServer embedded(config);
    QSignalSpy started(&embedded, &EmbeddedServer::started);
    embedded.start(); // returns at once: the caller's thread never waits for the demo data
    EXPECT_EQ(started.count(), 0);
    ASSERT_TRUE(waitUntil([&] { return started.count() == 1; }, 60000));
    const QUrl url = started.at(0).at(0).toUrl();
    EXPECT_EQ(url.host(), QStringLiteral("127.0.0.1"));
    EXPECT_GT(url.port(), 0);
    EXPECT_EQ(httpGet(quint16(url.port()), "/healthz").status, 200);
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("emporium.db"))));
    embedded.stop();
    EXPECT_FALSE(embedded.isRunning());
    RawHttp probe(quint16(url.port()));
    EXPECT_FALSE(probe.isConnected());

    // A second start on the same folder keeps the data (no second demo).
    EmbeddedServer again(config);
    QSignalSpy started2(&again, &EmbeddedServer::started);
    again.start();
    ASSERT_TRUE(waitUntil([&] { return started2.count() == 1; }, 60000));
    const QUrl url2 = started2.at(0).at(0).toUrl();
    EXPECT_EQ(httpGet(quint16(url2.port()), "/api/v1/items?in_stock=false")
                  .json()
                  .object()
                  .value(u"total")
                  .toInteger(),
              200);
}

TEST(EmbeddedServerTest, ReportsFailure)
{
    ServerConfig config = EmbeddedServer::defaultConfig(QStringLiteral("/proc/forbidden/emporium"));
    EmbeddedServer embedded(config);
    QSignalSpy failed(&embedded, &EmbeddedServer::failed);
    embedded.start();
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));
    EXPECT_FALSE(failed.at(0).at(0).toString().isEmpty());
}

} // namespace
