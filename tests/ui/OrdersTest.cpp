// After payment, in real windows against a real demo server: a seller ships an order from My shop →
// Orders by keyboard alone (the ship dialog checks its fields first); the buyer's window shows the
// carrier and tracking number without a reload and says the order shipped; the buyer's Cancel button
// is there only while the order may be cancelled, asks first, and cancels; the refund dialog gives
// lines back, never on Enter alone, and a retry after a network error sends the same key. With
// EMPORIUM_SCREENSHOT_DIR set it saves orders-tab.png, ship-dialog.png, refund-dialog.png,
// buyer-orders.png and buyer-cancelled.png (EMPORIUM_SCREENSHOT_PALETTE=dark and EMPORIUM_SCREENSHOT_LANG=de
// for the others).
#include "app/models/CartModel.h"
#include "app/models/CatalogModel.h"
#include "app/models/Money.h"
#include "app/models/OrderStatus.h"
#include "app/models/OrdersModel.h"
#include "app/models/ShopOrdersModel.h"
#include "tests/common/ApiRequests.h"
#include "tests/common/Keyboard.h"
#include "tests/common/ServerProcess.h"
#include "tests/common/TestTools.h"
#include "tests/common/UiSupport.h"
#include "ui/CheckoutDialog.h"
#include "ui/ItemPage.h"
#include "ui/MainWindow.h"
#include "ui/NoticeBanner.h"
#include "ui/OrdersPage.h"
#include "ui/RefundDialog.h"
#include "ui/SellerPage.h"
#include "ui/ShipDialog.h"
#include "ui/ShopOrdersPage.h"
#include "ui/SignInDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::test;

namespace {

void signInAs(ui::MainWindow &window, Client &c, const QString &role)
{
    window.openSignIn()->demoButton(role)->click();
    ASSERT_TRUE(waitUntil([&] { return c.session.isSignedIn(); }));
    ASSERT_TRUE(waitUntil([&] { return c.realtime.state() == client::RealtimeClient::State::Connected; }));
}

qint64 newItem(quint16 port, const QString &sellerToken, const QString &title, int priceCents)
{
    const HttpReply r = postJson(port, "/api/v1/seller/items",
                                 {{QStringLiteral("title"), title},
                                  {QStringLiteral("price_cents"), priceCents},
                                  {QStringLiteral("stock"), 20},
                                  {QStringLiteral("category_id"), 2}},
                                 bearer(sellerToken));
    EXPECT_EQ(r.status, 201) << r.body.toStdString();
    return r.json().object().value(u"id").toInteger();
}

// a paid order of `quantity` × `item`; its id
qint64 order(quint16 port, const QString &buyerToken, qint64 item, int quantity)
{
    const HttpReply r = placeOrder(port, buyerToken, item, quantity, QUuid::createUuid().toByteArray());
    EXPECT_EQ(r.status, 201) << r.body.toStdString();
    return r.json().object().value(u"id").toInteger();
}

template <typename Dialog> Dialog *openDialog(QWidget *parent)
{
    Dialog *found = nullptr;
    waitUntil([&] {
        for (Dialog *d : parent->findChildren<Dialog *>())
            if (d->isVisible())
                found = d;
        return found != nullptr;
    });
    return found;
}

void loadAll(client::ShopOrdersModel &queue)
{
    ASSERT_TRUE(waitUntil([&] {
        if (queue.canFetchMore({}))
            queue.fetchMore({});
        return queue.total() >= 0 && !queue.isLoading() && !queue.canFetchMore({});
    }));
}

// Every page of the queue, once it shows `id` (a new order to ship comes last, with the last page,
// or by the seller topic's sale when every page was there before it).
void loadAllWith(client::ShopOrdersModel &queue, qint64 id)
{
    ASSERT_TRUE(waitUntil([&] {
        if (queue.canFetchMore({}))
            queue.fetchMore({});
        return queue.rowOf(id) >= 0 && !queue.isLoading() && !queue.canFetchMore({});
    }));
}

// The buyer's and the seller's windows, side by side, each signed in with its demo account.
struct TwoWindows
{
    explicit TwoWindows(ServerProcess &server)
        : seller(s.api, s.realtime, s.session, {true, false}),
          buyer(b.api, b.realtime, b.session, {true, false})
    {
        for (ui::MainWindow *w : {&seller, &buyer}) {
            w->resize(1280, 800);
            w->show();
            w->connectTo(server.url());
        }
    }
    QTemporaryDir sellerDir, buyerDir;
    Client s{sellerDir.path()}, b{buyerDir.path()};
    ui::MainWindow seller, buyer;
};

} // namespace

