// The client library against a real server: CatalogModel (checked by QAbstractItemModelTester)
// paging through the whole demo catalog, thumbnails, errors; the embedded server's start and
// stop; the realtime client's state and its reconnection after a server restart.
#include "app/models/CatalogModel.h"
#include "app/api/ApiClient.h"
#include "app/api/RealtimeClient.h"
#include "app/models/CategoryModel.h"
#include "app/models/ItemController.h"
#include "app/models/Money.h"
#include "tests/common/SharedServerProcessTest.h"
#include "tests/common/TestTools.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::client;
using namespace emporium::test;

namespace {

class ClientTest : public SharedServerProcessTest<ClientTest>
{
protected:
    void SetUp() override { api.setBaseUrl(server->url()); }

    ApiClient api;
};

TEST_F(ClientTest, CatalogModelPagesThroughEverything)
{
    CatalogModel model(api);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    protocol::ItemQuery q;
    q.inStock = false;
    model.setQuery(q);
    ASSERT_TRUE(waitUntil([&] { return model.rowCount() == CatalogModel::kPageSize; }));
    EXPECT_EQ(model.total(), 200);
    EXPECT_TRUE(model.canFetchMore({}) || model.isLoading()); // the tester itself may have fetched
    while (model.canFetchMore({}) || model.isLoading()) {
        if (!model.isLoading())
            model.fetchMore({});
        ASSERT_TRUE(waitUntil([&] { return !model.isLoading(); }));
    }
    EXPECT_EQ(model.rowCount(), 200);
    EXPECT_FALSE(model.canFetchMore({}));
    QSet<qint64> ids;
    for (int i = 0; i < model.rowCount(); ++i)
        ids.insert(model.index(i).data(CatalogModel::IdRole).toLongLong());
    EXPECT_EQ(ids.size(), 200);
}

TEST_F(ClientTest, CatalogModelRolesAndThumbnails)
{
    CatalogModel model(api);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    protocol::ItemQuery q;
    q.sort = protocol::ItemSort::PriceAsc;
    model.setQuery(q);
    ASSERT_TRUE(waitUntil([&] { return model.rowCount() > 0; }));
    const QModelIndex first = model.index(0);
    EXPECT_FALSE(first.data(CatalogModel::TitleRole).toString().isEmpty());
    EXPECT_GT(first.data(CatalogModel::PriceCentsRole).toLongLong(), 0);
    EXPECT_LE(first.data(CatalogModel::PriceCentsRole).toLongLong(),
              model.index(1).data(CatalogModel::PriceCentsRole).toLongLong());
    EXPECT_EQ(first.data(CatalogModel::PriceTextRole).toString(),
              formatMoney(first.data(CatalogModel::PriceCentsRole).toLongLong(), QStringLiteral("USD")));
    EXPECT_GT(first.data(CatalogModel::StockRole).toLongLong(), 0);
    // The picture is asked for on first display and arrives through dataChanged.
    EXPECT_FALSE(first.data(Qt::DecorationRole).isValid());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(waitUntil([&] { return !first.data(Qt::DecorationRole).value<QImage>().isNull(); }));
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(first.data(CatalogModel::ThumbnailRole).value<QImage>().width(), 240);
}

TEST_F(ClientTest, CatalogModelFiltersByCategoryAndReplacesRows)
{
    CatalogModel model(api);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    protocol::ItemQuery q;
    q.inStock = false;
    q.categoryId = 3;
    model.setQuery(q);
    ASSERT_TRUE(waitUntil([&] { return model.total() >= 0 && !model.isLoading(); }));
    EXPECT_EQ(model.rowCount(), 25);
    EXPECT_EQ(model.total(), 25);
    EXPECT_FALSE(model.canFetchMore({}));
    for (int i = 0; i < model.rowCount(); ++i)
        EXPECT_EQ(model.itemAt(i).categoryId, 3);
    // A new query empties the model first, then fills it again.
    q.categoryId.reset();
    q.q = QStringLiteral("no such thing at all");
    model.setQuery(q);
    EXPECT_EQ(model.rowCount(), 0);
    ASSERT_TRUE(waitUntil([&] { return model.total() == 0; }));
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(ClientTest, CatalogModelReportsServerErrors)
{
    ApiClient broken;
    broken.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1"))); // nothing listens there
    CatalogModel model(broken);
    QSignalSpy failed(&model, &CatalogModel::failed);
    model.setQuery({});
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));
    EXPECT_FALSE(failed.at(0).at(0).toString().isEmpty());
    EXPECT_FALSE(model.canFetchMore({})); // no retry storm: the user retries
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(ClientTest, ApiErrorsCarryTheContractCode)
{
    Result<protocol::ItemDetail> result = Error{};
    bool done = false;
    api.item(999999, &api, [&](Result<protocol::ItemDetail> r) {
        result = std::move(r);
        done = true;
    });
    ASSERT_TRUE(waitUntil([&] { return done; }));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("not_found"));
    EXPECT_EQ(result.error().details.value(u"http_status").toInt(), 404);
}

