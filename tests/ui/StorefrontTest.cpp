// The storefront as a new user meets it, in the window (offscreen, against emporium-server in a child
// process): Enter does what a form is for, an item asked for while signed out lands in the cart once signed
// in, and the stock on the shop's cards stays true while other people buy.
#include "app/models/CartModel.h"
#include "app/models/CatalogModel.h"
#include "tests/common/ApiRequests.h"
#include "tests/common/SharedServerProcessTest.h"
#include "tests/common/TestTools.h"
#include "tests/common/UiSupport.h"
#include "ui/CartPage.h"
#include "ui/CheckoutDialog.h"
#include "ui/EmptyState.h"
#include "ui/HomePage.h"
#include "ui/ItemDiscussion.h"
#include "ui/ItemPage.h"
#include "ui/MainWindow.h"
#include "ui/PurchaseBanner.h"
#include "ui/ShopPage.h"
#include "ui/SignInDialog.h"
#include "ui/WishlistPage.h"

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUuid>
#include <QWheelEvent>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::test;

namespace {

class StorefrontTest : public SharedServerProcessTest<StorefrontTest>
{
protected:
    struct Window
    {
        explicit Window(const QString &tokens)
            : client(tokens), window(client.api, client.realtime, client.session, demoOptions())
        {
            window.resize(1280, 820);
            window.show();
            window.connectTo(server->url());
        }
        Client client;
        ui::MainWindow window;
    };
    static ui::MainWindow::Options demoOptions()
    {
        ui::MainWindow::Options o;
        o.showDemoAccounts = true;
        o.openReceipts = false;
        return o;
    }
    static int rowOf(client::CatalogModel *model, qint64 item)
    {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->itemAt(row).id == item)
                return row;
        return -1;
    }
    QTemporaryDir tokens;
};

// Enter in the Create-account tab creates the account (it used to press Cancel and lose what was typed).
TEST_F(StorefrontTest, EnterCreatesTheAccount)
{
    Window w(tokens.path());
    QPointer<ui::SignInDialog> dialog = w.window.openSignIn();
    dialog->tabs()->setCurrentIndex(1);
    const QString email =
        QStringLiteral("enter-%1@example.com").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    QTest::keyClicks(dialog->field(QStringLiteral("display_name")), QStringLiteral("Enid Enter"));
    QTest::keyClicks(dialog->field(QStringLiteral("new_email")), email);
    QLineEdit *password = dialog->field(QStringLiteral("new_password"));
    QTest::keyClicks(password, QStringLiteral("enter-pass-1"));
    QTest::keyClick(password, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return w.client.session.isSignedIn(); }, 10000))
        << (dialog ? dialog->errorText().toStdString() : std::string("the dialog closed"));
    EXPECT_EQ(w.client.session.user().email, email);
}

// An item asked for while signed out is in the cart once its buyer has signed in.
TEST_F(StorefrontTest, AddToCartWhileSignedOutAddsItAfterSignIn)
{
    Window w(tokens.path());
    auto *grid = w.window.shopPage()->grid();
    w.window.navigation(QStringLiteral("shop"))->trigger();
    ASSERT_TRUE(waitUntil([&] { return grid->model()->rowCount() > 0; }));
    grid->setCurrentIndex(grid->model()->index(0, 0));
    QTest::keyClick(grid, Qt::Key_Return); // the item page
    ASSERT_TRUE(waitUntil([&] { return w.window.itemPage()->addToCartButton()->isEnabled(); }));
    w.window.itemPage()->addToCartButton()->click();
    QPointer<ui::SignInDialog> dialog = w.window.findChild<ui::SignInDialog *>();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(w.window.cartModel()->itemCount(), 0);
    dialog->demoButton(QStringLiteral("buyer"))->click();
    ASSERT_TRUE(waitUntil([&] { return w.client.session.isSignedIn(); }));
    EXPECT_TRUE(waitUntil([&] { return w.window.cartModel()->itemCount() >= 1; }, 10000));
}

