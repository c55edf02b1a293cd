#include "server/http/Offload.h"

#include "server/http/RequestContext.h"

namespace emporium::http {

HttpResponse onWorker(RequestContext &ctx, std::function<std::any()> work, Then then)
{
    QThreadPool *pool = &ctx.server.workers;
    return HttpResponse::later(
        [pool, work = std::move(work)](Deferred::Finish finish) {
            pool->start([work, finish] { finish(work()); });
        },
        std::move(then));
}

HttpResponse afterWrite(RequestContext &ctx, storage::Writer::Job job, Then then)
{
    storage::Writer *writer = ctx.server.writer.get();
    return HttpResponse::later(
        [writer, job = std::move(job)](Deferred::Finish finish) { writer->submit(job, finish); }, std::move(then));
}

} // namespace emporium::http
