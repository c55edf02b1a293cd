// The query plans behind the hot routes, on a generated catalog (50,000 items, 200,000
// questions and answers, 10,000 orders, with statistics): every catalog sort reads an index in
// order (no sorting of a category's items), what is on sale is counted from its own index, and
// the Q&A, related and home queries use theirs. The SQL here mirrors the repositories'; a
// change there that loses an index fails here.
#include "tests/common/TestSupport.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

const QString kColumns = QStringLiteral(
    "i.id, i.title, i.price_cents, i.stock, i.category_id, c.name, i.shop_id, s.name, i.thumbnail, "
    "i.sold_count, i.rating_sum, i.rating_count");
const QString kJoins = QStringLiteral(
    " FROM items i JOIN categories c ON c.id = i.category_id JOIN shops s ON s.id = i.shop_id ");
const QString kRating =
    QStringLiteral("CASE WHEN i.rating_count = 0 THEN 0 ELSE i.rating_sum * 1.0 / i.rating_count END DESC, "
                   "i.rating_count DESC, i.id ASC");

class QueryPlanTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        const QString path = dir->filePath(QStringLiteral("plans.db"));
        QProcess seed;
        seed.start(QString::fromLocal8Bit(qgetenv("EMPORIUM_BENCH_SEED")),
                   {path, QStringLiteral("50000"), QStringLiteral("200000"), QStringLiteral("10000")});
        ASSERT_TRUE(seed.waitForFinished(120000)) << "bench_seed did not finish";
        ASSERT_EQ(seed.exitCode(), 0) << seed.readAllStandardError().toStdString();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plans"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
    }
    static void TearDownTestSuite()
    {
        QSqlDatabase::removeDatabase(QStringLiteral("plans"));
        delete dir;
    }
    static QString plan(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("plans")));
        if (!q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
            return QStringLiteral("error: ") + q.lastError().text();
        QStringList lines;
        while (q.next())
            lines << q.value(3).toString();
        return lines.join(u'\n');
    }
    static inline QTemporaryDir *dir = nullptr;
};

TEST_F(QueryPlanTest, EveryCatalogSortReadsAnIndexInOrder)
{
    const QList<std::pair<QString, QString>> sorts{
        {QStringLiteral("i.price_cents ASC, i.id ASC"), QStringLiteral("items_category_price")},
        {QStringLiteral("i.price_cents DESC, i.id DESC"), QStringLiteral("items_category_price")},
        {QStringLiteral("i.created_at DESC, i.id DESC"), QStringLiteral("items_category_created")},
        {QStringLiteral("i.sold_count DESC, i.id ASC"), QStringLiteral("items_category_sold")},
        {kRating, QStringLiteral("items_category_rating")},
    };
    for (const auto &[order, index] : sorts) {
        const QString p =
            plan(QStringLiteral("SELECT ") + kColumns + kJoins +
                 QStringLiteral("WHERE i.delisted = 0 AND i.category_id = 7 AND i.stock > 0 ORDER BY ") +
                 order + QStringLiteral(" LIMIT 24 OFFSET 48"));
        EXPECT_TRUE(p.contains(index)) << order.toStdString() << "\n" << p.toStdString();
        EXPECT_FALSE(p.contains(QStringLiteral("TEMP B-TREE"))) << order.toStdString() << "\n"
                                                                << p.toStdString();
    }
    const QList<std::pair<QString, QString>> everything{
        {QStringLiteral("i.price_cents DESC, i.id DESC"), QStringLiteral("items_price")},
        {QStringLiteral("i.created_at DESC, i.id DESC"), QStringLiteral("items_created")},
        {QStringLiteral("i.sold_count DESC, i.id ASC"), QStringLiteral("items_sold")},
        {kRating, QStringLiteral("items_rating")},
    };
    for (const auto &[order, index] : everything) {
        const QString p = plan(QStringLiteral("SELECT ") + kColumns + kJoins +
                               QStringLiteral("WHERE i.delisted = 0 AND i.stock > 0 ORDER BY ") + order +
                               QStringLiteral(" LIMIT 24 OFFSET 48"));
        EXPECT_TRUE(p.contains(index)) << order.toStdString() << "\n" << p.toStdString();
        EXPECT_FALSE(p.contains(QStringLiteral("TEMP B-TREE"))) << order.toStdString() << "\n"
                                                                << p.toStdString();
    }
}

