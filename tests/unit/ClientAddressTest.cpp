// Who sent a request behind a proxy: X-Forwarded-For is believed only from --trusted-proxy addresses, and
// then only its hops after the last untrusted one (a client may write anything at the front of the header).
#include "server/ServerConfig.h"
#include "server/http/HttpTypes.h"

#include <gtest/gtest.h>

using emporium::ServerConfig;
using emporium::http::clientAddress;

namespace {

QList<QPair<QHostAddress, int>> proxies(const char *spec)
{
    return ServerConfig::parseSubnets(QLatin1String(spec)).value();
}

QString client(const char *peer, const QByteArray &forwarded, const char *trusted)
{
    return clientAddress(QHostAddress(QLatin1String(peer)), forwarded, proxies(trusted)).toString();
}

TEST(ClientAddress, TheHeaderIsIgnoredFromAnUntrustedPeer)
{
    EXPECT_EQ(client("203.0.113.9", "198.51.100.1", ""), QStringLiteral("203.0.113.9"));
    EXPECT_EQ(client("203.0.113.9", "198.51.100.1", "127.0.0.1"), QStringLiteral("203.0.113.9"));
}

TEST(ClientAddress, ATrustedProxyNamesTheClient)
{
    EXPECT_EQ(client("127.0.0.1", "198.51.100.1", "127.0.0.1"), QStringLiteral("198.51.100.1"));
    EXPECT_EQ(client("::ffff:127.0.0.1", "198.51.100.1", "127.0.0.1"), QStringLiteral("198.51.100.1"));
    EXPECT_EQ(client("127.0.0.1", "", "127.0.0.1"), QStringLiteral("127.0.0.1"));
}

TEST(ClientAddress, WhatTheClientWroteBeforeTheProxyIsNotBelieved)
{
    // nginx appends the address it saw; a forged entry in front stays in front
    EXPECT_EQ(client("127.0.0.1", "10.9.9.9, 198.51.100.1", "127.0.0.1"), QStringLiteral("198.51.100.1"));
    // a chain of trusted proxies is walked back to the first untrusted hop
    EXPECT_EQ(client("127.0.0.1", "198.51.100.1, 10.0.0.5", "127.0.0.1, 10.0.0.0/8"),
              QStringLiteral("198.51.100.1"));
    // garbage ends the walk at the proxy itself
    EXPECT_EQ(client("127.0.0.1", "198.51.100.1, not-an-address", "127.0.0.1"), QStringLiteral("127.0.0.1"));
}

TEST(ClientAddress, TrustedProxiesAreAddressesOrSubnets)
{
    EXPECT_TRUE(ServerConfig::parseSubnets(QStringLiteral("127.0.0.1, 10.0.0.0/8, ::1")));
    EXPECT_EQ(ServerConfig::parseSubnets(QStringLiteral("")).value().size(), 0);
    const auto bad = ServerConfig::parseSubnets(QStringLiteral("127.0.0.1, nginx.local"));
    ASSERT_FALSE(bad);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("nginx.local")));
}

} // namespace
