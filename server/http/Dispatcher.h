#pragma once
// Turns one parsed request into one response: routing (404/405), authentication and the
// route's access rule (401/403), the per-thread response cache with ETag/304, error mapping,
// and per-route metrics. A deferred answer is finished by completeDeferred.
#include "server/http/HttpTypes.h"

namespace emporium::http {

class RequestContext;

HttpResponse dispatch(RequestContext &ctx, HttpRequest &request);
HttpResponse completeDeferred(RequestContext &ctx, const HttpRequest &request, const Deferred &deferred,
                              std::any &result);

} // namespace emporium::http
