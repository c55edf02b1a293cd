// Several emporium-server processes on one PostgreSQL database (the suites' private cluster): what one
// commits reaches the others' copies within a second, through the change log and LISTEN/NOTIFY. A price
// and a title changed through server A show on B's item page (which B had cached), its ETag and its search;
// an item delisted on A is gone from B; a purchase on A moves the stock B's item-page watchers see and
// reaches B's feed, the seller's and the buyer's windows on B and B's admin figures; a cart, a wishlist and a
// shipped order follow the buyer to B; viewers are summed over both and a killed server's viewers expire;
// failed sign-ins count on both; and a server whose listening connection was cut catches up on what it
// missed.
#include "tests/common/ApiRequests.h"
#include "tests/common/ServerProcess.h"
#include "tests/common/TestDatabase.h"
#include "tests/common/TestSupport.h"
#include "tests/common/TopicListener.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace emporium::test;

namespace {

constexpr int kWithinMs = 1000; // what the issue promises
// (a little more for the round trips of the test's own requests on a loaded machine)
constexpr int kWaitMs = kWithinMs + 1500;

class ChangeFeedTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!TestServer::onPostgresql())
            GTEST_SKIP() << "several servers share a PostgreSQL database only";
        if (database.url().isEmpty()) // (a failure under README's test command, where a cluster is required)
            GTEST_SKIP() << TestDatabase::why().toStdString();
        ServerProcess::Options first;
        first.databaseUrl = database.url();
        a = std::make_unique<ServerProcess>(first);
        QString error;
        ASSERT_TRUE(a->start(&error)) << error.toStdString(); // seeds the demo shop
        ServerProcess::Options second = first;
        second.demo = false;
        b = std::make_unique<ServerProcess>(second);
        ASSERT_TRUE(b->start(&error)) << error.toStdString();
        seller = login(a->port(), QStringLiteral("seller@demo.test"));
        ASSERT_FALSE(seller.isEmpty());
    }

    static QJsonObject item(quint16 port, qint64 id) { return httpGet(port, path(id)).json().object(); }
    static QByteArray path(qint64 id) { return "/api/v1/items/" + QByteArray::number(id); }
    // the first item of the seller's shop
    qint64 sellersItem() const
    {
        const HttpReply r =
            httpRequest(a->port(), "GET", "/api/v1/seller/items?per_page=1", {}, bearer(seller));
        return r.json().object().value(u"items").toArray().first().toObject().value(u"id").toInteger();
    }
    HttpReply patch(qint64 id, const QJsonObject &body) const
    {
        return httpRequest(a->port(), "PATCH", "/api/v1/seller/items/" + QByteArray::number(id),
                           QJsonDocument(body).toJson(QJsonDocument::Compact),
                           "Content-Type: application/json\r\n" + bearer(seller));
    }
    // Waits for `done` and says how long it took (ms), or -1.
    static qint64 msUntil(const std::function<bool()> &done)
    {
        QElapsedTimer t;
        t.start();
        return waitUntil(done, kWaitMs) ? t.elapsed() : -1;
    }

    ShopDatabase database{QString()};
    std::unique_ptr<ServerProcess> a, b;
    QString seller;
};

