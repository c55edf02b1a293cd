// Generates the benchmark database: the real migrations, then in SQL (recursive CTEs, one
// transaction per table): 1,000 shops with their sellers, 50 categories, 1,000,000 items with
// searchable titles and descriptions (through the FTS triggers), 12,000,000 questions and
// answers, 200,000 past orders (1-3 lines) with their sale events, sold counts, co-purchase
// counts and reviews, and buyers to sign in as (bench-buyer-N@bench.test, password bench1234).
// Usage: bench_seed <database file> [items=1000000] [qa_rows=12000000] [orders=200000]
#include "server/domain/PasswordHasher.h"
#include "server/storage/Database.h"
#include "server/storage/Migrator.h"
#include "server/storage/QueryPlanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>

using namespace emporium;

namespace {

QSqlDatabase g_db;
QElapsedTimer g_clock;

bool run(const char *what, const QString &sql)
{
    QElapsedTimer t;
    t.start();
    QSqlQuery q(g_db);
    if (!q.exec(sql)) {
        std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(q.lastError().text()));
        return false;
    }
    std::fprintf(stderr, "  %-40s %7.1f s\n", what, double(t.elapsed()) / 1000.0);
    return true;
}

// a CTE of n rows numbered 1..n
QString numbers(qint64 n)
{
    return QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) ")
        .arg(n);
}

