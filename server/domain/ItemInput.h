#pragma once
// What a seller sends to create or change an item, validated field by field. For a change
// (PATCH) every field is optional; for a new item title, price_cents, stock and category_id
// are required.
#include "server/protocol/Result.h"

#include <QJsonObject>
#include <limits>
#include <optional>

namespace emporium::domain {

struct ItemInput
{
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<qint64> priceCents;
    std::optional<qint64> stock;
    std::optional<qint64> categoryId;
    std::optional<qint64> lowStockThreshold;

    static Result<ItemInput> fromJson(const QJsonObject &body, bool partial);
};

} // namespace emporium::domain
