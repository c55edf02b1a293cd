#include "server/http/ResponseCache.h"

#include <QCryptographicHash>

namespace emporium::http {

std::optional<ResponseCache::Entry> ResponseCache::find(const QByteArray &key, quint64 version) const
{
    Shard &shard = shardOf(key);
    const std::lock_guard guard(shard.lock);
    const auto it = shard.entries.constFind(key);
    if (it == shard.entries.cend() || it->version != version)
        return std::nullopt;
    return *it;
}

ResponseCache::Entry ResponseCache::insert(const QByteArray &key, Entry e)
{
    Shard &shard = shardOf(key);
    const std::lock_guard guard(shard.lock);
    if (const auto old = shard.entries.constFind(key); old != shard.entries.cend())
        shard.bytes -= costOf(key, *old);
    shard.bytes += costOf(key, e);
    shard.entries.insert(key, e);
    // an arbitrary entry goes first (the hash's first bucket): no bookkeeping per hit, and hot keys
    // come back at once
    while (shard.bytes > m_maxShardBytes && shard.entries.size() > 1) {
        auto victim = shard.entries.begin();
        if (victim.key() == key)
            ++victim;
        shard.bytes -= costOf(victim.key(), *victim);
        shard.entries.erase(victim);
    }
    return e;
}

qsizetype ResponseCache::bytes() const
{
    qsizetype total = 0;
    for (Shard &shard : m_shards) {
        const std::lock_guard guard(shard.lock);
        total += shard.bytes;
    }
    return total;
}

qsizetype ResponseCache::costOf(const QByteArray &key, const Entry &e)
{
    return key.size() + e.body.size() + e.etag.size() + 64; // 64: the hash node and the headers
}

QByteArray etagFor(const QByteArray &body)
{
    return '"' + QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex().left(20) + '"';
}

bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    if (ifNoneMatch.isEmpty())
        return false;
    for (QByteArray candidate : ifNoneMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate == "*")
            return true;
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == etag)
            return true;
    }
    return false;
}

} // namespace emporium::http
