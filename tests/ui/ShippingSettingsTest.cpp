// My shop → Shipping in a real window against a real demo server, by keyboard: the tab reads the
// shop's settings only once shown; the handling days and a new rate (a country picked by name, a
// price, a free-shipping amount, transit days) are saved, the server has them, and F5 reads them
// back; an amount that is no amount and a country the server refuses are marked on their row with
// the reasons under the table, and nothing typed is lost; another seller signed in sees its own.
// With EMPORIUM_SCREENSHOT_DIR set it saves shipping-tab.png and shipping-refused.png
// (EMPORIUM_SCREENSHOT_PALETTE=dark and EMPORIUM_SCREENSHOT_LANG=de for the others).
#include "app/models/Money.h"
#include "tests/common/ApiRequests.h"
#include "tests/common/Keyboard.h"
#include "tests/common/ServerProcess.h"
#include "tests/common/TestTools.h"
#include "tests/common/UiSupport.h"
#include "ui/MainWindow.h"
#include "ui/SellerPage.h"
#include "ui/ShippingSettingsPage.h"
#include "ui/SignInDialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::test;
using ui::ShippingSettingsPage;

namespace {

void signInAs(ui::MainWindow &window, Client &c, const QString &role)
{
    window.openSignIn()->demoButton(role)->click();
    ASSERT_TRUE(waitUntil([&] { return c.session.isSignedIn(); }));
}

// Types into the current cell (the first key opens its editor, which takes the others) and
// commits with Enter.
void typeCell(QWidget *window, const QString &text)
{
    for (const QChar c : text)
        type(window, QString(c));
    press(window, Qt::Key_Return);
    QTest::qWait(10); // the delegate commits once control is back in the event loop
}

QString cell(const ShippingSettingsPage *page, int row, int column)
{
    const QTableWidgetItem *item = page->rates()->item(row, column);
    return item ? item->data(Qt::EditRole).toString() : QStringLiteral("<none>");
}

// The table's row of `country` (the server answers with its rates by country, "*" last), or -1.
int rowOf(const ShippingSettingsPage *page, const QString &country)
{
    for (int row = 0; row < page->rates()->rowCount(); ++row)
        if (cell(page, row, ShippingSettingsPage::CountryColumn) == country)
            return row;
    return -1;
}

QJsonObject rateOf(const QJsonObject &settings, const QString &country)
{
    for (const QJsonValue &rate : settings.value(u"rates").toArray())
        if (rate.toObject().value(u"country").toString() == country)
            return rate.toObject();
    return {};
}

QString shownCell(const ShippingSettingsPage *page, int row, int column)
{
    const QTableWidgetItem *item = page->rates()->item(row, column);
    return item ? item->data(Qt::AccessibleTextRole).toString() : QStringLiteral("<none>");
}

// Alt and the button's letter; a button pressed by its shortcut clicks a moment later
void clickByKeyboard(ui::MainWindow &window, QPushButton *button)
{
    QSignalSpy clicked(button, &QPushButton::clicked);
    pressMnemonic(&window, button->text());
    ASSERT_TRUE(waitUntil([&] { return clicked.count() == 1; })) << button->text().toStdString();
}

// Alt+S, and the answer
void saveByKeyboard(ui::MainWindow &window, ShippingSettingsPage *page)
{
    ASSERT_NO_FATAL_FAILURE(clickByKeyboard(window, page->saveButton()));
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy(); }));
}

QJsonObject savedSettings(quint16 port, const QString &token)
{
    return httpGet(port, "/api/v1/seller/shipping", bearer(token)).json().object();
}

