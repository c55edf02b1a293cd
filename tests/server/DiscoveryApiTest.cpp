// Discovery over real HTTP against a demo server: "frequently bought together" after an order,
// the home page's sections, recommendations that follow a purchase (and stay in the categories
// the user touched), recently viewed items, questions and answers (seller answers marked, one
// helpful vote per user, most helpful first, paging), and reviews (buyers only, once each).
#include "tests/common/ApiHelpers.h"
#include "tests/common/SharedServerTest.h"

#include <QJsonArray>
#include <QSet>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::test;

namespace {

class DiscoveryApiTest : public SharedServerTest<DiscoveryApiTest>
{
protected:
    QJsonObject get(const QByteArray &path, const QString &token = {})
    {
        const HttpReply r = httpGet(port(), path, token.isEmpty() ? QByteArray() : bearer(token));
        EXPECT_EQ(r.status, 200) << path.toStdString() << ' ' << r.body.toStdString();
        return r.json().object();
    }
    HttpReply post(const QByteArray &path, const QJsonObject &body, const QString &token)
    {
        return postJson(port(), path, body, token.isEmpty() ? QByteArray() : bearer(token));
    }
    QString registerBuyer(const QString &email)
    {
        const HttpReply r = post("/api/v1/auth/register",
                                 {{QStringLiteral("email"), email},
                                  {QStringLiteral("password"), QStringLiteral("long enough pw")},
                                  {QStringLiteral("display_name"), email.section(u'@', 0, 0)},
                                  {QStringLiteral("role"), QStringLiteral("buyer")}},
                                 {});
        EXPECT_EQ(r.status, 201) << r.body.toStdString();
        return r.json().object().value(u"token").toString();
    }
    // in-stock items of a category, best first
    QJsonArray itemsOf(qint64 category)
    {
        return get("/api/v1/items?per_page=50&sort=best_selling&category=" + QByteArray::number(category))
            .value(u"items")
            .toArray();
    }
    HttpReply order(const QString &token, const QList<std::pair<qint64, int>> &lines, const QByteArray &key)
    {
        QJsonArray array;
        for (const auto &[item, quantity] : lines)
            array.append(
                QJsonObject{{QStringLiteral("item_id"), item}, {QStringLiteral("quantity"), quantity}});
        QJsonObject body =
            QJsonDocument::fromJson(
                QByteArray(
                    R"({"shipping_address":{"name":"T","line1":"1 Road","city":"C","postal_code":"1","country":"US"},
            "payment":{"card_number":"4242424242424242","exp_month":12,"exp_year":2031,"cvc":"123"}})"))
                .object();
        body.insert(QStringLiteral("lines"), array);
        return postJson(port(), "/api/v1/orders", body, bearer(token) + "Idempotency-Key: " + key + "\r\n");
    }
};

qint64 categoryOf(const QJsonValue &item)
{
    return item.toObject().value(u"category").toObject().value(u"id").toInteger();
}

QList<qint64> ids(const QJsonArray &items)
{
    QList<qint64> out;
    for (const QJsonValue &v : items)
        out << v.toObject().value(u"id").toInteger();
    return out;
}

TEST_F(DiscoveryApiTest, FrequentlyBoughtTogetherFollowsOrders)
{
    const QJsonArray books = itemsOf(3);
    const QJsonArray garden = itemsOf(8);
    ASSERT_GE(books.size(), 2);
    ASSERT_GE(garden.size(), 2);
    const qint64 a = books.last().toObject().value(u"id").toInteger();
    const qint64 b = garden.last().toObject().value(u"id").toInteger();
    const QString token = login(port(), QStringLiteral("dave@demo.test"));
    const auto relatedOf = [&](qint64 id) {
        return ids(get("/api/v1/items/" + QByteArray::number(id) + "/related").value(u"items").toArray());
    };
    const int before = int(relatedOf(a).count(b));
    for (int i = 0; i < 3; ++i) // bought together three times: it ranks first
        ASSERT_EQ(order(token, {{a, 1}, {b, 1}}, "together-" + QByteArray::number(i)).status, 201);
    EXPECT_EQ(before, 0);
    EXPECT_EQ(relatedOf(a).value(0), b);
    EXPECT_EQ(relatedOf(b).value(0), a);
    EXPECT_FALSE(relatedOf(a).contains(a));
    EXPECT_EQ(httpGet(port(), "/api/v1/items/999999/related").status, 404);
}

TEST_F(DiscoveryApiTest, HomeShowsBestSellingCategoriesToEveryone)
{
    const QJsonObject home = get("/api/v1/home");
    const QJsonArray sections = home.value(u"sections").toArray();
    ASSERT_GE(sections.size(), 3);
    ASSERT_LE(sections.size(), 4);
    for (const QJsonValue &s : sections) {
        const qint64 category = s.toObject().value(u"category").toObject().value(u"id").toInteger();
        const QJsonArray items = s.toObject().value(u"items").toArray();
        ASSERT_FALSE(items.isEmpty());
        qint64 sold = std::numeric_limits<qint64>::max();
        for (const QJsonValue &i : items) {
            EXPECT_EQ(categoryOf(i), category);
            EXPECT_GT(i.toObject().value(u"stock").toInteger(), 0);
            EXPECT_LE(i.toObject().value(u"sold_count").toInteger(), sold); // best sellers first
            sold = i.toObject().value(u"sold_count").toInteger();
        }
    }
    EXPECT_TRUE(home.value(u"recommended").toArray().isEmpty()); // not signed in
    EXPECT_TRUE(home.value(u"recently_viewed").toArray().isEmpty());
}

TEST_F(DiscoveryApiTest, RecommendationsFollowAPurchaseAndStayInTouchedCategories)
{
    const QString token = registerBuyer(QStringLiteral("newcomer@example.test"));
    EXPECT_TRUE(get("/api/v1/home", token).value(u"recommended").toArray().isEmpty()); // nothing known yet

    const QJsonArray beauty = itemsOf(7);
    ASSERT_GE(beauty.size(), 3);
    const qint64 bought = beauty.at(1).toObject().value(u"id").toInteger();
    ASSERT_EQ(order(token, {{bought, 1}}, "newcomer-1").status, 201);
    const QJsonArray recommended = get("/api/v1/home", token).value(u"recommended").toArray();
    ASSERT_FALSE(recommended.isEmpty());
    for (const QJsonValue &i : recommended)
        EXPECT_EQ(categoryOf(i), 7) << "only the category the user touched";
    EXPECT_FALSE(ids(recommended).contains(bought)); // not what they already have

    // a view: recently viewed first, and its category may now be recommended, no other
    const qint64 viewed = itemsOf(5).first().toObject().value(u"id").toInteger();
    ASSERT_EQ(httpGet(port(), "/api/v1/items/" + QByteArray::number(viewed), bearer(token)).status, 200);
    QJsonObject home;
    ASSERT_TRUE(waitUntil([&] {
        home = get("/api/v1/home", token);
        return ids(home.value(u"recently_viewed").toArray()).value(0) == viewed;
    }));
    for (const QJsonValue &i : home.value(u"recommended").toArray())
        EXPECT_TRUE(categoryOf(i) == 7 || categoryOf(i) == 5);
    // another user's home knows nothing of this
    const QString other = registerBuyer(QStringLiteral("stranger@example.test"));
    EXPECT_TRUE(get("/api/v1/home", other).value(u"recently_viewed").toArray().isEmpty());
}

TEST_F(DiscoveryApiTest, QuestionsAnswersAndHelpfulVotes)
{
    // an item of the demo seller's shop
    const QString seller = login(port(), QStringLiteral("seller@demo.test"));
    const qint64 item = httpGet(port(), "/api/v1/seller/items?per_page=1", bearer(seller))
                            .json()
                            .object()
                            .value(u"items")
                            .toArray()
                            .first()
                            .toObject()
                            .value(u"id")
                            .toInteger();
    const QByteArray questionsPath = "/api/v1/items/" + QByteArray::number(item) + "/questions";
    const QString buyer = login(port(), QStringLiteral("buyer@demo.test"));
    const QString alice = login(port(), QStringLiteral("alice@demo.test"));
    const QString bob = login(port(), QStringLiteral("bob@demo.test"));

    EXPECT_EQ(post(questionsPath, {{QStringLiteral("body"), QStringLiteral("Is it waterproof?")}}, {}).status,
              401);
    HttpReply r = post(questionsPath, {{QStringLiteral("body"), QStringLiteral("no")}}, buyer);
    EXPECT_EQ(r.status, 400);
    EXPECT_TRUE(errorFields(r).contains(u"body"));
    r = post(questionsPath, {{QStringLiteral("body"), QStringLiteral("Is it waterproof?")}}, buyer);
    ASSERT_EQ(r.status, 201) << r.body.toStdString();
    const QJsonObject question = r.json().object();
    EXPECT_EQ(question.value(u"author").toObject().value(u"display_name").toString(),
              QStringLiteral("Demo Buyer"));
    EXPECT_EQ(question.value(u"helpful_count").toInt(), 0);
    EXPECT_TRUE(question.value(u"answers").toArray().isEmpty());
    const QByteArray answersPath =
        "/api/v1/questions/" + QByteArray::number(question.value(u"id").toInteger()) + "/answers";

    r = post(answersPath, {{QStringLiteral("body"), QStringLiteral("Yes, rated IP67.")}}, seller);
    ASSERT_EQ(r.status, 201) << r.body.toStdString();
    const QJsonObject bySeller = r.json().object();
    EXPECT_TRUE(bySeller.value(u"by_seller").toBool());
    r = post(answersPath, {{QStringLiteral("body"), QStringLiteral("Mine survived the rain.")}}, alice);
    ASSERT_EQ(r.status, 201);
    const QJsonObject byAlice = r.json().object();
    EXPECT_FALSE(byAlice.value(u"by_seller").toBool());
    // another shop's seller is not this item's seller
    r = post(answersPath, {{QStringLiteral("body"), QStringLiteral("Ours is, too.")}},
             login(port(), QStringLiteral("northwind@demo.test")));
    ASSERT_EQ(r.status, 201);
    EXPECT_FALSE(r.json().object().value(u"by_seller").toBool());
    EXPECT_EQ(post("/api/v1/questions/99999999/answers",
                   {{QStringLiteral("body"), QStringLiteral("Hello there")}}, alice)
                  .status,
              404);

    // helpful: once per user, however often they click
    const QByteArray aliceHelpful =
        "/api/v1/answers/" + QByteArray::number(byAlice.value(u"id").toInteger()) + "/helpful";
    EXPECT_EQ(post(aliceHelpful, {}, {}).status, 401);
    EXPECT_EQ(post(aliceHelpful, {}, buyer).status, 204);
    EXPECT_EQ(post(aliceHelpful, {}, buyer).status, 204);
    EXPECT_EQ(post(aliceHelpful, {}, bob).status, 204);
    EXPECT_EQ(post("/api/v1/answers/99999999/helpful", {}, bob).status, 404);

    QJsonArray questions = get(questionsPath + "?per_page=50").value(u"items").toArray();
    QJsonObject asked;
    for (const QJsonValue &q : questions)
        if (q.toObject().value(u"id") == question.value(u"id"))
            asked = q.toObject();
    const QJsonArray answers = asked.value(u"answers").toArray();
    ASSERT_EQ(answers.size(), 3);
    EXPECT_EQ(answers.at(0).toObject().value(u"id"), byAlice.value(u"id")); // most helpful first
    EXPECT_EQ(answers.at(0).toObject().value(u"helpful_count").toInt(), 2);
    EXPECT_EQ(asked.value(u"helpful_count").toInt(), 2);
    // questions are ordered by helpfulness
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QJsonValue &q : questions) {
        EXPECT_LE(q.toObject().value(u"helpful_count").toInteger(), previous);
        previous = q.toObject().value(u"helpful_count").toInteger();
    }
}