// My shop → Orders (Alt+O), the filter (Alt+T), Tab to the table, Ctrl+End to the newest order to
// ship, which must be `id` (the letters the translation marks, in another language).
void selectNewestToShipByKeyboard(ui::MainWindow &seller, qint64 id)
{
    seller.navigation(QStringLiteral("my_shop"))->trigger();
    ui::SellerPage *shop = seller.sellerPage();
    ui::ShopOrdersPage *page = shop->ordersPage();
    loadAllWith(*seller.shopOrdersModel(), id);
    pressMnemonic(&seller, shop->tabs()->tabText(shop->tabs()->indexOf(page)));
    ASSERT_EQ(shop->tabs()->currentWidget(), page);
    pressMnemonic(&seller, buddyText(page->statusFilter()));
    EXPECT_EQ(QApplication::focusWidget(), page->statusFilter());
    EXPECT_EQ(page->statusFilter()->currentData().toString(), QStringLiteral("paid"));
    press(&seller, Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), page->table());
    press(&seller, Qt::Key_End, Qt::ControlModifier);
    ASSERT_EQ(page->table()->currentIndex().data(client::ShopOrdersModel::OrderIdRole).toLongLong(), id);
    EXPECT_TRUE(page->addressText().contains(QStringLiteral("Testville")));
    ASSERT_TRUE(page->shipButton()->isEnabled());
    EXPECT_FALSE(page->deliverButton()->isEnabled());
}

// Alt+P, then the dialog: Enter with nothing typed shows the reasons next to the fields and sends
// nothing; the carrier, Tab, the tracking number and Enter ship, and the dialog closes.
void shipByKeyboard(ui::MainWindow &seller, qint64 id)
{
    ui::ShopOrdersPage *page = seller.sellerPage()->ordersPage();
    client::ShopOrdersModel &queue = *seller.shopOrdersModel();
    pressMnemonic(&seller, page->shipButton()->text());
    QPointer<ui::ShipDialog> dialog = openDialog<ui::ShipDialog>(page);
    ASSERT_NE(dialog, nullptr);
    QApplication::setActiveWindow(dialog);
    EXPECT_EQ(QApplication::focusWidget(), dialog->carrier());
    press(dialog, Qt::Key_Return);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->fieldError(QStringLiteral("carrier")).isEmpty());
    EXPECT_FALSE(dialog->fieldError(QStringLiteral("tracking_number")).isEmpty());
    EXPECT_EQ(queue.index(queue.rowOf(id), 0).data(client::ShopOrdersModel::PartStatusRole).toString(),
              QStringLiteral("paid"));
    dialog->carrier()->setFocus();
    type(dialog, QStringLiteral("UPS"));
    press(dialog, Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), dialog->trackingNumber());
    type(dialog, QStringLiteral("1ZUI0001"));
    QTest::qWait(20); // the layout settles
    saveShot(dialog, QStringLiteral("ship-dialog.png"));
    press(dialog, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] {
        return queue.index(queue.rowOf(id), client::ShopOrdersModel::TrackingColumn).data().toString() ==
               u"UPS 1ZUI0001";
    }));
    ASSERT_TRUE(waitUntil([&] { return !dialog || !dialog->isVisible(); }));
}

