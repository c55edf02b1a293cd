// The seller's "My shop" and the admin's "Analytics" in real windows against a real demo
// server: the inventory table edited by keyboard (a refused value says why, undo takes an edit
// back), a bad CSV import's report, charts filled from the demo's month, and a purchase made
// elsewhere moving both dashboards and raising a low-stock alert; the shipping queue ("To ship",
// "Late", the admin's "Orders to ship") and "Refunds today" following an order, a refund and a
// shipment.
#include "app/models/AdminAnalytics.h"
#include "app/models/AdminUsersModel.h"
#include "app/models/InventoryModel.h"
#include "app/models/Money.h"
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
#include "ui/ShopOrdersPage.h"
#include "ui/SignInDialog.h"

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QComboBox>
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
#include <QToolButton>
#include <QUndoStack>
#include <QUuid>
#include <gtest/gtest.h>
#include <tuple>

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

// The queue figures as the seller's dashboard words them.
QString toShipText(qint64 n)
{
    return ui::SalesPage::tr("To ship: %1").arg(QLocale().toString(n));
}

QString lateText(qint64 n)
{
    return ui::SalesPage::tr("Late: %1").arg(QLocale().toString(n));
}

// An ApiClient call's answer, once it came.
template <typename T> Result<T> answerOf(const std::function<void(QObject *, client::Callback<T>)> &call)
{
    QObject context;
    std::optional<Result<T>> answer;
    call(&context, [&](Result<T> r) { answer = std::move(r); });
    waitUntil([&] { return answer.has_value(); });
    return answer ? *answer : Result<T>(Error{QStringLiteral("timeout"), QStringLiteral("no answer"), {}});
}

// The seller's and the admin's windows side by side, each with a client of its own, connected to `server`.
struct SellerAndAdmin
{
    explicit SellerAndAdmin(ServerProcess &server)
        : seller(s.api, s.realtime, s.session, {true, false}),
          admin(a.api, a.realtime, a.session, {true, false})
    {
        for (ui::MainWindow *w : {&seller, &admin}) {
            w->resize(1360, 860);
            w->show();
            w->connectTo(server.url());
        }
    }
    std::tuple<Client &, Client &, ui::MainWindow &, ui::MainWindow &> parts()
    {
        return {s, a, seller, admin};
    }

    QTemporaryDir sellerDir, adminDir;
    Client s{sellerDir.path()}, a{adminDir.path()};
    ui::MainWindow seller, admin;
};

TEST(DashboardsTest, SellerAndAdminDashboardsMoveWithAPurchase)
{
    ServerProcess server;
    ASSERT_TRUE(server.start());
    SellerAndAdmin windows(server);
    auto [s, a, seller, admin] = windows.parts(); // references into `windows`
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
    // Undo keeps its short name (the bar does not reflow); the edit is named in its tooltip
    auto *undo = inventory->findChild<QToolButton *>(QStringLiteral("undo"));
    ASSERT_NE(undo, nullptr);
    EXPECT_EQ(undo->defaultAction()->text(), ui::InventoryPage::tr("&Undo"));
    EXPECT_NE(undo->toolTip(), ui::InventoryPage::tr("Nothing to undo"));
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
    // a buyer without a shop cannot be made a seller: the choice is there, but not to be taken
    const QModelIndex role = market->usersTable()->model()->index(0, client::AdminUsersModel::RoleColumn);
    market->usersTable()->edit(role);
    auto *choices = market->usersTable()->findChild<QComboBox *>();
    ASSERT_NE(choices, nullptr);
    const int sellerRow = choices->findData(QStringLiteral("seller"));
    ASSERT_GE(sellerRow, 0);
    EXPECT_FALSE(choices->model()->flags(choices->model()->index(sellerRow, 0)) & Qt::ItemIsEnabled);
    EXPECT_TRUE(
        choices->model()->flags(choices->model()->index(choices->findData(QStringLiteral("admin")), 0)) &
        Qt::ItemIsEnabled);
}