// Enter in the checkout form pays (it used to press Cancel and lose the address and card).
TEST_F(StorefrontTest, EnterInTheCheckoutFormPays)
{
    Window w(tokens.path());
    w.window.openSignIn()->demoButton(QStringLiteral("buyer"))->click();
    ASSERT_TRUE(waitUntil([&] { return w.client.session.isSignedIn(); }));
    w.window.navigation(QStringLiteral("shop"))->trigger();
    auto *grid = w.window.shopPage()->grid();
    ASSERT_TRUE(waitUntil([&] { return grid->model()->rowCount() > 0; }));
    // one line in the cart (an earlier test may have left some): its purchase is told as this buyer's own
    ASSERT_TRUE(waitUntil([&] { return w.window.cartModel()->cart().currency == u"USD"; }));
    for (const protocol::CartLine &line : w.window.cartModel()->cart().lines)
        w.window.cartModel()->remove(line.item.id);
    ASSERT_TRUE(waitUntil([&] { return w.window.cartModel()->itemCount() == 0; }));
    const int before = w.window.cartModel()->itemCount();
    w.window.cartModel()->add(grid->model()->index(1, 0).data(client::CatalogModel::IdRole).toLongLong(), 1);
    ASSERT_TRUE(waitUntil([&] { return w.window.cartModel()->itemCount() > before; }));
    QWidget *pages = w.window.shopPage()->parentWidget(); // the window's stack of pages
    const int pagesTop = pages->mapTo(&w.window, QPoint(0, 0)).y();
    ui::CheckoutDialog *dialog = w.window.openCheckout();
    ASSERT_TRUE(waitUntil([&] { return dialog->isVisible() && dialog->payButton()->isEnabled(); }));
    dialog->field(QStringLiteral("shipping_address.line1"))->setText(QStringLiteral("1 Market Street"));
    dialog->field(QStringLiteral("shipping_address.city"))->setText(QStringLiteral("Springfield"));
    dialog->field(QStringLiteral("shipping_address.postal_code"))->setText(QStringLiteral("12345"));
    QTest::keyClicks(dialog->field(QStringLiteral("payment.card_number")),
                     QStringLiteral("4242424242424242"));
    EXPECT_EQ(dialog->field(QStringLiteral("payment.card_number"))->text(),
              QStringLiteral("4242 4242 4242 4242"));
    QLineEdit *cvc = dialog->field(QStringLiteral("payment.cvc"));
    cvc->setText(QStringLiteral("123"));
    cvc->setFocus();
    QTest::keyClick(cvc, Qt::Key_Return);
    EXPECT_TRUE(
        waitUntil([&] { return dialog->confirmationText().contains(QStringLiteral("Order #")); }, 10000))
        << dialog->errorText().toStdString();
    EXPECT_TRUE(dialog->confirmationText().contains(QStringLiteral("Visa ···· 4242"))) // not "visa ···· 4242"
        << dialog->confirmationText().toStdString();
    // the purchase feed tells this window of its own purchase as such
    auto *banner = w.window.findChild<ui::PurchaseBanner *>();
    ASSERT_TRUE(waitUntil([&] { return !banner->text().isEmpty(); }));
    EXPECT_TRUE(banner->text().startsWith(ui::PurchaseBanner::tr("You bought %1 × %2").section(u' ', 0, 1)))
        << banner->text().toStdString();
    EXPECT_EQ(pages->mapTo(&w.window, QPoint(0, 0)).y(), pagesTop); // it floats: the page did not move
    EXPECT_TRUE(w.window.centralWidget()->rect().contains(banner->geometry())); // all of it on screen
    dialog->close();
    QTest::qWait(50);
    saveShot(&w.window, QStringLiteral("banner-own-purchase.png"));
}

