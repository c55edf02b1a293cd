// The realtime routing without widgets and without a server: frames as the server sends them
// (written with the protocol types) reach the models they change, and what only a page shows
// comes out as a signal.
#include "app/api/LiveUpdates.h"
#include "app/api/ApiClient.h"
#include "app/models/AdminAnalytics.h"
#include "app/models/CartModel.h"
#include "app/models/OrdersModel.h"
#include "app/models/SalesModel.h"
#include "app/models/SellerStats.h"
#include "app/models/WishlistModel.h"
#include "server/protocol/JsonWriter.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::client;

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
