// Discovery in a real window against a real demo server: the home page signed in (recommended
// for you, recently viewed, best sellers), an item opened from it with "frequently bought
// together", and the item's questions, answers, helpful votes and a review, all by keyboard
// and buttons as a user would.
#include "app/models/CatalogModel.h"
#include "app/models/HomeModel.h"
#include "app/models/QuestionsModel.h"
#include "app/models/ReviewsModel.h"
#include "tests/common/ApiRequests.h"
#include "tests/common/ServerProcess.h"
#include "tests/common/TestTools.h"
#include "tests/common/UiSupport.h"
#include "ui/HomePage.h"
#include "ui/ItemDiscussion.h"
#include "ui/ItemPage.h"
#include "ui/MainWindow.h"
#include "ui/ShopPage.h"
#include "ui/SignInDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::test;

namespace {

TEST(DiscoveryTest, HomeRecommendsAndTheItemPageTalks)
{
    ServerProcess server;
    ASSERT_TRUE(server.start());
    // a new buyer bought two things together
    const HttpReply registered = postJson(server.port(), "/api/v1/auth/register",
                                          {{QStringLiteral("email"), QStringLiteral("dana@example.test")},
                                           {QStringLiteral("password"), QStringLiteral("dana-buys-things")},
                                           {QStringLiteral("display_name"), QStringLiteral("Dana")},
                                           {QStringLiteral("role"), QStringLiteral("buyer")}});
    ASSERT_EQ(registered.status, 201);
    const QString dana = registered.json().object().value(u"token").toString();
    const QJsonArray electronics =
        httpGet(server.port(), "/api/v1/items?category=1&sort=best_selling&per_page=10")
            .json()
            .object()
            .value(u"items")
            .toArray();
    QList<QJsonObject> plenty; // items that stay in stock after the order
    for (const QJsonValue &v : electronics)
        if (v.toObject().value(u"stock").toInteger() >= 5)
            plenty << v.toObject();
    ASSERT_GE(plenty.size(), 2);
    const qint64 bought = plenty.at(0).value(u"id").toInteger();
    const qint64 together = plenty.at(1).value(u"id").toInteger();
    QJsonObject order =
        QJsonDocument::fromJson(
            QByteArray(
                R"({"shipping_address":{"name":"Dana","line1":"2 Road","city":"Town","postal_code":"9","country":"US"},
        "payment":{"card_number":"4242424242424242","exp_month":12,"exp_year":2031,"cvc":"123"}})"))
            .object();
    order.insert(
        QStringLiteral("lines"),
        QJsonArray{QJsonObject{{QStringLiteral("item_id"), bought}, {QStringLiteral("quantity"), 1}},
                   QJsonObject{{QStringLiteral("item_id"), together}, {QStringLiteral("quantity"), 1}}});
    ASSERT_EQ(
        postJson(server.port(), "/api/v1/orders", order, bearer(dana) + "Idempotency-Key: ui-disc-1\r\n")
            .status,
        201);

    QTemporaryDir tokenDir;
    Client c(tokenDir.path());
    ui::MainWindow window(c.api, c.realtime, c.session, {true, false});
    window.resize(1360, 900);
    window.show();
    window.connectTo(server.url());
    ASSERT_TRUE(waitUntil([&] { return window.homePage()->stripTitles().size() >= 3; }));
    ui::SignInDialog *dialog = window.openSignIn();
    QTest::keyClicks(dialog->field(QStringLiteral("email")), QStringLiteral("dana@example.test"));
    QTest::keyClicks(dialog->field(QStringLiteral("password")), QStringLiteral("dana-buys-things"));
    QTest::keyClick(dialog->field(QStringLiteral("password")), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return c.session.isSignedIn(); }));

    // signed in, the home page leads with what is meant for Dana
    ASSERT_TRUE(
        waitUntil([&] { return window.homePage()->strip(QStringLiteral("recommended")) != nullptr; }));
    EXPECT_EQ(window.homePage()->stripTitles().first(), QStringLiteral("Recommended for you"));
    QListView *recommended = window.homePage()->strip(QStringLiteral("recommended"));
    ASSERT_GT(recommended->model()->rowCount(), 0);
    QTest::qWait(300); // thumbnails
    saveShot(&window, QStringLiteral("home-signed-in.png"));

    // open the item she bought from the shop; "frequently bought together" shows the other
    window.navigation(QStringLiteral("shop"))->trigger();
    auto *stack = window.findChild<QStackedWidget *>();
    QListView *grid = window.shopPage()->grid();
    QTest::keyClicks(window.shopPage()->searchBox(), plenty.at(0).value(u"title").toString());
    int row = -1;
    ASSERT_TRUE(waitUntil([&] {
        for (int r = 0; r < grid->model()->rowCount(); ++r)
            if (grid->model()->index(r, 0).data(client::CatalogModel::IdRole).toLongLong() == bought)
                row = r;
        return row >= 0;
    }));
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(row, 0));
    QTest::keyClick(grid, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return stack->currentWidget() == window.itemPage(); }));
    ASSERT_TRUE(waitUntil([&] { return window.itemPage()->relatedView()->isVisible(); }));
    bool found = false;
    for (int r = 0; r < window.itemPage()->relatedView()->model()->rowCount(); ++r)
        found = found || window.itemPage()
                                 ->relatedView()
                                 ->model()
                                 ->index(r, 0)
                                 .data(client::CatalogModel::IdRole)
                                 .toLongLong() == together;
    EXPECT_TRUE(found);

    // ask, answer (Enter in the fields), and mark the answer helpful
    ui::ItemDiscussion *talk = window.itemPage()->discussion();
    ASSERT_TRUE(waitUntil([&] { return talk->askButton()->isEnabled(); }));
    QTest::keyClicks(talk->askEdit(), QStringLiteral("Does it work with Linux?"));
    QTest::keyClick(talk->askEdit(), Qt::Key_Return);
    QTreeView *tree = talk->questionsView();
    ASSERT_TRUE(waitUntil([&] {
        return tree->model()->rowCount() > 0 &&
               tree->model()->index(0, 0).data().toString().contains(QStringLiteral("Linux"));
    }));
    EXPECT_TRUE(talk->askEdit()->text().isEmpty());
    EXPECT_TRUE(talk->tabText(0).contains(QStringLiteral("(")));
    tree->setCurrentIndex(tree->model()->index(0, 0));
    QTest::keyClicks(talk->answerEdit(), QStringLiteral("Yes, plug and play."));
    QTest::keyClick(talk->answerEdit(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return tree->model()->rowCount(tree->model()->index(0, 0)) == 1; }));
    const QModelIndex answer = tree->model()->index(0, 0, tree->model()->index(0, 0));
    tree->setCurrentIndex(answer);
    ASSERT_TRUE(talk->helpfulButton()->isEnabled());
    talk->helpfulButton()->click();
    ASSERT_TRUE(waitUntil([&] { return answer.data(client::QuestionsModel::HelpfulRole).toInt() == 1; }));
    EXPECT_FALSE(talk->helpfulButton()->isEnabled()); // once

    // a short question is refused in place, and what was typed stays
    QTest::keyClicks(talk->askEdit(), QStringLiteral("ok"));
    talk->askButton()->click();
    EXPECT_TRUE(talk->questionsStatus()->text().contains(QStringLiteral("3 characters")));
    EXPECT_EQ(talk->askEdit()->text(), QStringLiteral("ok"));
    talk->askEdit()->clear();

    // a review: she bought it, so it is taken, and the rating moves
    talk->setCurrentIndex(1);
    ASSERT_TRUE(
        waitUntil([&] { return !talk->ratingLabel()->text().startsWith(QStringLiteral("Loading")); }));
    const int reviews = talk->reviewsView()->model()->rowCount();
    talk->starsBox()->setCurrentIndex(0); // five stars
    QTest::keyClicks(talk->reviewEdit(), QStringLiteral("Fast and quiet."));
    QTest::keyClick(talk->reviewEdit(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] {
        return talk->reviewsStatus()->text() == QStringLiteral("Thank you for your review.");
    })) << talk->reviewsStatus()->text().toStdString();
    ASSERT_TRUE(waitUntil([&] {
        return talk->reviewsView()->model()->rowCount() >= std::min(reviews + 1, 10) &&
               talk->reviewsView()->model()->index(0, 0).data(client::ReviewsModel::BodyRole).toString() ==
                   QStringLiteral("Fast and quiet.");
    }));
    QTest::keyClicks(talk->reviewEdit(), QStringLiteral("Second try"));
    talk->reviewButton()->click();
    ASSERT_TRUE(waitUntil([&] {
        return talk->reviewsStatus()->text() == QStringLiteral("You have reviewed this item already.");
    }));

    // the whole page, pictures to reviews, for the record
    talk->setCurrentIndex(0);
    QTest::qWait(300);
    if (auto *scroll = window.itemPage()->findChild<QScrollArea *>())
        saveShot(scroll->widget(), QStringLiteral("item-discussion.png"));
    talk->setCurrentIndex(1);
    QTest::qWait(50);
    saveShot(talk, QStringLiteral("item-reviews.png"));

    // back goes where the item was opened from
    QApplication::setActiveWindow(&window); // shortcuts go to the active window (the sign-in dialog was)
    QTest::keyClick(window.itemPage(), Qt::Key_Escape);
    ASSERT_TRUE(waitUntil([&] { return stack->currentWidget() == window.shopPage(); }));
}

