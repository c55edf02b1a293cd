// The seller's and admin's client models against a real demo server, under
// QAbstractItemModelTester: inventory editing with checks, server refusals, undo/redo, add,
// delist, pictures and live sales; CSV export/import with progress and a bad-line report;
// sales and stats moved by an order placed in the test; the admin's analytics and users.
#include "app/api/ApiClient.h"
#include "app/models/AdminAnalytics.h"
#include "app/models/AdminUsersModel.h"
#include "app/models/InventoryModel.h"
#include "app/models/InventoryTransfer.h"
#include "app/models/Money.h"
#include "app/models/SalesModel.h"
#include "app/models/SellerStats.h"
#include "tests/common/ApiRequests.h"
#include "tests/common/SharedServerProcessTest.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::client;
using namespace emporium::test;

namespace {

class SellerAdminModelsTest : public SharedServerProcessTest<SellerAdminModelsTest>
{
protected:
    void SetUp() override
    {
        api.setBaseUrl(server->url());
        api.setToken(login(port(), QStringLiteral("northwind@demo.test")));
        sellerToken = api.token();
    }
    // the item as a buyer sees it
    QJsonObject publicItem(qint64 id)
    {
        return httpGet(port(), "/api/v1/items/" + QByteArray::number(id)).json().object();
    }
    qint64 shopTotal()
    {
        return httpGet(port(), "/api/v1/seller/items?per_page=1", bearer(sellerToken))
            .json()
            .object()
            .value(u"total")
            .toInteger();
    }
    void loadInventory(InventoryModel &model)
    {
        QList<protocol::Category> categories;
        for (const QJsonValue &v :
             httpGet(port(), "/api/v1/categories").json().object().value(u"items").toArray())
            categories << protocol::Category::fromJson(v.toObject());
        model.setCategories(categories);
        model.reload();
        ASSERT_TRUE(waitUntil([&] { return !model.isLoading() && model.rowCount() > 0; }));
    }

