// Several emporium-server processes on one PostgreSQL database (the suites' private cluster): what one
// commits reaches the others' copies within a second, through the change log and LISTEN/NOTIFY. A price
// and a title changed through server A show on B's item page (which B had cached), its ETag and its search;
// an item delisted on A is gone from B; a purchase on A moves the stock B's item-page watchers see; and a
// server whose listening connection was cut catches up on what it missed.
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

} // namespace