TEST_F(ChangeFeedTest, APriceAndTitleChangedOnOneServerShowOnTheOthersPageEtagAndSearch)
{
    const qint64 id = sellersItem();
    ASSERT_GT(id, 0);
    const HttpReply before = httpGet(b->port(), path(id)); // B has it cached now, and its shop's page
    ASSERT_EQ(before.status, 200);
    const QByteArray shopPage =
        "/api/v1/items?per_page=100&seller=" +
        QByteArray::number(before.json().object().value(u"seller").toObject().value(u"id").toInteger());
    const QByteArray etagBefore = httpGet(b->port(), shopPage).header("etag");
    ASSERT_FALSE(etagBefore.isEmpty());
    const qint64 price = before.json().object().value(u"price_cents").toInteger() + 111;
    ASSERT_EQ(patch(id, {{QStringLiteral("price_cents"), price},
                         {QStringLiteral("title"), QStringLiteral("Zanzibar teapot")}})
                  .status,
              200);
    const qint64 took =
        msUntil([&] { return item(b->port(), id).value(u"price_cents").toInteger() == price; });
    ASSERT_GE(took, 0) << "B still shows " << item(b->port(), id).value(u"price_cents").toInteger();
    EXPECT_LE(took, kWaitMs);
    const HttpReply after = httpGet(b->port(), path(id));
    EXPECT_EQ(after.json().object().value(u"title").toString(), QStringLiteral("Zanzibar teapot"));
    const HttpReply page = httpGet(b->port(), shopPage);
    EXPECT_NE(page.header("etag"), etagBefore);
    EXPECT_TRUE(page.body.contains("Zanzibar teapot"));
    std::printf("B followed A's change in %lld ms\n", qlonglong(took));
    const QJsonArray found =
        httpGet(b->port(), "/api/v1/items?q=zanzibar").json().object().value(u"items").toArray();
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().toObject().value(u"id").toInteger(), id);
    // a new word of the catalog is in B's vocabulary too: misspelt, it is corrected to it
    const QJsonArray corrected =
        httpGet(b->port(), "/api/v1/items?q=zanzibr").json().object().value(u"items").toArray();
    ASSERT_EQ(corrected.size(), 1);
    EXPECT_EQ(corrected.first().toObject().value(u"id").toInteger(), id);
}

TEST_F(ChangeFeedTest, AnItemDelistedOnOneServerIsGoneFromTheOther)
{
    const qint64 id = sellersItem();
    ASSERT_EQ(httpGet(b->port(), path(id)).status, 200);
    ASSERT_EQ(
        httpRequest(a->port(), "DELETE", "/api/v1/seller/items/" + QByteArray::number(id), {}, bearer(seller))
            .status,
        204);
    EXPECT_GE(msUntil([&] { return httpGet(b->port(), path(id)).status == 404; }), 0);
}

TEST_F(ChangeFeedTest, APurchaseOnOneServerMovesTheStockTheOthersWatchersSee)
{
    const qint64 id = sellersItem();
    const qint64 stock = item(b->port(), id).value(u"stock").toInteger();
    ASSERT_GT(stock, 2);
    TopicListener watcher(b->port(), QStringLiteral("item:%1").arg(id));
    const QString buyer = login(a->port(), QStringLiteral("buyer@demo.test"));
    ASSERT_EQ(placeOrder(a->port(), buyer, id, 2, "feed-stock-1").status, 201);
    EXPECT_GE(msUntil([&] {
                  return !watcher
                              .find(QStringLiteral("stock"),
                                    [&](const QJsonObject &m) {
                                        return m.value(u"stock").toInteger() == stock - 2;
                                    })
                              .isEmpty();
              }),
              0);
    EXPECT_EQ(item(b->port(), id).value(u"stock").toInteger(), stock - 2);
}

TEST_F(ChangeFeedTest, AServerWhoseListeningConnectionWasCutCatchesUp)
{
    const qint64 id = sellersItem();
    const qint64 price = item(b->port(), id).value(u"price_cents").toInteger() + 7;
    // every feed's listening connection cut at once (the database restarting would do the same)
    const int cut =
        database
            .sql(QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                "WHERE datname = current_database() AND application_name = 'emporium-feed'"))
            .toInt();
    EXPECT_EQ(cut, 2);
    ASSERT_EQ(patch(id, {{QStringLiteral("price_cents"), price}}).status, 200);
    // (found at its next look, a second at most, then connected again and caught up)
    EXPECT_TRUE(waitUntil([&] { return item(b->port(), id).value(u"price_cents").toInteger() == price; },
                          kWaitMs + kWithinMs));
}