    ApiClient api;
    QString sellerToken;
};

TEST_F(SellerAdminModelsTest, InventoryEditsAreCheckedSavedAndUndone)
{
    InventoryModel model(api);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    loadInventory(model);
    EXPECT_EQ(model.rowCount(), shopTotal());
    EXPECT_EQ(model.columnCount(), InventoryModel::ColumnCount);

    const qint64 id = model.itemAt(0).summary.id;
    const QString oldTitle = model.itemAt(0).summary.title;
    const QModelIndex title = model.index(0, InventoryModel::TitleColumn);
    ASSERT_TRUE(model.flags(title) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.flags(model.index(0, InventoryModel::SoldColumn)) & Qt::ItemIsEditable);

    // a good edit: shown at once, saved on the server
    ASSERT_TRUE(model.setData(title, QStringLiteral("Renamed Lantern")));
    EXPECT_EQ(title.data().toString(), QStringLiteral("Renamed Lantern"));
    ASSERT_TRUE(waitUntil([&] { return publicItem(id).value(u"title").toString() == u"Renamed Lantern"; }));
    ASSERT_TRUE(waitUntil([&] { return !title.data(InventoryModel::SavingRole).toBool(); }));

    // refused here: nothing sent, the cell says why
    QSignalSpy refused(&model, &InventoryModel::editFailed);
    const QModelIndex price = model.index(0, InventoryModel::PriceColumn);
    const qint64 oldPrice = model.itemAt(0).summary.priceCents;
    EXPECT_FALSE(model.setData(price, QStringLiteral("twelve")));
    EXPECT_FALSE(price.data(InventoryModel::ErrorRole).toString().isEmpty());
    EXPECT_EQ(refused.count(), 1);
    EXPECT_FALSE(model.setData(model.index(0, InventoryModel::StockColumn), -3));
    EXPECT_FALSE(model.setData(title, QStringLiteral("x")));
    EXPECT_FALSE(model.setData(model.index(0, InventoryModel::CategoryColumn), 999));
    EXPECT_EQ(model.undoStack()->count(), 1); // only the good edit
    EXPECT_EQ(publicItem(id).value(u"price_cents").toInteger(), oldPrice);

    // a price typed as a user would, then stock
    ASSERT_TRUE(model.setData(price, QStringLiteral("$1,234.50")));
    EXPECT_TRUE(price.data(InventoryModel::ErrorRole).toString().isEmpty());
    ASSERT_TRUE(model.setData(model.index(0, InventoryModel::StockColumn), QStringLiteral("7")));
    ASSERT_TRUE(waitUntil([&] {
        const QJsonObject i = publicItem(id);
        return i.value(u"price_cents").toInteger() == 123450 && i.value(u"stock").toInteger() == 7;
    }));

    // undo the last three edits, one by one, each saved; then redo one
    EXPECT_EQ(model.undoStack()->count(), 3);
    model.undoStack()->undo();
    ASSERT_TRUE(waitUntil([&] { return publicItem(id).value(u"stock").toInteger() != 7; }));
    model.undoStack()->undo();
    ASSERT_TRUE(waitUntil([&] { return publicItem(id).value(u"price_cents").toInteger() == oldPrice; }));
    model.undoStack()->undo();
    ASSERT_TRUE(waitUntil([&] { return publicItem(id).value(u"title").toString() == oldTitle; }));
    EXPECT_EQ(title.data().toString(), oldTitle);
    model.undoStack()->redo();
    ASSERT_TRUE(waitUntil([&] { return publicItem(id).value(u"title").toString() == u"Renamed Lantern"; }));
    model.undoStack()->undo();
    ASSERT_TRUE(waitUntil([&] { return publicItem(id).value(u"title").toString() == oldTitle; }));

    // another seller delisted it meanwhile: the server refuses, the cell goes back and says so
    const qint64 lastId = model.itemAt(model.rowCount() - 1).summary.id;
    ASSERT_EQ(httpRequest(port(), "DELETE", "/api/v1/seller/items/" + QByteArray::number(lastId), {},
                          bearer(sellerToken))
                  .status,
              204);
    const QModelIndex gone = model.index(model.rowCount() - 1, InventoryModel::TitleColumn);
    const QString goneTitle = gone.data().toString();
    ASSERT_TRUE(model.setData(gone, QStringLiteral("Too late")));
    ASSERT_TRUE(waitUntil([&] { return !gone.data(InventoryModel::ErrorRole).toString().isEmpty(); }));
    EXPECT_EQ(gone.data().toString(), goneTitle);
}

TEST_F(SellerAdminModelsTest, InventoryAddDelistPictureAndLiveSales)
{
    InventoryModel model(api);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    loadInventory(model);
    const int before = model.rowCount();

    QSignalSpy added(&model, &InventoryModel::added);
    QSignalSpy addFailed(&model, &InventoryModel::addFailed);
    protocol::ItemChange board;
    board.title = QStringLiteral("Teak Serving Board");
    board.priceCents = 3900;
    board.stock = 5;
    board.categoryId = model.categories().first().id;
    board.lowStockThreshold = 3;
    board.description = QStringLiteral("Oiled teak.");
    model.add(board);
    ASSERT_TRUE(waitUntil([&] { return added.count() == 1; }));
    EXPECT_EQ(model.rowCount(), before + 1);
    const qint64 id = added.first().first().toLongLong();
    EXPECT_EQ(publicItem(id).value(u"title").toString(), QStringLiteral("Teak Serving Board"));
    protocol::ItemChange noPrice;
    noPrice.title = QStringLiteral("No price");
    model.add(noPrice);
    ASSERT_TRUE(waitUntil([&] { return addFailed.count() == 1; }));
    EXPECT_TRUE(
        addFailed.first().first().value<emporium::Error>().details.value(u"fields").toObject().contains(
            u"price_cents"));

    // a picture: uploaded, thumbnailed by the server, shown in the table and the shop
    QImage picture(400, 300, QImage::Format_RGB32);
    picture.fill(QColor(30, 120, 200));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    QSignalSpy uploaded(&model, &InventoryModel::pictureUploaded);
    model.uploadPicture(id, png, "image/png");
    ASSERT_TRUE(waitUntil([&] { return uploaded.count() == 1; }));
    const int row = model.rowOf(id);
    EXPECT_FALSE(model.itemAt(row).summary.thumbnailUrl.isEmpty());
    EXPECT_EQ(publicItem(id).value(u"thumbnail_url").toString(), model.itemAt(row).summary.thumbnailUrl);
    ASSERT_TRUE(waitUntil(
        [&] { return !model.index(row, InventoryModel::PictureColumn).data(Qt::DecorationRole).isNull(); }));
    QSignalSpy failed(&model, &InventoryModel::failed);
    model.uploadPicture(id, "not a picture", "image/png");
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));

    // live: a sale takes stock; reaching the threshold says so
    QSignalSpy low(&model, &InventoryModel::lowStock);
    model.applySale(id, 2);
    EXPECT_EQ(model.itemAt(row).summary.stock, 3);
    EXPECT_EQ(model.itemAt(row).summary.soldCount, 2);
    model.applyStock(id, 3);
    EXPECT_EQ(low.count(), 1);
    EXPECT_TRUE(model.index(row, InventoryModel::StockColumn).data(InventoryModel::LowStockRole).toBool());

    QSignalSpy delisted(&model, &InventoryModel::delisted);
    model.delist(id);
    ASSERT_TRUE(waitUntil([&] { return delisted.count() == 1; }));
    EXPECT_EQ(model.rowCount(), before);
    EXPECT_EQ(model.rowOf(id), -1);
}