// Other people's purchases move the stock on this window's cards, and a window opened afterwards shows the
// stock as it is, not as it was.
TEST_F(StorefrontTest, TheGridsStockStaysTrueWhileOthersBuy)
{
    Window first(tokens.path());
    first.window.navigation(QStringLiteral("shop"))->trigger();
    auto *model = first.window.shopPage()->grid()->model();
    auto *catalog = qobject_cast<client::CatalogModel *>(model);
    ASSERT_TRUE(catalog);
    ASSERT_TRUE(waitUntil([&] { return catalog->rowCount() > 2; }));
    ASSERT_TRUE(
        waitUntil([&] { return first.client.realtime.state() == client::RealtimeClient::State::Connected; }));
    int row = 0;
    while (row < catalog->rowCount() && catalog->itemAt(row).stock < 10)
        ++row;
    ASSERT_LT(row, catalog->rowCount());
    const protocol::ItemSummary item = catalog->itemAt(row);
    // in step with the server: the window's subscriptions (feed and stock first, then the item's) have been
    // handled once the item page it opens counts it as a viewer
    auto *grid = first.window.shopPage()->grid();
    Q_EMIT grid->activated(catalog->index(row));
    ASSERT_TRUE(waitUntil([&] {
        return httpGet(server->port(), "/api/v1/items/" + QByteArray::number(item.id))
                   .json()
                   .object()
                   .value(u"viewers")
                   .toInt() == 1;
    }));
    first.window.navigation(QStringLiteral("shop"))->trigger();
    const QString buyer = login(server->port(), QStringLiteral("carol@demo.test"));
    const HttpReply order =
        placeOrder(server->port(), buyer, item.id, 2, QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    ASSERT_EQ(order.status, 201) << order.body.constData();
    EXPECT_TRUE(
        waitUntil([&] { return catalog->itemAt(rowOf(catalog, item.id)).stock == item.stock - 2; }, 5000))
        << catalog->itemAt(rowOf(catalog, item.id)).stock << " in stock on the card, " << item.stock - 2
        << " left";

    Window second(tokens.path());
    second.window.navigation(QStringLiteral("shop"))->trigger();
    auto *fresh = qobject_cast<client::CatalogModel *>(second.window.shopPage()->grid()->model());
    ASSERT_TRUE(waitUntil([&] { return rowOf(fresh, item.id) >= 0; }));
    EXPECT_EQ(fresh->itemAt(rowOf(fresh, item.id)).stock, item.stock - 2);
}

// The search is in the top bar on every page (Ctrl+F from Home), and a search that finds nothing gets a page
// that helps: what was looked for, the corrected words to try, categories, and a way back to everything.
TEST_F(StorefrontTest, SearchFromAnyPageAndANoResultsPageThatHelps)
{
    Window w(tokens.path());
    auto *shop = w.window.shopPage();
    QLineEdit *search = shop->searchBox();
    w.window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w.window));
    ASSERT_TRUE(waitUntil([&] { return w.window.homePage()->isVisible(); }));
    EXPECT_TRUE(search->isVisible()); // on the home page too
    QTest::keySequence(&w.window, QKeySequence::Find);
    EXPECT_EQ(QApplication::focusWidget(), search);
    QTest::keyClicks(search, QStringLiteral("zqxv nothing"));
    QTest::keyClick(search, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return shop->noResultsPage()->isVisible(); }, 10000));
    EXPECT_TRUE(shop->noResultsText().contains(QStringLiteral("No items match “zqxv nothing”")))
        << shop->noResultsText().toStdString();
    EXPECT_FALSE(shop->suggestion()->isVisible()); // nothing to correct it to
    saveShot(&w.window, QStringLiteral("search-no-results.png"));

    // a misspelling that finds nothing under a filter: the corrected words are offered, one click away
    shop->maxPrice()->setValue(1.0);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("hedphones"));
    QTest::keyClick(search, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return shop->suggestion()->isVisible(); }, 10000))
        << shop->noResultsText().toStdString();
    EXPECT_TRUE(shop->suggestion()->text().contains(u"headphones"));
    Q_EMIT shop->suggestion()->linkActivated(QStringLiteral("#"));
    EXPECT_EQ(search->text(), QStringLiteral("headphones"));

    // and the way back: everything again, the grid in place of the page
    auto *showAll = shop->noResultsPage()->findChild<QPushButton *>();
    ASSERT_TRUE(waitUntil([&] { return shop->noResultsPage()->isVisible(); }));
    for (QPushButton *b : shop->noResultsPage()->findChildren<QPushButton *>())
        if (b->text().contains(u"all items"))
            showAll = b;
    showAll->click();
    ASSERT_TRUE(
        waitUntil([&] { return shop->grid()->isVisible() && shop->grid()->model()->rowCount() > 0; }));
    EXPECT_TRUE(search->text().isEmpty());
    EXPECT_EQ(shop->maxPrice()->value(), 0.0);
    EXPECT_EQ(shop->grid()->currentIndex().row(), 0); // the keyboard's place shows before an arrow is pressed
}

