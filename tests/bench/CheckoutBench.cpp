// Checkout throughput under contention: orders per second through the real server (HTTP,
// auth, payment authorization, the writer's group commit), for one hot item and for orders
// spread over many items, against bare SQLite write transactions with the same durability
// settings (WAL, synchronous=NORMAL), measured in the same run.
// Usage: checkout_bench [seconds=5] [clients=16]   (prints a table and writes JSON to stdout's last line)
#include "server/storage/Database.h"
#include "tests/common/ApiHelpers.h"

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
    int errors = 0;
};

Run storm(quint16 port, const QStringList &tokens, bool hot, int seconds, int clients)
{
    std::atomic<int> ok{0}, errors{0};
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
                const qint64 item = hot ? 1 : 1 + qint64(rng() % 200);
                const QByteArray body = orderBody(item);
                conn.send("POST /api/v1/orders HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" +
                          bearer(tokens[c % tokens.size()]) + "Idempotency-Key: bench-" +
                          QByteArray::number(serial++) +
                          "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                const HttpReply r = conn.read(false, 30000);
                if (r.status == 201)
                    ++ok;
                else
                    ++errors;
            }
        });
    }
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    for (auto &th : threads)
        th.join();
    return {ok / (double(t.nsecsElapsed()) / 1e9), errors};
}

// One connection, one transaction per "order": update a stock row, insert an order row.
double bareSqlite(int seconds)
{
    QTemporaryDir dir;
    storage::DatabaseConfig c;
    c.path = dir.filePath(QStringLiteral("bare.db"));
    double rate = 0;
    {
        auto db = storage::Database::open(QStringLiteral("bare"), c);
        QSqlQuery q(db.value());
        q.exec(QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, stock INTEGER NOT NULL)"));
        q.exec(
            QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, item_id INTEGER, created_at TEXT)"));
        q.exec(QStringLiteral("INSERT INTO items VALUES (1, 100000000)"));
        QSqlQuery take(db.value()), insert(db.value()), begin(db.value()), commit(db.value());
        take.prepare(QStringLiteral("UPDATE items SET stock = stock - 1 WHERE id = 1 AND stock >= 1"));
        insert.prepare(
            QStringLiteral("INSERT INTO orders(item_id, created_at) VALUES (1, '2026-01-01T00:00:00Z')"));
        QElapsedTimer t;
        t.start();
        int n = 0;
        while (t.elapsed() < seconds * 1000) {
            begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? QByteArray(argv[1]).toInt() : 5;
    const int clients = argc > 2 ? QByteArray(argv[2]).toInt() : 16;

    const double bare = bareSqlite(seconds);

    TestServer server;
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "server: %s\n", qPrintable(error));
        return 1;
    }
    {
        storage::DatabaseConfig c;
        c.path = server.databasePath();
        auto db = storage::Database::open(QStringLiteral("setup"), c);
        QSqlQuery(db.value()).exec(QStringLiteral("UPDATE items SET stock = 100000000"));
    }
    storage::Database::close(QStringLiteral("setup"));
    QStringList tokens;
    for (const char *who :
         {"buyer@demo.test", "alice@demo.test", "bob@demo.test", "carol@demo.test", "dave@demo.test"})
        tokens << login(server.port(), QLatin1String(who));

    const Run hot = storm(server.port(), tokens, true, seconds, clients);
    const Run spread = storm(server.port(), tokens, false, seconds, clients);

    std::printf("checkout throughput, %d clients, %d s each, %d cores\n", clients, seconds,
                QThread::idealThreadCount());
    std::printf("%-34s %12s %8s %7s\n", "scenario", "per second", "ratio", "errors");
    std::printf("%-34s %12.0f %8.2f %7d\n", "bare SQLite write transactions", bare, 1.0, 0);
    std::printf("%-34s %12.0f %8.2f %7d\n", "orders, one hot item", hot.ordersPerSecond,
                hot.ordersPerSecond / bare, hot.errors);
    std::printf("%-34s %12.0f %8.2f %7d\n", "orders, spread over 200 items", spread.ordersPerSecond,
                spread.ordersPerSecond / bare, spread.errors);
    std::printf(
        "{\"bare_tx_per_s\":%.0f,\"hot_orders_per_s\":%.0f,\"spread_orders_per_s\":%.0f,\"hot_ratio\":%.3f,"
        "\"spread_ratio\":%.3f,\"errors\":%d}\n",
        bare, hot.ordersPerSecond, spread.ordersPerSecond, hot.ordersPerSecond / bare,
        spread.ordersPerSecond / bare, hot.errors + spread.errors);
    return 0;
}