TEST_F(ClientTest, CategoryModelListsAllPlusEach)
{
    CategoryModel model(api);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(&model, &CategoryModel::loaded);
    model.reload();
    ASSERT_TRUE(waitUntil([&] { return loaded.count() == 1; }));
    EXPECT_EQ(model.rowCount(), 9);
    EXPECT_EQ(model.index(0).data(CategoryModel::IdRole).toLongLong(), 0);
    EXPECT_EQ(model.index(1).data().toString(), QStringLiteral("Electronics"));
    EXPECT_EQ(model.index(1).data(CategoryModel::CountRole).toLongLong(), 25);
}

TEST_F(ClientTest, ItemControllerLoadsDetailAndPictures)
{
    ItemController c(api);
    QSignalSpy loaded(&c, &ItemController::loaded);
    QSignalSpy images(&c, &ItemController::imageLoaded);
    c.load(5);
    ASSERT_TRUE(waitUntil([&] { return loaded.count() == 1; }));
    EXPECT_EQ(c.item().summary.id, 5);
    ASSERT_TRUE(waitUntil([&] { return images.count() == c.item().imageUrls.size(); }));
    EXPECT_EQ(images.at(0).at(1).value<QImage>().width(), 480);
}

// A picture decoded for a page that has gone meanwhile is dropped on the GUI thread: its callback never
// runs, nothing crashes, and the client keeps decoding for the pages that are still there.
TEST_F(ClientTest, PicturesForAGoneContextAreDropped)
{
    const protocol::ItemDetail item = [&] {
        protocol::ItemDetail d;
        api.item(5, &api, [&](Result<protocol::ItemDetail> r) { d = r.value(); });
        EXPECT_TRUE(waitUntil([&] { return d.summary.id == 5; }));
        return d;
    }();
    ASSERT_FALSE(item.imageUrls.isEmpty());
    auto *page = new QObject;
    int arrived = 0;
    for (int i = 0; i < 12; ++i)
        api.image(item.imageUrls.first(), page, [&](Result<QImage> r) { arrived += r ? 1 : 0; });
    ASSERT_TRUE(waitUntil([&] { return arrived > 0; }));
    delete page;
    const int before = arrived;
    QTest::qWait(1500);
    EXPECT_EQ(arrived, before);

    QObject alive;
    QImage image;
    api.image(item.imageUrls.first(), &alive, [&](Result<QImage> r) { image = r ? r.value() : QImage(); });
    ASSERT_TRUE(waitUntil([&] { return !image.isNull(); }));
}

TEST_F(ClientTest, RealtimeClientConnectsAndReconnectsAfterRestart)
{
    ServerProcess own; // its own server, to restart it
    ASSERT_TRUE(own.start());
    ApiClient ownApi;
    ownApi.setBaseUrl(own.url());
    RealtimeClient rt;
    QList<RealtimeClient::State> states;
    QObject::connect(&rt, &RealtimeClient::stateChanged, [&](RealtimeClient::State s) { states << s; });
    rt.subscribe(QStringLiteral("item:1"));
    rt.open(ownApi.webSocketUrl());
    ASSERT_TRUE(waitUntil([&] { return rt.state() == RealtimeClient::State::Connected; }));
    const auto viewers = [&] {
        return httpGet(own.port(), "/api/v1/items/1").json().object().value(u"viewers").toInteger();
    };
    ASSERT_TRUE(waitUntil([&] { return viewers() == 1; }));

    own.stop();
    ASSERT_TRUE(waitUntil([&] { return rt.state() == RealtimeClient::State::Reconnecting; }));
    ASSERT_TRUE(own.start()); // same port
    ASSERT_TRUE(waitUntil([&] { return rt.state() == RealtimeClient::State::Connected; }, 20000));
    EXPECT_TRUE(states.contains(RealtimeClient::State::Reconnecting));
    // resubscribed: the new server counts this connection as a viewer of item 1 again
    EXPECT_TRUE(waitUntil([&] { return viewers() == 1; }));
    rt.close();
    EXPECT_EQ(rt.state(), RealtimeClient::State::Disconnected);
}

TEST(Money, FormatsMinorUnits)
{
    EXPECT_EQ(formatMoney(2499, QStringLiteral("USD"), QLocale(QLocale::English, QLocale::UnitedStates)),
              QStringLiteral("$24.99"));
    EXPECT_EQ(formatMoney(2499, QStringLiteral("EUR"), QLocale(QLocale::German, QLocale::Germany)),
              QStringLiteral("24,99\u00a0€"));
    EXPECT_EQ(formatMoney(5, QStringLiteral("USD"), QLocale(QLocale::English, QLocale::UnitedStates)),
              QStringLiteral("$0.05"));
}

} // namespace