// The shipping queue on both dashboards. The seller's "To ship" is the number of the shop's parts
// waiting (what its Orders tab lists "to ship"), grows with a new order (the sale event) and drops
// once one shipped and the seller looks at the dashboard again; "Late" counts those past the
// handling time, in red. The admin's "Orders to ship" and "Refunds today" cards follow an order, a
// refund of one line and a shipment.
TEST(DashboardsTest, QueueAndRefundFiguresFollowOrdersRefundsAndShipments)
{
    applyScreenshotLook();
    ServerProcess server;
    ASSERT_TRUE(server.start());
    const quint16 port = server.port();
    SellerAndAdmin windows(server);
    auto [s, a, seller, admin] = windows.parts(); // references into `windows`
    signInAs(seller, s, QStringLiteral("seller"));
    signInAs(admin, a, QStringLiteral("admin"));
    const QString sellerToken = s.session.token();
    const auto partsToShip = [&] {
        return httpGet(port, "/api/v1/seller/orders?status=paid&per_page=1", bearer(sellerToken))
            .json()
            .object()
            .value(u"total")
            .toInteger();
    };

    // with no handling time every waiting part is late, once the dashboard is looked at
    const HttpReply noHandling =
        httpRequest(port, "PUT", "/api/v1/seller/shipping",
                    R"({"handling_days":0,"rates":[{"country":"*","flat_cents":0,"transit_days":5}]})",
                    "Content-Type: application/json\r\n" + bearer(sellerToken));
    ASSERT_EQ(noHandling.status, 200) << noHandling.body.toStdString();
    seller.navigation(QStringLiteral("my_shop"))->trigger();
    ui::SellerPage *shop = seller.sellerPage();
    ui::SalesPage *sales = shop->salesPage();
    shop->tabs()->setCurrentWidget(sales);
    const qint64 waiting = partsToShip();
    ASSERT_GT(waiting, 0); // the demo's last two days
    ASSERT_TRUE(waitUntil([&] { return sales->toShipFigure()->text() == toShipText(waiting); }))
        << sales->toShipFigure()->text().toStdString();
    ASSERT_TRUE(waitUntil([&] { return sales->lateFigure()->text() == lateText(waiting); }))
        << sales->lateFigure()->text().toStdString();
    EXPECT_TRUE(sales->toShipFigure()->isVisible());
    const QColor late = sales->lateFigure()->palette().color(QPalette::WindowText);
    EXPECT_TRUE((late.hue() < 15 || late.hue() > 345) && late.saturation() > 100)
        << late.name().toStdString();
    EXPECT_NE(sales->toShipFigure()->palette().color(QPalette::WindowText), late);
    QTest::qWait(100);
    saveShot(&seller, QStringLiteral("sales-queue.png"));

    // the admin's cards, fed by the admin topic
    admin.navigation(QStringLiteral("analytics"))->trigger();
    ui::AdminPage *market = admin.adminPage();
    const QString adminToken = a.session.token();
    const QJsonObject figures = httpGet(port, "/api/v1/admin/analytics", bearer(adminToken)).json().object();
    const qint64 toShipBefore = figures.value(u"orders_to_ship").toInteger();
    const qint64 refundsBefore = figures.value(u"refunds_today_cents").toInteger();
    const auto toShipCard = [&](qint64 n) {
        return waitUntil(
            [&] { return market->figure(QStringLiteral("orders_to_ship")) == QLocale().toString(n); });
    };
    ASSERT_GE(toShipBefore, waiting);
    ASSERT_TRUE(toShipCard(toShipBefore)) << market->figure(QStringLiteral("orders_to_ship")).toStdString();
    EXPECT_EQ(market->figure(QStringLiteral("refunds_today")),
              client::formatMoney(refundsBefore, QStringLiteral("USD")));

    // an order of two lamps: one more part to ship for the shop and for the market
    const qint64 lamp = createItem(port, sellerToken, QStringLiteral("Queue lamp"), 10, 2500);
    ASSERT_NE(lamp, 0);
    const HttpReply placed =
        placeOrder(port, login(port, QStringLiteral("carol@demo.test")), lamp, 2, "queue-1");
    ASSERT_EQ(placed.status, 201) << placed.body.toStdString();
    const qint64 orderId = placed.json().object().value(u"id").toInteger();
    ASSERT_TRUE(waitUntil([&] { return sales->toShipFigure()->text() == toShipText(waiting + 1); }))
        << sales->toShipFigure()->text().toStdString();
    EXPECT_EQ(partsToShip(), waiting + 1);
    ASSERT_TRUE(toShipCard(toShipBefore + 1))
        << market->figure(QStringLiteral("orders_to_ship")).toStdString();

    // the shop gives one lamp back: refunds today grow by it, the part still waits
    const client::RefundRequest oneLamp{{{lamp, 1}}, false, QStringLiteral("scratched")};
    const Result<protocol::Order> refunded = answerOf<protocol::Order>([&](QObject *context, auto done) {
        s.api.refundOrder(orderId, oneLamp, QUuid::createUuid().toString(), context, std::move(done));
    });
    ASSERT_TRUE(refunded.ok()) << refunded.error().message.toStdString();
    EXPECT_EQ(refunded->refundedCents, 2500);
    const QString refundsNow =
        client::formatMoney(refundsBefore + refunded->refundedCents, QStringLiteral("USD"));
    ASSERT_TRUE(waitUntil([&] { return market->figure(QStringLiteral("refunds_today")) == refundsNow; }))
        << market->figure(QStringLiteral("refunds_today")).toStdString();
    EXPECT_EQ(market->figure(QStringLiteral("orders_to_ship")), QLocale().toString(toShipBefore + 1));
    QTest::qWait(100);
    saveShot(&admin, QStringLiteral("admin-queue.png"));

    // shipped: the market's count drops with the next push, the shop's when its dashboard is shown again
    const Result<protocol::Order> shipped = answerOf<protocol::Order>([&](QObject *context, auto done) {
        s.api.shipOrder(orderId, QStringLiteral("UPS"), QStringLiteral("1ZQUEUE"), context, std::move(done));
    });
    ASSERT_TRUE(shipped.ok()) << shipped.error().message.toStdString();
    ASSERT_TRUE(toShipCard(toShipBefore)) << market->figure(QStringLiteral("orders_to_ship")).toStdString();
    EXPECT_EQ(partsToShip(), waiting);
    shop->tabs()->setCurrentWidget(shop->ordersPage());
    shop->tabs()->setCurrentWidget(sales);
    ASSERT_TRUE(waitUntil([&] { return sales->toShipFigure()->text() == toShipText(waiting); }))
        << sales->toShipFigure()->text().toStdString();
    EXPECT_EQ(seller.sellerStats()->toShip(), waiting);
}

} // namespace