// SQL picking a word from a list by a number expression
QString word(const QStringList &words, const QString &index)
{
    QString sql = QStringLiteral("CASE (%1) % %2").arg(index).arg(words.size());
    for (int i = 0; i < words.size(); ++i)
        sql += QStringLiteral(" WHEN %1 THEN '%2'").arg(i).arg(words[i]);
    return sql + QStringLiteral(" END");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_seed <database file> [items] [qa_rows] [orders]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const qint64 items = argc > 2 ? QByteArray(argv[2]).toLongLong() : 1000000;
    const qint64 qaRows = argc > 3 ? QByteArray(argv[3]).toLongLong() : 12000000;
    const qint64 orders = argc > 4 ? QByteArray(argv[4]).toLongLong() : 200000;
    const qint64 shops = 1000, categories = 50, buyers = 2000;
    QFile::remove(path);
    g_clock.start();

    auto config = storage::DatabaseConfig::fromUrl(path);
    auto opened = config ? storage::Database::open(QStringLiteral("seed"), config.value())
                         : Result<QSqlDatabase>(config.error());
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    g_db = opened.value();
    storage::Migrator migrator(g_db);
    if (!migrator.migrate()) {
        std::fprintf(stderr, "migrations failed\n");
        return 1;
    }
    const QString hash = domain::PasswordHasher::hash(QStringLiteral("bench1234"));
    const QString now = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
    const QStringList adjectives{
        QStringLiteral("Classic"), QStringLiteral("Compact"),  QStringLiteral("Deluxe"),
        QStringLiteral("Eco"),     QStringLiteral("Everyday"), QStringLiteral("Premium"),
        QStringLiteral("Pro"),     QStringLiteral("Ultra"),    QStringLiteral("Vintage"),
        QStringLiteral("Smart"),   QStringLiteral("Rugged"),   QStringLiteral("Silent")};
    const QStringList nouns{
        QStringLiteral("Headphones"), QStringLiteral("Keyboard"), QStringLiteral("Lamp"),
        QStringLiteral("Backpack"),   QStringLiteral("Kettle"),   QStringLiteral("Jacket"),
        QStringLiteral("Charger"),    QStringLiteral("Blender"),  QStringLiteral("Notebook"),
        QStringLiteral("Speaker"),    QStringLiteral("Mug"),      QStringLiteral("Tent"),
        QStringLiteral("Sneakers"),   QStringLiteral("Watch"),    QStringLiteral("Camera"),
        QStringLiteral("Puzzle"),     QStringLiteral("Skillet"),  QStringLiteral("Scarf"),
        QStringLiteral("Drone"),      QStringLiteral("Planter")};
    const QStringList materials{QStringLiteral("bamboo"),    QStringLiteral("steel"),
                                QStringLiteral("walnut"),    QStringLiteral("linen"),
                                QStringLiteral("ceramic"),   QStringLiteral("leather"),
                                QStringLiteral("aluminium"), QStringLiteral("wool")};

    std::fprintf(stderr, "generating %lld items, %lld Q&A rows, %lld orders into %s\n",
                 static_cast<long long>(items), static_cast<long long>(qaRows),
                 static_cast<long long>(orders), qPrintable(path));
    bool ok = run("pragmas", QStringLiteral("PRAGMA synchronous=OFF")) &&
              run("cache", QStringLiteral("PRAGMA cache_size=-1000000"));
    ok = ok && g_db.transaction();
    // accounts: sellers 1..1000 (one shop each), buyers after them
    ok = ok &&
         run("sellers",
             numbers(shops) +
                 QStringLiteral(
                     "INSERT INTO users(email, email_norm, password_hash, display_name, role, created_at) "
                     "SELECT 'seller-' || i || '@bench.test', 'seller-' || i || '@bench.test', '%1', "
                     "'Seller ' || i, 'seller', %2 FROM n")
                     .arg(hash, now));
    ok = ok &&
         run("shops",
             QStringLiteral("INSERT INTO shops(owner_id, name, name_norm, created_at) "
                            "SELECT id, 'Shop ' || id, 'shop ' || id, %1 FROM users WHERE role = 'seller'")
                 .arg(now));
    ok = ok &&
         run("buyers",
             numbers(buyers) +
                 QStringLiteral(
                     "INSERT INTO users(email, email_norm, password_hash, display_name, role, created_at) "
                     "SELECT 'bench-buyer-' || i || '@bench.test', 'bench-buyer-' || i || '@bench.test', "
                     "'%1', "
                     "'Buyer ' || i, 'buyer', %2 FROM n")
                     .arg(hash, now));
    ok = ok && run("categories", numbers(categories) +
                                     QStringLiteral("INSERT INTO categories(name, slug, position) "
                                                    "SELECT 'Category ' || i, 'category-' || i, i FROM n"));
    ok = ok && g_db.commit() && g_db.transaction();
    // items: the FTS triggers index title, description, category and shop as they go in
    ok = ok &&
         run("items (+ full-text index)",
             numbers(items) +
                 QStringLiteral(
                     "INSERT INTO items(shop_id, category_id, title, description, price_cents, stock, "
                     "low_stock_threshold, created_at) SELECT 1 + (i * 7) % %1, 1 + (i * 13) % %2, ")
                     .arg(shops)
                     .arg(categories) +
                 word(adjectives, QStringLiteral("i / 3")) + QStringLiteral(" || ' ' || ") +
                 word(materials, QStringLiteral("i / 7")) + QStringLiteral(" || ' ' || ") +
                 word(nouns, QStringLiteral("i")) + QStringLiteral(" || ' ' || i, 'A ' || ") +
                 word(materials, QStringLiteral("i / 11")) + QStringLiteral(" || ' ' || lower(") +
                 word(nouns, QStringLiteral("i")) +
                 QStringLiteral(
                     ") || ' made to last. Model ' || i || '.', 199 + (i * 7919) % 49800, (i * 31) % 200, 5, "
                     "strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-' || (i % 720) || ' hours') FROM n"));
    ok = ok && g_db.commit() && g_db.transaction();
    // questions and answers (half each), spread over the items
    const qint64 questions = qaRows / 2;
    ok = ok && run("questions",
                   numbers(questions) +
                       QStringLiteral(
                           "INSERT INTO questions(item_id, user_id, body, helpful_count, created_at) "
                           "SELECT 1 + (i * 104729) % %1, %2 + i % %3, 'Question ' || i || ': does it fit?', "
                           "(i * 31) % 97 / 10, %4 FROM n")
                           .arg(items)
                           .arg(shops + 1)
                           .arg(buyers)
                           .arg(now));
    ok = ok &&
         run("answers",
             numbers(qaRows - questions) +
                 QStringLiteral(
                     "INSERT INTO answers(question_id, user_id, body, by_seller, helpful_count, created_at) "
                     "SELECT 1 + (i * 7727) % %1, %2 + i % %3, 'Answer ' || i || ': yes, it does.', "
                     "i % 4 = 0, (i * 17) % 53 / 10, %4 FROM n")
                     .arg(questions)
                     .arg(shops + 1)
                     .arg(buyers)
                     .arg(now));
    ok = ok && run("question counts", QStringLiteral("UPDATE items SET question_count = c.n FROM "
                                                     "(SELECT item_id, COUNT(*) AS n FROM questions GROUP BY "
                                                     "item_id) c WHERE items.id = c.item_id"));
    ok = ok && g_db.commit() && g_db.transaction();
    // past orders over 30 days: 1-3 lines each, popular items favoured
    ok = ok &&
         run("orders",
             numbers(orders) +
                 QStringLiteral(
                     "INSERT INTO orders(buyer_id, status, total_cents, currency, shipping_json, card_brand, "
                     "card_last4, created_at) SELECT %1 + i % %2, 'paid', 0, 'USD', "
                     "'{\"name\":\"Bench\",\"line1\":\"1 "
                     "Road\",\"city\":\"Town\",\"postal_code\":\"1\",\"country\":\"US\"}', "
                     "'visa', '4242', strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-' || (i % 43200) || ' "
                     "minutes') FROM n")
                     .arg(shops + 1)
                     .arg(buyers));
    // line k of order o: items skewed to the low ids (a few best sellers), distinct within an order
    ok = ok &&
         run("order lines",
             QStringLiteral("INSERT INTO order_lines(order_id, item_id, shop_id, title, unit_price_cents, "
                            "quantity, created_at) "
                            "SELECT o.id, i.id, i.shop_id, i.title, i.price_cents, 1 + (o.id + k.k) % 2, "
                            "o.created_at FROM orders o "
                            "JOIN (SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2) k ON k.k <= o.id % 3 "
                            "JOIN items i ON i.id = 1 + ((o.id * 2654435761 + k.k * 40503) % 1000003) * "
                            "((o.id * 2654435761 + k.k * 40503) % 1000003) / 1000003 % %1")
                 .arg(items));
    ok = ok && run("order totals",
                   QStringLiteral("UPDATE orders SET total_cents = t.s FROM (SELECT order_id, "
                                  "SUM(unit_price_cents * quantity) AS s "
                                  "FROM order_lines GROUP BY order_id) t WHERE orders.id = t.order_id"));
    ok = ok && run("sale events",
                   QStringLiteral("INSERT INTO sale_events(order_id, item_id, category_id, shop_id, "
                                  "quantity, amount_cents, created_at) "
                                  "SELECT l.order_id, l.item_id, i.category_id, l.shop_id, l.quantity, "
                                  "l.quantity * l.unit_price_cents, "
                                  "l.created_at FROM order_lines l JOIN items i ON i.id = l.item_id"));
    ok =
        ok &&
        run("sold counts",
            QStringLiteral(
                "UPDATE items SET sold_count = s.n FROM (SELECT item_id, SUM(quantity) AS n FROM order_lines "
                "GROUP BY item_id) s WHERE items.id = s.item_id"));
    ok =
        ok &&
        run("co-purchases",
            QStringLiteral(
                "INSERT INTO co_purchases(item_id, other_id, count) SELECT a.item_id, b.item_id, COUNT(*) "
                "FROM order_lines a JOIN order_lines b ON b.order_id = a.order_id AND b.item_id <> a.item_id "
                "GROUP BY a.item_id, b.item_id"));
    // one review in four order lines, from the buyer
    ok = ok &&
         run("reviews",
             QStringLiteral(
                 "INSERT OR IGNORE INTO reviews(item_id, user_id, rating, body, created_at) "
                 "SELECT l.item_id, o.buyer_id, 1 + (l.id * 7) % 5, 'Review of order ' || o.id, o.created_at "
                 "FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE l.id % 4 = 0"));
    ok = ok &&
         run("ratings",
             QStringLiteral("UPDATE items SET rating_sum = r.s, rating_count = r.n FROM (SELECT item_id, "
                            "SUM(rating) AS s, "
                            "COUNT(*) AS n FROM reviews GROUP BY item_id) r WHERE items.id = r.item_id"));
    ok = ok && g_db.commit();
    // the words search can correct typos against
    ok = ok && g_db.transaction() &&
         run("search terms", QStringLiteral("INSERT OR IGNORE INTO search_terms(term) SELECT term FROM "
                                            "items_fts_vocab WHERE length(term) >= 3 "
                                            "AND term GLOB '*[a-z]*'")) &&
         g_db.commit();
    ok = ok && run("analyze", QStringLiteral("ANALYZE"));
    if (!ok) {
        g_db.rollback();
        return 1;
    }
    g_db.close();
    g_db = QSqlDatabase();
    storage::Database::close(QStringLiteral("seed"));
    std::printf("{\"items\":%lld,\"qa_rows\":%lld,\"orders\":%lld,\"seconds\":%.1f}\n",
                static_cast<long long>(items), static_cast<long long>(qaRows), static_cast<long long>(orders),
                double(g_clock.elapsed()) / 1000.0);
    return 0;
}