TEST_F(SellerAdminModelsTest, CsvExportImportWithProgressAndBadLines)
{
    QTemporaryDir dir;
    InventoryTransfer transfer(api);
    QSignalSpy exported(&transfer, &InventoryTransfer::exported);
    QSignalSpy imported(&transfer, &InventoryTransfer::imported);
    QSignalSpy failed(&transfer, &InventoryTransfer::failed);
    QSignalSpy progress(&transfer, &InventoryTransfer::progress);

    const QString exportPath = dir.filePath(QStringLiteral("inventory.csv"));
    transfer.exportTo(exportPath);
    ASSERT_TRUE(waitUntil([&] { return exported.count() == 1 || failed.count() > 0; }));
    ASSERT_EQ(exported.count(), 1);
    EXPECT_EQ(exported.first().at(1).toInt(), shopTotal());
    QFile file(exportPath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    EXPECT_TRUE(csv.startsWith("id,title,description,price_cents,stock,category_id,low_stock_threshold\r\n"));
    file.close();

    // 10,000 new rows: progress shown, all created
    const qint64 before = shopTotal();
    QByteArray big = "id,title,description,price_cents,stock,category_id,low_stock_threshold\r\n";
    for (int i = 0; i < 10000; ++i)
        big += "," + QByteArray("Bulk crate ") + QByteArray::number(i) + ",\"Stackable, sturdy\"," +
               QByteArray::number(500 + i) + ",10,1,2\r\n";
    const QString bigPath = dir.filePath(QStringLiteral("big.csv"));
    QFile out(bigPath);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(big);
    out.close();
    progress.clear();
    transfer.importFrom(bigPath);
    EXPECT_TRUE(transfer.isBusy());
    ASSERT_TRUE(waitUntil([&] { return imported.count() == 1 || failed.count() > 0; }, 60000));
    ASSERT_EQ(imported.count(), 1) << (failed.isEmpty() ? ""
                                                        : failed.first().first().toString().toStdString());
    EXPECT_EQ(imported.first().at(0).toInt(), 10000);
    EXPECT_EQ(shopTotal(), before + 10000);
    EXPECT_GE(progress.count(), 2);
    bool sawFigures = false;
    for (const auto &p : progress)
        sawFigures = sawFigures || p.at(2).toLongLong() == big.size();
    EXPECT_TRUE(sawFigures);

    // a bad file: every bad line named, nothing changed
    const QByteArray bad = "id,title,description,price_cents,stock,category_id,low_stock_threshold\r\n"
                           ",Good line,,100,1,1,0\r\n"
                           ",Bad price,,abc,1,1,0\r\n"
                           ",X,,100,1,1,0\r\n"
                           ",Wrong width,1\r\n";
    const QString badPath = dir.filePath(QStringLiteral("bad.csv"));
    QFile badFile(badPath);
    ASSERT_TRUE(badFile.open(QIODevice::WriteOnly));
    badFile.write(bad);
    badFile.close();
    failed.clear();
    transfer.importFrom(badPath);
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));
    const auto problems = failed.first().at(1).value<QList<ImportProblem>>();
    ASSERT_EQ(problems.size(), 3);
    EXPECT_EQ(problems[0].line, 3);
    EXPECT_EQ(problems[0].column, QStringLiteral("price_cents"));
    EXPECT_EQ(problems[1].line, 4);
    EXPECT_EQ(problems[1].column, QStringLiteral("title"));
    EXPECT_EQ(problems[2].line, 5);
    EXPECT_EQ(shopTotal(), before + 10000);

    failed.clear();
    transfer.importFrom(dir.filePath(QStringLiteral("missing.csv")));
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));
    EXPECT_TRUE(failed.first().first().toString().contains(QStringLiteral("missing.csv")));
}