TEST(OrdersTest, ASellerShipsByKeyboardAndTheBuyersWindowShowsTheTracking)
{
    applyScreenshotLook();
    ServerProcess server;
    ASSERT_TRUE(server.start());
    TwoWindows w(server);
    signInAs(w.seller, w.s, QStringLiteral("seller"));
    const qint64 lamp = newItem(server.port(), w.s.session.token(), QStringLiteral("Keyboard lamp"), 2500);
    // ordered before the buyer's window signs in: its first page has it, whatever the timing of events
    const qint64 id = order(server.port(), login(server.port(), QStringLiteral("buyer@demo.test")), lamp, 2);
    signInAs(w.buyer, w.b, QStringLiteral("buyer"));

    // the buyer's Orders page: the new order comes first, and may still be cancelled
    w.buyer.navigation(QStringLiteral("orders"))->trigger();
    ui::OrdersPage *orders = w.buyer.ordersPage();
    ASSERT_TRUE(waitUntil([&] { return w.buyer.ordersModel()->rowOf(id) == 0; }));
    ASSERT_TRUE(waitUntil([&] { return orders->list()->currentIndex().row() == 0; }));
    EXPECT_TRUE(orders->cancelButton()->isEnabled());
    EXPECT_TRUE(orders->detailsText().contains(client::partStatusText(QStringLiteral("paid"))));

    // the seller, by keyboard alone
    ASSERT_NO_FATAL_FAILURE(selectNewestToShipByKeyboard(w.seller, id));
    ASSERT_NO_FATAL_FAILURE(shipByKeyboard(w.seller, id));
    ui::ShopOrdersPage *page = w.seller.sellerPage()->ordersPage();
    const auto row = [&] { return w.seller.shopOrdersModel()->rowOf(id); };
    EXPECT_EQ(
        w.seller.shopOrdersModel()->index(row(), client::ShopOrdersModel::StatusColumn).data().toString(),
        client::partStatusText(QStringLiteral("shipped"), client::PartReader::Shop));
    EXPECT_FALSE(page->shipButton()->isEnabled());
    EXPECT_TRUE(page->deliverButton()->isEnabled());
    EXPECT_TRUE(page->statusText().contains(QStringLiteral("#%1").arg(id)));
    QTest::qWait(50);
    saveShot(&w.seller, QStringLiteral("orders-tab.png"));

    // the buyer's window: the tracking in the details, the notice, no more Cancel
    const QString notice = w.buyer.tr("Your order #%1 from %2 has shipped (%3)")
                               .arg(id)
                               .arg(QStringLiteral("Demo Goods"), QStringLiteral("UPS 1ZUI0001"));
    ASSERT_TRUE(waitUntil([&] { return w.buyer.noticeBanner()->text() == notice; }))
        << w.buyer.noticeBanner()->text().toStdString();
    EXPECT_TRUE(orders->detailsText().contains(QStringLiteral("1ZUI0001")))
        << orders->detailsText().toStdString();
    EXPECT_TRUE(orders->detailsText().contains(client::orderStatusText(QStringLiteral("shipped"))));
    EXPECT_FALSE(orders->detailsText().contains(QStringLiteral("partially_shipped")));
    EXPECT_FALSE(orders->cancelButton()->isEnabled());
    QTest::qWait(50);
    saveShot(&w.buyer, QStringLiteral("buyer-orders.png"));
    // the notice opens the order
    w.buyer.navigation(QStringLiteral("shop"))->trigger();
    w.buyer.noticeBanner()->viewButton()->click();
    EXPECT_EQ(orders->list()->currentIndex().data(client::OrdersModel::OrderIdRole).toLongLong(), id);
    EXPECT_TRUE(orders->isVisible());

    // mark delivered (Alt+V): the seller's row and the buyer's details follow
    page->table()->setFocus();
    ASSERT_TRUE(page->deliverButton()->isEnabled());
    pressMnemonic(&w.seller, page->deliverButton()->text());
    ASSERT_TRUE(waitUntil([&] {
        return w.seller.shopOrdersModel()
                   ->index(row(), 0)
                   .data(client::ShopOrdersModel::PartStatusRole)
                   .toString() == u"delivered";
    })) << page->statusText().toStdString();
    ASSERT_TRUE(waitUntil([&] {
        return orders->detailsText().contains(client::orderStatusText(QStringLiteral("delivered")));
    }));
}