TEST_F(ChangeFeedTest, APurchaseOnOneServerReachesTheFeedTheSellerTheBuyerAndTheAdminOfTheOther)
{
    const qint64 id = sellersItem();
    const QString buyer = login(b->port(), QStringLiteral("buyer@demo.test"));
    const QString admin = login(b->port(), QStringLiteral("admin@demo.test"));
    TopicListener feed(b->port(), QStringLiteral("feed"));
    TopicListener sales(b->port(), QStringLiteral("seller"), seller);
    TopicListener mine(b->port(), QStringLiteral("user"), buyer);
    const auto ordersNow = [&] { // this minute's orders in B's admin figures
        const QJsonArray minutes = httpRequest(b->port(), "GET", "/api/v1/admin/analytics", {}, bearer(admin))
                                       .json()
                                       .object()
                                       .value(u"orders_per_minute")
                                       .toArray();
        return minutes.isEmpty() ? -1 : minutes.last().toObject().value(u"orders").toInteger();
    };
    const qint64 ordersBefore = ordersNow();
    ASSERT_GE(ordersBefore, 0);
    const HttpReply placed = placeOrder(a->port(), buyer, id, 1, "feed-purchase-1");
    ASSERT_EQ(placed.status, 201) << placed.body.toStdString();
    const qint64 order = placed.json().object().value(u"id").toInteger();
    const auto ofItem = [&](const QJsonObject &m) { return m.value(u"item_id").toInteger() == id; };
    EXPECT_GE(msUntil([&] { return !feed.find(QStringLiteral("purchase"), ofItem).isEmpty(); }), 0)
        << "no purchase on B's feed";
    EXPECT_GE(
        msUntil([&] {
            return !sales
                        .find(QStringLiteral("sale"),
                              [&](const QJsonObject &m) { return m.value(u"order_id").toInteger() == order; })
                        .isEmpty();
        }),
        0)
        << "the seller's window on B heard no sale";
    EXPECT_GE(msUntil([&] {
                  return !mine.find(QStringLiteral("order"),
                                    [&](const QJsonObject &m) {
                                        return m.value(u"order").toObject().value(u"id").toInteger() == order;
                                    })
                              .isEmpty();
              }),
              0)
        << "the buyer's window on B heard no order";
    EXPECT_GE(msUntil([&] { return ordersNow() > ordersBefore; }), 0) << "B's admin figures missed it";
    // told once: B's watchers do not hear it twice
    waitUntil([] { return false; }, 500);
    int purchases = 0;
    for (const QJsonObject &m : feed.messages)
        purchases += m.value(u"type").toString() == u"purchase" && ofItem(m);
    EXPECT_EQ(purchases, 1);
}

TEST_F(ChangeFeedTest, TheBuyersWindowsOnTwoServersStayInSync)
{
    const qint64 id = sellersItem();
    const QString buyer = login(a->port(), QStringLiteral("alice@demo.test"));
    TopicListener other(b->port(), QStringLiteral("user"), buyer);
    ASSERT_EQ(httpRequest(a->port(), "PUT", "/api/v1/cart/items/" + QByteArray::number(id),
                          R"({"quantity":3})", "Content-Type: application/json\r\n" + bearer(buyer))
                  .status,
              200);
    const auto cartHas = [&](int quantity) {
        return [&, quantity] {
            return !other
                        .find(QStringLiteral("cart"),
                              [&](const QJsonObject &m) {
                                  for (const QJsonValue &l :
                                       m.value(u"cart").toObject().value(u"lines").toArray())
                                      if (l[u"item"][u"id"].toInteger() == id &&
                                          l[u"quantity"].toInt() == quantity)
                                          return true;
                                  return false;
                              })
                        .isEmpty();
        };
    };
    EXPECT_GE(msUntil(cartHas(3)), 0) << "B's window missed the cart";
    ASSERT_EQ(
        httpRequest(a->port(), "PUT", "/api/v1/wishlist/" + QByteArray::number(id), {}, bearer(buyer)).status,
        200);
    EXPECT_GE(msUntil([&] {
                  return !other
                              .find(QStringLiteral("wishlist"),
                                    [&](const QJsonObject &m) {
                                        const QJsonArray items = m.value(u"items").toArray();
                                        return !items.isEmpty() && items.first()[u"id"].toInteger() == id;
                                    })
                              .isEmpty();
              }),
              0)
        << "B's window missed the wishlist";
    // the order placed on B empties the cart A's window shows
    TopicListener first(a->port(), QStringLiteral("user"), buyer);
    QJsonObject fromCart = orderBody(id, 3);
    fromCart.remove(QStringLiteral("lines"));
    const HttpReply placed =
        postJson(b->port(), "/api/v1/orders", fromCart, bearer(buyer) + "Idempotency-Key: feed-cart-1\r\n");
    ASSERT_EQ(placed.status, 201) << placed.body.toStdString();
    EXPECT_GE(msUntil([&] {
                  return !first
                              .find(
                                  QStringLiteral("cart"),
                                  [](const QJsonObject &m) {
                                      return m.value(u"cart").toObject().value(u"lines").toArray().isEmpty();
                                  })
                              .isEmpty();
              }),
              0)
        << "A's window still shows the ordered cart";
    // shipped on A: the buyer's window on B sees it move
    const qint64 order = placed.json().object().value(u"id").toInteger();
    ASSERT_EQ(postJson(a->port(), "/api/v1/seller/orders/" + QByteArray::number(order) + "/ship",
                       {{QStringLiteral("carrier"), QStringLiteral("DHL")},
                        {QStringLiteral("tracking_number"), QStringLiteral("JD0001")}},
                       bearer(seller))
                  .status,
              200);
    EXPECT_GE(msUntil([&] {
                  return !other
                              .find(QStringLiteral("order"),
                                    [&](const QJsonObject &m) {
                                        const QJsonObject o = m.value(u"order").toObject();
                                        return o.value(u"id").toInteger() == order &&
                                               o.value(u"status").toString() == u"shipped";
                                    })
                              .isEmpty();
              }),
              0)
        << "B's window missed the shipment";
}