TEST(DiscoveryTest, SignedOutTheFormsSaySignIn)
{
    ServerProcess server;
    ASSERT_TRUE(server.start());
    QTemporaryDir tokenDir;
    Client c(tokenDir.path());
    ui::MainWindow window(c.api, c.realtime, c.session, {true, false});
    window.show();
    window.connectTo(server.url());
    ASSERT_TRUE(waitUntil([&] { return window.homePage()->stripTitles().size() >= 3; }));
    // open the first best seller from the home page by keyboard
    QListView *strip = nullptr;
    for (const QString &key :
         {QStringLiteral("category:1"), QStringLiteral("category:2"), QStringLiteral("category:3"),
          QStringLiteral("category:4"), QStringLiteral("category:5"), QStringLiteral("category:6"),
          QStringLiteral("category:7"), QStringLiteral("category:8")})
        if (!strip)
            strip = window.homePage()->strip(key);
    ASSERT_NE(strip, nullptr);
    strip->setFocus();
    strip->setCurrentIndex(strip->model()->index(0, 0));
    QTest::keyClick(strip, Qt::Key_Return);
    auto *stack = window.findChild<QStackedWidget *>();
    ASSERT_TRUE(waitUntil([&] { return stack->currentWidget() == window.itemPage(); }));
    ui::ItemDiscussion *talk = window.itemPage()->discussion();
    EXPECT_FALSE(talk->askEdit()->isEnabled());
    EXPECT_EQ(talk->askEdit()->placeholderText(), QStringLiteral("Sign in to ask a question"));
    EXPECT_FALSE(talk->reviewButton()->isEnabled());
    // the questions are there to read
    ASSERT_TRUE(waitUntil([&] {
        return !talk->tabText(0).contains(QStringLiteral("(0)")) ||
               talk->questionsView()->model()->rowCount() == 0;
    }));
    QTest::keyClick(window.itemPage(), Qt::Key_Escape);
    ASSERT_TRUE(waitUntil([&] { return stack->currentWidget() == window.homePage(); })); // back home
}

} // namespace
