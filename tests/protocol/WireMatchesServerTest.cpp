// The protocol types against the server as it is today: each answer the client reads, parsed with
// fromJson() and written again with write(), gives back the server's bytes exactly. When the
// server switches its routes to these write() functions, nothing a client sees changes.
#include "server/protocol/AdminTypes.h"
#include "server/protocol/DiscoveryTypes.h"
#include "server/protocol/JsonWriter.h"
#include "server/protocol/Paging.h"
#include "server/protocol/SellerTypes.h"
#include "tests/common/ApiHelpers.h"
#include "tests/common/SharedServerTest.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::protocol;
using namespace emporium::test;

namespace {

class WireMatchesServer : public SharedServerTest<WireMatchesServer>
{
protected:
    QByteArray get(const QByteArray &path, const QString &token = {})
    {
        const HttpReply r = httpGet(port(), path, token.isEmpty() ? QByteArray() : bearer(token));
        EXPECT_EQ(r.status, 200) << path.constData() << ' ' << r.body.constData();
        return r.body;
    }
};

template <typename T> QByteArray rewritten(const QByteArray &body)
{
    JsonWriter w;
    T::fromJson(QJsonDocument::fromJson(body).object()).write(w);
    return w.take();
}

// The body of a write's answer, checked for its status.
QByteArray answered(const HttpReply &r, int status)
{
    EXPECT_EQ(r.status, status) << r.body.constData();
    return r.body;
}

QByteArray png()
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

template <typename T> QByteArray rewrittenPage(const QByteArray &body)
{
    JsonWriter w;
    writePage(w, pageFromJson<T>(QJsonDocument::fromJson(body).object()));
    return w.take();
}

} // namespace

TEST_F(WireMatchesServer, SellerAnswers)
{
    const QString seller = login(port(), QStringLiteral("seller@demo.test"));
    ASSERT_FALSE(seller.isEmpty());
    const QByteArray items = get("/api/v1/seller/items?per_page=20", seller);
    EXPECT_EQ(rewrittenPage<InventoryItem>(items), items);
    const QByteArray sales = get("/api/v1/seller/sales?per_page=20", seller);
    EXPECT_EQ(rewrittenPage<SaleLine>(sales), sales);
    EXPECT_FALSE(pageFromJson<SaleLine>(QJsonDocument::fromJson(sales).object()).items.isEmpty());
    const QByteArray from =
        QDateTime::currentDateTimeUtc().addDays(-29).date().toString(Qt::ISODate).toLatin1();
    const QByteArray stats = get("/api/v1/seller/stats?bucket=day&from=" + from, seller);
    EXPECT_EQ(rewritten<SellerStats>(stats), stats);
}

TEST_F(WireMatchesServer, ImportErrorsAreTheErrorDetails)
{
    const QString seller = login(port(), QStringLiteral("seller@demo.test"));
    const QByteArray csv = "id,title,description,price_cents,stock,category_id,low_stock_threshold\r\n"
                           ",A lamp,Warm,lots,3,1,1\r\n,B,x\r\n";
    const HttpReply r = httpRequest(port(), "POST", "/api/v1/seller/items/import", csv,
                                    "Content-Type: text/csv\r\n" + bearer(seller));
    ASSERT_EQ(r.status, 400) << r.body.constData();
    const QJsonObject details = r.json().object().value(u"error").toObject().value(u"details").toObject();
    const QList<ImportLineError> errors = ImportLineError::fromDetails(details);
    ASSERT_GE(errors.size(), 2);
    EXPECT_EQ(errors.first().line, 2);
    EXPECT_EQ(ImportLineError::toDetails(errors), details);
}

TEST_F(WireMatchesServer, DiscoveryAnswers)
{
    const QString buyer = login(port(), QStringLiteral("buyer@demo.test"));
    ASSERT_FALSE(buyer.isEmpty());
    const QByteArray home = get("/api/v1/home", buyer);
    EXPECT_EQ(rewritten<Home>(home), home);
    const QByteArray anonymousHome = get("/api/v1/home");
    EXPECT_EQ(rewritten<Home>(anonymousHome), anonymousHome);
    qsizetype reviewed = 0, asked = 0; // the demo's items have some of each: the check is not vacuous
    for (qint64 item : {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}) {
        const QByteArray id = QByteArray::number(item);
        const QByteArray related = get("/api/v1/items/" + id + "/related");
        EXPECT_EQ(rewritten<ItemList>(related), related);
        const QByteArray reviews = get("/api/v1/items/" + id + "/reviews");
        EXPECT_EQ(rewritten<ReviewPage>(reviews), reviews);
        const QByteArray questions = get("/api/v1/items/" + id + "/questions");
        EXPECT_EQ(rewrittenPage<Question>(questions), questions);
        reviewed += ReviewPage::fromJson(QJsonDocument::fromJson(reviews).object()).items.size();
        asked += pageFromJson<Question>(QJsonDocument::fromJson(questions).object()).items.size();
    }
    EXPECT_GT(reviewed, 0);
    EXPECT_GT(asked, 0);
    const QByteArray wishlist = get("/api/v1/wishlist", buyer);
    EXPECT_EQ(rewritten<ItemList>(wishlist), wishlist);
}

