#pragma once
// Per-thread cache of serialized GET answers, keyed by request target and valid for one
// data version. Saves the query and the JSON writing on hot catalog routes.
#include <QByteArray>
#include <QHash>

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

    const Entry *find(const QByteArray &key, quint64 version) const
    {
        const auto it = m_entries.constFind(key);
        return it != m_entries.cend() && it->version == version ? &*it : nullptr;
    }
    const Entry &insert(const QByteArray &key, Entry e)
    {
        if (m_entries.size() >= kMaxEntries)
            m_entries.clear(); // cheap and bounded; hot keys come back at once
        return *m_entries.insert(key, std::move(e));
    }

private:
    static constexpr qsizetype kMaxEntries = 20000;
    QHash<QByteArray, Entry> m_entries;
};

// A strong ETag for a body: a quoted hex digest, the same on every server instance.
QByteArray etagFor(const QByteArray &body);
// Does If-None-Match name this ETag (or "*")?
bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag);

} // namespace emporium::http
