// /ws with real WebSocket clients against a real server: presence, the purchase feed, live
// stock, sales for the seller, every window of a user in sync, topics refused without the
// connection being dropped, slow consumers dropped while others keep receiving, and the
// admin snapshot.
#include "server/storage/Database.h"
#include "tests/common/ApiHelpers.h"
#include "tests/common/SharedServerTest.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>
#include <QWebSocket>
#include <gtest/gtest.h>
#include <sys/socket.h>

using namespace emporium;
using namespace emporium::test;

namespace {

// A WebSocket client that keeps every message it received.
class Client
{
public:
    explicit Client(quint16 port)
    {
        QObject::connect(&ws, &QWebSocket::textMessageReceived, [this](const QString &m) {
            messages << QJsonDocument::fromJson(m.toUtf8()).object();
        });
        ws.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)));
        waitUntil([this] { return ws.state() == QAbstractSocket::ConnectedState; }, 5000);
    }
    void send(const QJsonObject &o)
    {
        ws.sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }
    // Subscriptions have no acknowledgement: a ping answered after them proves they were handled.
    void subscribe(const QString &topic)
    {
        send({{QStringLiteral("type"), QStringLiteral("subscribe")}, {QStringLiteral("topic"), topic}});
        sync();
    }
    void unsubscribe(const QString &topic)
    {
        send({{QStringLiteral("type"), QStringLiteral("unsubscribe")}, {QStringLiteral("topic"), topic}});
        sync();
    }
    void sync()
    {
        const auto pongs = [this] {
            return std::count_if(messages.begin(), messages.end(),
                                 [](auto &m) { return m.value(u"type").toString() == u"pong"; });
        };
        const auto before = pongs();
        send({{QStringLiteral("type"), QStringLiteral("ping")}});
        waitUntil([&] { return pongs() > before; }, 5000);
    }
    bool auth(const QString &token)
    {
        send({{QStringLiteral("type"), QStringLiteral("auth")}, {QStringLiteral("token"), token}});
        return waitFor(QStringLiteral("authenticated"));
    }
    // the first message of `type` (and matching `pred`) received so far or within the timeout
    QJsonObject find(const QString &type, const std::function<bool(const QJsonObject &)> &pred = {},
                     int timeoutMs = 5000)
    {
        QJsonObject found;
        waitUntil(
            [&] {
                for (const QJsonObject &m : std::as_const(messages))
                    if (m.value(u"type").toString() == type && (!pred || pred(m))) {
                        found = m;
                        return true;
                    }
                return false;
            },
            timeoutMs);
        return found;
    }
    bool waitFor(const QString &type, const std::function<bool(const QJsonObject &)> &pred = {},
                 int timeoutMs = 5000)
    {
        return !find(type, pred, timeoutMs).isEmpty();
    }
    QWebSocket ws;
    QList<QJsonObject> messages;
};

class RealtimeTest : public SharedServerTest<RealtimeTest>
{
protected:
    static HttpReply order(qint64 item, int quantity, const QString &token)
    {
        return postJson(port(), "/api/v1/orders", orderBody(item, quantity),
                        bearer(token) + "Idempotency-Key: " + QUuid::createUuid().toByteArray() + "\r\n");
    }
    static qint64 viewers(qint64 item)
    {
        return httpGet(port(), "/api/v1/items/" + QByteArray::number(item))
            .json()
            .object()
            .value(u"viewers")
            .toInteger();
    }
};

TEST_F(RealtimeTest, PresenceCountsConnectionsWatchingAnItem)
{
    const auto count = [](qint64 n) {
        return [n](const QJsonObject &m) {
            return m.value(u"item_id").toInteger() == 5 && m.value(u"count").toInteger() == n;
        };
    };
    Client a(port()), b(port()), c(port());
    a.subscribe(QStringLiteral("item:5"));
    ASSERT_TRUE(a.waitFor(QStringLiteral("viewers"), count(1)));
    b.subscribe(QStringLiteral("item:5"));
    c.subscribe(QStringLiteral("item:5"));
    EXPECT_TRUE(a.waitFor(QStringLiteral("viewers"), count(3)));
    EXPECT_TRUE(c.waitFor(QStringLiteral("viewers"), count(3)));
    EXPECT_EQ(viewers(5), 3);

    a.messages.clear();
    c.ws.close(); // a window closes
    EXPECT_TRUE(a.waitFor(QStringLiteral("viewers"), count(2)));
    a.messages.clear();
    b.messages.clear();
    b.unsubscribe(QStringLiteral("item:5")); // another goes back to the shop
    EXPECT_TRUE(a.waitFor(QStringLiteral("viewers"), count(1)));
    EXPECT_EQ(viewers(5), 1);
    // b no longer hears item 5 (an earlier count may still be on its way: only the new one matters)
    EXPECT_FALSE(b.waitFor(QStringLiteral("viewers"), count(1), 300));
}

