#pragma once
// The server's cache of serialized GET answers, shared by every event loop: keyed by request target
// (or a route's own key) and valid for one data version. Saves the query and the JSON writing on hot
// catalog routes, and one loop's answer serves the others. Bounded by bytes, the oldest answers
// evicted first; thread-safe (sharded locks held only to copy an entry's implicitly shared bytes).
#include <QByteArray>
#include <QHash>
#include <array>
#include <deque>
#include <mutex>
#include <optional>

namespace emporium::http {

class ResponseCache
{
public:
    struct Entry
    {
        quint64 version = 0;
        int status = 200;
        QByteArray body;
        QByteArray etag; // quoted
    };

    explicit ResponseCache(qsizetype maxBytes = kDefaultMaxBytes) : m_maxShardBytes(maxBytes / kShards) {}

    // The entry for `key` if it was made at `version`.
    std::optional<Entry> find(const QByteArray &key, quint64 version) const;
    // Keeps `e` (evicting its shard's oldest entries beyond the bound) and gives it back.
    Entry insert(const QByteArray &key, Entry e);

    // What the entries held now cost (keys, bodies, ETags and a node's overhead each).
    qsizetype bytes() const;

    static constexpr qsizetype kDefaultMaxBytes = 128 * 1024 * 1024;

private:
    static constexpr int kShards = 16;
    struct Stored
    {
        Entry entry;
        quint64 serial = 0; // when it was put in
    };
    struct Shard
    {
        mutable std::mutex lock;
        QHash<QByteArray, Stored> entries;
        // keys in the order they were put in; a pair whose serial is not its entry's is stale
        std::deque<std::pair<QByteArray, quint64>> age;
        quint64 serials = 0;
        qsizetype bytes = 0;
        void evictOldest();
        void dropStaleAges();
    };
    Shard &shardOf(const QByteArray &key) const { return m_shards[qHash(key) % kShards]; }
    static qsizetype costOf(const QByteArray &key, const Entry &e);

    qsizetype m_maxShardBytes;
    mutable std::array<Shard, kShards> m_shards;
};

// A strong ETag for a body: a quoted hex digest, the same on every server instance.
QByteArray etagFor(const QByteArray &body);
// Does If-None-Match name this ETag (or "*")?
bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag);

} // namespace emporium::http