TEST(ShippingSettingsTest, ASellerSavesRatesByKeyboardAndARefusedRowIsMarkedWithNothingLost)
{
    applyScreenshotLook();
    ServerProcess server;
    ASSERT_TRUE(server.start());
    QTemporaryDir dir;
    Client s(dir.path());
    ui::MainWindow window(s.api, s.realtime, s.session, {true, false});
    window.resize(1280, 800);
    window.show();
    window.connectTo(server.url());
    signInAs(window, s, QStringLiteral("seller"));
    // the demo shop ships to a few countries; this one starts over with one rate for everywhere
    ASSERT_EQ(httpRequest(server.port(), "PUT", "/api/v1/seller/shipping",
                          R"({"handling_days":2,"rates":[{"country":"*","flat_cents":0,"transit_days":5}]})",
                          "Content-Type: application/json\r\n" + bearer(s.session.token()))
                  .status,
              200);

    // My shop → Shipping (the letter its tab marks): read when first shown, not before
    window.navigation(QStringLiteral("my_shop"))->trigger();
    ui::SellerPage *shop = window.sellerPage();
    ShippingSettingsPage *page = shop->shippingPage();
    QTest::qWait(200);
    EXPECT_FALSE(page->isLoaded());
    pressMnemonic(&window, shop->tabs()->tabText(shop->tabs()->indexOf(page)));
    ASSERT_EQ(shop->tabs()->currentWidget(), page);
    ASSERT_TRUE(waitUntil([&] { return page->isLoaded() && !page->isBusy(); }));
    // everywhere, free, 5 days after 2
    EXPECT_EQ(page->handlingDays()->value(), 2);
    ASSERT_EQ(page->rates()->rowCount(), 1);
    EXPECT_EQ(cell(page, 0, ShippingSettingsPage::CountryColumn), QStringLiteral("*"));
    EXPECT_EQ(shownCell(page, 0, ShippingSettingsPage::CountryColumn),
              ShippingSettingsPage::tr("Everywhere else"));

    // Alt+Y, 3 days; Alt+E, Germany picked by name, 4.99, free over 50, 3 days in transit; Alt+S
    pressMnemonic(&window, buddyText(page->handlingDays()));
    ASSERT_EQ(QApplication::focusWidget(), page->handlingDays());
    press(&window, Qt::Key_A, Qt::ControlModifier);
    type(&window, QStringLiteral("3"));
    ASSERT_NO_FATAL_FAILURE(clickByKeyboard(window, page->addButton()));
    ASSERT_EQ(page->rates()->rowCount(), 2);
    ASSERT_EQ(page->rates()->currentRow(), 1);
    typeCell(&window, QStringLiteral("Germany"));
    EXPECT_EQ(cell(page, 1, ShippingSettingsPage::CountryColumn), QStringLiteral("DE"));
    EXPECT_TRUE(shownCell(page, 1, ShippingSettingsPage::CountryColumn).contains(QStringLiteral("Germany")));
    press(&window, Qt::Key_Right);
    typeCell(&window, QStringLiteral("4.99"));
    press(&window, Qt::Key_Right);
    typeCell(&window, QStringLiteral("50"));
    press(&window, Qt::Key_Right);
    typeCell(&window, QStringLiteral("3"));
    EXPECT_EQ(cell(page, 1, ShippingSettingsPage::TransitColumn), QStringLiteral("3"));
    ASSERT_NO_FATAL_FAILURE(saveByKeyboard(window, page));
    EXPECT_TRUE(page->messageText().startsWith(page->tr("Saved at %1.").section(u'%', 0, 0)))
        << page->messageText().toStdString();
    const QJsonObject saved = savedSettings(server.port(), s.session.token());
    EXPECT_EQ(saved.value(u"handling_days").toInt(), 3);
    EXPECT_EQ(saved.value(u"rates").toArray().size(), 2) << QJsonDocument(saved).toJson().toStdString();
    EXPECT_EQ(rateOf(saved, QStringLiteral("DE")),
              (QJsonObject{{QStringLiteral("country"), QStringLiteral("DE")},
                           {QStringLiteral("flat_cents"), 499},
                           {QStringLiteral("free_over_cents"), 5000},
                           {QStringLiteral("transit_days"), 3}}))
        << QJsonDocument(saved).toJson().toStdString();

    // F5 reads them again: the same, in the server's order, amounts as the user writes them
    page->rates()->setFocus();
    press(&window, Qt::Key_F5);
    ASSERT_TRUE(waitUntil([&] { return page->isLoaded() && !page->isBusy(); }));
    ASSERT_EQ(page->rates()->rowCount(), 2);
    EXPECT_EQ(page->handlingDays()->value(), 3);
    const int germany = rowOf(page, QStringLiteral("DE"));
    ASSERT_GE(germany, 0);
    EXPECT_EQ(cell(page, germany, ShippingSettingsPage::FlatColumn), client::plainMoney(499));
    EXPECT_EQ(cell(page, germany, ShippingSettingsPage::FreeOverColumn), client::plainMoney(5000));
    EXPECT_EQ(shownCell(page, germany, ShippingSettingsPage::FlatColumn),
              client::formatMoney(499, QStringLiteral("USD")));
    QTest::qWait(50);
    saveShot(&window, QStringLiteral("shipping-tab.png"));

    // a third rate with a price that is no amount: marked here, nothing sent
    ASSERT_NO_FATAL_FAILURE(clickByKeyboard(window, page->addButton()));
    typeCell(&window, QStringLiteral("USA"));
    press(&window, Qt::Key_Right);
    typeCell(&window, QStringLiteral("cheap"));
    ASSERT_NO_FATAL_FAILURE(saveByKeyboard(window, page));
    EXPECT_FALSE(page->fieldError(QStringLiteral("rates[2].flat_cents")).isEmpty());
    EXPECT_EQ(QApplication::focusWidget(), page->rates()); // on the refused cell
    EXPECT_EQ(page->rates()->currentRow(), 2);
    EXPECT_EQ(page->rates()->currentColumn(), ShippingSettingsPage::FlatColumn);
    EXPECT_EQ(savedSettings(server.port(), s.session.token()).value(u"rates").toArray().size(), 2);
    // a price (saved straight from its editor), and the country the server refuses: its reason on
    // the row, every typed row kept
    for (const QChar c : QStringLiteral("12"))
        type(&window, QString(c));
    ASSERT_NO_FATAL_FAILURE(saveByKeyboard(window, page));
    EXPECT_TRUE(page->fieldError(QStringLiteral("rates[2].flat_cents")).isEmpty());
    const QString why = page->fieldError(QStringLiteral("rates[2].country"));
    EXPECT_FALSE(why.isEmpty()) << page->messageText().toStdString();
    EXPECT_TRUE(page->fieldError(QStringLiteral("rates[0].country")).isEmpty());
    EXPECT_TRUE(page->fieldError(QStringLiteral("rates[1].country")).isEmpty());
    EXPECT_TRUE(page->messageText().contains(why)) << page->messageText().toStdString();
    EXPECT_EQ(page->rates()->item(2, ShippingSettingsPage::CountryColumn)->toolTip(), why);
    ASSERT_EQ(page->rates()->rowCount(), 3);
    EXPECT_EQ(cell(page, 2, ShippingSettingsPage::CountryColumn), QStringLiteral("USA"));
    EXPECT_EQ(cell(page, 2, ShippingSettingsPage::FlatColumn), QStringLiteral("12"));
    EXPECT_EQ(rowOf(page, QStringLiteral("DE")), germany);
    EXPECT_EQ(rowOf(page, QStringLiteral("*")), 1 - germany);
    EXPECT_EQ(page->handlingDays()->value(), 3);
    EXPECT_EQ(savedSettings(server.port(), s.session.token()).value(u"rates").toArray().size(), 2);
    QTest::qWait(50);
    saveShot(&window, QStringLiteral("shipping-refused.png"));

    // corrected: the mark goes with the edit, and the three rates are saved
    EXPECT_EQ(QApplication::focusWidget(), page->rates());
    EXPECT_EQ(page->rates()->currentColumn(), ShippingSettingsPage::CountryColumn);
    page->rates()->setCurrentCell(2, ShippingSettingsPage::CountryColumn);
    typeCell(&window, QStringLiteral("US"));
    EXPECT_TRUE(page->fieldError(QStringLiteral("rates[2].country")).isEmpty());
    ASSERT_NO_FATAL_FAILURE(saveByKeyboard(window, page));
    const QJsonObject after = savedSettings(server.port(), s.session.token());
    EXPECT_EQ(after.value(u"rates").toArray().size(), 3) << page->messageText().toStdString();
    EXPECT_EQ(rateOf(after, QStringLiteral("US")).value(u"flat_cents").toInteger(), 1200)
        << QJsonDocument(after).toJson().toStdString();

    // another seller in the same window: this shop's rates are gone at once, the other shop's read
    // when the tab is on screen again
    s.session.signOut();
    ASSERT_TRUE(waitUntil([&] { return !s.session.isSignedIn(); }));
    EXPECT_EQ(page->rates()->rowCount(), 0);
    EXPECT_FALSE(page->isLoaded());
    s.session.signIn(QStringLiteral("northwind@demo.test"), QStringLiteral("demo1234"));
    ASSERT_TRUE(waitUntil([&] { return s.session.isSignedIn(); }));
    window.navigation(QStringLiteral("my_shop"))->trigger();
    ASSERT_EQ(shop->tabs()->currentWidget(), page);
    ASSERT_TRUE(waitUntil([&] { return page->isLoaded() && !page->isBusy(); }));
    // the demo's Northwind Traders: two days to hand over, free in the US, paid elsewhere ("*" last)
    ASSERT_EQ(page->rates()->rowCount(), 6);
    EXPECT_EQ(cell(page, 5, ShippingSettingsPage::CountryColumn), QStringLiteral("*"));
    EXPECT_EQ(cell(page, rowOf(page, QStringLiteral("US")), ShippingSettingsPage::FlatColumn),
              client::plainMoney(0));
    EXPECT_EQ(page->handlingDays()->value(), 2);
}

} // namespace
