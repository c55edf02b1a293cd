// Checkout throughput under contention: orders per second through the real server (HTTP,
// auth, payment authorization, the writer's group commit), for one hot item and for orders
// spread over many items, against bare write transactions on the same backend (SQLite: WAL,
// synchronous=NORMAL; PostgreSQL: the suites' private cluster), measured in the same run; then a
// sell-out, where the storm must sell exactly the stock there is.
// Usage: checkout_bench [seconds=5] [clients=16]   (prints a table and writes JSON to stdout's last line)
// On PostgreSQL: EMPORIUM_TEST_BACKEND=postgresql EMPORIUM_TEST_DATABASE=<admin URL of a cluster>.
#include "server/storage/Database.h"
#include "tests/common/ApiHelpers.h"
#include "tests/common/TestDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>
#include <cstdio>
#include <random>
#include <thread>

using namespace emporium;
using namespace emporium::test;

namespace {

QByteArray orderBody(qint64 item)
{
    const QJsonObject body{
        {QStringLiteral("shipping_address"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Bench")},
                                                         {QStringLiteral("line1"), QStringLiteral("1 Road")},
                                                         {QStringLiteral("city"), QStringLiteral("Town")},
                                                         {QStringLiteral("postal_code"), QStringLiteral("1")},
                                                         {QStringLiteral("country"), QStringLiteral("US")}}},
        {QStringLiteral("payment"),
         QJsonObject{{QStringLiteral("card_number"), QStringLiteral("4242424242424242")},
                     {QStringLiteral("exp_month"), 12},
                     {QStringLiteral("exp_year"), 2031},
                     {QStringLiteral("cvc"), QStringLiteral("123")}}},
        {QStringLiteral("lines"),
         QJsonArray{QJsonObject{{QStringLiteral("item_id"), item}, {QStringLiteral("quantity"), 1}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

struct Run
{
    double ordersPerSecond = 0;
    int ok = 0;
    int refused = 0; // 409: sold out
    int errors = 0;
};

// Every order for `hotItem`, or (0) for one of the first 200 items.
Run storm(quint16 port, const QStringList &tokens, qint64 hotItem, int seconds, int clients)
{
    std::atomic<int> ok{0}, refused{0}, errors{0};
    std::atomic<bool> stop{false};
    static std::atomic<int> serial{0};
    std::vector<std::thread> threads;
    QElapsedTimer t;
    t.start();
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            std::mt19937 rng{unsigned(c)};
            RawHttp conn(port);
            while (!stop) {
                const qint64 item = hotItem ? hotItem : 1 + qint64(rng() % 200);
                const QByteArray body = orderBody(item);
                conn.send("POST /api/v1/orders HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" +
                          bearer(tokens[c % tokens.size()]) + "Idempotency-Key: bench-" +
                          QByteArray::number(serial++) +
                          "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                const HttpReply r = conn.read(false, 30000);
                if (r.status == 201)
                    ++ok;
                else if (r.status == 409)
                    ++refused;
                else
                    ++errors;
            }
        });
    }
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    for (auto &th : threads)
        th.join();
    return {ok / (double(t.nsecsElapsed()) / 1e9), ok, refused, errors};
}

// One connection, one transaction per "order": update a stock row, insert an order row.
double bareWrites(int seconds, const storage::DatabaseConfig &c)
{
    const bool sqlite = c.backend == storage::Backend::SQLite;
    double rate = 0;
    {
        auto db = storage::Database::open(QStringLiteral("bare"), c);
        if (!db) {
            std::fprintf(stderr, "bare database: %s\n", qPrintable(db.error().message));
            return 0;
        }
        QSqlQuery q(db.value());
        q.exec(QStringLiteral("CREATE TABLE items (id bigint PRIMARY KEY, stock bigint NOT NULL)"));
        q.exec(sqlite ? QStringLiteral(
                            "CREATE TABLE orders (id INTEGER PRIMARY KEY, item_id INTEGER, created_at TEXT)")
                      : QStringLiteral(
                            "CREATE TABLE orders (id bigserial PRIMARY KEY, item_id bigint, created_at "
                            "timestamptz)"));
        q.exec(QStringLiteral("INSERT INTO items VALUES (1, 100000000)"));
        QSqlQuery take(db.value()), insert(db.value()), begin(db.value()), commit(db.value());
        take.prepare(QStringLiteral("UPDATE items SET stock = stock - 1 WHERE id = 1 AND stock >= 1"));
        insert.prepare(
            QStringLiteral("INSERT INTO orders(item_id, created_at) VALUES (1, '2026-01-01T00:00:00Z')"));
        const QString beginSql = sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
        QElapsedTimer t;
        t.start();
        int n = 0;
        while (t.elapsed() < seconds * 1000) {
            begin.exec(beginSql);
            take.exec();
            insert.exec();
            commit.exec(QStringLiteral("COMMIT"));
            ++n;
        }
        rate = n / (double(t.nsecsElapsed()) / 1e9);
    }
    storage::Database::close(QStringLiteral("bare"));
    return rate;
}

// The bare reference on the server's backend: a temporary SQLite file, or a PostgreSQL database of its own.
double bareReference(int seconds)
{
    QTemporaryDir dir;
    storage::DatabaseConfig c;
    c.path = dir.filePath(QStringLiteral("bare.db"));
    if (!TestServer::onPostgresql())
        return bareWrites(seconds, c);
    TestDatabase database;
    auto pg = storage::DatabaseConfig::fromUrl(database.url());
    if (!pg) {
        std::fprintf(stderr, "no PostgreSQL cluster: %s\n", qPrintable(TestDatabase::why()));
        return 0;
    }
    return bareWrites(seconds, pg.value());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? QByteArray(argv[1]).toInt() : 5;
    const int clients = argc > 2 ? QByteArray(argv[2]).toInt() : 16;

    const double bare = bareReference(seconds);
    TestServer server;
    QString error;
    if (bare <= 0 || !server.start(&error)) {
        std::fprintf(stderr, "server: %s\n", qPrintable(error));
        return 1;
    }
    server.sql(QStringLiteral("UPDATE items SET stock = 100000000 WHERE id <> 2"));
    QStringList tokens;
    for (const char *who :
         {"buyer@demo.test", "alice@demo.test", "bob@demo.test", "carol@demo.test", "dave@demo.test"})
        tokens << login(server.port(), QLatin1String(who));

    const Run hot = storm(server.port(), tokens, 1, seconds, clients);
    const Run spread = storm(server.port(), tokens, 0, seconds, clients);
    // the sell-out: 300 in stock, every client after them at once; exactly 300 sold, the rest refused
    constexpr int kStock = 300;
    server.sql(QStringLiteral("UPDATE items SET stock = %1 WHERE id = 2").arg(kStock));
    const qint64 linesBefore =
        server.sql(QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE item_id = 2")).toLongLong();
    const Run sellOut = storm(server.port(), tokens, 2, seconds, clients);
    const qint64 stockLeft = server.sql(QStringLiteral("SELECT stock FROM items WHERE id = 2")).toLongLong();
    const qint64 lines =
        server.sql(QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE item_id = 2")).toLongLong() -
        linesBefore;
    const bool exact = sellOut.ok == kStock && stockLeft == 0 && lines == kStock && sellOut.errors == 0;

    const char *backend = TestServer::onPostgresql() ? "PostgreSQL" : "SQLite";
    std::printf("checkout throughput on %s, %d clients, %d s each, %d cores\n", backend, clients, seconds,
                QThread::idealThreadCount());
    std::printf("%-34s %12s %8s %7s\n", "scenario", "per second", "ratio", "errors");
    std::printf("%-34s %12.0f %8.2f %7d\n", "bare write transactions", bare, 1.0, 0);
    std::printf("%-34s %12.0f %8.3f %7d\n", "orders, one hot item", hot.ordersPerSecond,
                hot.ordersPerSecond / bare, hot.errors);
    std::printf("%-34s %12.0f %8.3f %7d\n", "orders, spread over 200 items", spread.ordersPerSecond,
                spread.ordersPerSecond / bare, spread.errors);
    std::printf("sell-out of %d: %d sold, %d refused (409), stock left %lld, %lld order lines: %s\n", kStock,
                sellOut.ok, sellOut.refused, stockLeft, lines, exact ? "exact" : "NOT EXACT");
    std::printf(
        "{\"backend\":\"%s\",\"bare_tx_per_s\":%.0f,\"hot_orders_per_s\":%.0f,\"spread_orders_per_s\":%.0f,"
        "\"hot_ratio\":%.3f,\"spread_ratio\":%.3f,\"errors\":%d,\"sell_out_exact\":%s}\n",
        backend, bare, hot.ordersPerSecond, spread.ordersPerSecond, hot.ordersPerSecond / bare,
        spread.ordersPerSecond / bare, hot.errors + spread.errors + sellOut.errors, exact ? "true" : "false");
    return exact ? 0 : 1;
}
