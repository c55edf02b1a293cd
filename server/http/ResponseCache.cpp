#include "server/http/ResponseCache.h"

#include <QCryptographicHash>

namespace emporium::http {

std::optional<ResponseCache::Entry> ResponseCache::find(const QByteArray &key, quint64 version) const
{
    Shard &shard = shardOf(key);
    const std::lock_guard guard(shard.lock);
    const auto it = shard.entries.constFind(key);
    if (it == shard.entries.cend() || it->entry.version != version)
        return std::nullopt;
    return it->entry;
}

ResponseCache::Entry ResponseCache::insert(const QByteArray &key, Entry e)
{
    Shard &shard = shardOf(key);
    const std::lock_guard guard(shard.lock);
    Stored &stored = shard.entries[key];
    if (stored.serial)
        shard.bytes -= costOf(key, stored.entry);
    stored = {e, ++shard.serials};
    shard.bytes += costOf(key, e);
    shard.age.emplace_back(key, stored.serial);
    // the oldest go first: no bookkeeping per hit, and hot keys come back at once (taking the
    // hash's first entry instead cost a scan over the emptied buckets before it, each time)
    while (shard.bytes > m_maxShardBytes && shard.entries.size() > 1)
        shard.evictOldest();
    if (shard.age.size() > 2 * size_t(shard.entries.size()) + 64)
        shard.dropStaleAges(); // one key put in again and again
    return e;
}

void ResponseCache::Shard::evictOldest()
{
    while (!age.empty()) {
        const auto [key, serial] = std::move(age.front());
        age.pop_front();
        const auto it = entries.find(key);
        if (it == entries.end() || it->serial != serial)
            continue; // replaced since: its newer pair comes later
        bytes -= costOf(key, it->entry);
        entries.erase(it);
        return;
    }
}

void ResponseCache::Shard::dropStaleAges()
{
    std::erase_if(age, [this](const auto &pair) {
        const auto it = entries.constFind(pair.first);
        return it == entries.cend() || it->serial != pair.second;
    });
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
