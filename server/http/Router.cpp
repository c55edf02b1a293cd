#include "server/http/Router.h"

#include <optional>

namespace emporium::http {

Route &Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    Route r;
    r.method = method;
    r.pattern = pattern;
    r.segments = pattern.split(u'/', Qt::SkipEmptyParts);
    r.handler = std::move(handler);
    r.index = int(m_routes.size());
    m_routes.push_back(std::move(r));
    return m_routes.back();
}

RouteMatch Router::match(const QByteArray &method, const QString &path) const
{
    RouteMatch result;
    const QByteArray wanted = method == "HEAD" ? QByteArray("GET") : method;
    const QList<QStringView> parts = QStringView(path).split(u'/', Qt::SkipEmptyParts);
    QList<QByteArray> allowed;
    for (const Route &r : m_routes) {
        if (r.segments.size() != parts.size())
            continue;
        PathParams params;
        bool same = true;
        for (qsizetype i = 0; i < parts.size() && same; ++i) {
            const QString &seg = r.segments[i];
            if (seg.startsWith(u'{'))
                params << parts[i].toString();
            else
                same = seg == parts[i];
        }
        if (!same)
            continue;
        if (r.method == wanted) {
            result.route = &r;
            result.params = std::move(params);
            return result;
        }
        if (!allowed.contains(r.method))
            allowed << r.method;
    }
    if (allowed.contains("GET"))
        allowed << "HEAD";
    result.allow = allowed.join(", ");
    return result;
}

std::optional<qint64> parseId(const QString &s)
{
    bool ok = false;
    const qlonglong v = s.toLongLong(&ok);
    if (!ok || v <= 0)
        return std::nullopt;
    return v;
}

} // namespace emporium::http
