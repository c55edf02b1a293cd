// The discovery models against a real demo server, under QAbstractItemModelTester: the home
// page's strips (signed out and in), "frequently bought together", questions and answers as a
// tree (ask, answer, helpful once, paging), and reviews (refused for a non-buyer, then posted).
#include "app/api/ApiClient.h"
#include "app/models/CatalogModel.h"
#include "app/models/HomeModel.h"
#include "app/models/ItemController.h"
#include "app/models/ItemListModel.h"
#include "app/models/QuestionsModel.h"
#include "app/models/ReviewsModel.h"
#include "tests/common/ApiRequests.h"
#include "tests/common/SharedServerProcessTest.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::client;
using namespace emporium::test;

namespace {

class DiscoveryModelsTest : public SharedServerProcessTest<DiscoveryModelsTest>
{
protected:
    void SetUp() override { api.setBaseUrl(server->url()); }
    qint64 itemOfCategory(int category, int index)
    {
        return httpGet(port(),
                       "/api/v1/items?sort=best_selling&per_page=20&category=" + QByteArray::number(category))
            .json()
            .object()
            .value(u"items")
            .toArray()
            .at(index)
            .toObject()
            .value(u"id")
            .toInteger();
    }
    ApiClient api;
};

TEST_F(DiscoveryModelsTest, HomeStripsSignedOutAndIn)
{
    HomeModel home(api);
    QSignalSpy loaded(&home, &HomeModel::loaded);
    home.reload();
    ASSERT_TRUE(waitUntil([&] { return loaded.count() == 1; }));
    ASSERT_GE(home.strips().size(), 3);
    EXPECT_EQ(home.strip(QStringLiteral("recommended")), nullptr);
    const HomeStrip &first = home.strips().first();
    EXPECT_TRUE(first.key.startsWith(u"category:"));
    QAbstractItemModelTester tester(first.items, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_GT(first.items->rowCount(), 0);
    EXPECT_FALSE(first.items->index(0).data(CatalogModel::TitleRole).toString().isEmpty());
    ASSERT_TRUE(waitUntil([&] { return !first.items->index(0).data(CatalogModel::ThumbnailRole).isNull(); }));

    // a buyer who bought something gets recommendations and, after a view, recently viewed
    const QString token = login(port(), QStringLiteral("alice@demo.test"));
    const qint64 item = itemOfCategory(4, 3);
    ASSERT_EQ(placeOrder(port(), token, item, 1, "home-model-1").status, 201);
    ASSERT_EQ(httpGet(port(), "/api/v1/items/" + QByteArray::number(item), bearer(token)).status, 200);
    api.setToken(token);
    ASSERT_TRUE(waitUntil([&] {
        home.reload();
        const int before = int(loaded.count());
        if (!waitUntil([&] { return loaded.count() > before; }))
            return false;
        return home.strip(QStringLiteral("recently_viewed")) != nullptr;
    }));
    ASSERT_NE(home.strip(QStringLiteral("recommended")), nullptr);
    EXPECT_GT(home.strip(QStringLiteral("recommended"))->items->rowCount(), 0);
    EXPECT_EQ(home.strip(QStringLiteral("recently_viewed"))->items->items().first().id, item);
    EXPECT_EQ(home.strips().first().key, QStringLiteral("recommended"));
}

TEST_F(DiscoveryModelsTest, ItemControllerLoadsFrequentlyBoughtTogether)
{
    const qint64 a = itemOfCategory(1, 5), b = itemOfCategory(2, 5);
    const QString token = login(port(), QStringLiteral("bob@demo.test"));
    const QJsonObject body =
        QJsonDocument::fromJson(
            QByteArray(
                R"({"shipping_address":{"name":"B","line1":"1","city":"C","postal_code":"1","country":"US"},
        "payment":{"card_number":"4242424242424242","exp_month":12,"exp_year":2031,"cvc":"123"}})"))
            .object();
    QJsonObject order = body;
    order.insert(QStringLiteral("lines"),
                 QJsonArray{QJsonObject{{QStringLiteral("item_id"), a}, {QStringLiteral("quantity"), 1}},
                            QJsonObject{{QStringLiteral("item_id"), b}, {QStringLiteral("quantity"), 1}}});
    ASSERT_EQ(postJson(port(), "/api/v1/orders", order, bearer(token) + "Idempotency-Key: pair-1\r\n").status,
              201);
    ItemController controller(api);
    QAbstractItemModelTester tester(controller.related(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy related(&controller, &ItemController::relatedLoaded);
    controller.load(a);
    ASSERT_TRUE(waitUntil([&] { return related.count() == 1; }));
    QList<qint64> ids;
    for (const auto &i : controller.related()->items())
        ids << i.id;
    EXPECT_TRUE(ids.contains(b));
}

TEST_F(DiscoveryModelsTest, QuestionsTreeAskAnswerHelpfulAndPaging)
{
    const qint64 item = itemOfCategory(6, 4);
    api.setToken(login(port(), QStringLiteral("carol@demo.test")));
    QuestionsModel model(api);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(&model, &QuestionsModel::loaded);
    model.setItem(item);
    ASSERT_TRUE(waitUntil([&] { return loaded.count() == 1; }));
    const qint64 before = model.total();

    QSignalSpy asked(&model, &QuestionsModel::asked);
    QSignalSpy failed(&model, &QuestionsModel::failed);
    model.ask(QStringLiteral("ok"));
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));
    EXPECT_TRUE(failed.first().first().toString().contains(QStringLiteral("3 to 2000")));
    model.ask(QStringLiteral("Does it fit in a backpack?"));
    ASSERT_TRUE(waitUntil([&] { return asked.count() == 1; }));
    EXPECT_EQ(model.total(), before + 1);
    const QModelIndex question = model.index(0, 0);
    EXPECT_EQ(question.data(QuestionsModel::AuthorRole).toString(), QStringLiteral("Carol"));
    EXPECT_FALSE(question.data(QuestionsModel::IsAnswerRole).toBool());

    QSignalSpy answered(&model, &QuestionsModel::answered);
    model.answer(question.data(QuestionsModel::IdRole).toLongLong(), QStringLiteral("Yes, easily."));
    ASSERT_TRUE(waitUntil([&] { return answered.count() == 1; }));
    ASSERT_EQ(model.rowCount(question), 1);
    const QModelIndex answer = model.index(0, 0, question);
    EXPECT_TRUE(answer.data(QuestionsModel::IsAnswerRole).toBool());
    EXPECT_EQ(model.parent(answer), question);
    EXPECT_FALSE(answer.data(QuestionsModel::BySellerRole).toBool());
    model.markHelpful(answer.data(QuestionsModel::IdRole).toLongLong());
    ASSERT_TRUE(waitUntil(
        [&] { return model.index(0, 0, question).data(QuestionsModel::HelpfulRole).toInt() == 1; }));
    EXPECT_TRUE(model.index(0, 0, question).data(QuestionsModel::VotedRole).toBool());
    model.markHelpful(answer.data(QuestionsModel::IdRole).toLongLong()); // once only
    QTest::qWait(100);
    EXPECT_EQ(model.index(0, 0, question).data(QuestionsModel::HelpfulRole).toInt(), 1);

    // many questions: pages arrive as the view asks for more, each question once
    for (int i = 0; i < 14; ++i)
        ASSERT_EQ(postJson(port(), "/api/v1/items/" + QByteArray::number(item) + "/questions",
                           {{QStringLiteral("body"), QStringLiteral("Paging question %1?").arg(i)}},
                           bearer(api.token()))
                      .status,
                  201);
    model.setItem(item);
    ASSERT_TRUE(waitUntil([&] { return model.total() >= before + 15; }));
    EXPECT_GE(model.rowCount(), QuestionsModel::kPageSize);
    while (model.rowCount() < model.total()) { // the view (here: the tester too) asks for more
        const int rows = model.rowCount();
        if (model.canFetchMore({}))
            model.fetchMore({});
        ASSERT_TRUE(waitUntil([&] { return model.rowCount() > rows; }));
    }
    EXPECT_EQ(model.rowCount(), model.total());
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.questionAt(r).id);
    EXPECT_EQ(ids.size(), model.rowCount());
    EXPECT_EQ(model.questionAt(0).helpful >= model.questionAt(model.rowCount() - 1).helpful, true);
}

TEST_F(DiscoveryModelsTest, ReviewsRefusedThenPosted)
{
    const qint64 item = itemOfCategory(8, 2);
    const QString token = login(port(), QStringLiteral("dave@demo.test"));
    api.setToken(token);
    ReviewsModel model(api);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(&model, &ReviewsModel::loaded);
    model.setItem(item);
    ASSERT_TRUE(waitUntil([&] { return loaded.count() == 1; }));
    const qint64 count = model.rating().count;

    QSignalSpy failed(&model, &ReviewsModel::failed);
    QSignalSpy submitted(&model, &ReviewsModel::submitted);
    // dave may not have bought it: make sure with a fresh account
    const HttpReply reg = postJson(port(), "/api/v1/auth/register",
                                   {{QStringLiteral("email"), QStringLiteral("fresh-reviewer@example.test")},
                                    {QStringLiteral("password"), QStringLiteral("long enough pw")},
                                    {QStringLiteral("display_name"), QStringLiteral("Fresh")},
                                    {QStringLiteral("role"), QStringLiteral("buyer")}});
    ASSERT_EQ(reg.status, 201);
    api.setToken(reg.json().object().value(u"token").toString());
    model.submit(5, QStringLiteral("Lovely."));
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));
    EXPECT_EQ(failed.first().first().toString(),
              QStringLiteral("Only buyers who bought this item can review it."));

    ASSERT_EQ(placeOrder(port(), api.token(), item, 1, "review-model-1").status, 201);
    model.submit(5, QStringLiteral("Lovely."));
    ASSERT_TRUE(waitUntil(
        [&] { return submitted.count() == 1 && model.rating().count == count + 1 && model.rowCount() > 0; }));
    EXPECT_EQ(model.rating().count, count + 1);
    EXPECT_EQ(model.reviewAt(0).body, QStringLiteral("Lovely."));
    EXPECT_EQ(model.reviewAt(0).rating, 5);
    model.submit(4, QStringLiteral("Again"));
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 2; }));
    EXPECT_EQ(failed.last().first().toString(), QStringLiteral("You have reviewed this item already."));
}

} // namespace