TEST_F(RealtimeTest, APurchaseReachesTheFeedTheItemTheSellerAndTheBuyersOtherWindow)
{
    const qint64 item = 14;
    const QString buyer = login(port(), QStringLiteral("buyer@demo.test"));
    const qint64 shop = httpGet(port(), "/api/v1/items/14")
                            .json()
                            .object()
                            .value(u"seller")
                            .toObject()
                            .value(u"id")
                            .toInteger();
    const QMap<qint64, QString> sellers{{1, QStringLiteral("seller@demo.test")},
                                        {2, QStringLiteral("northwind@demo.test")},
                                        {3, QStringLiteral("acme@demo.test")},
                                        {4, QStringLiteral("bluebird@demo.test")}};

    Client someone(port()); // anonymous, in another window
    someone.subscribe(QStringLiteral("feed"));
    Client viewer(port());
    viewer.subscribe(QStringLiteral("item:14"));
    Client otherWindow(port()); // the buyer's second window
    ASSERT_TRUE(otherWindow.auth(buyer));
    otherWindow.subscribe(QStringLiteral("user"));
    Client sellerWindow(port());
    ASSERT_TRUE(sellerWindow.auth(login(port(), sellers.value(shop))));
    sellerWindow.subscribe(QStringLiteral("seller"));
    ASSERT_TRUE(viewer.waitFor(QStringLiteral("viewers")));

    const HttpReply r = order(item, 2, buyer);
    ASSERT_EQ(r.status, 201) << r.body.toStdString();
    const QJsonObject placed = r.json().object();

    const QJsonObject purchase = someone.find(QStringLiteral("purchase"));
    ASSERT_FALSE(purchase.isEmpty());
    EXPECT_EQ(purchase.value(u"item_id").toInteger(), item);
    EXPECT_EQ(purchase.value(u"quantity").toInt(), 2);
    EXPECT_EQ(purchase.value(u"title").toString(),
              placed.value(u"lines").toArray()[0].toObject().value(u"title").toString());
    EXPECT_TRUE(purchase.contains(u"at"));
    EXPECT_FALSE(QJsonDocument(purchase).toJson().contains("buyer")); // nobody is named

    const QJsonObject stock = viewer.find(QStringLiteral("stock"));
    ASSERT_FALSE(stock.isEmpty());
    EXPECT_EQ(stock.value(u"stock").toInteger(),
              httpGet(port(), "/api/v1/items/14").json().object().value(u"stock").toInteger());
    EXPECT_TRUE(stock.contains(u"sold_count"));

    const QJsonObject mine = otherWindow.find(QStringLiteral("order"));
    EXPECT_EQ(mine.value(u"order").toObject().value(u"id"), placed.value(u"id"));

    const QJsonObject sale = sellerWindow.find(QStringLiteral("sale"));
    EXPECT_EQ(sale.value(u"order_id"), placed.value(u"id"));
    EXPECT_EQ(sale.value(u"quantity").toInt(), 2);
    EXPECT_GT(sale.value(u"total_cents").toInteger(), 0);
}

