// The realtime routing without widgets. First without a server: frames as the server sends them
// (written with the protocol types) reach the models they change, and what only a page shows
// comes out as a signal. Then against a real server: the topics follow the session and the open
// item (the server's viewer counts and the events it sends say so), and after a reconnect the
// models load what they missed.
#include "app/api/LiveUpdates.h"
#include "app/api/ApiClient.h"
#include "app/api/RealtimeClient.h"
#include "app/api/Session.h"
#include "app/api/TokenStore.h"
#include "app/models/AdminAnalytics.h"
#include "app/models/AdminUsersModel.h"
#include "app/models/CartModel.h"
#include "app/models/CatalogModel.h"
#include "app/models/InventoryModel.h"
#include "app/models/OrdersModel.h"
#include "app/models/SalesModel.h"
#include "app/models/SellerStats.h"
#include "app/models/WishlistModel.h"
#include "server/protocol/JsonWriter.h"
#include "tests/common/ApiRequests.h"
#include "tests/common/SharedServerProcessTest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::client;
using namespace emporium::test;

namespace {

template <typename E> QJsonObject frame(const E &event)
{
    protocol::JsonWriter w;
    event.write(w);
    return QJsonDocument::fromJson(w.data()).object();
}

protocol::ItemSummary item(qint64 id)
{
    protocol::ItemSummary s;
    s.id = id;
    s.title = QStringLiteral("Item %1").arg(id);
    s.priceCents = 1000;
    s.currency = QStringLiteral("USD");
    s.stock = 3;
    return s;
}

class LiveUpdatesTest : public ::testing::Test
{
protected:
    ApiClient api; // never asked: nothing here loads
    CartModel cart{api};
    WishlistModel wishlist{api};
    OrdersModel orders{api};
    SalesModel sales{api};
    SellerStats stats{api};
    AdminAnalytics analytics{api};
    LiveUpdates live{
        {nullptr, nullptr, nullptr, &cart, &wishlist, &orders, nullptr, &sales, &stats, &analytics}};
};

} // namespace

TEST_F(LiveUpdatesTest, FeedAndItemEventsBecomeSignals)
{
    QSignalSpy purchased(&live, &LiveUpdates::purchased);
    QSignalSpy stock(&live, &LiveUpdates::itemStockChanged);
    QSignalSpy viewers(&live, &LiveUpdates::itemViewersChanged);
    live.handle(
        frame(protocol::PurchaseEvent{5, QStringLiteral("Lamp"), 2, QStringLiteral("2026-11-21T10:00:00Z")}));
    live.handle(frame(protocol::StockEvent{5, 1, 9}));
    live.handle(frame(protocol::ViewersEvent{5, 4}));
    ASSERT_EQ(purchased.count(), 1);
    EXPECT_EQ(purchased.first().at(0).toString(), QStringLiteral("Lamp"));
    EXPECT_EQ(purchased.first().at(1).toInt(), 2);
    ASSERT_EQ(stock.count(), 1);
    EXPECT_EQ(stock.first().at(1).toLongLong(), 1);
    ASSERT_EQ(viewers.count(), 1);
    EXPECT_EQ(viewers.first().at(1).toInt(), 4);
}

TEST_F(LiveUpdatesTest, UserEventsReachTheBuyersModels)
{
    protocol::Cart c;
    c.lines = {{item(5), 2, 2000}};
    c.totalCents = 2000;
    live.handle(frame(protocol::CartEvent{c}));
    EXPECT_EQ(cart.cart(), c);
    live.handle(frame(protocol::WishlistEvent{{item(6)}}));
    EXPECT_TRUE(wishlist.contains(6));
    protocol::Order o;
    o.id = 77;
    o.status = QStringLiteral("paid");
    live.handle(frame(protocol::OrderEvent{o}));
    ASSERT_EQ(orders.rowCount(), 1);
    EXPECT_EQ(orders.orderAt(0).id, 77);
}

