// Discovery (API.md "Catalog" /home and /related, "Questions, answers and reviews").
#include "server/http/JsonBody.h"
#include "server/http/RequestContext.h"
#include "server/http/RouteServices.h"
#include "server/http/Routes.h"
#include "server/protocol/DiscoveryTypes.h"
#include "server/protocol/ErrorFields.h"
#include "server/protocol/JsonWriter.h"
#include "server/protocol/Paging.h"

namespace emporium::http {

using protocol::JsonWriter;

namespace {

// What the discovery routes use: the loop's reads, the cached answers and their version, and
// the discussions' changes.
struct DiscoveryServices
{
    explicit DiscoveryServices(RequestContext &ctx)
        : discovery(ctx.discovery), responses(ctx.responses), answersVersion(ctx.answersVersion),
          discussions(*ctx.server.discussions), loop(ctx.loop)
    {
    }

    storage::DiscoveryRepository &discovery;
    ResponseCache &responses;
    quint64 answersVersion; // what this request's cached answers are keyed by
    domain::Discussions &discussions;
    QObject *loop;
};

// {body}: text of 3 to 2,000 characters
Result<QString> textBody(const HttpRequest &req)
{
    const auto body = jsonBody(req);
    if (!body)
        return body.error();
    const QJsonValue v = body->value(u"body");
    const QString text = v.toString().trimmed();
    if (!v.isString() || text.size() < 3 || text.size() > 2000)
        return Error::validation(QStringLiteral("body"),
                                 QStringLiteral("must be text of 3 to 2000 characters"));
    return text;
}

// After a write that created a row (a Result<qint64> id): read the row back and answer 201 with it.
template <typename Read> auto answerCreated(const DiscoveryServices &s, const char *what, Read read)
{
    return [reads = &s.discovery, what, read](const Result<qint64> &id) {
        if (!id)
            return HttpResponse::fromError(id.error());
        const auto row = read(*reads, id.value());
        if (!row || !row.value())
            return HttpResponse::fromError(row ? Error::notFound(QLatin1String(what)) : row.error());
        return HttpResponse::json(201, protocol::jsonBytes(*row.value()));
    };
}

struct Paging
{
    int page = 1;
    int perPage = 10;
};

Result<Paging> paging(const HttpRequest &req)
{
    const auto page = pageParam(req, "page", 1, 1000000);
    const auto perPage = pageParam(req, "per_page", 10, 50);
    if (!page || !perPage)
        return Error::validation(page ? QStringLiteral("per_page") : QStringLiteral("page"),
                                 QStringLiteral("page >= 1, per_page 1..50"));
    return Paging{*page, *perPage};
}

// An id in the path: 404 when it cannot be one.
std::optional<qint64> pathId(const PathParams &p)
{
    return parseId(p[0]);
}

} // namespace

namespace {

// GET /api/v1/home
HttpResponse homePage(const DiscoveryServices &s, const HttpRequest &req, const PathParams &)
{
    auto sections = s.responses.find(QByteArrayLiteral("home:sections"), s.answersVersion);
    protocol::Home home;
    if (!sections) {
        auto built = s.discovery.homeSections();
        if (!built)
            return HttpResponse::fromError(built.error());
        home.sections = std::move(built.value());
        JsonWriter w;
        home.writeSectionsPart(w);
        sections =
            s.responses.insert(QByteArrayLiteral("home:sections"), {s.answersVersion, 200, w.take(), {}});
    }
    if (req.principal) {
        auto recommended = s.discovery.recommended(req.principal->id);
        auto recent = s.discovery.recentlyViewed(req.principal->id);
        if (!recommended)
            return HttpResponse::fromError(recommended.error());
        if (!recent)
            return HttpResponse::fromError(recent.error());
        home.recommended = std::move(recommended.value());
        home.recentlyViewed = std::move(recent.value());
    }
    JsonWriter w;
    w.raw(sections->body); // the cached beginning of the object: {"sections":[...]
    home.writePersonalPart(w);
    HttpResponse out = HttpResponse::json(200, w.take());
    out.setHeader("Cache-Control", req.principal ? "private, no-cache" : "no-cache");
    return out;
}

// One page of what is said about an item (its questions, its reviews): 404 for no such item.
// `read(id, page, perPage)` gives the page.
template <typename Read>
HttpResponse itemPage(const DiscoveryServices &s, const HttpRequest &req, const PathParams &p, Read read)
{
    const auto id = pathId(p);
    if (!id)
        return HttpResponse::fromError(Error::notFound(QStringLiteral("item")));
    const auto pages = paging(req);
    if (!pages)
        return HttpResponse::fromError(pages.error());
    const auto found = read(s.discovery, *id, pages->page, pages->perPage);
    if (!found)
        return HttpResponse::fromError(found.error());
    if (!found.value())
        return HttpResponse::fromError(Error::notFound(QStringLiteral("item %1").arg(*id)));
    return HttpResponse::json(200, protocol::jsonBytes(*found.value()));
}

// GET /api/v1/items/{id}/questions
HttpResponse listQuestions(const DiscoveryServices &s, const HttpRequest &req, const PathParams &p)
{
    return itemPage(s, req, p, [](storage::DiscoveryRepository &reads, qint64 id, int page, int perPage) {
        return reads.questions(id, page, perPage);
    });
}

// GET /api/v1/items/{id}/reviews
HttpResponse listReviews(const DiscoveryServices &s, const HttpRequest &req, const PathParams &p)
{
    return itemPage(s, req, p, [](storage::DiscoveryRepository &reads, qint64 id, int page, int perPage) {
        return reads.reviews(id, page, perPage); // a ReviewPage: the page and the item's rating
    });
}

} // namespace

namespace {

// GET /api/v1/items/{id}/related
HttpResponse relatedItems(const DiscoveryServices &s, const HttpRequest &, const PathParams &p)
{
    const auto id = pathId(p);
    if (!id)
        return HttpResponse::fromError(Error::notFound(QStringLiteral("item")));
    const auto related = s.discovery.related(*id);
    if (!related)
        return HttpResponse::fromError(related.error());
    if (!related.value())
        return HttpResponse::fromError(Error::notFound(QStringLiteral("item %1").arg(*id)));
    return HttpResponse::json(200, protocol::jsonBytes(protocol::ItemList{*related.value()}));
}

// POST /api/v1/items/{id}/questions
HttpResponse askQuestion(const DiscoveryServices &s, const HttpRequest &req, const PathParams &p)
{
    const auto id = pathId(p);
    if (!id)
        return HttpResponse::fromError(Error::notFound(QStringLiteral("item")));
    const auto text = textBody(req);
    if (!text)
        return HttpResponse::fromError(text.error());
    const qint64 user = req.principal->id;
    return answerLater(s.loop, s.discussions.ask(*id, user, text.value()),
                       answerCreated(s, "question", [](storage::DiscoveryRepository &reads, qint64 id) {
                           return reads.question(id);
                       }));
}

// POST /api/v1/questions/{id}/answers
HttpResponse answerQuestion(const DiscoveryServices &s, const HttpRequest &req, const PathParams &p)
{
    const auto id = pathId(p);
    if (!id)
        return HttpResponse::fromError(Error::notFound(QStringLiteral("question")));
    const auto text = textBody(req);
    if (!text)
        return HttpResponse::fromError(text.error());
    const qint64 user = req.principal->id;
    return answerLater(s.loop, s.discussions.answer(*id, user, text.value()),
                       answerCreated(s, "answer", [](storage::DiscoveryRepository &reads, qint64 id) {
                           return reads.answer(id);
                       }));
}

// POST /api/v1/answers/{id}/helpful
HttpResponse markHelpful(const DiscoveryServices &s, const HttpRequest &req, const PathParams &p)
{
    const auto id = pathId(p);
    if (!id)
        return HttpResponse::fromError(Error::notFound(QStringLiteral("answer")));
    const qint64 user = req.principal->id;
    return answerLater(s.loop, s.discussions.markHelpful(*id, user), [](const Result<Done> &r) {
        if (!r)
            return HttpResponse::fromError(r.error());
        HttpResponse out;
        out.status = 204;
        return out;
    });
}

// POST /api/v1/items/{id}/reviews
HttpResponse postReview(const DiscoveryServices &s, const HttpRequest &req, const PathParams &p)
{
    const auto id = pathId(p);
    if (!id)
        return HttpResponse::fromError(Error::notFound(QStringLiteral("item")));
    const auto body = jsonBody(req);
    if (!body)
        return HttpResponse::fromError(body.error());
    protocol::FieldErrors bad;
    const QJsonValue ratingValue = body->value(u"rating");
    const int rating = ratingValue.isDouble() && ratingValue.toDouble() == double(ratingValue.toInt())
                           ? ratingValue.toInt()
                           : 0;
    if (rating < 1 || rating > 5)
        bad.append({QStringLiteral("rating"), QStringLiteral("must be a whole number from 1 to 5")});
    const QJsonValue textValue = body->value(u"body");
    const QString text = textValue.toString().trimmed();
    if ((!textValue.isUndefined() && !textValue.isString()) || text.size() > 5000)
        bad.append({QStringLiteral("body"), QStringLiteral("must be text of at most 5000 characters")});
    if (!bad.isEmpty())
        return HttpResponse::fromError(protocol::validationFailed(QStringLiteral("invalid fields"), bad));
    const qint64 user = req.principal->id;
    return answerLater(s.loop, s.discussions.review(*id, user, rating, text),
                       answerCreated(s, "review", [](storage::DiscoveryRepository &reads, qint64 id) {
                           return reads.review(id);
                       }));
}

} // namespace

void addDiscoveryRoutes(Router &router)
{
    addRoute<DiscoveryServices>(router, "GET", QStringLiteral("/api/v1/items/{id}/related"),
                                relatedItems)
        .cacheable = true; // co-purchase counts change with orders, which move the catalog version

    // The sections are the same for everyone: built once per catalog version and thread. What is
    // personal (recommended, recently viewed) is added for a signed-in user.
    addRoute<DiscoveryServices>(router, "GET", QStringLiteral("/api/v1/home"), homePage);

    addRoute<DiscoveryServices>(router, "GET", QStringLiteral("/api/v1/items/{id}/questions"), listQuestions);

    addRoute<DiscoveryServices>(router, "POST", QStringLiteral("/api/v1/items/{id}/questions"), askQuestion)
        .access = Access::User;

    addRoute<DiscoveryServices>(router, "POST", QStringLiteral("/api/v1/questions/{id}/answers"),
                                answerQuestion)
        .access = Access::User;

    addRoute<DiscoveryServices>(router, "POST", QStringLiteral("/api/v1/answers/{id}/helpful"), markHelpful)
        .access = Access::User;

    addRoute<DiscoveryServices>(router, "GET", QStringLiteral("/api/v1/items/{id}/reviews"), listReviews);

    addRoute<DiscoveryServices>(router, "POST", QStringLiteral("/api/v1/items/{id}/reviews"), postReview)
        .access = Access::User;
}

} // namespace emporium::http
