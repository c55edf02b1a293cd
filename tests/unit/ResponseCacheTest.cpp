// The answers cache every event loop shares: an answer is served only at the data version it was
// made at, the cache stays within its bytes whatever is put in, and loops reading and writing it
// at once always get whole entries of the version they asked for.
#include "server/http/ResponseCache.h"

#include <QThread>
#include <atomic>
#include <gtest/gtest.h>
#include <memory>
#include <vector>

using emporium::http::ResponseCache;

namespace {

ResponseCache::Entry entry(quint64 version, const QByteArray &body)
{
    return {version, 200, body, emporium::http::etagFor(body)};
}

TEST(ResponseCacheTest, AnswersOnlyAtTheVersionItWasMadeAt)
{
    ResponseCache cache;
    EXPECT_FALSE(cache.find("/api/v1/items/1", 7));
    cache.insert("/api/v1/items/1", entry(7, R"({"id":1})"));
    const auto hit = cache.find("/api/v1/items/1", 7);
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->body, R"({"id":1})");
    EXPECT_EQ(hit->etag, emporium::http::etagFor(R"({"id":1})"));
    EXPECT_FALSE(cache.find("/api/v1/items/1", 8)); // the catalog changed since
    EXPECT_FALSE(cache.find("/api/v1/items/2", 7));

    cache.insert("/api/v1/items/1", entry(8, R"({"id":1,"price":2})"));
    EXPECT_EQ(cache.find("/api/v1/items/1", 8)->body, R"({"id":1,"price":2})");
    EXPECT_FALSE(cache.find("/api/v1/items/1", 7));
}

TEST(ResponseCacheTest, StaysWithinItsBytesAndKeepsWhatWasJustPut)
{
    const qsizetype bound = 64 * 1024;
    ResponseCache cache(bound);
    const QByteArray body(500, 'x');
    for (int i = 0; i < 5000; ++i) {
        const QByteArray key = "/api/v1/items/" + QByteArray::number(i);
        cache.insert(key, entry(1, body));
        ASSERT_LE(cache.bytes(), bound) << "after " << i + 1 << " answers";
        ASSERT_TRUE(cache.find(key, 1)) << "the answer just cached is gone";
    }
    EXPECT_GT(cache.bytes(), bound / 2); // evicting only what it must
    // replacing an answer does not count it twice
    ResponseCache small(bound);
    for (int i = 0; i < 100; ++i)
        small.insert("/api/v1/home", entry(quint64(i), body));
    EXPECT_LT(small.bytes(), 2 * body.size());
}

TEST(ResponseCacheTest, EvictsTheOldestAnswersFirst)
{
    // a full cache keeps taking new answers (a benchmark's random catalog pages): what goes is what
    // was put in longest ago, so the latest answers that fit are all there
    const qsizetype bound = 64 * 1024;
    ResponseCache cache(bound);
    const QByteArray body(500, 'x');
    const int n = 20000;
    const auto key = [](int i) { return "/api/v1/items?page=" + QByteArray::number(i); };
    for (int i = 0; i < n; ++i)
        cache.insert(key(i), entry(1, body));
    EXPECT_FALSE(cache.find(key(0), 1));
    EXPECT_FALSE(cache.find(key(n / 2), 1));
    // each of the 16 shards holds 4 KiB, six of these answers: the last 16 all stay (unless one
    // shard got seven of them, a chance of about one in ten thousand)
    for (int i = n - 16; i < n; ++i)
        EXPECT_TRUE(cache.find(key(i), 1)) << "answer " << i << " of " << n << " was evicted";
    // an answer put in again is as new as its last put
    cache.insert(key(5), entry(1, body));
    for (int i = 0; i < 200; ++i)
        cache.insert("/api/v1/home", entry(quint64(i), body));
    EXPECT_TRUE(cache.find(key(5), 1));
    EXPECT_LE(cache.bytes(), bound);
}

TEST(ResponseCacheTest, LoopsSharingItAlwaysGetWholeEntriesOfTheirVersion)
{
    ResponseCache cache(256 * 1024); // small: evictions happen all the time
    std::atomic<int> wrong{0};
    std::atomic<int> hits{0};
    std::vector<std::unique_ptr<QThread>> loops;
    for (int t = 0; t < 4; ++t)
        loops.emplace_back(QThread::create([&, t] {
            for (int i = 0; i < 20000; ++i) {
                const int id = (i * 7 + t) % 500;
                const quint64 version = quint64(i / 5000); // the catalog changes as they run
                const QByteArray key = "/api/v1/items/" + QByteArray::number(id);
                const QByteArray body = key + '@' + QByteArray::number(version) + QByteArray(200, '.');
                if (const auto hit = cache.find(key, version)) {
                    ++hits;
                    if (hit->body != body || hit->etag != emporium::http::etagFor(body))
                        ++wrong;
                } else {
                    cache.insert(key, entry(version, body));
                }
            }
        }));
    for (auto &loop : loops)
        loop->start();
    for (auto &loop : loops)
        loop->wait();
    EXPECT_EQ(wrong.load(), 0);
    EXPECT_GT(hits.load(), 0); // one loop's answers served the others
}

} // namespace