TEST_F(RealtimeTest, EveryWindowOfAUserSeesCartAndWishlistChanges)
{
    const QString token = login(port(), QStringLiteral("alice@demo.test"));
    Client second(port());
    ASSERT_TRUE(second.auth(token));
    second.subscribe(QStringLiteral("user"));
    ASSERT_EQ(httpRequest(port(), "PUT", "/api/v1/cart/items/9", R"({"quantity":2})",
                          "Content-Type: application/json\r\n" + bearer(token))
                  .status,
              200);
    const QJsonObject cart = second.find(QStringLiteral("cart"));
    ASSERT_FALSE(cart.isEmpty());
    const QJsonArray lines = cart.value(u"cart").toObject().value(u"lines").toArray();
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.last().toObject().value(u"quantity").toInt(), 2);
    ASSERT_EQ(httpRequest(port(), "PUT", "/api/v1/wishlist/8", {}, bearer(token)).status, 200);
    EXPECT_TRUE(second.waitFor(QStringLiteral("wishlist"),
                               [](const QJsonObject &m) { return !m.value(u"items").toArray().isEmpty(); }));
    // another user's windows hear nothing of it
    Client stranger(port());
    ASSERT_TRUE(stranger.auth(login(port(), QStringLiteral("bob@demo.test"))));
    stranger.subscribe(QStringLiteral("user"));
    httpRequest(port(), "PUT", "/api/v1/cart/items/9", R"({"quantity":1})",
                "Content-Type: application/json\r\n" + bearer(token));
    EXPECT_TRUE(second.waitFor(QStringLiteral("cart"), [](const QJsonObject &m) {
        return m.value(u"cart")
                   .toObject()
                   .value(u"lines")
                   .toArray()
                   .last()
                   .toObject()
                   .value(u"quantity")
                   .toInt() == 1;
    }));
    EXPECT_FALSE(stranger.waitFor(QStringLiteral("cart"), {}, 300));
}

bool signedOut(Client &c)
{
    return c.waitFor(QStringLiteral("error"),
                     [](const QJsonObject &m) { return m.value(u"code").toString() == u"unauthenticated"; });
}

// A window whose token was logged out (by another window of the same user) hears nothing private any more,
// is told so, and cannot subscribe again with it.
TEST_F(RealtimeTest, ALoggedOutTokenStopsTheUserTopicAndCannotSubscribeAgain)
{
    const QString token = login(port(), QStringLiteral("carol@demo.test"));
    const QString other = login(port(), QStringLiteral("carol@demo.test"));
    Client window(port());
    ASSERT_TRUE(window.auth(token));
    window.subscribe(QStringLiteral("user"));
    const auto changeCart = [&](int quantity) {
        return httpRequest(port(), "PUT", "/api/v1/cart/items/9",
                           QStringLiteral(R"({"quantity":%1})").arg(quantity).toUtf8(),
                           "Content-Type: application/json\r\n" + bearer(other))
            .status;
    };
    ASSERT_EQ(changeCart(1), 200);
    ASSERT_TRUE(window.waitFor(QStringLiteral("cart")));
    ASSERT_EQ(httpRequest(port(), "POST", "/api/v1/auth/logout", {}, bearer(token)).status, 204);
    window.messages.clear();
    ASSERT_EQ(changeCart(2), 200);
    EXPECT_TRUE(signedOut(window));
    EXPECT_FALSE(window.waitFor(QStringLiteral("cart"), {}, 300));
    window.messages.clear();
    window.subscribe(QStringLiteral("user"));
    EXPECT_TRUE(signedOut(window));
    ASSERT_EQ(changeCart(3), 200);
    EXPECT_FALSE(window.waitFor(QStringLiteral("cart"), {}, 300));
    EXPECT_EQ(window.ws.state(), QAbstractSocket::ConnectedState); // the public topics go on
}

// The same for a token that expired and for an account an admin disabled.
TEST_F(RealtimeTest, AnExpiredTokenOrADisabledAccountCannotKeepPrivateTopics)
{
    const QString token = login(port(), QStringLiteral("dave@demo.test"));
    Client window(port());
    ASSERT_TRUE(window.auth(token));
    window.subscribe(QStringLiteral("user"));
    server->sql(QStringLiteral("UPDATE sessions SET expires_at = '2000-01-01T00:00:00Z' WHERE user_id = "
                               "(SELECT id FROM users WHERE email = 'dave@demo.test')"));
    window.messages.clear();
    window.subscribe(QStringLiteral("user"));
    window.unsubscribe(QStringLiteral("user")); // (a subscription it still had would go quietly)
    window.subscribe(QStringLiteral("user"));
    EXPECT_TRUE(signedOut(window)) << "an expired token subscribed";

    const HttpReply made = postJson(port(), "/api/v1/auth/register",
                                    {{QStringLiteral("email"), QStringLiteral("soon-disabled@example.test")},
                                     {QStringLiteral("password"), QStringLiteral("long-enough-1")},
                                     {QStringLiteral("display_name"), QStringLiteral("Soon Disabled")},
                                     {QStringLiteral("role"), QStringLiteral("buyer")}});
    ASSERT_EQ(made.status, 201) << made.body.toStdString();
    const QJsonObject account = made.json().object();
    Client disabled(port());
    ASSERT_TRUE(disabled.auth(account.value(u"token").toString()));
    disabled.subscribe(QStringLiteral("user"));
    const QString admin = login(port(), QStringLiteral("admin@demo.test"));
    ASSERT_EQ(httpRequest(port(), "PATCH",
                          "/api/v1/admin/users/" +
                              QByteArray::number(account.value(u"user").toObject().value(u"id").toInteger()),
                          R"({"disabled":true})", "Content-Type: application/json\r\n" + bearer(admin))
                  .status,
              200);
    disabled.messages.clear();
    disabled.unsubscribe(QStringLiteral("user"));
    disabled.subscribe(QStringLiteral("user"));
    EXPECT_TRUE(signedOut(disabled)) << "a disabled account subscribed";
}

