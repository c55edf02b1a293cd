// The search index in memory against FTS5 on a generated catalog (50,000 items): for the same
// words and filters both count the same items, every sort but relevance lists the same items
// in the same order, relevance puts title matches first; and after a write, re-reading the
// changed items (what CatalogChanges does after a commit) is what makes search see new words, sold-out stock
// and delisting.
#include "server/storage/ItemTextIndex.h"
#include "server/storage/CatalogRepository.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace emporium;
using emporium::protocol::ItemQuery;
using emporium::protocol::ItemSort;

namespace {

class ItemTextIndexTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        const QString path = dir->filePath(QStringLiteral("search.db"));
        QProcess seed;
        seed.start(QString::fromLocal8Bit(qgetenv("EMPORIUM_BENCH_SEED")),
                   {path, QStringLiteral("50000"), QStringLiteral("2000"), QStringLiteral("5000")});
        ASSERT_TRUE(seed.waitForFinished(120000)) << "bench_seed did not finish";
        ASSERT_EQ(seed.exitCode(), 0) << seed.readAllStandardError().toStdString();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("search"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        index = new storage::ItemTextIndex;
        ASSERT_TRUE(index->build(db));
        ASSERT_TRUE(index->ready());
    }
    static void TearDownTestSuite()
    {
        delete index;
        QSqlDatabase::removeDatabase(QStringLiteral("search"));
        delete dir;
    }
    static QSqlDatabase db() { return QSqlDatabase::database(QStringLiteral("search")); }
    static void exec(const QString &sql)
    {
        QSqlQuery q(db());
        ASSERT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
    }
    // the same query answered by FTS5 (no index) and by the index
    static std::pair<protocol::Page<protocol::ItemSummary>, protocol::Page<protocol::ItemSummary>>
    both(const ItemQuery &query)
    {
        storage::CatalogRepository fts(db(), QStringLiteral("USD"));
        storage::CatalogRepository indexed(db(), QStringLiteral("USD"));
        indexed.setTextIndex(index);
        auto a = fts.items(query);
        auto b = indexed.items(query);
        EXPECT_TRUE(a && b);
        return {a ? a.value() : protocol::Page<protocol::ItemSummary>{},
                b ? b.value() : protocol::Page<protocol::ItemSummary>{}};
    }
    static QList<qint64> ids(const protocol::Page<protocol::ItemSummary> &page)
    {
        QList<qint64> out;
        for (const auto &s : page.items)
            out << s.id;
        return out;
    }
    static ItemQuery search(const QString &q, ItemSort sort = ItemSort::Relevance)
    {
        ItemQuery query;
        query.q = q;
        query.sort = sort;
        return query;
    }
    static inline QTemporaryDir *dir = nullptr;
    static inline storage::ItemTextIndex *index = nullptr;
};

TEST_F(ItemTextIndexTest, CountsAndOrdersAsFullTextSearch)
{
    int compared = 0;
    for (const QString &words :
         {QStringLiteral("walnut"), QStringLiteral("walnut lamp"), QStringLiteral("hedphones"),
          QStringLiteral("premium steel"), QStringLiteral("keybord wool"), QStringLiteral("lam"),
          QStringLiteral("made to last")}) {
        for (ItemSort sort : {ItemSort::Relevance, ItemSort::PriceAsc, ItemSort::PriceDesc, ItemSort::Newest,
                              ItemSort::BestSelling, ItemSort::Rating}) {
            for (int variant = 0; variant < 4; ++variant) {
                ItemQuery query = search(words, sort);
                query.page = 1 + variant % 2 * 3;
                if (variant == 1)
                    query.inStock = false;
                if (variant == 2)
                    query.categoryId = 7;
                if (variant == 3) {
                    query.minPriceCents = 5000;
                    query.maxPriceCents = 20000;
                    query.categorySlug = QStringLiteral("category-3");
                }
                const auto [fts, indexed] = both(query);
                const std::string what = words.toStdString() + " sort " + std::to_string(int(sort)) +
                                         " variant " + std::to_string(variant);
                EXPECT_EQ(indexed.total, fts.total) << what;
                if (sort == ItemSort::Relevance) {
                    EXPECT_EQ(ids(indexed).size(), ids(fts).size()) << what;
                } else {
                    EXPECT_EQ(ids(indexed), ids(fts)) << what;
                }
                compared += fts.total > 0;
            }
        }
    }
    EXPECT_GT(compared, 100); // the comparisons were not all of empty answers
}

TEST_F(ItemTextIndexTest, CountsTheCatalogWithoutWordsAsSqlDoes)
{
    for (int variant = 0; variant < 6; ++variant) {
        ItemQuery query;
        query.inStock = variant % 2 == 0;
        if (variant >= 2)
            query.categoryId = 11;
        if (variant >= 4) {
            query.sellerId = 12;
            query.minPriceCents = 1000;
            query.maxPriceCents = 30000;
            query.categoryId.reset();
        }
        const auto [sql, indexed] = both(query);
        EXPECT_EQ(indexed.total, sql.total) << variant;
        EXPECT_EQ(ids(indexed), ids(sql)) << variant;
        EXPECT_GT(indexed.total, 0) << variant;
    }
}

