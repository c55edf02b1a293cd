// What one client may take, counted as the server counts it: an IPv6 client by its /64 (it can pick any
// address of it), a rate below one request in four seconds still lets one through and says how long to
// wait, exempt addresses are never counted, and a token is its own bucket whatever its length.
#include "server/http/ClientLimits.h"

#include <gtest/gtest.h>

using emporium::http::ClientLimits;

namespace {

// no limit but the one a test sets; loopback and everyone else counted
emporium::ServerConfig counted()
{
    emporium::ServerConfig s;
    s.limitExempt = {};
    s.maxConnectionsPerAddress = s.maxWebSocketsPerAddress = 0;
    s.requestsPerSecondPerAddress = s.requestsPerSecondPerToken = s.webSocketMessagesPerSecond = 0;
    return s;
}

TEST(ClientLimitsTest, AnIPv6ClientIsItsSlash64)
{
    emporium::ServerConfig s = counted();
    s.maxConnectionsPerAddress = 1;
    ClientLimits limits(s);
    EXPECT_TRUE(limits.holdConnection(QHostAddress(QStringLiteral("2001:db8::1"))));
    EXPECT_FALSE(limits.holdConnection(QHostAddress(QStringLiteral("2001:db8::2")))); // the same /64
    EXPECT_TRUE(limits.holdConnection(QHostAddress(QStringLiteral("2001:db8:0:1::1"))));
    limits.releaseConnection(QHostAddress(QStringLiteral("2001:db8::1")));
    EXPECT_TRUE(limits.holdConnection(QHostAddress(QStringLiteral("2001:db8::ffff"))));
    // IPv4 addresses are their own
    s.maxConnectionsPerAddress = 1;
    ClientLimits v4(s);
    EXPECT_TRUE(v4.holdConnection(QHostAddress(QStringLiteral("192.0.2.1"))));
    EXPECT_TRUE(v4.holdConnection(QHostAddress(QStringLiteral("192.0.2.2"))));
}

TEST(ClientLimitsTest, ASlowRateStillLetsOneThroughAndSaysHowLongToWait)
{
    emporium::ServerConfig s = counted();
    s.requestsPerSecondPerAddress = 0.2;
    ClientLimits limits(s);
    const QHostAddress client(QStringLiteral("198.51.100.7"));
    EXPECT_EQ(limits.admitRequest(client, {}), 0);
    EXPECT_EQ(limits.admitRequest(client, {}), 5); // one every five seconds
    ClientLimits::MessageRate slow(0.2);
    EXPECT_TRUE(slow.take());
    EXPECT_FALSE(slow.take());
}

TEST(ClientLimitsTest, ExemptAddressesAreNeverCounted)
{
    emporium::ServerConfig s = counted();
    s.requestsPerSecondPerAddress = 1;
    s.maxConnectionsPerAddress = 1;
    s.limitExempt = {QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8"))};
    ClientLimits limits(s);
    for (int i = 0; i < 50; ++i) {
        EXPECT_EQ(limits.admitRequest(QHostAddress(QStringLiteral("10.1.2.3")), "token"), 0);
        EXPECT_TRUE(limits.holdConnection(QHostAddress(QStringLiteral("10.1.2.3"))));
    }
}

TEST(ClientLimitsTest, ATokenIsItsOwnBucketWhateverItsLength)
{
    emporium::ServerConfig s = counted();
    s.requestsPerSecondPerToken = 1; // bursts of 4
    ClientLimits limits(s);
    const QByteArray huge(16000, 'x');
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(limits.admitRequest(QHostAddress(QStringLiteral("192.0.2.9")), huge), 0);
    EXPECT_GT(limits.admitRequest(QHostAddress(QStringLiteral("192.0.2.10")), huge), 0); // from anywhere
    EXPECT_EQ(limits.admitRequest(QHostAddress(QStringLiteral("192.0.2.9")), huge + 'y'), 0);
}

} // namespace