// An admin made a buyer again loses the admin topic on the socket it had, and cannot subscribe again.
TEST_F(RealtimeTest, ADemotedAdminLosesTheAdminTopic)
{
    const HttpReply made = postJson(port(), "/api/v1/auth/register",
                                    {{QStringLiteral("email"), QStringLiteral("briefly-admin@example.test")},
                                     {QStringLiteral("password"), QStringLiteral("long-enough-2")},
                                     {QStringLiteral("display_name"), QStringLiteral("Briefly Admin")},
                                     {QStringLiteral("role"), QStringLiteral("buyer")}});
    ASSERT_EQ(made.status, 201) << made.body.toStdString();
    const QByteArray user =
        "/api/v1/admin/users/" +
        QByteArray::number(made.json().object().value(u"user").toObject().value(u"id").toInteger());
    const QString admin = login(port(), QStringLiteral("admin@demo.test"));
    const auto setRole = [&](const char *role) {
        return httpRequest(port(), "PATCH", user, QByteArray(R"({"role":")") + role + "\"}",
                           "Content-Type: application/json\r\n" + bearer(admin))
            .status;
    };
    ASSERT_EQ(setRole("admin"), 200);
    Client window(port());
    ASSERT_TRUE(window.auth(made.json().object().value(u"token").toString()));
    window.subscribe(QStringLiteral("admin"));
    ASSERT_TRUE(window.waitFor(QStringLiteral("analytics")));
    ASSERT_EQ(setRole("buyer"), 200);
    EXPECT_TRUE(window.waitFor(QStringLiteral("error"), [](const QJsonObject &m) {
        return m.value(u"code").toString() == u"forbidden";
    }));
    window.sync();
    window.messages.clear();
    EXPECT_FALSE(window.waitFor(QStringLiteral("analytics"), {}, 2500))
        << "a buyer still hears the admin's figures";
    window.subscribe(QStringLiteral("admin"));
    EXPECT_TRUE(window.waitFor(QStringLiteral("error"), [](const QJsonObject &m) {
        return m.value(u"code").toString() == u"forbidden";
    }));
}

TEST_F(RealtimeTest, TopicsAreRefusedButTheConnectionStays)
{
    Client c(port());
    c.subscribe(QStringLiteral("user"));
    EXPECT_TRUE(c.waitFor(QStringLiteral("error"),
                          [](auto &m) { return m.value(u"code").toString() == u"unauthenticated"; }));
    c.send({{QStringLiteral("type"), QStringLiteral("auth")},
            {QStringLiteral("token"), QStringLiteral("emp_forged")}});
    EXPECT_TRUE(c.waitFor(QStringLiteral("error"),
                          [](auto &m) { return m.value(u"message").toString().contains(u"invalid"); }));
    ASSERT_TRUE(c.auth(login(port(), QStringLiteral("carol@demo.test"))));
    c.messages.clear();
    c.subscribe(QStringLiteral("seller"));
    EXPECT_TRUE(c.waitFor(QStringLiteral("error"),
                          [](auto &m) { return m.value(u"code").toString() == u"forbidden"; }));
    c.messages.clear();
    c.subscribe(QStringLiteral("admin"));
    EXPECT_TRUE(c.waitFor(QStringLiteral("error"),
                          [](auto &m) { return m.value(u"code").toString() == u"forbidden"; }));
    c.messages.clear();
    c.subscribe(QStringLiteral("user:1")); // someone else's, by its internal name
    EXPECT_TRUE(c.waitFor(QStringLiteral("error"),
                          [](auto &m) { return m.value(u"code").toString() == u"invalid_request"; }));
    c.ws.sendTextMessage(QStringLiteral("not json"));
    EXPECT_TRUE(c.waitFor(QStringLiteral("error"),
                          [](auto &m) { return m.value(u"code").toString() == u"invalid_request"; }));
    c.messages.clear();
    for (int i = 1; i <= 70; ++i)
        c.subscribe(QStringLiteral("item:%1").arg(i));
    EXPECT_TRUE(c.waitFor(QStringLiteral("error"),
                          [](auto &m) { return m.value(u"code").toString() == u"rate_limited"; }));
    c.send({{QStringLiteral("type"), QStringLiteral("ping")}});
    EXPECT_TRUE(c.waitFor(QStringLiteral("pong")));
    EXPECT_EQ(c.ws.state(), QAbstractSocket::ConnectedState);
}