TEST_F(WireMatchesServer, AdminAnswers)
{
    const QString admin = login(port(), QStringLiteral("admin@demo.test"));
    ASSERT_FALSE(admin.isEmpty());
    const QByteArray analytics = get("/api/v1/admin/analytics", admin);
    EXPECT_EQ(rewritten<AnalyticsSnapshot>(analytics), analytics);
    const QByteArray users = get("/api/v1/admin/users?per_page=50", admin);
    EXPECT_EQ(rewrittenPage<AdminUser>(users), users);
}

// What the writes answer (created and changed rows, an import's counts, an uploaded picture) reads back
// to the same bytes too.
TEST_F(WireMatchesServer, WriteAnswers)
{
    const QString seller = login(port(), QStringLiteral("seller@demo.test"));
    const QString buyer = login(port(), QStringLiteral("buyer@demo.test"));
    const QString admin = login(port(), QStringLiteral("admin@demo.test"));
    ASSERT_FALSE(seller.isEmpty() || buyer.isEmpty() || admin.isEmpty());
    const QByteArray created = answered(postJson(port(), "/api/v1/seller/items",
                                                 {{"title", "Wire \"lamp\""},
                                                  {"description", "Warm"},
                                                  {"price_cents", 1234},
                                                  {"stock", 3},
                                                  {"category_id", 1}},
                                                 bearer(seller)),
                                        201);
    EXPECT_EQ(rewritten<InventoryItem>(created), created);
    const QByteArray id =
        QByteArray::number(InventoryItem::fromJson(QJsonDocument::fromJson(created).object()).summary.id);
    const QByteArray changed = answered(httpRequest(port(), "PATCH", "/api/v1/seller/items/" + id,
                                                    R"({"price_cents":999,"low_stock_threshold":1})",
                                                    "Content-Type: application/json\r\n" + bearer(seller)),
                                        200);
    EXPECT_EQ(rewritten<InventoryItem>(changed), changed);
    const QByteArray picture = answered(httpRequest(port(), "POST", "/api/v1/seller/items/" + id + "/images",
                                                    png(), "Content-Type: image/png\r\n" + bearer(seller)),
                                        201);
    EXPECT_EQ(rewritten<UploadedImage>(picture), picture);
    const QByteArray imported =
        answered(httpRequest(port(), "POST", "/api/v1/seller/items/import",
                             "id,title,description,price_cents,stock,category_id,low_stock_threshold\r\n"
                             ",Wire import,Imported,100,1,1,1\r\n" +
                                 id + ",Wire lamp again,Warm,1000,2,1,1\r\n",
                             "Content-Type: text/csv\r\n" + bearer(seller)),
                 200);
    EXPECT_EQ(rewritten<ImportResult>(imported), imported);
    EXPECT_EQ(ImportResult::fromJson(QJsonDocument::fromJson(imported).object()), (ImportResult{1, 1}));

    const QByteArray question = answered(
        postJson(port(), "/api/v1/items/" + id + "/questions", {{"body", "Is it warm?"}}, bearer(buyer)),
        201);
    EXPECT_EQ(rewritten<Question>(question), question);
    const QByteArray questionId =
        QByteArray::number(Question::fromJson(QJsonDocument::fromJson(question).object()).id);
    const QByteArray answer = answered(
        postJson(port(), "/api/v1/questions/" + questionId + "/answers", {{"body", "Very."}}, bearer(seller)),
        201);
    EXPECT_EQ(rewritten<Answer>(answer), answer);
    EXPECT_TRUE(Answer::fromJson(QJsonDocument::fromJson(answer).object()).bySeller);

    const QByteArray user =
        answered(httpRequest(port(), "PATCH", "/api/v1/admin/users/2", R"({"disabled":false})",
                             "Content-Type: application/json\r\n" + bearer(admin)),
                 200);
    EXPECT_EQ(rewritten<AdminUser>(user), user);
}
