// Widget smoke test (offscreen): the window against a real server shows the catalog grid
// with pictures, filters by category, opens an item page and comes back. With
// EMPORIUM_SCREENSHOT_DIR set, it saves what it saw as PNGs.
#include "ui/MainWindow.h"
#include "app/api/ApiClient.h"
#include "app/api/RealtimeClient.h"
#include "app/api/Session.h"
#include "app/api/TokenStore.h"
#include "app/models/CartModel.h"
#include "app/models/CatalogModel.h"
#include "app/models/OrdersModel.h"
#include "tests/common/ServerProcess.h"
#include "tests/common/TestTools.h"
#include "tests/common/UiSupport.h"
#include "ui/CartPage.h"
#include "ui/CheckoutDialog.h"
#include "ui/ConnectionIndicator.h"
#include "ui/HomePage.h"
#include "ui/ItemPage.h"
#include "ui/OrdersPage.h"
#include "ui/PurchaseBanner.h"
#include "ui/ShopPage.h"
#include "ui/SignInDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::test;

namespace {

bool allThumbnailsVisible(QListView *grid, int rows)
{
    for (int i = 0; i < rows; ++i)
        if (grid->model()->index(i, 0).data(client::CatalogModel::ThumbnailRole).value<QImage>().isNull())
            return false;
    return true;
}

TEST(MainWindowTest, ShowsCatalogAndItemPage)
{
    ServerProcess server;
    ASSERT_TRUE(server.start());
    client::ApiClient api;
    client::RealtimeClient realtime;
    client::TokenStore tokens(QDir::tempPath() + QStringLiteral("/emporium-ui-test-tokens"));
    client::Session session(api, tokens);
    ui::MainWindow window(api, realtime, session, {});
    window.resize(1280, 820);
    window.show();
    window.connectTo(server.url());

    // the window opens on the home page: best-selling categories, nothing personal when signed out
    auto *stack = window.findChild<QStackedWidget *>();
    EXPECT_EQ(stack->currentWidget(), window.homePage());
    ASSERT_TRUE(waitUntil([&] { return window.homePage()->stripTitles().size() >= 3; }));
    EXPECT_TRUE(window.homePage()->stripTitles().first().startsWith(QStringLiteral("Best sellers in")));
    EXPECT_EQ(window.homePage()->strip(QStringLiteral("recommended")), nullptr);
    QTest::qWait(300); // thumbnails
    saveShot(&window, QStringLiteral("home-signed-out.png"));
    window.navigation(QStringLiteral("shop"))->trigger();
    EXPECT_EQ(stack->currentWidget(), window.shopPage());

    QListView *grid = window.shopPage()->grid();
    ASSERT_TRUE(waitUntil([&] { return grid->model()->rowCount() >= 24; }));
    ASSERT_TRUE(waitUntil([&] { return allThumbnailsVisible(grid, 8); }));
    ASSERT_TRUE(
        waitUntil([&] { return window.connectionIndicator()->text() == QStringLiteral("Connected"); }));
    auto *count = window.shopPage()->findChild<QLabel *>();
    ASSERT_NE(count, nullptr);
    QTest::qWait(100);
    saveShot(&window, QStringLiteral("shop.png"));

    // Scrolling to the end loads more rows (lazy model).
    const int before = grid->model()->rowCount();
    grid->scrollToBottom();
    ASSERT_TRUE(waitUntil([&] { return grid->model()->rowCount() > before; }));

    // Sort by price: the first card is the cheapest.
    auto *sort = window.shopPage()->findChild<QComboBox *>();
    ASSERT_NE(sort, nullptr);
    sort->setCurrentIndex(1);
    ASSERT_TRUE(waitUntil([&] { return grid->model()->rowCount() >= 2; }));
    EXPECT_LE(grid->model()->index(0, 0).data(client::CatalogModel::PriceCentsRole).toLongLong(),
              grid->model()->index(1, 0).data(client::CatalogModel::PriceCentsRole).toLongLong());

    // Keyboard: select the first card and press Enter -> the item page.
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(0, 0));
    const QString title = grid->model()->index(0, 0).data(client::CatalogModel::TitleRole).toString();
    QTest::keyClick(grid, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return stack->currentWidget() == window.itemPage(); }));
    ASSERT_TRUE(waitUntil([&] { return window.itemPage()->titleText() == title; }));
    QTest::qWait(300); // pictures
    saveShot(&window, QStringLiteral("item.png"));

    // Esc goes back to the grid.
    QTest::keyClick(window.itemPage(), Qt::Key_Escape);
    ASSERT_TRUE(waitUntil([&] { return stack->currentWidget() == window.shopPage(); }));
}