// A new account's cart and wishlist say what they are for and lead back to the shop; nothing on them can be
// pressed that would act on nothing.
TEST_F(StorefrontTest, EmptyCartAndWishlistLeadBackToTheShop)
{
    const QString email =
        QStringLiteral("empty-%1@example.com").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    ASSERT_EQ(postJson(server->port(), "/api/v1/auth/register",
                       {{QStringLiteral("email"), email},
                        {QStringLiteral("password"), QStringLiteral("empty-pass-1")},
                        {QStringLiteral("display_name"), QStringLiteral("Emma Empty")},
                        {QStringLiteral("role"), QStringLiteral("buyer")}})
                  .status,
              201);
    Window w(tokens.path());
    QPointer<ui::SignInDialog> dialog = w.window.openSignIn();
    dialog->field(QStringLiteral("email"))->setText(email);
    dialog->field(QStringLiteral("password"))->setText(QStringLiteral("empty-pass-1"));
    dialog->signInButton()->click();
    ASSERT_TRUE(waitUntil([&] { return w.client.session.isSignedIn(); }));

    w.window.navigation(QStringLiteral("cart"))->trigger();
    auto *cart = w.window.cartPage();
    ASSERT_TRUE(waitUntil([&] { return cart->emptyState()->isVisible(); }));
    EXPECT_FALSE(cart->findChild<QTableView *>()->isVisible());
    for (QPushButton *b : cart->findChildren<QPushButton *>())
        if (b->isVisible())
            EXPECT_EQ(b, cart->emptyState()->actionButton())
                << b->text().toStdString(); // no Remove, no Checkout
    saveShot(&w.window, QStringLiteral("cart-empty.png"));
    cart->emptyState()->actionButton()->click();
    EXPECT_TRUE(w.window.shopPage()->isVisible());

    w.window.navigation(QStringLiteral("wishlist"))->trigger();
    auto *wishlist = w.window.wishlistPage();
    ASSERT_TRUE(waitUntil([&] { return wishlist->emptyState()->isVisible(); }));
    EXPECT_FALSE(wishlist->addToCartButton()->isEnabled());
    EXPECT_FALSE(wishlist->removeButton()->isEnabled());
    saveShot(&w.window, QStringLiteral("wishlist-empty.png"));
    wishlist->emptyState()->actionButton()->click();
    EXPECT_TRUE(w.window.shopPage()->isVisible());
}

// An item nobody has asked about says so where the questions would be, and how to ask (not a blank box).
TEST_F(StorefrontTest, AnItemWithoutQuestionsSaysHowToAskOne)
{
    const QString seller = login(server->port(), QStringLiteral("northwind@demo.test"));
    const QString title =
        QStringLiteral("Quiet Lantern %1").arg(QUuid::createUuid().toString(QUuid::Id128).left(6));
    ASSERT_GT(createItem(server->port(), seller, title, 5), 0);
    Window w(tokens.path());
    w.window.shopPage()->searchBox()->setText(title);
    auto *grid = w.window.shopPage()->grid();
    ASSERT_TRUE(waitUntil([&] {
        return grid->model()->rowCount() == 1 &&
               grid->model()->index(0, 0).data(client::CatalogModel::TitleRole).toString() == title;
    }));
    Q_EMIT grid->activated(grid->model()->index(0, 0));
    ui::ItemDiscussion *talk = w.window.itemPage()->discussion();
    EXPECT_TRUE(waitUntil([&] { return talk->noQuestionsLabel()->isVisibleTo(talk); }));
    EXPECT_FALSE(talk->questionsView()->isVisibleTo(talk));
}

