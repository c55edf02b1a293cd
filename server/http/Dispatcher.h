#pragma once
// Turns one parsed request into one response: routing (404/405), authentication and the
// route's access rule (401/403), the shared response cache with ETag/304, error mapping,
// and per-route metrics. A deferred answer is finished by completeDeferred.
#include "server/http/HttpTypes.h"

namespace emporium::http {

class RequestContext;
struct Route;

HttpResponse dispatch(RequestContext &ctx, HttpRequest &request);
// Whether the request may send its body to `route`, decided from its headers alone (its token, the route's
// role) before any of the body is read: the refusal (401/403), or nothing.
std::optional<HttpResponse> admitBody(RequestContext &ctx, const Route &route, HttpRequest &request);
// The answer of a deferred request (its future finished): a failed future is a 500, a deferred answer
// goes on off the loop; otherwise it is counted in the route's metrics with the whole time it took.
HttpResponse completeDeferred(RequestContext &ctx, const HttpRequest &request, const Deferred &deferred,
                              QFuture<HttpResponse> &done);

} // namespace emporium::http