TEST(MainWindowTest, StartupErrorIsShown)
{
    client::ApiClient api;
    client::RealtimeClient realtime;
    client::TokenStore tokens(QDir::tempPath() + QStringLiteral("/emporium-ui-test-tokens"));
    client::Session session(api, tokens);
    ui::MainWindow window(api, realtime, session, {});
    window.show();
    window.showStartupError(QStringLiteral("disk full"));
    bool found = false;
    for (QLabel *l : window.findChildren<QLabel *>())
        found = found || l->text().contains(QStringLiteral("disk full"));
    EXPECT_TRUE(found);
}

// The role's navigation, as a user sees it: the visible entries.
QStringList visibleNavigation(ui::MainWindow &w)
{
    QStringList out;
    for (const char *name : {"shop", "cart", "wishlist", "orders", "my_shop", "analytics"})
        if (w.navigation(QLatin1String(name))->isVisible())
            out << QLatin1String(name);
    return out;
}

QAction *menuAction(QToolButton *button, const QString &text)
{
    if (!button->menu())
        return nullptr;
    for (QAction *a : button->menu()->actions())
        if (a->text().remove(u'&').contains(text))
            return a;
    return nullptr;
}

TEST(MainWindowTest, SellerSignsUpSignsOutAndIsBackAfterRestart)
{
    ServerProcess server;
    ASSERT_TRUE(server.start());
    QTemporaryDir tokenDir;
    {
        Client c(tokenDir.path());
        ui::MainWindow window(c.api, c.realtime, c.session, {true});
        window.resize(1280, 820);
        window.show();
        window.connectTo(server.url());
        ASSERT_TRUE(waitUntil([&] { return window.shopPage()->grid()->model()->rowCount() > 0; }));
        EXPECT_EQ(visibleNavigation(window), QStringList{QStringLiteral("shop")});
        EXPECT_EQ(window.accountButton()->text(), QStringLiteral("Sign in…"));

        QPointer<ui::SignInDialog> dialog = window.openSignIn(); // deletes itself when closed
        ASSERT_TRUE(waitUntil([&] { return dialog->isVisible(); }));
        EXPECT_NE(dialog->demoButton(QStringLiteral("seller")), nullptr);
        dialog->tabs()->setCurrentIndex(1);
        QTest::keyClicks(dialog->field(QStringLiteral("display_name")), QStringLiteral("Sam Seller"));
        QTest::keyClicks(dialog->field(QStringLiteral("new_email")), QStringLiteral("sam@stall.test"));
        QTest::keyClicks(dialog->field(QStringLiteral("new_password")), QStringLiteral("sam-is-selling"));
        dialog->sellerRole()->click();
        QTest::keyClicks(dialog->field(QStringLiteral("shop_name")), QStringLiteral("Sam's Stall"));
        QTest::qWait(50);
        saveShot(dialog, QStringLiteral("sign-up.png"));
        dialog->signUpButton()->click();
        ASSERT_TRUE(waitUntil([&] { return c.session.isSignedIn(); }));
        ASSERT_TRUE(waitUntil([&] { return !dialog || !dialog->isVisible(); }));
        EXPECT_EQ(visibleNavigation(window),
                  (QStringList{QStringLiteral("shop"), QStringLiteral("cart"), QStringLiteral("wishlist"),
                               QStringLiteral("orders"), QStringLiteral("my_shop")}));
        EXPECT_TRUE(window.accountButton()->text().startsWith(QStringLiteral("Sam Seller")));
        window.navigation(QStringLiteral("my_shop"))->trigger();
        QTest::qWait(50);
        saveShot(&window, QStringLiteral("seller-signed-in.png"));

        QAction *signOut = menuAction(window.accountButton(), QStringLiteral("Sign out"));
        ASSERT_NE(signOut, nullptr);
        signOut->trigger();
        EXPECT_FALSE(c.session.isSignedIn());
        EXPECT_EQ(visibleNavigation(window), QStringList{QStringLiteral("shop")});

        dialog = window.openSignIn();
        QTest::keyClicks(dialog->field(QStringLiteral("email")), QStringLiteral("SAM@stall.test"));
        QTest::keyClicks(dialog->field(QStringLiteral("password")), QStringLiteral("sam-is-selling"));
        QTest::keyClick(dialog->field(QStringLiteral("password")), Qt::Key_Return);
        ASSERT_TRUE(waitUntil([&] { return c.session.isSignedIn(); }));
    }
    // The app restarts: new objects, the same token store.
    Client c(tokenDir.path());
    ui::MainWindow window(c.api, c.realtime, c.session, {true});
    window.show();
    window.connectTo(server.url());
    ASSERT_TRUE(waitUntil([&] { return c.session.isSignedIn(); }));
    EXPECT_TRUE(visibleNavigation(window).contains(QStringLiteral("my_shop")));
    EXPECT_TRUE(window.accountButton()->text().startsWith(QStringLiteral("Sam Seller")));
}

