#include "server/http/Dispatcher.h"

#include "server/http/RequestContext.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHttp, "emporium.server.http")

namespace emporium::http {
namespace {

// Reads the bearer token, if any, into request.principal; an error answer when it is not valid.
std::optional<HttpResponse> authenticate(RequestContext &ctx, HttpRequest &request)
{
    if (request.principal) // signed in already when its body was admitted (admitBody)
        return std::nullopt;
    const QByteArray header = request.header("authorization");
    if (header.isEmpty())
        return std::nullopt;
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer "))
        return HttpResponse::fromError(
            {QStringLiteral("unauthenticated"), QStringLiteral("use Authorization: Bearer <token>"), {}});
    auto user = ctx.accounts.authenticate(QString::fromLatin1(header.mid(7).trimmed()));
    if (!user)
        return HttpResponse::fromError(user.error());
    if (!user.value())
        return HttpResponse::fromError({QStringLiteral("unauthenticated"),
                                        QStringLiteral("the token is invalid, expired or revoked"),
                                        {}});
    request.principal = user.value();
    return std::nullopt;
}

std::optional<HttpResponse> authorize(const Route &r, const HttpRequest &request)
{
    if (r.access == Access::Public)
        return std::nullopt;
    if (!request.principal)
        return HttpResponse::fromError(
            {QStringLiteral("unauthenticated"), QStringLiteral("sign in first"), {}});
    const protocol::Role role = request.principal->role;
    if ((r.access == Access::Seller && role != protocol::Role::Seller) ||
        (r.access == Access::Admin && role != protocol::Role::Admin))
        return HttpResponse::fromError(
            {QStringLiteral("forbidden"),
             QStringLiteral("this needs the %1 role")
                 .arg(r.access == Access::Seller ? QStringLiteral("seller") : QStringLiteral("admin")),
             {}});
    return std::nullopt;
}

HttpResponse route(RequestContext &ctx, HttpRequest &request, int &routeIndex)
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
    struct ReadTransaction
    {
        storage::ReadSnapshot &snapshot;
        bool open = false;
        ~ReadTransaction()
        {
            if (open)
                snapshot.end();
        }
    } read{ctx.snapshot};
    ctx.answersVersion = ctx.server.catalogChanges->answersVersion(); // before the snapshot
    if (request.method == "GET" || request.method == "HEAD")
        read.open = ctx.snapshot.begin();
    if (auto failed = authenticate(ctx, request))
        return *failed;
    if (auto denied = authorize(r, request))
        return *denied;
    if (r.observe)
        r.observe(ctx, request);
    if (!r.cacheable)
        return r.handler(ctx, request, match.params);

    std::optional<ResponseCache::Entry> entry = ctx.responses.find(request.target, ctx.answersVersion);
    if (!entry) {
        HttpResponse fresh = r.handler(ctx, request, match.params);
        if (fresh.status != 200)
            return fresh;
        entry = ctx.responses.insert(request.target,
                                     {ctx.answersVersion, fresh.status, fresh.body, etagFor(fresh.body)});
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

std::optional<HttpResponse> admitBody(RequestContext &ctx, const Route &route, HttpRequest &request)
{
    if (route.access == Access::Public)
        return std::nullopt;
    if (auto failed = authenticate(ctx, request))
        return failed;
    return authorize(route, request);
}

HttpResponse dispatch(RequestContext &ctx, HttpRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    int routeIndex = -1;
    HttpResponse response;
    try {
        response = route(ctx, request, routeIndex);
    } catch (const std::exception &e) {
        qCCritical(lcHttp) << "handler threw on" << request.method << request.path << e.what();
        response =
            HttpResponse::error(500, QStringLiteral("internal"), QStringLiteral("internal server error"));
    }
    if (response.deferred) {
        response.deferred->routeIndex = routeIndex;
        response.deferred->since = timer;
        return response; // observed when completed
    }
    if (response.status >= 500)
        qCWarning(lcHttp) << request.method << request.target << "->" << response.status;
    ctx.server.metrics->observe(routeIndex, request.method, response.status,
                                double(timer.nsecsElapsed()) / 1e9);
    return response;
}

HttpResponse completeDeferred(RequestContext &ctx, const HttpRequest &request, const Deferred &deferred,
                              QFuture<HttpResponse> &done)
{
    HttpResponse response;
    try {
        response = done.result();
    } catch (const std::exception &e) {
        qCCritical(lcHttp) << "deferred handler threw on" << request.method << request.path << e.what();
        response =
            HttpResponse::error(500, QStringLiteral("internal"), QStringLiteral("internal server error"));
    }
    if (response.deferred) { // chained: carry the route and the time so far
        response.deferred->routeIndex = deferred.routeIndex;
        response.deferred->since = deferred.since;
        return response;
    }
    if (response.status >= 500)
        qCWarning(lcHttp) << request.method << request.target << "->" << response.status;
    ctx.server.metrics->observe(deferred.routeIndex, request.method, response.status,
                                double(deferred.since.nsecsElapsed()) / 1e9);
    return response;
}

} // namespace emporium::http