TEST_F(DiscoveryApiTest, QuestionsArePagedForBusyItems)
{
    const qint64 item = itemsOf(2).first().toObject().value(u"id").toInteger();
    const QByteArray path = "/api/v1/items/" + QByteArray::number(item) + "/questions";
    const qint64 before = get(path).value(u"total").toInteger();
    const QString token = login(port(), QStringLiteral("carol@demo.test"));
    for (int i = 0; i < 25; ++i)
        ASSERT_EQ(post(path, {{QStringLiteral("body"), QStringLiteral("Question number %1?").arg(i)}}, token)
                      .status,
                  201);
    const qint64 total = before + 25;
    const QJsonObject last = get(path + "?per_page=10&page=" + QByteArray::number((total + 9) / 10));
    EXPECT_EQ(last.value(u"total").toInteger(), total);
    EXPECT_EQ(last.value(u"items").toArray().size(), total % 10 == 0 ? 10 : total % 10);
    QSet<qint64> seen;
    for (int page = 1; page <= (total + 9) / 10; ++page)
        for (const QJsonValue &q :
             get(path + "?per_page=10&page=" + QByteArray::number(page)).value(u"items").toArray())
            seen.insert(q.toObject().value(u"id").toInteger());
    EXPECT_EQ(seen.size(), total); // every question once, none twice
    EXPECT_EQ(httpGet(port(), path + "?per_page=500").status, 400);
    EXPECT_EQ(httpGet(port(), "/api/v1/items/999999/questions").status, 404);
}

