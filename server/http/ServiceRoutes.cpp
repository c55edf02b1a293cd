#include "server/domain/ImageStore.h"
#include "server/http/RequestContext.h"
#include "server/http/RouteServices.h"
#include "server/http/Routes.h"

#include <QDir>
#include <QFile>

namespace emporium::http {

namespace {

// What the service routes use: health, metrics and the pictures on disk.
struct ServiceServices
{
    explicit ServiceServices(RequestContext &ctx)
        : catalog(ctx.catalog), outbox(ctx.outbox), metrics(*ctx.server.metrics), limits(*ctx.server.limits),
          textIndex(ctx.server.textIndex), images(ctx.images), imagesDir(ctx.server.imagesDir),
          backend(storage::Database::backendOf(ctx.db) == storage::Backend::PostgreSQL ? "postgresql"
                                                                                       : "sqlite")
    {
    }

    storage::CatalogRepository &catalog; // answers whether the database does
    storage::OutboxRepository &outbox;
    const metrics::Metrics &metrics;
    const ClientLimits &limits;
    const storage::ItemTextIndex &textIndex;
    QCache<QString, QByteArray> &images;
    const QString &imagesDir;
    QByteArray backend; // what /healthz names
};

HttpResponse health(const ServiceServices &s, const HttpRequest &, const PathParams &)
{
    if (s.catalog.ping())
        return HttpResponse::json(200, R"({"status":"ok","database":"ok","backend":")" + s.backend + "\"}");
    return HttpResponse::json(503, R"({"status":"unavailable","database":"unreachable","backend":")" +
                                       s.backend + "\"}");
}

HttpResponse metricsText(const ServiceServices &s, const HttpRequest &, const PathParams &)
{
    HttpResponse r;
    r.contentType = "text/plain; version=0.0.4; charset=utf-8";
    r.body = s.metrics.render();
    r.body +=
        "# HELP emporium_client_limited_total What one client was refused over its limits (ClientLimits).\n"
        "# TYPE emporium_client_limited_total counter\n";
    for (const auto &[what, n] : {std::pair{"requests", s.limits.requestsRefused.load()},
                                  {"connections", s.limits.connectionsRefused.load()},
                                  {"websockets", s.limits.webSocketsRefused.load()},
                                  {"websocket_floods", s.limits.floodsClosed.load()}})
        r.body += QByteArray("emporium_client_limited_total{what=\"") + what + "\"} " +
                  QByteArray::number(n) + '\n';
    r.body += "# HELP emporium_search_index_ready The search index in memory is built (until "
              "then FTS5 answers).\n"
              "# TYPE emporium_search_index_ready gauge\n"
              "emporium_search_index_ready " +
              QByteArray(s.textIndex.ready() ? "1" : "0") + '\n';
    // the receipts' outbox, as the database has it now
    if (const auto outbox = s.outbox.depth()) {
        r.body += "# HELP emporium_outbox_pending Receipts waiting to be sent.\n# TYPE "
                  "emporium_outbox_pending gauge\n"
                  "emporium_outbox_pending " +
                  QByteArray::number(outbox->pending) + '\n';
        r.body += "# HELP emporium_outbox_failed Receipts that failed for good (retried at "
                  "the next start).\n"
                  "# TYPE emporium_outbox_failed gauge\nemporium_outbox_failed " +
                  QByteArray::number(outbox->failed) + '\n';
    }
    return r;
}

HttpResponse openApi(const ServiceServices &, const HttpRequest &, const PathParams &)
{
    static const QByteArray spec = [] {
        QFile f(QStringLiteral(":/api/openapi.json"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    if (spec.isEmpty())
        return HttpResponse::fromError(
            Error::internal(QStringLiteral("openapi.json missing from resources")));
    return HttpResponse::json(200, spec);
}

HttpResponse image(const ServiceServices &s, const HttpRequest &req, const PathParams &p)
{
    const QString &name = p[0];
    if (!domain::ImageStore::isValidName(name))
        return HttpResponse::fromError(Error::notFound(QStringLiteral("image")));
    const QByteArray *cached = s.images.object(name);
    QByteArray bytes;
    if (cached) {
        bytes = *cached;
    } else {
        QFile f(QDir(s.imagesDir).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return HttpResponse::fromError(Error::notFound(QStringLiteral("image")));
        bytes = f.readAll();
        s.images.insert(name, new QByteArray(bytes), int(bytes.size()));
    }
    // Names are unique per upload, so the bytes behind a name never change.
    const QByteArray etag = '"' + name.toLatin1() + '"';
    HttpResponse r;
    r.setHeader("Cache-Control", "public, max-age=31536000, immutable").setHeader("ETag", etag);
    if (etagMatches(req.header("if-none-match"), etag)) {
        r.status = 304;
        return r;
    }
    r.contentType = name.endsWith(u".png")    ? "image/png"
                    : name.endsWith(u".webp") ? "image/webp"
                                              : "image/jpeg";
    r.body = bytes;
    return r;
}

HttpResponse webSocketOnly(const ServiceServices &, const HttpRequest &, const PathParams &)
{
    return HttpResponse::error(
               426, QStringLiteral("upgrade_required"),
               QStringLiteral("/ws speaks WebSocket only; send an Upgrade: websocket request"))
        .setHeader("Upgrade", "websocket");
}

} // namespace

void addServiceRoutes(Router &router)
{
    addRoute<ServiceServices>(router, "GET", QStringLiteral("/healthz"), health);

    addRoute<ServiceServices>(router, "GET", QStringLiteral("/metrics"), metricsText);

    addRoute<ServiceServices>(router, "GET", QStringLiteral("/api/v1/openapi.json"), openApi).cacheable =
        true;

    addRoute<ServiceServices>(router, "GET", QStringLiteral("/images/{name}"), image);

    // Reached only by requests that are not WebSocket upgrades (those are taken over before routing).
    addRoute<ServiceServices>(router, "GET", QStringLiteral("/ws"), webSocketOnly);
}

} // namespace emporium::http