TEST(OrdersTest, TheCancelButtonIsThereOnlyWhileAllowedAndAsksFirst)
{
    applyScreenshotLook();
    ServerProcess server;
    ASSERT_TRUE(server.start());
    TwoWindows w(server);
    const QString sellerToken = login(server.port(), QStringLiteral("seller@demo.test"));
    const QString buyerToken = login(server.port(), QStringLiteral("buyer@demo.test"));
    const qint64 kettle = newItem(server.port(), sellerToken, QStringLiteral("Cancel kettle"), 3000);
    const qint64 shipped = order(server.port(), buyerToken, kettle, 1);
    const qint64 id = order(server.port(), buyerToken, kettle, 2);
    signInAs(w.buyer, w.b, QStringLiteral("buyer"));
    signInAs(w.seller, w.s, QStringLiteral("seller"));
    w.seller.navigation(QStringLiteral("my_shop"))->trigger();
    client::ShopOrdersModel &queue = *w.seller.shopOrdersModel();
    loadAllWith(queue, id);
    w.buyer.navigation(QStringLiteral("orders"))->trigger();
    ui::OrdersPage *orders = w.buyer.ordersPage();
    ASSERT_TRUE(waitUntil([&] { return w.buyer.ordersModel()->rowOf(id) == 0; }));
    ASSERT_TRUE(orders->selectOrder(shipped));
    EXPECT_TRUE(orders->cancelButton()->isEnabled());

    // shipped elsewhere while it is on screen: the button goes
    ASSERT_EQ(postJson(server.port(), "/api/v1/seller/orders/" + QByteArray::number(shipped) + "/ship",
                       {{QStringLiteral("carrier"), QStringLiteral("DHL")},
                        {QStringLiteral("tracking_number"), QStringLiteral("JD0001")}},
                       bearer(sellerToken))
                  .status,
              200);
    ASSERT_TRUE(waitUntil([&] { return !orders->cancelButton()->isEnabled(); }));
    EXPECT_TRUE(orders->detailsText().contains(QStringLiteral("JD0001")));

    // the other one: Cancel asks; Esc keeps the order
    ASSERT_TRUE(orders->selectOrder(id));
    ASSERT_TRUE(orders->cancelButton()->isEnabled());
    orders->cancelButton()->click();
    ASSERT_NE(orders->cancelConfirmation(), nullptr);
    ASSERT_TRUE(waitUntil([&] { return orders->cancelConfirmation()->isVisible(); }));
    const protocol::Order placed = w.buyer.ordersModel()->orderAt(w.buyer.ordersModel()->rowOf(id));
    EXPECT_TRUE(orders->cancelConfirmation()->text().contains(
        client::formatMoney(placed.totalCents, placed.currency)))
        << orders->cancelConfirmation()->text().toStdString();
    press(orders->cancelConfirmation(), Qt::Key_Escape);
    ASSERT_TRUE(waitUntil([&] { return orders->cancelConfirmation() == nullptr; }));
    EXPECT_EQ(w.buyer.ordersModel()->orderAt(w.buyer.ordersModel()->rowOf(id)).status,
              QStringLiteral("paid"));
    // Enter is "Keep order" too
    orders->cancelButton()->click();
    ASSERT_TRUE(
        waitUntil([&] { return orders->cancelConfirmation() && orders->cancelConfirmation()->isVisible(); }));
    press(orders->cancelConfirmation(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return orders->cancelConfirmation() == nullptr; }));
    EXPECT_EQ(w.buyer.ordersModel()->orderAt(w.buyer.ordersModel()->rowOf(id)).status,
              QStringLiteral("paid"));
    // and its Cancel button cancels: refunded in full, the button gone
    orders->cancelButton()->click();
    ASSERT_TRUE(
        waitUntil([&] { return orders->cancelConfirmation() && orders->cancelConfirmation()->isVisible(); }));
    QPushButton *yes = nullptr;
    for (QAbstractButton *b : orders->cancelConfirmation()->buttons())
        if (orders->cancelConfirmation()->buttonRole(b) == QMessageBox::DestructiveRole)
            yes = qobject_cast<QPushButton *>(b);
    ASSERT_NE(yes, nullptr);
    yes->click();
    ASSERT_TRUE(waitUntil([&] {
        return w.buyer.ordersModel()->orderAt(w.buyer.ordersModel()->rowOf(id)).status == u"cancelled";
    }));
    EXPECT_FALSE(orders->cancelButton()->isEnabled());
    EXPECT_TRUE(orders->detailsText().contains(client::orderStatusText(QStringLiteral("cancelled"))));
    // the seller's queue says so without a reload: no parcel to send
    EXPECT_TRUE(waitUntil([&] {
        return queue.index(queue.rowOf(id), 0).data(client::ShopOrdersModel::PartStatusRole).toString() ==
               u"cancelled";
    }));
    EXPECT_TRUE(orders->messageText().contains(QStringLiteral("#%1").arg(id)));
    const QString refunded = orders->tr("Refunded: %1")
                                 .arg(client::formatMoney(placed.totalCents, placed.currency))
                                 .replace(QChar::Nbsp, u' '); // as the plain text has it ("60,00 $")
    EXPECT_TRUE(waitUntil([&] { return orders->detailsText().contains(refunded); }))
        << orders->detailsText().toStdString();
    QTest::qWait(50);
    saveShot(&w.buyer, QStringLiteral("buyer-cancelled.png"));
    EXPECT_EQ(httpGet(server.port(), "/api/v1/orders/" + QByteArray::number(id), bearer(w.b.session.token()))
                  .json()
                  .object()
                  .value(u"status")
                  .toString(),
              QStringLiteral("cancelled"));
}