TEST_F(DiscoveryApiTest, ReviewsOnlyFromBuyersOncePerItem)
{
    const qint64 item = itemsOf(6).at(2).toObject().value(u"id").toInteger();
    const QByteArray path = "/api/v1/items/" + QByteArray::number(item) + "/reviews";
    const QString buyer = registerBuyer(QStringLiteral("reviewer@example.test"));
    const QJsonObject good{{QStringLiteral("rating"), 4},
                           {QStringLiteral("body"), QStringLiteral("Solid, well made.")}};

    EXPECT_EQ(post(path, good, {}).status, 401);
    HttpReply r = post(path, good, buyer);
    EXPECT_EQ(r.status, 403) << r.body.toStdString(); // has not bought it
    EXPECT_EQ(errorCode(r), QStringLiteral("forbidden"));

    const QJsonObject before = get("/api/v1/items/" + QByteArray::number(item)).value(u"rating").toObject();
    ASSERT_EQ(order(buyer, {{item, 1}}, "review-1").status, 201);
    r = post(path, {{QStringLiteral("rating"), 6}}, buyer);
    EXPECT_EQ(r.status, 400);
    EXPECT_TRUE(errorFields(r).contains(u"rating"));
    r = post(path, good, buyer);
    ASSERT_EQ(r.status, 201) << r.body.toStdString();
    EXPECT_EQ(r.json().object().value(u"rating").toInt(), 4);
    EXPECT_EQ(r.json().object().value(u"author").toObject().value(u"display_name").toString(),
              QStringLiteral("reviewer"));
    r = post(path, {{QStringLiteral("rating"), 1}}, buyer);
    EXPECT_EQ(r.status, 409);

    const QJsonObject page = get(path);
    EXPECT_EQ(page.value(u"items").toArray().first().toObject().value(u"body").toString(),
              QStringLiteral("Solid, well made."));
    EXPECT_EQ(page.value(u"rating").toObject().value(u"count").toInteger(),
              before.value(u"count").toInteger() + 1);
    // the average and count are in the item and the grid at once
    const QJsonObject after = get("/api/v1/items/" + QByteArray::number(item)).value(u"rating").toObject();
    EXPECT_EQ(after.value(u"count").toInteger(), before.value(u"count").toInteger() + 1);
    EXPECT_EQ(after, page.value(u"rating").toObject());
    EXPECT_EQ(httpGet(port(), "/api/v1/items/999999/reviews").status, 404);
}

} // namespace