TEST(MainWindowTest, DemoButtonsSignInEachRole)
{
    ServerProcess server;
    ASSERT_TRUE(server.start());
    QTemporaryDir tokenDir;
    Client c(tokenDir.path());
    ui::MainWindow window(c.api, c.realtime, c.session, {true});
    window.show();
    window.connectTo(server.url());
    const QList<std::pair<QString, QStringList>> expected{
        {QStringLiteral("buyer"),
         {QStringLiteral("shop"), QStringLiteral("cart"), QStringLiteral("wishlist"),
          QStringLiteral("orders")}},
        {QStringLiteral("seller"),
         {QStringLiteral("shop"), QStringLiteral("cart"), QStringLiteral("wishlist"),
          QStringLiteral("orders"), QStringLiteral("my_shop")}},
        {QStringLiteral("admin"),
         {QStringLiteral("shop"), QStringLiteral("cart"), QStringLiteral("wishlist"),
          QStringLiteral("orders"), QStringLiteral("analytics")}},
    };
    for (const auto &[role, nav] : expected) {
        ui::SignInDialog *dialog = window.openSignIn();
        dialog->demoButton(role)->click();
        ASSERT_TRUE(waitUntil([&] { return c.session.isSignedIn(); })) << role.toStdString();
        EXPECT_EQ(visibleNavigation(window), nav) << role.toStdString();
        if (role == u"admin") {
            window.navigation(QStringLiteral("analytics"))->trigger();
            QTest::qWait(50);
            saveShot(&window, QStringLiteral("admin-signed-in.png"));
        }
        c.session.signOut();
    }
}

