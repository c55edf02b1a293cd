#pragma once
// Maps (method, path) to a handler. Patterns are literal segments and {param} segments.
// A path that exists with another method answers 405 with Allow; HEAD uses GET's route.
#include "server/http/HttpTypes.h"

#include <QStringList>
#include <functional>
#include <vector>

namespace emporium::http {

class RequestContext;
using PathParams = QStringList;
using Handler = std::function<HttpResponse(RequestContext &, const HttpRequest &, const PathParams &)>;

// Who may call a route. Checked in one place, the dispatcher, before the handler runs.
enum class Access { Public, User, Seller, Admin };

struct Route
{
    QByteArray method;
    QString pattern; // also the metrics label
    QStringList segments;
    Handler handler;
    Access access = Access::Public;
    qint64 maxBodyBytes = 0; // 0: the server's default limit
    // Runs for every request of the route, also when the answer comes from the cache.
    std::function<void(RequestContext &, const HttpRequest &)> observe;
    bool cacheable = false; // GET answers may be cached per data version, with ETag
    int index = 0;          // position, for per-route metrics
};

struct RouteMatch
{
    const Route *route = nullptr;
    PathParams params;
    QByteArray allow; // when the path exists but not for this method
};

class Router
{
public:
    Route &add(const QByteArray &method, const QString &pattern, Handler handler);
    RouteMatch match(const QByteArray &method, const QString &path) const;
    const std::vector<Route> &routes() const { return m_routes; }

private:
    std::vector<Route> m_routes;
};

// Parses a path id: a positive integer or nullopt.
std::optional<qint64> parseId(const QString &s);

} // namespace emporium::http
