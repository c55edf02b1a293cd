#include "server/http/RequestContext.h"
#include "server/http/Routes.h"
#include "server/protocol/JsonWriter.h"
#include "server/realtime/RealtimeHub.h"
#include "server/storage/DiscoveryRepository.h"
#include "server/storage/QueryPlanner.h"

namespace emporium::http {

using protocol::JsonWriter;

void addCatalogRoutes(Router &router)
{
    router
        .add("GET", QStringLiteral("/api/v1/categories"),
             [](RequestContext &ctx, const HttpRequest &, const PathParams &) {
                 const auto categories = ctx.catalog.categories();
                 if (!categories)
                     return HttpResponse::fromError(categories.error());
                 JsonWriter w;
                 w.beginObject().key("items").beginArray();
                 for (const auto &c : categories.value())
                     c.write(w);
                 w.endArray().endObject();
                 return HttpResponse::json(200, w.take());
             })
        .cacheable = true;

    auto &items = router.add("GET", QStringLiteral("/api/v1/items"),
                             [](RequestContext &ctx, const HttpRequest &req, const PathParams &) {
                                 const auto query = protocol::ItemQuery::parse(req.query);
                                 if (!query)
                                     return HttpResponse::fromError(query.error());
                                 const auto page =
                                     ctx.catalog.items(query.value(), ctx.server.catalogChanges->version());
                                 if (!page)
                                     return HttpResponse::fromError(page.error());
                                 JsonWriter w;
                                 w.beginObject().key("items").beginArray();
                                 for (const auto &item : page->items)
                                     item.write(w);
                                 w.endArray();
                                 w.field("total", page->total)
                                     .field("page", page->page)
                                     .field("per_page", page->perPage)
                                     .endObject();
                                 return HttpResponse::json(200, w.take());
                             });
    items.cacheable = true;
    // Every search a buyer starts is recorded for the analytics (first pages only, cached or not),
    // by the writer in batches, without holding up the answer.
    items.observe = [](RequestContext &ctx, const HttpRequest &req) {
        const QString q = req.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).trimmed();
        const QString page = req.query.queryItemValue(QStringLiteral("page"));
        if (q.isEmpty() || (!page.isEmpty() && page != u"1"))
            return;
        const QString normalized = storage::QueryPlanner::words(q).join(u' ');
        if (normalized.isEmpty())
            return;
        ctx.server.searchLog->record(normalized, storage::nowIso());
    };

    auto &detail = router.add(
        "GET", QStringLiteral("/api/v1/items/{id}"),
        [](RequestContext &ctx, const HttpRequest &, const PathParams &params) {
            const auto id = parseId(params[0]);
            if (!id)
                return HttpResponse::fromError(
                    Error::validation(QStringLiteral("id"), QStringLiteral("must be a positive integer")));
            // The item changes with the catalog version, its viewer count all the time: the
            // first is cached per thread, the second is appended to each answer.
            const QByteArray key = "item-detail:" + QByteArray::number(*id);
            const quint64 version = ctx.server.catalogChanges->version();
            const ResponseCache::Entry *cached = ctx.responses.find(key, version);
            if (!cached) {
                auto item = ctx.catalog.item(*id);
                if (!item)
                    return HttpResponse::fromError(item.error());
                if (!item.value())
                    return HttpResponse::fromError(Error::notFound(QStringLiteral("item %1").arg(*id)));
                JsonWriter w;
                item.value()->writeUntilViewers(w);
                cached = &ctx.responses.insert(key, {version, 200, w.take(), {}});
            }
            return HttpResponse::json(200, cached->body + QByteArray::number(ctx.hub.viewers(*id)) + '}');
        });
    // a signed-in user's views feed "recently viewed" and the recommendations (written in the background)
    detail.observe = [](RequestContext &ctx, const HttpRequest &req) {
        if (!req.principal)
            return;
        const auto id = parseId(req.path.section(u'/', 4, 4));
        if (!id)
            return;
        ctx.server.writer->submit<Done>([user = req.principal->id, item = *id](QSqlDatabase &db) {
            return storage::DiscoveryRepository::recordView(db, user, item);
        });
    };
}

} // namespace emporium::http
