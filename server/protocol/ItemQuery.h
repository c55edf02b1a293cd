#pragma once
// The query of GET /api/v1/items: the client builds it into URL parameters, the server
// parses and validates it. One definition, so both sides agree on names and defaults.
#include "server/protocol/Result.h"

#include <QString>
#include <QUrlQuery>
#include <cstdint>
#include <optional>

namespace emporium::protocol {

enum class ItemSort { Relevance, PriceAsc, PriceDesc, Newest, BestSelling, Rating };

QString sortName(ItemSort s);
std::optional<ItemSort> sortFromName(const QString &name);

struct ItemQuery
{
    static constexpr int kMaxPerPage = 100;

    QString q;
    std::optional<qint64> categoryId;
    QString categorySlug; // `category` may be an id or a slug
    std::optional<qint64> sellerId;
    std::optional<qint64> minPriceCents;
    std::optional<qint64> maxPriceCents;
    bool inStock = true;
    ItemSort sort = ItemSort::Relevance;
    int page = 1;
    int perPage = 24;
    QString country; // ISO 3166 alpha-2: items carry when they would arrive there

    QUrlQuery toUrlQuery() const;
    bool operator==(const ItemQuery &) const = default;
    // Every invalid parameter is named in details.fields of the validation_failed error.
    static Result<ItemQuery> parse(const QUrlQuery &query);
};

} // namespace emporium::protocol