TEST_F(ChangeFeedTest, ViewersAreSummedOverServersAndADeadServersViewersExpire)
{
    const qint64 id = sellersItem();
    const QString topic = QStringLiteral("item:%1").arg(id);
    TopicListener here(a->port(), topic);
    auto there1 = std::make_unique<TopicListener>(b->port(), topic);
    auto there2 = std::make_unique<TopicListener>(b->port(), topic);
    const auto viewersOnA = [&] { return item(a->port(), id).value(u"viewers").toInt(); };
    const QString admin = login(a->port(), QStringLiteral("admin@demo.test"));
    const auto adminFigure = [&](const char *name) { // A's admin figures: all servers'
        return httpRequest(a->port(), "GET", "/api/v1/admin/analytics", {}, bearer(admin))
            .json()
            .object()
            .value(QLatin1String(name))
            .toInt();
    };
    const auto heard = [&](int count) {
        return !here.find(QStringLiteral("viewers"),
                          [count](const QJsonObject &m) { return m.value(u"count").toInt() == count; })
                    .isEmpty();
    };
    // within a presence beat or two
    EXPECT_TRUE(waitUntil([&] { return viewersOnA() == 3 && heard(3); }, 6000))
        << "A counts " << viewersOnA() << " viewers";
    EXPECT_EQ(adminFigure("viewers_now"), 3);
    EXPECT_EQ(adminFigure("connections_now"), 3);
    QElapsedTimer sinceDeath;
    b->kill(); // its viewers' sockets die with it, and nobody tells A
    sinceDeath.start();
    here.messages.clear();
    ASSERT_TRUE(waitUntil([&] { return viewersOnA() == 1 && heard(1); }, 20000))
        << "A still counts " << viewersOnA() << " viewers";
    EXPECT_LE(sinceDeath.elapsed(), 15000);
    EXPECT_EQ(adminFigure("viewers_now"), 1);
    EXPECT_EQ(adminFigure("connections_now"), 1);
    std::printf("a dead server's viewers stopped counting after %lld ms\n", qlonglong(sinceDeath.elapsed()));
}

TEST_F(ChangeFeedTest, FailedSignInsCountOnEveryServer)
{
    const auto attempt = [](quint16 port, const QString &password) {
        return postJson(port, "/api/v1/auth/login",
                        {{QStringLiteral("email"), QStringLiteral("carol@demo.test")},
                         {QStringLiteral("password"), password}})
            .status;
    };
    for (int i = 0; i < 5; ++i)
        ASSERT_EQ(attempt(i % 2 ? a->port() : b->port(), QStringLiteral("wrong-wrong")), 401);
    EXPECT_EQ(attempt(a->port(), QStringLiteral("demo1234")), 429);
    EXPECT_EQ(attempt(b->port(), QStringLiteral("demo1234")), 429);
}

} // namespace
