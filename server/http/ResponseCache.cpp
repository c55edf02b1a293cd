#include "server/http/ResponseCache.h"

#include <QCryptographicHash>

namespace emporium::http {

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