TEST_F(RealtimeTest, AdminGetsASnapshotEverySecond)
{
    Client admin(port());
    ASSERT_TRUE(admin.auth(login(port(), QStringLiteral("admin@demo.test"))));
    admin.subscribe(QStringLiteral("admin"));
    const QJsonObject first = admin.find(QStringLiteral("analytics"), {}, 3000);
    ASSERT_FALSE(first.isEmpty());
    EXPECT_GE(first.value(u"connections_now").toInt(), 1);
    // the same object as GET /api/v1/admin/analytics
    const QJsonObject endpoint =
        httpGet(port(), "/api/v1/admin/analytics", bearer(login(port(), QStringLiteral("admin@demo.test"))))
            .json()
            .object();
    for (const QString &key : endpoint.keys())
        EXPECT_TRUE(first.contains(key)) << key.toStdString();
    EXPECT_EQ(first.value(u"orders_per_minute").toArray().size(), 60);
    admin.messages.clear();
    EXPECT_TRUE(admin.waitFor(QStringLiteral("analytics"), {}, 3000)); // and again
}

// A raw client that completes the handshake and then never reads.
QByteArray maskedText(const QByteArray &payload)
{
    QByteArray f;
    f.append(char(0x81));
    f.append(char(0x80 | payload.size())); // payloads here are < 126 bytes
    f.append(QByteArray(4, '\0'));         // a zero mask leaves the payload as it is
    f.append(payload);
    return f;
}

TEST(RealtimeSlowConsumer, IsDroppedWhileOthersKeepReceiving)
{
    TestServer::Options o;
    o.wsMaxQueuedBytes = 64 * 1024;
    TestServer server(o);
    ASSERT_TRUE(server.start());

    QTcpSocket slow;
    slow.setReadBufferSize(1); // Qt reads at most a byte; the kernel buffer fills
    slow.connectToHost(QHostAddress::LocalHost, server.port());
    ASSERT_TRUE(slow.waitForConnected(3000));
    const int small = 4096;
    ::setsockopt(int(slow.socketDescriptor()), SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
    slow.write("GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    slow.write(maskedText(R"({"type":"subscribe","topic":"feed"})"));
    slow.flush();

    Client good(server.port());
    good.subscribe(QStringLiteral("feed"));
    const auto connections = [&] {
        for (const QByteArray &l : httpGet(server.port(), "/metrics").body.split('\n'))
            if (l.startsWith("emporium_websocket_connections "))
                return l.mid(31).toInt();
        return -1;
    };
    ASSERT_TRUE(waitUntil([&] { return connections() == 2; }));

    // the slow client asks for a lot and reads nothing
    const QByteArray ping = maskedText(R"({"type":"ping"})");
    QByteArray flood;
    for (int i = 0; i < 40000; ++i)
        flood += ping;
    slow.write(flood);
    ASSERT_TRUE(waitUntil(
        [&] {
            slow.flush();
            return connections() == 1;
        },
        20000))
        << "the slow client was not dropped";

    // the other client is still served
    const HttpReply r = postJson(server.port(), "/api/v1/orders", orderBody(3, 1),
                                 bearer(login(server.port(), QStringLiteral("dave@demo.test"))) +
                                     "Idempotency-Key: slow-1\r\n");
    ASSERT_EQ(r.status, 201);
    EXPECT_TRUE(good.waitFor(QStringLiteral("purchase")));
}

} // namespace
