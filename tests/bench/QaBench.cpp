// Questions and answers at scale: N rows (half questions, half answers; 12 million by default,
// the size of the product's benchmark) written into a demo database, then the server answers
// "questions of an item, most helpful first, paged" for a hot item (50,000 questions: first page
// and a deep page), for ordinary items, and GET /healthz and a cached item page as references
// measured in the same run. Every request goes over HTTP with keep-alive, one at a time.
// Usage: qa_bench [rows=12000000] [requests=2000]   (a table, then JSON on the last line)
#include "tests/common/ApiHelpers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <random>

using namespace emporium;
using namespace emporium::test;

namespace {

bool exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    std::fprintf(stderr, "%s\n  in %s\n", qPrintable(q.lastError().text()), qPrintable(sql.left(200)));
    return false;
}

// Fills the Q&A tables straight in SQL (recursive CTEs), with the migration's indexes in place.
bool fill(const QString &path, qint64 rows, qint64 hotQuestions)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
    db.setDatabaseName(path);
    if (!db.open())
        return false;
    const qint64 questions = rows / 2, answers = rows - rows / 2;
    bool ok = exec(db, QStringLiteral("PRAGMA journal_mode=WAL")) &&
              exec(db, QStringLiteral("PRAGMA synchronous=OFF")) &&
              exec(db, QStringLiteral("PRAGMA cache_size=-400000")) && db.transaction();
    // item 1 is hot; the rest spread over the 200 demo items; helpful counts skewed
    ok = ok && exec(db, QStringLiteral(
                            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                            "INSERT INTO questions(item_id, user_id, body, helpful_count, created_at) "
                            "SELECT CASE WHEN i <= %2 THEN 1 ELSE 2 + (i * 7919) % 199 END, 1 + i % 10, "
                            "'Benchmark question number ' || i || '?', (i * 31) % 97 / 10, "
                            "'2026-01-01T00:00:00Z' FROM n")
                            .arg(questions)
                            .arg(hotQuestions));
    ok = ok &&
         exec(db, QStringLiteral(
                      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                      "INSERT INTO answers(question_id, user_id, body, by_seller, helpful_count, created_at) "
                      "SELECT 1 + (i * 104729) % %2, 1 + i % 10, 'Benchmark answer ' || i, i % 5 = 0, "
                      "(i * 17) % 53 / 10, '2026-01-02T00:00:00Z' FROM n")
                      .arg(answers)
                      .arg(questions));
    ok = ok && exec(db, QStringLiteral("UPDATE items SET question_count = (SELECT COUNT(*) FROM questions q "
                                       "WHERE q.item_id = items.id)"));
    ok = ok && db.commit() && exec(db, QStringLiteral("ANALYZE"));
    db.close();
    return ok;
}

struct Timing
{
    double meanUs = 0, p50Us = 0, p99Us = 0;
    int errors = 0;
};

Timing measure(quint16 port, int requests, const std::function<QByteArray(int)> &path)
{
    RawHttp conn(port);
    std::vector<double> us;
    us.reserve(requests);
    Timing t;
    for (int i = 0; i < requests; ++i) {
        QElapsedTimer clock;
        clock.start();
        conn.send("GET " + path(i) + " HTTP/1.1\r\nHost: x\r\n\r\n");
        const HttpReply r = conn.read(false, 10000);
        us.push_back(double(clock.nsecsElapsed()) / 1000.0);
        if (r.status != 200)
            ++t.errors;
    }
    std::sort(us.begin(), us.end());
    double sum = 0;
    for (double v : us)
        sum += v;
    t.meanUs = sum / double(us.size());
    t.p50Us = us[us.size() / 2];
    t.p99Us = us[std::min(us.size() - 1, us.size() * 99 / 100)];
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 12000000;
    const int requests = argc > 2 ? QByteArray(argv[2]).toInt() : 2000;
    const qint64 hot = std::min<qint64>(50000, rows / 4);
    QTemporaryDir dir;
    TestServer::Options options;
    options.dataDir = dir.path();
    QString path;
    {
        TestServer seed(options); // migrations and the demo shop
        QString error;
        if (!seed.start(&error)) {
            std::fprintf(stderr, "server: %s\n", qPrintable(error));
            return 1;
        }
        path = seed.databasePath();
    }
    QElapsedTimer fillClock;
    fillClock.start();
    if (!fill(path, rows, hot))
        return 1;
    const double fillSeconds = double(fillClock.elapsed()) / 1000.0;
    TestServer server(options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "server: %s\n", qPrintable(error));
        return 1;
    }
    const quint16 port = server.port();
    measure(port, 200, [](int) { return QByteArray("/healthz"); }); // warm up

    std::mt19937 rng(7);
    const qint64 deepPage = hot / 10 / 2; // the middle of the hot item's questions
    struct Case
    {
        const char *name;
        std::function<QByteArray(int)> path;
        Timing t;
    };
    std::vector<Case> cases{
        {"GET /healthz (reference)", [](int) { return QByteArray("/healthz"); }, {}},
        {"GET /api/v1/items/{id} (cached, reference)",
         [&](int) { return "/api/v1/items/" + QByteArray::number(2 + rng() % 199); },
         {}},
        {"questions, hot item, page 1",
         [](int) { return QByteArray("/api/v1/items/1/questions?page=1&per_page=10"); },
         {}},
        {"questions, hot item, deep page",
         [&](int) { return "/api/v1/items/1/questions?per_page=10&page=" + QByteArray::number(deepPage); },
         {}},
        {"questions, random item, page 1",
         [&](int) {
             return "/api/v1/items/" + QByteArray::number(2 + rng() % 199) + "/questions?per_page=10";
         },
         {}},
        {"questions, random item, page 20",
         [&](int) {
             return "/api/v1/items/" + QByteArray::number(2 + rng() % 199) + "/questions?per_page=10&page=20";
         },
         {}},
    };
    for (Case &c : cases)
        c.t = measure(port, requests, c.path);

    const double reference = cases[0].t.meanUs;
    std::printf("%lld question/answer rows (hot item: %lld questions), filled in %.1f s; %d requests each, "
                "one at a time\n",
                static_cast<long long>(rows), static_cast<long long>(hot), fillSeconds, requests);
    std::printf("%-46s %10s %10s %10s %9s %7s\n", "case", "mean us", "p50 us", "p99 us", "x healthz",
                "errors");
    QByteArray json = "{\"rows\":" + QByteArray::number(rows) + ",\"cases\":[";
    for (size_t i = 0; i < cases.size(); ++i) {
        const Case &c = cases[i];
        std::printf("%-46s %10.1f %10.1f %10.1f %9.2f %7d\n", c.name, c.t.meanUs, c.t.p50Us, c.t.p99Us,
                    c.t.meanUs / reference, c.t.errors);
        json += QByteArray(i ? "," : "") + "{\"name\":\"" + c.name +
                "\",\"mean_us\":" + QByteArray::number(c.t.meanUs, 'f', 1) +
                ",\"ratio_to_healthz\":" + QByteArray::number(c.t.meanUs / reference, 'f', 2) +
                ",\"errors\":" + QByteArray::number(c.t.errors) + "}";
    }
    json += "]}";
    std::printf("%s\n", json.constData());
    return 0;
}