// The wheel over a strip of cards on the home page scrolls the page, as everywhere else on it; the strip
// stays where it is.
TEST_F(StorefrontTest, TheWheelOverACardStripScrollsThePage)
{
    Window w(tokens.path());
    ui::HomePage *home = w.window.homePage();
    ASSERT_TRUE(waitUntil([&] { return home->stripTitles().size() >= 3; }));
    QListView *strip = home->findChildren<QListView *>().first();
    auto *page = home->findChild<QScrollArea *>();
    ASSERT_TRUE(strip && page);
    QTest::qWait(100);
    const QPointF at(strip->viewport()->width() / 2.0, strip->viewport()->height() / 2.0);
    QWheelEvent down(at, strip->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                     Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(strip->viewport(), &down);
    EXPECT_EQ(strip->horizontalScrollBar()->value(), 0);
    EXPECT_GT(page->verticalScrollBar()->value(), 0);
}

// Every control a keyboard can reach has a name a screen reader can say, on every page of every role
// (QAccessible: its own text, a label's buddy, or an accessible name).
TEST_F(StorefrontTest, EveryFocusableControlHasAnAccessibleName)
{
    const auto unnamed = [](QWidget *root) {
        QStringList found;
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(root) || qobject_cast<QMenu *>(w))
                continue;
            // a spin box's editor, a view's viewport: their widget speaks for them
            QWidget *owner = w->parentWidget();
            auto *area = qobject_cast<QAbstractScrollArea *>(owner);
            if (owner->focusProxy() == w || (area && area->viewport() == w) ||
                owner->inherits("QAbstractSpinBox"))
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            if (a && a->text(QAccessible::Name).trimmed().isEmpty())
                found << QStringLiteral("%1 (%2) in %3")
                             .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                  QString::fromLatin1(w->parentWidget()->metaObject()->className()));
        }
        return found;
    };
    const auto checkTabs = [&](QWidget *root, const std::string &where) { // every tab of every tab widget
        for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
            if (!tabs->isVisibleTo(root))
                continue;
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QTest::qWait(100);
                const QStringList names = unnamed(root);
                EXPECT_TRUE(names.isEmpty()) << where << " / " << tabs->tabText(i).toStdString() << ": "
                                             << names.join(u'\n').toStdString();
            }
        }
    };
    {
        Window w(tokens.path());
        checkTabs(w.window.openSignIn(), "sign-in dialog");
    }
    for (const char *role : {"buyer", "seller", "admin"}) {
        Window w(tokens.path());
        w.window.openSignIn()->demoButton(QString::fromLatin1(role))->click();
        ASSERT_TRUE(waitUntil([&] { return w.client.session.isSignedIn(); }));
        for (const char *page : {"home", "shop", "cart", "wishlist", "orders", "my_shop", "analytics"}) {
            QAction *go = w.window.navigation(QString::fromLatin1(page));
            if (!go || !go->isVisible())
                continue;
            go->trigger();
            QTest::qWait(300);
            const QStringList names = unnamed(&w.window);
            EXPECT_TRUE(names.isEmpty()) << role << " / " << page << ": " << names.join(u'\n').toStdString();
            checkTabs(&w.window, std::string(role) + " / " + page);
        }
        if (std::string(role) == "buyer") { // and the checkout form
            w.window.cartModel()->add(1, 1);
            ASSERT_TRUE(waitUntil([&] { return w.window.cartModel()->itemCount() > 0; }));
            ui::CheckoutDialog *checkout = w.window.openCheckout();
            QTest::qWait(200);
            EXPECT_TRUE(unnamed(checkout).isEmpty()) << unnamed(checkout).join(u'\n').toStdString();
            checkout->reject();
        }
    }
}

} // namespace
