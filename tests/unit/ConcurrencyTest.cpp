// What every event loop shares, hammered from several threads at once: the answers cache, the limits on one
// client, the metrics and the orders-per-minute series. Each test checks a total that a lost update would
// change; scripts/tsan.sh runs this suite under ThreadSanitizer, which fails it on any data race.
#include "server/ServerConfig.h"
#include "server/domain/MinuteSeries.h"
#include "server/http/ClientLimits.h"
#include "server/http/ResponseCache.h"
#include "server/metrics/Metrics.h"

#include <atomic>
#include <functional>
#include <gtest/gtest.h>
#include <thread>
#include <vector>

using namespace emporium;

namespace {

constexpr int kThreads = 4;

void onThreads(const std::function<void(int)> &work)
{
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back(work, t);
    for (auto &t : threads)
        t.join();
}

// Readers and writers of the same keys: a reader sees its key's own answer or none, never another's or a
// torn one; the bound holds afterwards.
TEST(Concurrency, TheAnswersCacheServesEveryLoopAtOnce)
{
    http::ResponseCache cache(64 * 1024); // small: evictions all the while
    std::atomic<int> wrong{0};
    onThreads([&](int t) {
        for (int i = 0; i < 20000; ++i) {
            const QByteArray key = "/api/v1/items/" + QByteArray::number(i % 300);
            const quint64 version = quint64(i / 1000);
            if ((i + t) % 3 == 0) {
                cache.insert(key, {version, 200, "body of " + key, "\"" + key + "\""});
            } else if (const auto hit = cache.find(key, version)) {
                if (hit->body != "body of " + key || hit->version != version)
                    ++wrong;
            }
        }
    });
    EXPECT_EQ(wrong.load(), 0);
    EXPECT_LE(cache.bytes(), 64 * 1024);
}

// Connections held and released by every loop for the same addresses: afterwards nothing is held, so each
// address may hold its whole allowance again (a lost update would leave some held, or let too many in).
TEST(Concurrency, AClientsConnectionsAreCountedExactlyAcrossLoops)
{
    ServerConfig config;
    config.maxConnectionsPerAddress = 8;
    config.limitExempt.clear();
    http::ClientLimits limits(config);
    const QList<QHostAddress> clients{QHostAddress(QStringLiteral("192.0.2.1")),
                                      QHostAddress(QStringLiteral("192.0.2.2"))};
    std::atomic<int> overAllowance{0};
    std::atomic<int> held[2] = {0, 0};
    onThreads([&](int t) {
        for (int i = 0; i < 20000; ++i) {
            const int c = (i + t) % 2;
            if (!limits.holdConnection(clients[c]))
                continue;
            if (++held[c] > 8)
                ++overAllowance;
            limits.admitRequest(clients[c], QByteArray("token-") + char('a' + t));
            --held[c];
            limits.releaseConnection(clients[c]);
        }
    });
    EXPECT_EQ(overAllowance.load(), 0);
    for (const QHostAddress &client : clients) {
        int again = 0;
        while (again < 20 && limits.holdConnection(client))
            ++again;
        EXPECT_EQ(again, 8) << client.toString().toStdString();
    }
}

TEST(Concurrency, MetricsCountEveryRequestOfEveryLoop)
{
    metrics::Metrics metrics({QStringLiteral("/a"), QStringLiteral("/b")});
    onThreads([&](int t) {
        for (int i = 0; i < 25000; ++i) {
            metrics.observe(i % 2, "GET", t == 0 && i % 10 == 0 ? 404 : 200, 0.001);
            if (i % 5000 == 0)
                metrics.render(); // /metrics read meanwhile
        }
    });
    const QByteArray text = metrics.render();
    qint64 total = 0;
    for (const QByteArray &line : text.split('\n'))
        if (line.startsWith("emporium_http_requests_total{"))
            total += line.mid(line.lastIndexOf(' ') + 1).toLongLong();
    EXPECT_EQ(total, qint64(kThreads) * 25000) << text.left(2000).constData();
}

TEST(Concurrency, OrdersPerMinuteCountsEverySale)
{
    domain::MinuteSeries series;
    const qint64 now = 1'800'000'000;
    onThreads([&](int) {
        for (int i = 0; i < 10000; ++i) {
            series.record(now - (i % 120), 150);
            if (i % 1000 == 0)
                series.snapshot(now);
        }
    });
    qint64 orders = 0, revenue = 0;
    for (const auto &p : series.snapshot(now)) {
        orders += p.orders;
        revenue += p.revenueCents;
    }
    // the last 60 minutes hold every sale of the last 120 seconds
    EXPECT_EQ(orders, qint64(kThreads) * 10000);
    EXPECT_EQ(revenue, qint64(kThreads) * 10000 * 150);
}

} // namespace