TEST(MainWindowTest, BuyerSearchesWithATypoAndChecksOut)
{
    ServerProcess server;
    ASSERT_TRUE(server.start());
    QTemporaryDir tokenDir;
    Client c(tokenDir.path());
    ui::MainWindow window(c.api, c.realtime, c.session, {true, false});
    window.resize(1280, 820);
    window.show();
    window.connectTo(server.url());
    window.openSignIn()->demoButton(QStringLiteral("buyer"))->click();
    ASSERT_TRUE(waitUntil([&] { return c.session.isSignedIn(); }));
    ASSERT_TRUE(waitUntil(
        [&] { return window.cartModel()->cart().currency == u"USD"; })); // the account's cart arrived

    // search with a typo
    window.navigation(QStringLiteral("shop"))->trigger();
    QListView *grid = window.shopPage()->grid();
    QTest::keyClicks(window.shopPage()->searchBox(), QStringLiteral("hedphones"));
    const auto allHeadphones = [&] {
        const int n = grid->model()->rowCount();
        for (int i = 0; i < n; ++i)
            if (!grid->model()
                     ->index(i, 0)
                     .data(client::CatalogModel::TitleRole)
                     .toString()
                     .contains(u"Headphones"))
                return false;
        return n >= 2;
    };
    ASSERT_TRUE(waitUntil(allHeadphones))
        << window.shopPage()->searchBox()->text().toStdString() << " / " << grid->model()->rowCount() << " / "
        << window.shopPage()->noResultsText().toStdString();
    ASSERT_TRUE(waitUntil([&] { return allThumbnailsVisible(grid, 2); }));
    saveShot(&window, QStringLiteral("search-typo.png"));

    // first item from the grid (keyboard), second from its item page
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(0, 0));
    QTest::keyClick(grid, Qt::Key_B, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return window.cartModel()->itemCount() == 1; }));
    grid->setCurrentIndex(grid->model()->index(1, 0));
    QTest::keyClick(grid, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] {
        return window.itemPage()->addToCartButton()->isEnabled() &&
               window.itemPage()->titleText().contains(u"Headphones");
    }));
    window.itemPage()->addToCartButton()->click();
    ASSERT_TRUE(waitUntil([&] { return window.cartModel()->itemCount() == 2; }));
    EXPECT_EQ(window.navigation(QStringLiteral("cart"))->text(), QStringLiteral("&Cart (2)"));

    window.navigation(QStringLiteral("cart"))->trigger();
    EXPECT_EQ(window.cartPage()->table()->model()->rowCount(), 2);
    QTest::qWait(50);
    saveShot(&window, QStringLiteral("cart.png"));

    // the declined card first
    ui::CheckoutDialog *dialog = window.openCheckout();
    ASSERT_TRUE(waitUntil([&] { return dialog->isVisible(); }));
    QTest::keyClicks(dialog->field(QStringLiteral("shipping_address.line1")),
                     QStringLiteral("1 Market Street"));
    QTest::keyClicks(dialog->field(QStringLiteral("shipping_address.city")), QStringLiteral("Springfield"));
    QTest::keyClicks(dialog->field(QStringLiteral("shipping_address.postal_code")), QStringLiteral("12345"));
    QTest::keyClicks(dialog->field(QStringLiteral("payment.card_number")),
                     QStringLiteral("4000 0000 0000 0002"));
    QTest::keyClicks(dialog->field(QStringLiteral("payment.cvc")), QStringLiteral("123"));
    dialog->payButton()->click();
    ASSERT_TRUE(waitUntil([&] { return dialog->errorText().contains(QStringLiteral("declined")); }));
    EXPECT_TRUE(
        dialog->field(QStringLiteral("payment.card_number"))->hasFocus()); // where the other card goes
    EXPECT_EQ(dialog->field(QStringLiteral("shipping_address.city"))->text(),
              QStringLiteral("Springfield")); // nothing lost
    EXPECT_EQ(window.cartModel()->itemCount(), 2);
    saveShot(dialog, QStringLiteral("checkout-declined.png"));

    // a Luhn failure is caught before sending
    dialog->field(QStringLiteral("payment.card_number"))->setText(QStringLiteral("4242 4242 4242 4241"));
    dialog->payButton()->click();
    EXPECT_TRUE(dialog->fieldError(QStringLiteral("payment.card_number"))->isVisible());

    // then the good card
    dialog->field(QStringLiteral("payment.card_number"))->setText(QStringLiteral("4242 4242 4242 4242"));
    dialog->payButton()->click();
    ASSERT_TRUE(waitUntil([&] { return dialog->confirmationText().contains(QStringLiteral("Order #")); }));
    saveShot(dialog, QStringLiteral("checkout-paid.png"));
    ASSERT_TRUE(waitUntil([&] { return window.cartModel()->itemCount() == 0; }));

    // the Orders page shows it first, with lines, total, address and card
    window.navigation(QStringLiteral("orders"))->trigger();
    ASSERT_TRUE(waitUntil([&] { return window.ordersModel()->rowCount() > 0; }));
    const qint64 newest = window.ordersModel()->orderAt(0).id;
    EXPECT_TRUE(dialog->confirmationText().contains(QStringLiteral("#%1").arg(newest)));
    ASSERT_TRUE(
        waitUntil([&] { return window.ordersPage()->detailsText().contains(QStringLiteral("Headphones")); }));
    EXPECT_TRUE(window.ordersPage()->detailsText().contains(QStringLiteral("Visa ···· 4242")));
    EXPECT_TRUE(window.ordersPage()->detailsText().contains(QStringLiteral("Springfield")));
    QTest::qWait(50);
    saveShot(&window, QStringLiteral("orders.png"));

    // "Open receipt" saves the receipt email (and would hand it to the mail program)
    const QString receipt =
        QDir(ui::MainWindow::receiptsFolder()).filePath(QStringLiteral("receipt-%1.eml").arg(newest));
    QFile::remove(receipt);
    window.ordersPage()->receiptButton()->click();
    ASSERT_TRUE(waitUntil([&] { return QFile::exists(receipt); }));
    QFile file(receipt);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains(QStringLiteral("Message-ID: <receipt-%1@").arg(newest).toLatin1()));
}