TEST_F(QueryPlanTest, CountsComeFromIndexesAlone)
{
    const QString onSale =
        plan(QStringLiteral("SELECT COUNT(*) FROM items i INDEXED BY items_on_sale_category "
                            "WHERE i.delisted = 0 AND i.category_id = 7 AND i.stock > 0"));
    EXPECT_TRUE(onSale.contains(QStringLiteral("INDEX items_on_sale_category (category_id=?)")))
        << onSale.toStdString();
    const QString listed =
        plan(QStringLiteral("SELECT COUNT(*) FROM items i WHERE i.category_id = 7 AND i.delisted = 0"));
    EXPECT_TRUE(listed.contains(QStringLiteral("INDEX items_listed_category (category_id=?)")))
        << listed.toStdString();
}

TEST_F(QueryPlanTest, SalesAreRolledUpByDayAsTheyAreRecorded)
{
    // the trigger keeps sale_days equal to the sales, per day and category
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("plans")));
    ASSERT_TRUE(
        q.exec(QStringLiteral(
            "SELECT COUNT(*) FROM (SELECT substr(created_at, 1, 10) AS day, category_id, SUM(amount_cents) "
            "AS total FROM sale_events "
            "GROUP BY 1, 2) e LEFT JOIN sale_days d ON d.day = e.day AND d.category_id = e.category_id "
            "WHERE d.amount_cents IS NOT e.total")) &&
        q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 0);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*), SUM(amount_cents) > 0 FROM sale_days")) && q.next());
    EXPECT_GT(q.value(0).toLongLong(), 30);
    EXPECT_TRUE(q.value(1).toBool());
    const QString ranked = plan(QStringLiteral("SELECT category_id, SUM(amount_cents) FROM sale_days WHERE "
                                               "day >= '2026-01-01' GROUP BY category_id"));
    EXPECT_TRUE(ranked.contains(QStringLiteral("PRIMARY KEY"))) << ranked.toStdString();
}

TEST_F(QueryPlanTest, DiscoveryQueriesUseTheirIndexes)
{
    // a Q&A page from its indexes alone: no row of the 12-million-row tables is read
    const QString page = plan(
        QStringLiteral("SELECT id, body, user_id, helpful_count, created_at FROM questions WHERE item_id = 5 "
                       "ORDER BY helpful_count DESC, id DESC LIMIT 10 OFFSET 100"));
    EXPECT_TRUE(page.contains(QStringLiteral("COVERING INDEX questions_item_page"))) << page.toStdString();
    EXPECT_FALSE(page.contains(QStringLiteral("TEMP B-TREE"))) << page.toStdString();
    const QString answers =
        plan(QStringLiteral("SELECT a.id, a.body, a.user_id, a.by_seller, a.helpful_count, a.created_at, "
                            "a.question_id FROM answers a "
                            "WHERE a.question_id IN (SELECT value FROM json_each('[1,2,3]')) ORDER BY "
                            "a.question_id, a.helpful_count DESC, a.id"));
    EXPECT_TRUE(answers.contains(QStringLiteral("COVERING INDEX answers_question_page")))
        << answers.toStdString();
    const QString related = plan(QStringLiteral(
        "SELECT other_id FROM co_purchases WHERE item_id = 5 ORDER BY count DESC, other_id LIMIT 16"));
    EXPECT_TRUE(related.contains(QStringLiteral("co_purchases_top")) ||
                related.contains(QStringLiteral("PRIMARY KEY")))
        << related.toStdString();
    const QString reviews = plan(QStringLiteral(
        "SELECT r.id FROM reviews r WHERE r.item_id = 5 ORDER BY r.created_at DESC, r.id DESC LIMIT 10"));
    EXPECT_TRUE(reviews.contains(QStringLiteral("reviews_item_created"))) << reviews.toStdString();
    const QString home = plan(QStringLiteral(
        "SELECT category_id, SUM(amount_cents) FROM sale_events WHERE created_at >= '2026-01-01' "
        "GROUP BY category_id"));
    EXPECT_TRUE(home.contains(QStringLiteral("COVERING INDEX sale_events_created"))) << home.toStdString();
}

} // namespace