TEST(OrdersTest, TheRefundDialogGivesLinesBackAndARetryAfterANetworkErrorKeepsItsKey)
{
    applyScreenshotLook();
    ServerProcess server;
    ASSERT_TRUE(server.start());
    QTemporaryDir dir;
    Client s(dir.path());
    ui::MainWindow seller(s.api, s.realtime, s.session, {true, false});
    seller.resize(1280, 800);
    seller.show();
    seller.connectTo(server.url());
    signInAs(seller, s, QStringLiteral("seller"));
    const qint64 plate = newItem(server.port(), s.session.token(), QStringLiteral("Refund plate"), 2500);
    const QString buyerToken = login(server.port(), QStringLiteral("carol@demo.test"));
    const qint64 id = order(server.port(), buyerToken, plate, 3);
    seller.navigation(QStringLiteral("my_shop"))->trigger();
    ui::ShopOrdersPage *page = seller.sellerPage()->ordersPage();
    seller.sellerPage()->tabs()->setCurrentWidget(page);
    client::ShopOrdersModel &queue = *seller.shopOrdersModel();
    loadAllWith(queue, id);
    ASSERT_TRUE(page->selectOrder(id));
    ASSERT_TRUE(page->refundButton()->isEnabled());
    QPointer<ui::RefundDialog> dialog = page->openRefund();
    ASSERT_NE(dialog, nullptr);
    QApplication::setActiveWindow(dialog);
    ASSERT_EQ(dialog->quantities().size(), 1);
    QSpinBox *quantity = dialog->quantities()[0];
    EXPECT_EQ(quantity->maximum(), 3);
    EXPECT_EQ(QApplication::focusWidget(), quantity);
    EXPECT_FALSE(dialog->refundButton()->isEnabled()); // nothing chosen yet

    type(dialog, QStringLiteral("1"));
    EXPECT_EQ(quantity->value(), 1);
    EXPECT_EQ(dialog->amountText(),
              dialog->tr("Refund: %1").arg(client::formatMoney(2500, QStringLiteral("USD"))));
    dialog->restock()->setChecked(true);
    dialog->reason()->setText(QStringLiteral("arrived scratched"));
    quantity->setFocus();
    press(dialog, Qt::Key_Return); // Enter alone gives nothing back
    QTest::qWait(200);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(queue.orderAt(queue.rowOf(id)).refundedCents, 0);
    saveShot(dialog, QStringLiteral("refund-dialog.png"));

    // the server is gone: the error in place, the dialog stays with what was typed
    const QString key = dialog->idempotencyKey();
    server.stop();
    pressMnemonic(dialog, dialog->refundButton()->text());
    ASSERT_TRUE(waitUntil([&] { return !dialog->errorText().isEmpty(); }, 20000));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(quantity->value(), 1);
    // back: the same dialog sends again with the same key, and the lamp is refunded once
    ASSERT_TRUE(server.start());
    ASSERT_TRUE(dialog->refundButton()->isEnabled());
    dialog->refundButton()->click();
    EXPECT_EQ(dialog->idempotencyKey(), key);
    ASSERT_TRUE(waitUntil([&] { return !dialog; })); // accepted and closed
    loadAll(queue);                                  // read again after the reconnect
    ASSERT_GE(queue.rowOf(id), 0);
    EXPECT_EQ(queue.orderAt(queue.rowOf(id)).refundedCents, 2500);
    EXPECT_TRUE(queue.index(queue.rowOf(id), client::ShopOrdersModel::ItemsColumn)
                    .data()
                    .toString()
                    .contains(client::ShopOrdersModel::tr("%1 (%2 refunded)")
                                  .arg(QStringLiteral("3 × Refund plate"))
                                  .arg(1)));
    EXPECT_EQ(httpGet(server.port(), "/api/v1/orders/" + QByteArray::number(id), bearer(buyerToken))
                  .json()
                  .object()
                  .value(u"refunded_cents")
                  .toInteger(),
              2500);
}