// Opens the item at `row` of the grid with the keyboard.
void openRow(ui::MainWindow &w, int row)
{
    QListView *grid = w.shopPage()->grid();
    grid->setCurrentIndex(grid->model()->index(row, 0));
    QTest::keyClick(grid, Qt::Key_Return);
}

TEST(MainWindowTest, TwoWindowsStayInSync)
{
    ServerProcess server;
    ASSERT_TRUE(server.start());
    QTemporaryDir dirA, dirB;
    Client a(dirA.path()), b(dirB.path());
    ui::MainWindow left(a.api, a.realtime, a.session, {true}), right(b.api, b.realtime, b.session, {true});
    for (ui::MainWindow *w : {&left, &right}) {
        w->resize(1000, 760);
        w->show();
    }
    left.connectTo(server.url());
    right.connectTo(server.url());
    left.openSignIn()->demoButton(QStringLiteral("buyer"))->click();
    right.openSignIn()->demoButton(QStringLiteral("buyer"))->click();
    ASSERT_TRUE(waitUntil([&] { return a.session.isSignedIn() && b.session.isSignedIn(); }));
    ASSERT_TRUE(waitUntil([&] {
        return left.shopPage()->grid()->model()->rowCount() > 0 &&
               right.shopPage()->grid()->model()->rowCount() > 0;
    }));
    ASSERT_TRUE(waitUntil([&] {
        return a.realtime.state() == client::RealtimeClient::State::Connected &&
               b.realtime.state() == client::RealtimeClient::State::Connected;
    }));

    // both look at the same item: each sees two viewers
    openRow(left, 0);
    openRow(right, 0);
    ASSERT_TRUE(waitUntil([&] {
        return right.itemPage()->viewersText().contains(u'2') &&
               left.itemPage()->viewersText().contains(u'2');
    })) << right.itemPage()->viewersText().toStdString();
    const qint64 item = left.itemPage()->currentId();
    ASSERT_EQ(item, right.itemPage()->currentId());

    // the cart filled in one window shows in the other
    left.itemPage()->addToCartButton()->click();
    ASSERT_TRUE(waitUntil([&] { return right.cartModel()->itemCount() == 1; }));

    // buying in one window: the other gets the banner, the new stock and the order
    const QString stockBefore = right.itemPage()->stockText();
    ui::CheckoutDialog *dialog = left.openCheckout();
    QTest::keyClicks(dialog->field(QStringLiteral("shipping_address.line1")),
                     QStringLiteral("1 Market Street"));
    QTest::keyClicks(dialog->field(QStringLiteral("shipping_address.city")), QStringLiteral("Springfield"));
    QTest::keyClicks(dialog->field(QStringLiteral("shipping_address.postal_code")), QStringLiteral("12345"));
    QTest::keyClicks(dialog->field(QStringLiteral("payment.card_number")),
                     QStringLiteral("4242424242424242"));
    QTest::keyClicks(dialog->field(QStringLiteral("payment.cvc")), QStringLiteral("123"));
    // (Pay waits for the shipping quote: a click before it is a click on a disabled button)
    ASSERT_TRUE(waitUntil([&] { return dialog->payButton()->isEnabled(); }));
    dialog->payButton()->click();
    ASSERT_TRUE(waitUntil([&] { return dialog->confirmationText().contains(QStringLiteral("Order #")); }))
        << dialog->errorText().toStdString();
    dialog->accept();
    ASSERT_TRUE(waitUntil(
        [&] { return right.purchaseBanner()->text().startsWith(QStringLiteral("Someone bought 1 ×")); }));
    ASSERT_TRUE(waitUntil([&] { return right.itemPage()->stockText() != stockBefore; }));
    ASSERT_TRUE(waitUntil([&] { return right.cartModel()->itemCount() == 0; }));
    ASSERT_TRUE(waitUntil([&] {
        return right.ordersModel()->rowCount() > 0 &&
               right.ordersModel()->orderAt(0).lines.value(0).itemId == item;
    }));
    QTest::qWait(250); // the banner's slide
    const QString dir = qEnvironmentVariable("EMPORIUM_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        const QPixmap l = left.grab(), r = right.grab();
        QPixmap both(l.width() + r.width() + 8, qMax(l.height(), r.height()));
        both.fill(Qt::darkGray);
        QPainter p(&both);
        p.drawPixmap(0, 0, l);
        p.drawPixmap(l.width() + 8, 0, r);
        p.end();
        both.save(QDir(dir).filePath(QStringLiteral("two-windows.png")));
    }

    // closing the other window's item page lowers the count
    right.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&right));
    QTest::keyClick(right.itemPage(), Qt::Key_Escape);
    EXPECT_TRUE(waitUntil([&] { return left.itemPage()->viewersText().contains(u'1'); }));
}

