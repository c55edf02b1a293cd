#include "server/http/RequestContext.h"
#include "server/http/Routes.h"
#include "server/protocol/JsonWriter.h"
#include "server/realtime/RealtimeHub.h"

namespace emporium::http {

using protocol::JsonWriter;

void addCatalogRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/categories"), [](RequestContext &ctx, const HttpRequest &, const PathParams &) {
        const auto categories = ctx.catalog.categories();
        if (!categories)
            return HttpResponse::fromError(categories.error());
        JsonWriter w;
        w.beginObject().key("items").beginArray();
        for (const auto &c : categories.value())
            c.write(w);
        w.endArray().endObject();
        return HttpResponse::json(200, w.take());
    }).cacheable = true;

    router.add("GET", QStringLiteral("/api/v1/items"), [](RequestContext &ctx, const HttpRequest &req, const PathParams &) {
        const auto query = protocol::ItemQuery::parse(req.query);
        if (!query)
            return HttpResponse::fromError(query.error());
        const auto page = ctx.catalog.items(query.value());
        if (!page)
            return HttpResponse::fromError(page.error());
        JsonWriter w;
        w.beginObject().key("items").beginArray();
        for (const auto &item : page->items)
            item.write(w);
        w.endArray();
        w.field("total", page->total).field("page", page->page).field("per_page", page->perPage).endObject();
        return HttpResponse::json(200, w.take());
    }).cacheable = true;

    router.add("GET", QStringLiteral("/api/v1/items/{id}"),
               [](RequestContext &ctx, const HttpRequest &, const PathParams &params) {
                   const auto id = parseId(params[0]);
                   if (!id)
                       return HttpResponse::fromError(
                           Error::validation(QStringLiteral("id"), QStringLiteral("must be a positive integer")));
                   auto item = ctx.catalog.item(*id);
                   if (!item)
                       return HttpResponse::fromError(item.error());
                   if (!item.value())
                       return HttpResponse::fromError(Error::notFound(QStringLiteral("item %1").arg(*id)));
                   item.value()->viewers = ctx.hub.viewers(*id);
                   JsonWriter w;
                   item.value()->write(w);
                   return HttpResponse::json(200, w.take());
               });
}

} // namespace emporium::http
