#pragma once
// A route handler gets the services of its area, not the loop's whole context: each area declares
// a small struct of the references it uses, made from the loop's RequestContext for each request
// (`explicit CartServices(RequestContext &)`), and registers its routes with addRoute<CartServices>.
// An answer that waits for a future is made back on the loop by answerLater(services.loop, ...).
#include "server/http/HttpTypes.h"
#include "server/http/Router.h"

#include <QFuture>

namespace emporium::http {

template <typename Services, typename Fn>
Route &addRoute(Router &router, const QByteArray &method, const QString &pattern, Fn fn)
{
    return router.add(method, pattern,
                      [fn = std::move(fn)](RequestContext &ctx, const HttpRequest &req, const PathParams &p) {
                          return fn(Services(ctx), req, p);
                      });
}

// Runs for every request of `route`, also when its answer comes from the cache.
template <typename Services, typename Fn> void observeRoute(Route &route, Fn fn)
{
    route.observe = [fn = std::move(fn)](RequestContext &ctx, const HttpRequest &req) {
        fn(Services(ctx), req);
    };
}

// The answer to a request whose work finishes later: `then(value)` runs on `loop` (the request's
// event loop) and may defer again. The work itself goes on whether or not anyone still waits.
template <typename T, typename Then> HttpResponse answerLater(QObject *loop, QFuture<T> future, Then then)
{
    return HttpResponse::later(
        future.then(loop, [then = std::move(then)](T value) mutable { return then(std::move(value)); }));
}

} // namespace emporium::http