namespace {

// A second shop that ships to the US only: 4.99 (free from 50.00), one day to hand over, three on the way.
QString farAwayShop(quint16 port)
{
    const HttpReply r = postJson(port, "/api/v1/auth/register",
                                 {{QStringLiteral("email"), QStringLiteral("far@away.test")},
                                  {QStringLiteral("password"), QStringLiteral("far-away-1")},
                                  {QStringLiteral("display_name"), QStringLiteral("Far Away")},
                                  {QStringLiteral("role"), QStringLiteral("seller")},
                                  {QStringLiteral("shop_name"), QStringLiteral("Far Away Goods")}});
    EXPECT_EQ(r.status, 201) << r.body.toStdString();
    const QString token = r.json().object().value(u"token").toString();
    const QJsonObject rates{
        {QStringLiteral("handling_days"), 1},
        {QStringLiteral("rates"), QJsonArray{QJsonObject{{QStringLiteral("country"), QStringLiteral("US")},
                                                         {QStringLiteral("flat_cents"), 499},
                                                         {QStringLiteral("free_over_cents"), 5000},
                                                         {QStringLiteral("transit_days"), 3}}}}};
    EXPECT_EQ(httpRequest(port, "PUT", "/api/v1/seller/shipping", QJsonDocument(rates).toJson(),
                          "Content-Type: application/json\r\n" + bearer(token))
                  .status,
              200);
    return token;
}

QString inDays(int days)
{
    return QDate::currentDate().addDays(days).toString(Qt::ISODate);
}

} // namespace