TEST_F(SellerAdminModelsTest, SalesAndStatsFollowAnOrder)
{
    qint64 itemId = 0; // one with stock to sell
    for (const QJsonValue &v : httpGet(port(), "/api/v1/seller/items?per_page=100", bearer(sellerToken))
                                   .json()
                                   .object()
                                   .value(u"items")
                                   .toArray())
        if (v.toObject().value(u"stock").toInteger() >= 5)
            itemId = v.toObject().value(u"id").toInteger();
    ASSERT_NE(itemId, 0);

    SalesModel sales(api);
    QAbstractItemModelTester tester(&sales, QAbstractItemModelTester::FailureReportingMode::Fatal);
    SellerStats stats(api);
    stats.setBucket(SellerStats::Bucket::Minute);
    ASSERT_TRUE(waitUntil([&] { return stats.series().size() == 60; }));
    const qint64 revenueBefore = stats.revenueCents();

    const HttpReply order =
        placeOrder(port(), login(port(), QStringLiteral("dave@demo.test")), itemId, 2, "sales-model-1");
    ASSERT_EQ(order.status, 201) << order.body.toStdString();
    const qint64 orderId = order.json().object().value(u"id").toInteger();
    const qint64 total = order.json().object().value(u"total_cents").toInteger();

    sales.setFilter(QDate::currentDate().addDays(-1), QDate::currentDate(), 0);
    ASSERT_TRUE(waitUntil([&] { return sales.rowCount() > 0; }));
    EXPECT_EQ(sales.lineAt(0).orderId, orderId);
    EXPECT_EQ(sales.lineAt(0).quantity, 2);
    EXPECT_EQ(sales.lineAt(0).totalCents, total);

    sales.setFilter({}, {}, itemId + 100000); // an item that never sold
    ASSERT_TRUE(waitUntil([&] { return sales.total() == 0; }));
    EXPECT_EQ(sales.rowCount(), 0);
    sales.setFilter({}, {}, itemId);
    ASSERT_TRUE(waitUntil([&] { return sales.rowCount() > 0; }));
    for (int r = 0; r < sales.rowCount(); ++r)
        EXPECT_EQ(sales.lineAt(r).itemId, itemId);

    stats.reload();
    ASSERT_TRUE(waitUntil([&] { return stats.revenueCents() == revenueBefore + total; }));
    EXPECT_EQ(stats.series().last().revenueCents >= total, true);

    // a live sale moves both at once
    const int rows = sales.rowCount();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    sales.applySale(orderId + 1, itemId, 1, 1500, now);
    EXPECT_EQ(sales.rowCount(), rows + 1);
    EXPECT_EQ(sales.lineAt(0).totalCents, 1500);
    sales.applySale(orderId + 2, itemId + 1, 1, 1500, now); // filtered out
    EXPECT_EQ(sales.rowCount(), rows + 1);
    QSignalSpy changed(&stats, &SellerStats::changed);
    stats.applySale(itemId, QString(), 1, 1500, now);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(stats.revenueCents(), revenueBefore + total + 1500);
    EXPECT_EQ(stats.series().size(), 60);

    stats.setBucket(SellerStats::Bucket::Day);
    ASSERT_TRUE(waitUntil(
        [&] { return stats.series().size() == 30 && stats.revenueCents() > total; })); // the demo's month
    EXPECT_FALSE(stats.topItems().isEmpty());
}

