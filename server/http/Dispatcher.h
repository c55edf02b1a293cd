#pragma once
// Turns one parsed request into one response: routing (404/405), the per-thread response
// cache with ETag/304, error mapping, and per-route metrics.
#include "server/http/HttpTypes.h"

namespace emporium::http {

class RequestContext;

HttpResponse dispatch(RequestContext &ctx, const HttpRequest &request);

} // namespace emporium::http
