#include "server/domain/Shipping.h"
#include "server/http/RequestContext.h"
#include "server/http/RouteServices.h"
#include "server/http/Routes.h"
#include "server/protocol/JsonWriter.h"
#include "server/protocol/Paging.h"
#include "server/realtime/RealtimeHub.h"
#include "server/storage/QueryPlanner.h"

namespace emporium::http {

using protocol::JsonWriter;

namespace {

// What the catalog routes use: the loop's reads and cached answers, the catalog's version, the
// viewers now, and the log of what buyers search and view.
struct CatalogServices
{
    explicit CatalogServices(RequestContext &ctx)
        : catalog(ctx.catalog), responses(ctx.responses), answersVersion(ctx.answersVersion), hub(ctx.hub),
          activity(*ctx.server.activityLog), shipping(ctx.shipping)
    {
    }

    storage::CatalogRepository &catalog;
    ResponseCache &responses;
    quint64 answersVersion; // what this request's cached answers are keyed by
    const realtime::RealtimeHub &hub;
    domain::ActivityLog &activity;
    storage::ShippingRepository &shipping;
};

// "Arrives by" on each item for `country` (absent where its shop does not ship there).
Result<Done> addArrivalDates(const CatalogServices &s, QList<protocol::ItemSummary *> items,
                             const QString &country)
{
    QList<qint64> shops;
    for (const protocol::ItemSummary *item : items)
        if (!shops.contains(item->sellerId))
            shops.append(item->sellerId);
    const auto settings = s.shipping.settingsOf(shops);
    if (!settings)
        return settings.error();
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (protocol::ItemSummary *item : items)
        if (const auto days = settings->value(item->sellerId).daysTo(country))
            item->arrivesBy = domain::arrivesBy(today, *days);
    return Done{};
}

HttpResponse listItems(const CatalogServices &s, const HttpRequest &req, const PathParams &)
{
    const auto query = protocol::ItemQuery::parse(req.query);
    if (!query)
        return HttpResponse::fromError(query.error());
    auto page = s.catalog.items(query.value(), s.answersVersion);
    if (!page)
        return HttpResponse::fromError(page.error());
    if (!query->q.isEmpty()) {
        page->searched = true;
        page->didYouMean = s.catalog.didYouMean(query->q, s.answersVersion);
    }
    if (!query->country.isEmpty()) {
        QList<protocol::ItemSummary *> items;
        for (auto &item : page->items)
            items.append(&item);
        if (auto dated = addArrivalDates(s, items, query->country); !dated)
            return HttpResponse::fromError(dated.error());
    }
    return HttpResponse::json(200, protocol::jsonBytes(page.value()));
}

// The item changes with the catalog version (and the day, for its arrival date), its viewer count all
// the time: the first is cached per country, the second is appended to each answer.
HttpResponse itemDetail(const CatalogServices &s, const HttpRequest &req, const PathParams &params)
{
    const auto id = parseId(params[0]);
    if (!id)
        return HttpResponse::fromError(
            Error::validation(QStringLiteral("id"), QStringLiteral("must be a positive integer")));
    const QString country = req.query.queryItemValue(QStringLiteral("country")).toUpper();
    if (!country.isEmpty() && (country.size() != 2 || !country[0].isLetter() || !country[1].isLetter()))
        return HttpResponse::fromError(Error::validation(
            QStringLiteral("country"), QStringLiteral("must be a two-letter country code")));
    const QByteArray key = "item-detail:" + QByteArray::number(*id) + ':' + country.toLatin1();
    auto cached = s.responses.find(key, s.answersVersion);
    if (!cached) {
        auto item = s.catalog.item(*id);
        if (!item)
            return HttpResponse::fromError(item.error());
        if (!item.value())
            return HttpResponse::fromError(Error::notFound(QStringLiteral("item %1").arg(*id)));
        if (!country.isEmpty())
            if (auto dated = addArrivalDates(s, {&item.value()->summary}, country); !dated)
                return HttpResponse::fromError(dated.error());
        JsonWriter w;
        item.value()->writeUntilViewers(w);
        cached = s.responses.insert(key, {s.answersVersion, 200, w.take(), {}});
    }
    return HttpResponse::json(200, cached->body + QByteArray::number(s.hub.viewers(*id)) + '}');
}

} // namespace

void addCatalogRoutes(Router &router)
{
    addRoute<CatalogServices>(router, "GET", QStringLiteral("/api/v1/categories"),
                              [](const CatalogServices &s, const HttpRequest &, const PathParams &) {
                                  const auto categories = s.catalog.categories();
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

    auto &items = addRoute<CatalogServices>(router, "GET", QStringLiteral("/api/v1/items"), listItems);
    items.cacheable = true;
    // Every search a buyer starts is recorded for the analytics (first pages only, cached or not),
    // by the writer in batches, without holding up the answer.
    observeRoute<CatalogServices>(items, [](const CatalogServices &s, const HttpRequest &req) {
        const QString q = req.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).trimmed();
        const QString page = req.query.queryItemValue(QStringLiteral("page"));
        if (q.isEmpty() || (!page.isEmpty() && page != u"1"))
            return;
        const QString normalized = storage::QueryPlanner::words(q).join(u' ');
        if (normalized.isEmpty())
            return;
        s.activity.recordSearch(normalized, storage::nowIso());
    });

    auto &detail = addRoute<CatalogServices>(router, "GET", QStringLiteral("/api/v1/items/{id}"), itemDetail);
    // a signed-in user's views feed "recently viewed" and the recommendations (written in the background)
    observeRoute<CatalogServices>(detail, [](const CatalogServices &s, const HttpRequest &req) {
        if (!req.principal)
            return;
        const auto id = parseId(req.path.section(u'/', 4, 4));
        if (!id)
            return;
        s.activity.recordView(req.principal->id, *id);
    });
}

} // namespace emporium::http
