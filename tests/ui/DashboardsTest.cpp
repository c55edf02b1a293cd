// The seller's "My shop" and the admin's "Analytics" in real windows against a real demo
// server: the inventory table edited by keyboard (a refused value says why, undo takes an edit
// back), a bad CSV import's report, charts filled from the demo's month, and a purchase made
// elsewhere moving both dashboards and raising a low-stock alert.
#include "app/models/AdminAnalytics.h"
#include "app/models/InventoryModel.h"
#include "app/models/SalesModel.h"
#include "app/models/SellerStats.h"
#include "tests/common/ApiRequests.h"
#include "tests/common/ServerProcess.h"
#include "tests/common/TestTools.h"
#include "tests/common/UiSupport.h"
#include "ui/AdminPage.h"
#include "ui/Charts.h"
#include "ui/InventoryPage.h"
#include "ui/MainWindow.h"
#include "ui/SalesPage.h"
#include "ui/SellerPage.h"
#include "ui/SignInDialog.h"

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::test;

namespace {

qreal lineTotal(ui::TimeChart *chart)
{
    qreal sum = 0;
    for (const QPointF &p : chart->line()->points())
        sum += p.y();
    return sum;
}

qreal barTotal(ui::BarChart *chart)
{
    qreal sum = 0;
    for (int i = 0; i < chart->bars()->count(); ++i)
        sum += chart->bars()->at(i);
    return sum;
}

void signInAs(ui::MainWindow &window, Client &c, const QString &role)
{
    window.openSignIn()->demoButton(role)->click();
    ASSERT_TRUE(waitUntil([&] { return c.session.isSignedIn(); }));
    ASSERT_TRUE(waitUntil([&] { return c.realtime.state() == client::RealtimeClient::State::Connected; }));
}

TEST(DashboardsTest, SellerAndAdminDashboardsMoveWithAPurchase)
{
    ServerProcess server;
    ASSERT_TRUE(server.start());
    QTemporaryDir sellerDir, adminDir;
    Client s(sellerDir.path()), a(adminDir.path());
    ui::MainWindow seller(s.api, s.realtime, s.session, {true, false}),
        admin(a.api, a.realtime, a.session, {true, false});
    for (ui::MainWindow *w : {&seller, &admin}) {
        w->resize(1360, 860);
        w->show();
        w->connectTo(server.url());
    }
    signInAs(seller, s, QStringLiteral("seller"));
    signInAs(admin, a, QStringLiteral("admin"));

    // the seller's inventory: the whole shop, sortable and filterable
    seller.navigation(QStringLiteral("my_shop"))->trigger();
    ui::SellerPage *shop = seller.sellerPage();
    ui::InventoryPage *inventory = shop->inventoryPage();
    const QString sellerToken = login(server.port(), QStringLiteral("seller@demo.test"));
    const qint64 shopItems = httpGet(server.port(), "/api/v1/seller/items?per_page=1", bearer(sellerToken))
                                 .json()
                                 .object()
                                 .value(u"total")
                                 .toInteger();
    ASSERT_TRUE(waitUntil([&] { return seller.inventoryModel()->rowCount() == shopItems; }));
    QTableView *table = inventory->table();
    ASSERT_TRUE(waitUntil([&] {
        return !table->model()
                    ->index(0, client::InventoryModel::PictureColumn)
                    .data(Qt::DecorationRole)
                    .isNull();
    }));
    QTest::qWait(100);
    saveShot(&seller, QStringLiteral("inventory.png"));
    QTest::keyClicks(inventory->filter(), QStringLiteral("zzzz-nothing"));
    EXPECT_EQ(inventory->proxy()->rowCount(), 0);
    inventory->filter()->clear();
    EXPECT_EQ(inventory->proxy()->rowCount(), shopItems);
    table->sortByColumn(client::InventoryModel::PriceColumn, Qt::DescendingOrder);
    EXPECT_GE(inventory->proxy()
                  ->index(0, client::InventoryModel::PriceColumn)
                  .data(client::InventoryModel::SortRole)
                  .toLongLong(),
              inventory->proxy()
                  ->index(1, client::InventoryModel::PriceColumn)
                  .data(client::InventoryModel::SortRole)
                  .toLongLong());

    // edit the stock of the first row by keyboard: a refused value says why, a good one is saved
    const QModelIndex stock = inventory->proxy()->index(0, client::InventoryModel::StockColumn);
    const qint64 itemId = stock.data(client::InventoryModel::IdRole).toLongLong();
    table->setFocus();
    table->setCurrentIndex(stock);
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = table->findChild<QLineEdit *>();
    ASSERT_NE(editor, nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("lots"));
    QTest::keyClick(editor, Qt::Key_Return);
    // the delegate commits once control is back in the event loop
    ASSERT_TRUE(
        waitUntil([&] { return !stock.data(client::InventoryModel::ErrorRole).toString().isEmpty(); }));
    EXPECT_TRUE(inventory->statusLabel()->text().contains(QStringLiteral("whole number")))
        << inventory->statusLabel()->text().toStdString();
    QTest::qWait(10); // the closed editor is gone
    table->setCurrentIndex(stock);
    QTest::keyClick(table, Qt::Key_F2);
    editor = table->findChild<QLineEdit *>();
    ASSERT_NE(editor, nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("4"));
    QTest::keyClick(editor, Qt::Key_Return);
    const auto publicStock = [&] {
        return httpGet(server.port(), "/api/v1/items/" + QByteArray::number(itemId))
            .json()
            .object()
            .value(u"stock")
            .toInteger();
    };
    ASSERT_TRUE(waitUntil([&] { return publicStock() == 4; }));
    EXPECT_TRUE(stock.data(client::InventoryModel::ErrorRole).toString().isEmpty());
    // and the threshold, so that one more sale makes it low
    const QModelIndex threshold =
        inventory->proxy()->index(stock.row(), client::InventoryModel::ThresholdColumn);
    if (threshold.data(Qt::EditRole).toLongLong() == 3) { // so that the edit below changes something
        ASSERT_TRUE(table->model()->setData(threshold, QStringLiteral("5")));
        ASSERT_TRUE(waitUntil([&] { return !threshold.data(client::InventoryModel::SavingRole).toBool(); }));
    }
    ASSERT_TRUE(table->model()->setData(threshold, QStringLiteral("3")));
    ASSERT_TRUE(waitUntil([&] { return !threshold.data(client::InventoryModel::SavingRole).toBool(); }));
    // undo (Ctrl+Z) takes the threshold back, redo (Ctrl+Shift+Z) restores it
    const qint64 thresholdNow =
        seller.inventoryModel()->itemAt(seller.inventoryModel()->rowOf(itemId)).lowStockThreshold;
    EXPECT_EQ(thresholdNow, 3);
    QApplication::setActiveWindow(&seller); // shortcuts go to the active window
    QTest::keySequence(&seller, QKeySequence::Undo);
    ASSERT_TRUE(waitUntil([&] {
        return seller.inventoryModel()->itemAt(seller.inventoryModel()->rowOf(itemId)).lowStockThreshold != 3;
    }));
    QTest::keySequence(&seller, QKeySequence::Redo);
    ASSERT_TRUE(waitUntil([&] {
        const auto &i = seller.inventoryModel()->itemAt(seller.inventoryModel()->rowOf(itemId));
        return i.lowStockThreshold == 3 && !seller.inventoryModel()
                                                ->index(seller.inventoryModel()->rowOf(itemId), 0)
                                                .data(client::InventoryModel::SavingRole)
                                                .toBool();
    }));

    // a bad CSV file: the report names every bad line, nothing changes
    QTemporaryDir files;
    const QString bad = files.filePath(QStringLiteral("bad.csv"));
    {
        QFile f(bad);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("id,title,description,price_cents,stock,category_id,low_stock_threshold\r\n,Fine,,100,1,1,"
                "0\r\n,Broken,,-5,1,1,0\r\n");
    }
    inventory->importFile(bad);
    ASSERT_TRUE(
        waitUntil([&] { return inventory->importReport() && inventory->importReport()->isVisible(); }));
    auto *report = inventory->importReport()->findChild<QTableWidget *>();
    ASSERT_EQ(report->rowCount(), 1);
    EXPECT_EQ(report->item(0, 0)->text(), QStringLiteral("3"));
    EXPECT_EQ(report->item(0, 1)->text(), QStringLiteral("price_cents"));
    saveShot(inventory->importReport(), QStringLiteral("import-report.png"));
    inventory->importReport()->close();
    EXPECT_EQ(seller.inventoryModel()->rowCount(), shopItems);

    // the sales dashboard: the demo's month in the charts
    shop->tabs()->setCurrentWidget(shop->salesPage());
    ui::SalesPage *sales = shop->salesPage();
    ASSERT_TRUE(
        waitUntil([&] { return lineTotal(sales->revenueChart()) > 0 && barTotal(sales->unitsChart()) > 0; }));
    ASSERT_TRUE(waitUntil([&] { return sales->table()->model()->rowCount() > 0; }));
    QTest::qWait(100);
    saveShot(&seller, QStringLiteral("sales-dashboard.png"));

    // the admin dashboard, fed by the admin topic
    admin.navigation(QStringLiteral("analytics"))->trigger();
    ui::AdminPage *market = admin.adminPage();
    ASSERT_TRUE(waitUntil([&] { return barTotal(market->categoryChart()) > 0; }));
    ASSERT_TRUE(waitUntil([&] { return lineTotal(market->ordersChart()) > 0; })); // the demo's busy last hour
    EXPECT_EQ(market->categoryChart()->labels().size(), 8);
    QTest::qWait(1200);
    saveShot(&admin, QStringLiteral("admin-dashboard.png"));
    // The last hour slides: a demo order may leave it while the test runs. Count from this minute on.
    const QDateTime thisMinute =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() / 60 * 60, Qt::UTC);
    const auto ordersSince = [&thisMinute](const client::MarketSnapshot &snap) {
        qint64 n = 0;
        for (const auto &p : snap.ordersPerMinute)
            n += p.minute >= thisMinute ? p.orders : 0;
        return n;
    };
    const qint64 ordersBefore = ordersSince(admin.adminAnalytics()->snapshot());
    const qint64 revenueBefore = admin.adminAnalytics()->snapshot().revenueTodayCents;
    const qint64 sellerRevenueBefore = seller.sellerStats()->revenueCents();
    const int salesRowsBefore = sales->table()->model()->rowCount();

