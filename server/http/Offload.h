#pragma once
// The two ways a handler leaves the event loop: CPU work on a worker thread (no database),
// or a job of the database writer. Either way the answer continues on the loop in `then`.
#include "server/http/HttpTypes.h"
#include "server/storage/Writer.h"

namespace emporium::http {

using Then = std::function<HttpResponse(RequestContext &, std::any &)>;

HttpResponse onWorker(RequestContext &ctx, std::function<std::any()> work, Then then);
HttpResponse afterWrite(RequestContext &ctx, storage::Writer::Job job, Then then);

} // namespace emporium::http
