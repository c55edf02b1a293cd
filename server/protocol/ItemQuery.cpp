#include "server/protocol/ItemQuery.h"

#include <QRegularExpression>

#include <array>
#include <utility>

namespace emporium::protocol {
namespace {

constexpr std::array<std::pair<ItemSort, const char *>, 6> kSorts{{
    {ItemSort::Relevance, "relevance"},
    {ItemSort::PriceAsc, "price_asc"},
    {ItemSort::PriceDesc, "price_desc"},
    {ItemSort::Newest, "newest"},
    {ItemSort::BestSelling, "best_selling"},
    {ItemSort::Rating, "rating"},
}};

std::optional<qint64> parseInt(const QString &s)
{
    bool ok = false;
    const qlonglong v = s.toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

} // namespace

QString sortName(ItemSort s)
{
    for (const auto &[sort, name] : kSorts)
        if (sort == s)
            return QString::fromLatin1(name);
    return QStringLiteral("relevance");
}

std::optional<ItemSort> sortFromName(const QString &name)
{
    for (const auto &[sort, n] : kSorts)
        if (name == QLatin1String(n))
            return sort;
    return std::nullopt;
}

static void readCountry(const QString &text, QString &country, QJsonObject &bad)
{
    static const QRegularExpression code(QStringLiteral("^[A-Za-z]{2}$"));
    if (text.isEmpty())
        return;
    if (code.match(text).hasMatch())
        country = text.toUpper();
    else
        bad.insert(u"country", QStringLiteral("must be a two-letter country code"));
}

QUrlQuery ItemQuery::toUrlQuery() const
{
    QUrlQuery u;
    if (!q.isEmpty())
        u.addQueryItem(QStringLiteral("q"), q);
    if (categoryId)
        u.addQueryItem(QStringLiteral("category"), QString::number(*categoryId));
    else if (!categorySlug.isEmpty())
        u.addQueryItem(QStringLiteral("category"), categorySlug);
    if (sellerId)
        u.addQueryItem(QStringLiteral("seller"), QString::number(*sellerId));
    if (minPriceCents)
        u.addQueryItem(QStringLiteral("min_price_cents"), QString::number(*minPriceCents));
    if (maxPriceCents)
        u.addQueryItem(QStringLiteral("max_price_cents"), QString::number(*maxPriceCents));
    if (!inStock)
        u.addQueryItem(QStringLiteral("in_stock"), QStringLiteral("false"));
    if (sort != ItemSort::Relevance)
        u.addQueryItem(QStringLiteral("sort"), sortName(sort));
    if (!country.isEmpty())
        u.addQueryItem(QStringLiteral("country"), country);
    u.addQueryItem(QStringLiteral("page"), QString::number(page));
    u.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    return u;
}

Result<ItemQuery> ItemQuery::parse(const QUrlQuery &query)
{
    ItemQuery r;
    QJsonObject bad;
    const auto value = [&](const char *name) {
        return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    const auto has = [&](const char *name) { return query.hasQueryItem(QString::fromLatin1(name)); };

    r.q = value("q").trimmed();
    if (r.q.size() > 200)
        bad.insert(u"q", QStringLiteral("at most 200 characters"));
    if (has("category") && !value("category").isEmpty()) {
        const QString c = value("category");
        if (const auto id = parseInt(c)) {
            if (*id <= 0)
                bad.insert(u"category", QStringLiteral("must be a positive id or a slug"));
            r.categoryId = id;
        } else {
            r.categorySlug = c;
        }
    }
    const auto positive = [&](const char *name, std::optional<qint64> &out, qint64 min) {
        if (!has(name) || value(name).isEmpty())
            return;
        const auto v = parseInt(value(name));
        if (!v || *v < min)
            bad.insert(QString::fromLatin1(name), min > 0 ? QStringLiteral("must be a positive integer")
                                                          : QStringLiteral("must be a non-negative integer"));
        else
            out = v;
    };
    positive("seller", r.sellerId, 1);
    positive("min_price_cents", r.minPriceCents, 0);
    positive("max_price_cents", r.maxPriceCents, 0);
    if (r.minPriceCents && r.maxPriceCents && *r.minPriceCents > *r.maxPriceCents)
        bad.insert(u"max_price_cents", QStringLiteral("must not be below min_price_cents"));
    if (has("in_stock")) {
        const QString v = value("in_stock");
        if (v == u"true" || v == u"1")
            r.inStock = true;
        else if (v == u"false" || v == u"0")
            r.inStock = false;
        else
            bad.insert(u"in_stock", QStringLiteral("must be true or false"));
    }
    if (has("sort") && !value("sort").isEmpty()) {
        if (const auto s = sortFromName(value("sort")))
            r.sort = *s;
        else
            bad.insert(u"sort",
                       QStringLiteral(
                           "must be one of relevance, price_asc, price_desc, newest, best_selling, rating"));
    }
    readCountry(value("country"), r.country, bad);
    std::optional<qint64> page, perPage;
    positive("page", page, 1);
    positive("per_page", perPage, 1);
    if (page) {
        if (*page > 1000000)
            bad.insert(u"page", QStringLiteral("must be at most 1000000"));
        else
            r.page = static_cast<int>(*page);
    }
    if (perPage) {
        if (*perPage > kMaxPerPage)
            bad.insert(u"per_page", QStringLiteral("must be at most %1").arg(kMaxPerPage));
        else
            r.perPage = static_cast<int>(*perPage);
    }
    if (!bad.isEmpty()) {
        QStringList names = bad.keys();
        return Error{QStringLiteral("validation_failed"),
                     QStringLiteral("invalid query parameters: %1").arg(names.join(QStringLiteral(", "))),
                     QJsonObject{{QStringLiteral("fields"), bad}}};
    }
    return r;
}

} // namespace emporium::protocol
