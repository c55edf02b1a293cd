#pragma once
// The ways a handler leaves the event loop: CPU work on a worker thread (no database), a job of the
// database writer, or any domain future. Either way the answer is made back on the loop, with the
// loop's RequestContext, by `then(ctx, result)`; it may defer again. Typed end to end.
#include "server/http/HttpTypes.h"
#include "server/http/RequestContext.h"
#include "server/storage/Writer.h"

#include <QtConcurrent/QtConcurrentRun>

namespace emporium::http {

template <typename T, typename Then>
HttpResponse answerWhenDone(RequestContext &ctx, QFuture<T> future, Then then)
{
    RequestContext *context =
        &ctx; // lives as long as its loop, which outlives every future (HttpServer::stop)
    return HttpResponse::later(future.then(
        ctx.loop, [context, then = std::move(then)](T value) mutable { return then(*context, value); }));
}

// `job` is any callable QSqlDatabase & -> storage::WriteResult<T>; `then(ctx, Result<T> &)` answers.
template <typename Job, typename Then> HttpResponse afterWrite(RequestContext &ctx, Job job, Then then)
{
    using T = storage::JobValue<Job>;
    return answerWhenDone(ctx, ctx.server.writer->submit<T>(std::move(job)), std::move(then));
}

template <typename Work, typename Then> HttpResponse onWorker(RequestContext &ctx, Work work, Then then)
{
    return answerWhenDone(ctx, QtConcurrent::run(&ctx.server.workers, std::move(work)), std::move(then));
}

} // namespace emporium::http