TEST_F(LiveUpdatesTest, SellerAndAdminEventsReachTheirModels)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    live.handle(frame(protocol::SaleEvent{41, 5, 2, 2000, now}));
    ASSERT_EQ(sales.rowCount(), 1);
    EXPECT_EQ(sales.lineAt(0).orderId, 41);
    EXPECT_EQ(stats.revenueCents(), 2000);
    EXPECT_EQ(stats.units(), 2);

    QSignalSpy changed(&analytics, &AdminAnalytics::changed);
    protocol::AnalyticsSnapshot s;
    s.viewersNow = 12;
    s.revenueTodayCents = 5000;
    live.handle(frame(protocol::AnalyticsEvent{s}));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(analytics.snapshot().viewersNow, 12);
    EXPECT_EQ(analytics.snapshot().revenueTodayCents, 5000);
}

TEST_F(LiveUpdatesTest, UnknownAndErrorMessagesChangeNothing)
{
    QSignalSpy purchased(&live, &LiveUpdates::purchased);
    live.handle(QJsonObject{{QStringLiteral("type"), QStringLiteral("pong")}});
    live.handle(
        frame(protocol::ErrorEvent{QStringLiteral("forbidden"), QStringLiteral("topic admin is not yours")}));
    live.handle(QJsonObject{});
    EXPECT_EQ(purchased.count(), 0);
    EXPECT_EQ(orders.rowCount(), 0);
    EXPECT_TRUE(cart.cart().lines.isEmpty());
}

namespace {

// One window's client objects and the models LiveUpdates keeps, following a real server.
class FollowingTest : public SharedServerProcessTest<FollowingTest>
{
protected:
    void follow(const QUrl &server)
    {
        api.setBaseUrl(server);
        QObject::connect(&realtime, &RealtimeClient::messageReceived,
                         [this](const QJsonObject &m) { frames << m; });
        live.followSession(session, realtime);
        realtime.open(api.webSocketUrl());
        ASSERT_TRUE(waitUntil([&] { return realtime.state() == RealtimeClient::State::Connected; }));
    }
    void signIn(const QString &email)
    {
        session.signIn(email, QStringLiteral("demo1234"));
        ASSERT_TRUE(waitUntil([&] { return session.isSignedIn(); }));
    }
    // Returns once the server has read everything sent before: it answers a ping in order.
    void sync()
    {
        const int pongs = framesOf("pong");
        realtime.send(protocol::pingMessage());
        ASSERT_TRUE(waitUntil([&] { return framesOf("pong") > pongs; }));
    }
    int framesOf(const char *type, qsizetype from = 0) const
    {
        int n = 0;
        for (qsizetype i = from; i < frames.size(); ++i)
            n += frames[i].value(u"type").toString() == QLatin1String(type);
        return n;
    }
    static qint64 viewers(quint16 port, qint64 item)
    {
        return httpGet(port, "/api/v1/items/" + QByteArray::number(item))
            .json()
            .object()
            .value(u"viewers")
            .toInteger(-1);
    }
    // the ids of the first in-stock items of the public catalog
    static QList<qint64> itemsInStock(quint16 port, int n)
    {
        QList<qint64> ids;
        for (const QJsonValue &v :
             httpGet(port, "/api/v1/items?per_page=20").json().object().value(u"items").toArray())
            if (ids.size() < n && v.toObject().value(u"stock").toInteger() >= 5)
                ids << v.toObject().value(u"id").toInteger();
        return ids;
    }
    static HttpReply putCartLine(quint16 port, const QString &token, qint64 item, int quantity)
    {
        return httpRequest(port, "PUT", "/api/v1/cart/items/" + QByteArray::number(item),
                           "{\"quantity\":" + QByteArray::number(quantity) + "}",
                           bearer(token) + "Content-Type: application/json\r\n");
    }

