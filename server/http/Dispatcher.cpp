#include "server/http/Dispatcher.h"

#include "server/http/RequestContext.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHttp, "emporium.server.http")

namespace emporium::http {
namespace {

HttpResponse route(RequestContext &ctx, const HttpRequest &request, int &routeIndex)
{
    const RouteMatch match = ctx.server.router.match(request.method, request.path);
    if (!match.route) {
        if (!match.allow.isEmpty())
            return HttpResponse::error(405, QStringLiteral("method_not_allowed"),
                                       QStringLiteral("%1 is not allowed on %2")
                                           .arg(QString::fromLatin1(request.method), request.path))
                .setHeader("Allow", match.allow);
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   QStringLiteral("no such resource: %1").arg(request.path));
    }
    const Route &r = *match.route;
    routeIndex = r.index;
    if (!r.cacheable)
        return r.handler(ctx, request, match.params);

    const quint64 version = ctx.server.catalogVersion.load(std::memory_order_acquire);
    const ResponseCache::Entry *entry = ctx.responses.find(request.target, version);
    if (!entry) {
        HttpResponse fresh = r.handler(ctx, request, match.params);
        if (fresh.status != 200)
            return fresh;
        entry = &ctx.responses.insert(request.target, {version, fresh.status, fresh.body, etagFor(fresh.body)});
    }
    HttpResponse out;
    if (etagMatches(request.header("if-none-match"), entry->etag))
        out.status = 304;
    else
        out = HttpResponse::json(entry->status, entry->body);
    out.setHeader("ETag", entry->etag);
    out.setHeader("Cache-Control", "no-cache");
    return out;
}

} // namespace

HttpResponse dispatch(RequestContext &ctx, const HttpRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    int routeIndex = -1;
    HttpResponse response;
    try {
        response = route(ctx, request, routeIndex);
    } catch (const std::exception &e) {
        qCCritical(lcHttp) << "handler threw on" << request.method << request.path << e.what();
        response = HttpResponse::error(500, QStringLiteral("internal"), QStringLiteral("internal server error"));
    }
    if (response.status >= 500)
        qCWarning(lcHttp) << request.method << request.target << "->" << response.status;
    ctx.server.metrics->observe(routeIndex, request.method, response.status, double(timer.nsecsElapsed()) / 1e9);
    return response;
}

} // namespace emporium::http