TEST_F(ItemTextIndexTest, RanksTitleMatchesFirst)
{
    // "walnut" is in the titles of some items and the descriptions of others: the first page
    // is all titles
    const auto [fts, indexed] = both(search(QStringLiteral("walnut")));
    ASSERT_EQ(indexed.items.size(), 24);
    for (const auto &s : indexed.items)
        EXPECT_TRUE(s.title.contains(u"walnut", Qt::CaseInsensitive)) << s.title.toStdString();
    // a misspelled word finds the word meant
    const auto [fts2, fixed] = both(search(QStringLiteral("waltnu lampp")));
    ASSERT_FALSE(fixed.items.isEmpty());
    EXPECT_EQ(fixed.total, fts2.total);
    // a short word whose typo leaves no letter triple in common ("lmap"): its first letter and
    // length find it
    for (const auto &[typed, meant] : {std::pair{"lmap steel", u"lamp"}, std::pair{"mgu", u"mug"}}) {
        const auto [fts3, shortWord] = both(search(QString::fromLatin1(typed)));
        ASSERT_FALSE(shortWord.items.isEmpty()) << typed;
        EXPECT_EQ(shortWord.total, fts3.total) << typed;
        for (const auto &s : shortWord.items)
            EXPECT_TRUE(s.title.contains(meant, Qt::CaseInsensitive)) << s.title.toStdString();
    }
}

TEST_F(ItemTextIndexTest, FollowsWritesOnceTheItemsAreReRead)
{
    const auto total = [](const QString &q, bool inStock = true) {
        ItemQuery query = search(q);
        query.inStock = inStock;
        storage::CatalogRepository indexed(db(), QStringLiteral("USD"));
        indexed.setTextIndex(index);
        return indexed.items(query).value().total;
    };
    ASSERT_EQ(total(QStringLiteral("zanzibar")), 0);
    exec(QStringLiteral("UPDATE items SET title = 'Zanzibar Walnut Lamp', stock = 5 WHERE id = 42"));
    exec(QStringLiteral("INSERT INTO search_terms(term) VALUES ('zanzibar')"));
    index->refresh(db(), {42});
    EXPECT_EQ(total(QStringLiteral("zanzibar")), 1);
    EXPECT_EQ(total(QStringLiteral("zanzibr")), 1); // and correctable
    // sold out: hidden unless asked for
    exec(QStringLiteral("UPDATE items SET stock = 0 WHERE id = 42"));
    index->refresh(db(), {42});
    EXPECT_EQ(total(QStringLiteral("zanzibar")), 0);
    EXPECT_EQ(total(QStringLiteral("zanzibar"), false), 1);
    // a new title: the old word no longer finds it
    exec(QStringLiteral("UPDATE items SET title = 'Quetzal Lamp', stock = 3 WHERE id = 42"));
    exec(QStringLiteral("INSERT INTO search_terms(term) VALUES ('quetzal')"));
    index->refresh(db(), {42});
    EXPECT_EQ(total(QStringLiteral("zanzibar"), false), 0);
    EXPECT_EQ(total(QStringLiteral("quetzal")), 1);
    // delisted: gone
    exec(QStringLiteral("UPDATE items SET delisted = 1 WHERE id = 42"));
    index->refresh(db(), {42});
    EXPECT_EQ(total(QStringLiteral("quetzal"), false), 0);
    // equal words rank by sales: a sale read in moves an item ahead of its twin
    const auto ranked = [](const QString &q) {
        storage::CatalogRepository indexed(db(), QStringLiteral("USD"));
        indexed.setTextIndex(index);
        const auto page = indexed.items(search(q));
        QList<qint64> out;
        for (const auto &item : page.value().items)
            out << item.id;
        return out;
    };
    exec(QStringLiteral("UPDATE items SET title = 'Quokka Kettle', stock = 4, delisted = 0, sold_count = 0 "
                        "WHERE id IN (50, 51)"));
    exec(QStringLiteral("UPDATE items SET sold_count = 10 WHERE id = 51"));
    exec(QStringLiteral("INSERT INTO search_terms(term) VALUES ('quokka')"));
    index->refresh(db(), {50, 51});
    EXPECT_EQ(ranked(QStringLiteral("quokka")), (QList<qint64>{51, 50}));
    exec(QStringLiteral("UPDATE items SET sold_count = 20 WHERE id = 50"));
    index->refresh(db(), {50});
    EXPECT_EQ(ranked(QStringLiteral("quokka")), (QList<qint64>{50, 51}));
    // a whole shop re-read (after an import)
    exec(QStringLiteral("UPDATE items SET title = 'Ocelot ' || title WHERE shop_id = 9"));
    exec(QStringLiteral("INSERT INTO search_terms(term) VALUES ('ocelot')"));
    index->refreshShop(db(), 9);
    QSqlQuery q(db());
    ASSERT_TRUE(q.exec(QStringLiteral(
                    "SELECT COUNT(*) FROM items WHERE shop_id = 9 AND delisted = 0 AND stock > 0")) &&
                q.next());
    EXPECT_EQ(total(QStringLiteral("ocelot")), q.value(0).toLongLong());
    EXPECT_GT(q.value(0).toLongLong(), 10);
}

TEST_F(ItemTextIndexTest, WordsAreFoldedAsFullTextSearchFoldsThem)
{
    EXPECT_EQ(storage::ItemTextIndex::terms(QStringLiteral("Café au Lait, 2 x 250ml!")),
              (QStringList{QStringLiteral("cafe"), QStringLiteral("au"), QStringLiteral("lait"),
                           QStringLiteral("250ml")}));
    // words with digits are left to FTS5 on SQLite; on PostgreSQL (no FTS5) the index keeps them
    const QList<storage::ItemTextIndex::Group> modelNumber{{{QStringLiteral("model"), 1.0f}},
                                                           {{QStringLiteral("4242"), 1.0f}}};
    storage::ItemTextIndex sqlite, postgresql;
    postgresql.keepDigitWords(true);
    EXPECT_FALSE(sqlite.covers(modelNumber));
    EXPECT_TRUE(sqlite.covers({{{QStringLiteral("model"), 1.0f}}}));
    EXPECT_TRUE(postgresql.covers(modelNumber));
    EXPECT_FALSE(postgresql.covers({{{QStringLiteral("mod*"), 1.0f}}}));
}

} // namespace