TEST_F(SellerAdminModelsTest, AdminAnalyticsAndUsers)
{
    api.setToken(login(port(), QStringLiteral("admin@demo.test")));
    AdminAnalytics analytics(api);
    QSignalSpy changed(&analytics, &AdminAnalytics::changed);
    analytics.reload();
    ASSERT_TRUE(waitUntil([&] { return changed.count() == 1; }));
    EXPECT_EQ(analytics.snapshot().ordersPerMinute.size(), 60);
    EXPECT_EQ(analytics.snapshot().revenueByCategory.size(), 8);
    const qint64 todayBefore = analytics.snapshot().revenueTodayCents;

    const HttpReply order =
        placeOrder(port(), login(port(), QStringLiteral("alice@demo.test")), 30, 1, "admin-model-1");
    ASSERT_EQ(order.status, 201);
    analytics.reload();
    ASSERT_TRUE(waitUntil([&] { return changed.count() == 2; }));
    EXPECT_EQ(analytics.snapshot().revenueTodayCents - todayBefore,
              order.json().object().value(u"total_cents").toInteger());
    EXPECT_GE(analytics.snapshot().ordersLastHour(), 1);

    AdminUsersModel users(api);
    QAbstractItemModelTester tester(&users, QAbstractItemModelTester::FailureReportingMode::Fatal);
    users.search(QStringLiteral("bob@"));
    ASSERT_TRUE(waitUntil([&] { return users.rowCount() == 1; })) << users.rowCount();
    EXPECT_EQ(users.index(0, AdminUsersModel::EmailColumn).data().toString(),
              QStringLiteral("bob@demo.test"));
    const QString bobsToken = login(port(), QStringLiteral("bob@demo.test"));
    ASSERT_EQ(httpGet(port(), "/api/v1/me", bearer(bobsToken)).status, 200);

    QSignalSpy saved(&users, &AdminUsersModel::changed);
    QSignalSpy failed(&users, &AdminUsersModel::failed);
    // ticked is active (beside the word "Active"): unticking disables the account
    EXPECT_EQ(users.index(0, AdminUsersModel::StatusColumn).data(Qt::CheckStateRole).toInt(), Qt::Checked);
    ASSERT_TRUE(
        users.setData(users.index(0, AdminUsersModel::StatusColumn), Qt::Unchecked, Qt::CheckStateRole));
    ASSERT_TRUE(waitUntil([&] { return saved.count() == 1; }));
    EXPECT_EQ(users.index(0, AdminUsersModel::StatusColumn).data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
    EXPECT_EQ(users.index(0, AdminUsersModel::StatusColumn).data().toString(),
              AdminUsersModel::tr("Disabled"));
    EXPECT_EQ(httpGet(port(), "/api/v1/me", bearer(bobsToken)).status, 401); // at once
    ASSERT_TRUE(
        users.setData(users.index(0, AdminUsersModel::StatusColumn), Qt::Checked, Qt::CheckStateRole));
    ASSERT_TRUE(waitUntil([&] { return saved.count() == 2; }));

    ASSERT_TRUE(users.setData(users.index(0, AdminUsersModel::RoleColumn), QStringLiteral("admin")));
    ASSERT_TRUE(waitUntil([&] { return saved.count() == 3; }));
    EXPECT_EQ(users.index(0, AdminUsersModel::RoleColumn).data(Qt::EditRole).toString(),
              QStringLiteral("admin"));
    ASSERT_TRUE(users.setData(users.index(0, AdminUsersModel::RoleColumn),
                              QStringLiteral("seller"))); // a buyer has no shop
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));
    EXPECT_EQ(users.index(0, AdminUsersModel::RoleColumn).data(Qt::EditRole).toString(),
              QStringLiteral("admin"));
    EXPECT_FALSE(users.setData(users.index(0, AdminUsersModel::RoleColumn), QStringLiteral("king")));
    ASSERT_TRUE(users.setData(users.index(0, AdminUsersModel::RoleColumn), QStringLiteral("buyer")));
    ASSERT_TRUE(waitUntil([&] { return saved.count() == 4; }));

    users.search(QString());
    ASSERT_TRUE(waitUntil([&] { return users.rowCount() >= 10; }));
}

} // namespace

namespace {

TEST(MoneyInput, ReadsWhatUsersType)
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    EXPECT_EQ(parseMoney(QStringLiteral("12"), en), 1200);
    EXPECT_EQ(parseMoney(QStringLiteral("12.5"), en), 1250);
    EXPECT_EQ(parseMoney(QStringLiteral("$1,234.56"), en), 123456);
    EXPECT_EQ(parseMoney(QStringLiteral(" 0.99 "), en), 99);
    EXPECT_EQ(parseMoney(QStringLiteral("12,50 €"), de), 1250);
    EXPECT_EQ(parseMoney(QStringLiteral("1.234,56"), de), 123456);
    EXPECT_EQ(parseMoney(QStringLiteral("12.345"), en), std::nullopt); // three decimals
    EXPECT_EQ(parseMoney(QStringLiteral("-5"), en), std::nullopt);
    EXPECT_EQ(parseMoney(QStringLiteral("abc"), en), std::nullopt);
    EXPECT_EQ(parseMoney(QStringLiteral("1,2,3"), en), std::nullopt);
    EXPECT_EQ(plainMoney(123450, en), QStringLiteral("1234.50"));
    EXPECT_EQ(plainMoney(123450, de), QStringLiteral("1234,50"));
}

} // namespace