    // a purchase elsewhere: both dashboards move, and the seller hears the stock is low
    QElapsedTimer clock;
    clock.start();
    const HttpReply order = placeOrder(server.port(), login(server.port(), QStringLiteral("carol@demo.test")),
                                       itemId, 1, "dash-1");
    ASSERT_EQ(order.status, 201) << order.body.toStdString();
    const qint64 total = order.json().object().value(u"total_cents").toInteger();
    ASSERT_TRUE(
        waitUntil([&] { return seller.sellerStats()->revenueCents() == sellerRevenueBefore + total; }));
    const qint64 sellerMs = clock.elapsed();
    EXPECT_EQ(sales->table()->model()->rowCount(), salesRowsBefore + 1);
    EXPECT_EQ(seller.salesModel()->lineAt(0).orderId, order.json().object().value(u"id").toInteger());
    ASSERT_TRUE(waitUntil([&] {
        const auto &snap = admin.adminAnalytics()->snapshot();
        return ordersSince(snap) == ordersBefore + 1 && snap.revenueTodayCents == revenueBefore + total;
    }));
    const qint64 adminMs = clock.elapsed();
    EXPECT_EQ(market->figure(QStringLiteral("orders_hour")),
              QLocale().toString(admin.adminAnalytics()->snapshot().ordersLastHour()));
    ASSERT_TRUE(waitUntil([&] { return !shop->notices().isEmpty(); }));
    EXPECT_TRUE(shop->notices().first().contains(QStringLiteral("Only 3 left")))
        << shop->notices().first().toStdString();
    EXPECT_EQ(seller.inventoryModel()->itemAt(seller.inventoryModel()->rowOf(itemId)).summary.stock, 3);
    std::printf("purchase reached the seller dashboard after %lld ms, the admin dashboard after %lld ms\n",
                static_cast<long long>(sellerMs), static_cast<long long>(adminMs));

    // the users page: search and disable
    market->tabs()->setCurrentIndex(1);
    QTest::keyClicks(market->userSearch(), QStringLiteral("dave@"));
    ASSERT_TRUE(waitUntil([&] { return market->usersTable()->model()->rowCount() == 1; }));
    saveShot(&admin, QStringLiteral("admin-users.png"));
}

} // namespace