// What a buyer sees before paying: each shop's shipping and arrival date in the checkout for the country
// typed (a country a shop does not ship to is said, and asked again as it is typed), the Pay button with
// the total including shipping, which is what the order charges; the search results and the item page
// say when an item arrives, or that it does not ship there.
TEST(OrdersTest, CheckoutShowsShippingPerShopAndSearchShowsArrivalDates)
{
    applyScreenshotLook();
    ServerProcess server;
    ASSERT_TRUE(server.start());
    const QString farToken = farAwayShop(server.port());
    const qint64 spoon = newItem(server.port(), farToken, QStringLiteral("Far spoon"), 1000);
    const qint64 kettle = newItem(server.port(), login(server.port(), QStringLiteral("seller@demo.test")),
                                  QStringLiteral("Near kettle"), 3000);
    QTemporaryDir dir;
    Client b{dir.path()};
    b.api.setDeliveryCountry(QStringLiteral("US"));
    ui::MainWindow window(b.api, b.realtime, b.session, {true, false});
    window.resize(1280, 800);
    window.show();
    window.connectTo(server.url());
    signInAs(window, b, QStringLiteral("buyer"));

    // search results and the item page: when it arrives in the US; not shipped to France
    protocol::ItemQuery query;
    query.q = QStringLiteral("Far spoon");
    window.catalogModel()->setQuery(query);
    ASSERT_TRUE(waitUntil([&] { return window.catalogModel()->rowCount() > 0; }));
    EXPECT_EQ(window.catalogModel()->index(0).data(client::CatalogModel::ArrivesByRole).toString(),
              inDays(4));
    window.itemPage()->showItem(spoon);
    ASSERT_TRUE(waitUntil([&] { return !window.itemPage()->arrivalText().isEmpty(); }));
    EXPECT_EQ(window.itemPage()->arrivalText(), client::arrivalText(inDays(4)));
    b.api.setDeliveryCountry(QStringLiteral("FR"));
    window.itemPage()->showItem(spoon);
    ASSERT_TRUE(waitUntil([&] { return window.itemPage()->arrivalText().contains(u"France"); }))
        << window.itemPage()->arrivalText().toStdString();
    b.api.setDeliveryCountry(QStringLiteral("US"));

    // the checkout: two shops, each with its shipping; the total includes it
    window.cartModel()->add(spoon, 2);
    window.cartModel()->add(kettle, 1);
    ASSERT_TRUE(waitUntil([&] { return window.cartModel()->itemCount() == 3; }));
    ui::CheckoutDialog *dialog = window.openCheckout();
    ASSERT_TRUE(waitUntil([&] { return dialog->quote().has_value(); }));
    EXPECT_EQ(dialog->field(QStringLiteral("shipping_address.country"))->text(), QStringLiteral("US"));
    EXPECT_EQ(dialog->quote()->shippingCents, 499);
    EXPECT_EQ(dialog->quote()->totalCents, 2000 + 3000 + 499);
    const QString total = client::formatMoney(5499, QStringLiteral("USD"));
    EXPECT_EQ(dialog->payButton()->text(), dialog->tr("Pa&y %1").arg(total));
    EXPECT_TRUE(dialog->summaryText().contains(client::arrivalText(inDays(4)).toHtmlEscaped()))
        << dialog->summaryText().toStdString();
    EXPECT_TRUE(dialog->summaryText().contains(dialog->tr("Shipping: %1").arg(dialog->tr("free"))));
    saveShot(dialog, QStringLiteral("checkout-shipping.png"));

    // France: Far Away Goods does not ship there, said at once, and the total falls back to the items
    QLineEdit *country = dialog->field(QStringLiteral("shipping_address.country"));
    country->setFocus();
    country->selectAll();
    QTest::keyClicks(country, QStringLiteral("FR"));
    ASSERT_TRUE(waitUntil([&] { return dialog->shippingError().contains(u"Far Away Goods"); }));
    EXPECT_FALSE(dialog->quote().has_value());
    EXPECT_TRUE(dialog->summaryText().contains(dialog->shippingError().toHtmlEscaped()));
    saveShot(dialog, QStringLiteral("checkout-not-shipped.png"));
    EXPECT_EQ(dialog->payButton()->text(), dialog->tr("Pa&y %1").arg(window.cartModel()->totalText()));
    EXPECT_FALSE(dialog->payButton()->isEnabled());
    country->selectAll();
    QTest::keyClicks(country, QStringLiteral("US"));
    ASSERT_TRUE(waitUntil([&] { return dialog->quote().has_value(); }));
    EXPECT_TRUE(dialog->payButton()->isEnabled());

    // paid: the order charges what the checkout said
    QTest::keyClicks(dialog->field(QStringLiteral("shipping_address.line1")),
                     QStringLiteral("1 Market Street"));
    QTest::keyClicks(dialog->field(QStringLiteral("shipping_address.city")), QStringLiteral("Springfield"));
    QTest::keyClicks(dialog->field(QStringLiteral("shipping_address.postal_code")), QStringLiteral("12345"));
    QTest::keyClicks(dialog->field(QStringLiteral("payment.card_number")),
                     QStringLiteral("4242 4242 4242 4242"));
    QTest::keyClicks(dialog->field(QStringLiteral("payment.cvc")), QStringLiteral("123"));
    dialog->payButton()->click();
    ASSERT_TRUE(waitUntil([&] { return !dialog->confirmationText().isEmpty(); }));
    EXPECT_TRUE(dialog->confirmationText().contains(total)) << dialog->confirmationText().toStdString();
}