TEST(PurchaseBannerTest, BurstsFoldIntoOneLine)
{
    ui::PurchaseBanner banner;
    banner.show();
    banner.addPurchase(QStringLiteral("Red Kite"), 2);
    EXPECT_EQ(banner.text(), QStringLiteral("Someone bought 2 × Red Kite"));
    for (const char *t : {"Blue Mug", "Green Tent", "Blue Mug", "Grey Scarf"})
        banner.addPurchase(QLatin1String(t), 1);
    EXPECT_EQ(banner.purchasesShown(), 5);
    EXPECT_EQ(banner.text(), QStringLiteral("5 purchases just now: Grey Scarf, Blue Mug and 2 more"));
    EXPECT_EQ(banner.findChildren<QLabel *>().size(), 1); // one line, never a wall
    QToolButton *close = banner.findChild<QToolButton *>();
    ASSERT_NE(close, nullptr);
    close->click();
    EXPECT_TRUE(banner.text().isEmpty());
    banner.addPurchase(QStringLiteral("Chess Set"), 1); // a new burst starts afresh
    EXPECT_EQ(banner.text(), QStringLiteral("Someone bought 1 × Chess Set"));
}

TEST(MainWindowTest, SignInErrorsAreShownWhereTheyBelong)
{
    ServerProcess server;
    ASSERT_TRUE(server.start());
    QTemporaryDir tokenDir;
    Client c(tokenDir.path());
    ui::MainWindow window(c.api, c.realtime, c.session, {false});
    window.show();
    window.connectTo(server.url());
    ui::SignInDialog *dialog = window.openSignIn();
    EXPECT_EQ(dialog->demoButton(QStringLiteral("buyer")), nullptr); // a remote server has no demo accounts

    QTest::keyClicks(dialog->field(QStringLiteral("email")), QStringLiteral("buyer@demo.test"));
    QTest::keyClicks(dialog->field(QStringLiteral("password")), QStringLiteral("wrong-password"));
    dialog->signInButton()->click();
    ASSERT_TRUE(waitUntil([&] { return !dialog->errorText().isEmpty(); }));
    EXPECT_EQ(dialog->errorText(), QStringLiteral("Wrong email or password."));
    EXPECT_EQ(dialog->field(QStringLiteral("password"))->text(),
              QStringLiteral("wrong-password")); // nothing lost
    saveShot(dialog, QStringLiteral("sign-in-error.png"));

    dialog->tabs()->setCurrentIndex(1);
    QTest::keyClicks(dialog->field(QStringLiteral("display_name")), QStringLiteral("Dup"));
    QTest::keyClicks(dialog->field(QStringLiteral("new_email")), QStringLiteral("alice@demo.test"));
    QTest::keyClicks(dialog->field(QStringLiteral("new_password")), QStringLiteral("short"));
    dialog->signUpButton()->click();
    EXPECT_TRUE(dialog->fieldError(QStringLiteral("new_password"))->isVisible()); // caught before sending
    dialog->field(QStringLiteral("new_password"))->setText(QStringLiteral("long enough now"));
    dialog->signUpButton()->click();
    ASSERT_TRUE(waitUntil([&] { return dialog->fieldError(QStringLiteral("new_email"))->isVisible(); }));
    EXPECT_TRUE(dialog->fieldError(QStringLiteral("new_email"))->text().contains(QStringLiteral("exists")));
    EXPECT_FALSE(c.session.isSignedIn());
}

} // namespace