    QList<QJsonObject> frames; // every message the server sent, in order
    QTemporaryDir dir;
    ApiClient api;
    TokenStore tokens{dir.path()};
    Session session{api, tokens};
    RealtimeClient realtime;
    CatalogModel catalog{api};
    CartModel cart{api};
    WishlistModel wishlist{api};
    OrdersModel orders{api};
    InventoryModel inventory{api};
    SalesModel sales{api};
    SellerStats stats{api};
    AdminAnalytics analytics{api};
    AdminUsersModel users{api};
    LiveUpdates live{{&catalog, nullptr, nullptr, &cart, &wishlist, &orders, &inventory, &sales, &stats,
                      &analytics, &users}};
};

TEST_F(FollowingTest, ASellerFollowsUserAndSellerButNotAdmin)
{
    follow(server->url());
    EXPECT_EQ(realtime.subscribedTopics(), (QStringList{QStringLiteral("feed"), QStringLiteral("stock")}));
    signIn(QStringLiteral("northwind@demo.test"));
    EXPECT_EQ(realtime.subscribedTopics(), (QStringList{QStringLiteral("feed"), QStringLiteral("seller"),
                                                        QStringLiteral("stock"), QStringLiteral("user")}));
    // the shop's models load for the seller: the inventory with its categories, sales, stats
    ASSERT_TRUE(waitUntil([&] { return inventory.rowCount() > 0 && !inventory.isLoading(); }));
    EXPECT_FALSE(inventory.categories().isEmpty());
    ASSERT_TRUE(waitUntil([&] { return stats.series().size() == SellerStats::bucketCount(stats.bucket()); }));
    sync();

    // the server sends this account's events: a wishlist change on `user`...
    qint64 itemId = 0; // one of the shop's items with stock to sell
    for (int row = 0; row < inventory.rowCount(); ++row)
        if (inventory.itemAt(row).summary.stock >= 5)
            itemId = inventory.itemAt(row).summary.id;
    ASSERT_NE(itemId, 0);
    ASSERT_EQ(httpRequest(port(), "PUT", "/api/v1/wishlist/" + QByteArray::number(itemId), {},
                          bearer(session.token()))
                  .status,
              200);
    ASSERT_TRUE(waitUntil([&] { return framesOf(protocol::WishlistEvent::kType) == 1; }));
    EXPECT_TRUE(wishlist.contains(itemId));
    // ...and a sale of the shop on `seller`
    const HttpReply order =
        placeOrder(port(), login(port(), QStringLiteral("dave@demo.test")), itemId, 1, "live-updates-seller");
    ASSERT_EQ(order.status, 201) << order.body.toStdString();
    const qint64 orderId = order.json().object().value(u"id").toInteger();
    ASSERT_TRUE(waitUntil([&] { return framesOf(protocol::SaleEvent::kType) == 1; }));
    ASSERT_TRUE(waitUntil([&] { return sales.rowCount() > 0 && sales.lineAt(0).orderId == orderId; }));
    // never asked for `admin`: the server would have refused it ("topic admin is not yours")
    EXPECT_EQ(framesOf(protocol::ErrorEvent::kType), 0);
}

TEST_F(FollowingTest, SigningOutLeavesEveryPrivateTopic)
{
    follow(server->url());
    signIn(QStringLiteral("bob@demo.test"));
    EXPECT_EQ(realtime.subscribedTopics(),
              (QStringList{QStringLiteral("feed"), QStringLiteral("stock"), QStringLiteral("user")}));
    sync();
    const QList<qint64> items = itemsInStock(port(), 3);
    ASSERT_EQ(items.size(), 3);
    const QString otherWindow = login(port(), QStringLiteral("bob@demo.test")); // the same account elsewhere
    ASSERT_EQ(putCartLine(port(), otherWindow, items[0], 2).status, 200);
    ASSERT_TRUE(waitUntil([&] { return framesOf(protocol::CartEvent::kType) == 1; }));
    ASSERT_TRUE(waitUntil([&] { return cart.itemCount() > 0; }));

    session.signOut();
    EXPECT_EQ(realtime.subscribedTopics(), (QStringList{QStringLiteral("feed"), QStringLiteral("stock")}));
    EXPECT_EQ(cart.rowCount(), 0);
    EXPECT_EQ(orders.rowCount(), 0);
    sync();
    const qsizetype signedOut = frames.size();
    ASSERT_EQ(putCartLine(port(), otherWindow, items[1], 1).status, 200);
    // someone's order reaches the feed after whatever the server published before it
    ASSERT_EQ(placeOrder(port(), login(port(), QStringLiteral("dave@demo.test")), items[2], 1,
                         "live-updates-signed-out")
                  .status,
              201);
    ASSERT_TRUE(waitUntil([&] { return framesOf(protocol::PurchaseEvent::kType, signedOut) > 0; }));
    EXPECT_EQ(framesOf(protocol::CartEvent::kType, signedOut), 0);
    EXPECT_EQ(cart.rowCount(), 0);
}

TEST_F(FollowingTest, OnlyTheOpenItemCountsThisWindowAsAViewer)
{
    follow(server->url());
    live.openItem(3);
    ASSERT_TRUE(waitUntil([&] { return viewers(port(), 3) == 1; }));
    live.openItem(5);
    ASSERT_TRUE(waitUntil([&] { return viewers(port(), 5) == 1 && viewers(port(), 3) == 0; }));
    EXPECT_EQ(live.openItemId(), 5);
    EXPECT_EQ(realtime.subscribedTopics(),
              (QStringList{QStringLiteral("feed"), QStringLiteral("item:5"), QStringLiteral("stock")}));
    live.closeItem();
    ASSERT_TRUE(waitUntil([&] { return viewers(port(), 5) == 0; }));
    EXPECT_EQ(realtime.subscribedTopics(), (QStringList{QStringLiteral("feed"), QStringLiteral("stock")}));
}

TEST_F(FollowingTest, AfterAReconnectTheModelsLoadWhatTheyMissed)
{
    ServerProcess own; // its own server, to restart it
    ASSERT_TRUE(own.start());
    follow(own.url());
    QSignalSpy ordersLoaded(&orders, &OrdersModel::loaded);
    signIn(QStringLiteral("alice@demo.test"));
    catalog.reload();
    ASSERT_TRUE(waitUntil([&] { return catalog.rowCount() > 0 && ordersLoaded.count() > 0; }));
    const QList<qint64> items = itemsInStock(own.port(), 2);
    ASSERT_EQ(items.size(), 2);
    const auto card = [&](qint64 id) -> const protocol::ItemSummary * {
        for (int row = 0; row < catalog.rowCount(); ++row)
            if (catalog.itemAt(row).id == id)
                return &catalog.itemAt(row);
        return nullptr;
    };
    ASSERT_NE(card(items[1]), nullptr);
    const qint64 stockBefore = card(items[1])->stock;
    QSignalSpy reconnected(&realtime, &RealtimeClient::reconnected);

    own.stop();
    ASSERT_TRUE(waitUntil([&] { return realtime.state() == RealtimeClient::State::Reconnecting; }));
    ASSERT_TRUE(own.start()); // same port
    // Changed before this client is back (it cannot be: these calls block its event loop), so no
    // event brings the changes; only loading again does.
    const QString otherWindow = login(own.port(), QStringLiteral("alice@demo.test"));
    ASSERT_EQ(putCartLine(own.port(), otherWindow, items[0], 3).status, 200);
    const HttpReply order = placeOrder(own.port(), otherWindow, items[1], 1, "live-updates-missed");
    ASSERT_EQ(order.status, 201) << order.body.toStdString();
    const qint64 orderId = order.json().object().value(u"id").toInteger();
    const qsizetype restarted = frames.size();

    ASSERT_TRUE(waitUntil([&] { return reconnected.count() == 1; }, 20000));
    EXPECT_TRUE(waitUntil([&] {
        const auto &lines = cart.cart().lines;
        return std::any_of(lines.cbegin(), lines.cend(), [&](const protocol::CartLine &l) {
            return l.item.id == items[0] && l.quantity == 3;
        });
    }));
    EXPECT_TRUE(waitUntil([&] { return orders.rowCount() > 0 && orders.orderAt(0).id == orderId; }));
    EXPECT_TRUE(waitUntil([&] { return card(items[1]) && card(items[1])->stock == stockBefore - 1; }));
    EXPECT_EQ(framesOf(protocol::CartEvent::kType, restarted), 0);
    EXPECT_EQ(framesOf(protocol::OrderEvent::kType, restarted), 0);
}

} // namespace
