#include "server/protocol/SellerTypes.h"

#include "server/protocol/JsonWriter.h"
#include "server/protocol/Paging.h"

#include <QJsonArray>

namespace emporium::protocol {

void InventoryItem::write(JsonWriter &w) const
{
    w.beginObject();
    summary.writeFields(w);
    w.field("description", description).field("low_stock_threshold", lowStockThreshold).endObject();
}

InventoryItem InventoryItem::fromJson(const QJsonObject &o)
{
    return {ItemSummary::fromJson(o), o.value(u"description").toString(),
            o.value(u"low_stock_threshold").toInteger()};
}

namespace {

template <typename T> void put(QJsonObject &o, QStringView key, const std::optional<T> &v)
{
    if (v)
        o.insert(key, *v);
}

std::optional<QString> text(const QJsonObject &o, QStringView key)
{
    return o.contains(key) ? std::optional(o.value(key).toString()) : std::nullopt;
}

std::optional<qint64> number(const QJsonObject &o, QStringView key)
{
    return o.contains(key) ? std::optional(o.value(key).toInteger()) : std::nullopt;
}

} // namespace

QJsonObject ItemChange::toJson() const
{
    QJsonObject o;
    put(o, u"title", title);
    put(o, u"description", description);
    put(o, u"price_cents", priceCents);
    put(o, u"stock", stock);
    put(o, u"category_id", categoryId);
    put(o, u"low_stock_threshold", lowStockThreshold);
    return o;
}

ItemChange ItemChange::fromJson(const QJsonObject &o)
{
    return {text(o, u"title"),   text(o, u"description"),   number(o, u"price_cents"),
            number(o, u"stock"), number(o, u"category_id"), number(o, u"low_stock_threshold")};
}

QUrlQuery SalesQuery::toUrlQuery() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    q.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    if (!from.isEmpty())
        q.addQueryItem(QStringLiteral("from"), from);
    if (!to.isEmpty())
        q.addQueryItem(QStringLiteral("to"), to);
    if (itemId)
        q.addQueryItem(QStringLiteral("item"), QString::number(itemId));
    return q;
}

void UploadedImage::write(JsonWriter &w) const
{
    w.beginObject().field("image_url", imageUrl).field("thumbnail_url", thumbnailUrl).endObject();
}

UploadedImage UploadedImage::fromJson(const QJsonObject &o)
{
    return {o.value(u"image_url").toString(), o.value(u"thumbnail_url").toString()};
}

void SaleLine::write(JsonWriter &w) const
{
    w.beginObject().field("order_id", orderId).field("item_id", itemId).field("title", title);
    w.field("quantity", quantity).field("unit_price_cents", unitPriceCents);
    w.field("total_cents", totalCents).field("created_at", createdAt).endObject();
}

SaleLine SaleLine::fromJson(const QJsonObject &o)
{
    return {o.value(u"order_id").toInteger(),
            o.value(u"item_id").toInteger(),
            o.value(u"title").toString(),
            o.value(u"quantity").toInteger(),
            o.value(u"unit_price_cents").toInteger(),
            o.value(u"total_cents").toInteger(),
            o.value(u"created_at").toString()};
}

void StatsPoint::write(JsonWriter &w) const
{
    w.beginObject().field("at", at).field("revenue_cents", revenueCents).field("units", units).endObject();
}

StatsPoint StatsPoint::fromJson(const QJsonObject &o)
{
    return {o.value(u"at").toString(), o.value(u"revenue_cents").toInteger(), o.value(u"units").toInteger()};
}

void TopItem::write(JsonWriter &w) const
{
    w.beginObject().field("item_id", itemId).field("title", title).field("units", units);
    w.field("revenue_cents", revenueCents).endObject();
}

TopItem TopItem::fromJson(const QJsonObject &o)
{
    return {o.value(u"item_id").toInteger(), o.value(u"title").toString(), o.value(u"units").toInteger(),
            o.value(u"revenue_cents").toInteger()};
}

void SellerStats::write(JsonWriter &w) const
{
    w.beginObject().field("bucket", bucket);
    writeList(w, "series", series);
    writeList(w, "top_items", topItems);
    w.field("to_ship", toShip).field("late_shipments", late).endObject();
}

SellerStats SellerStats::fromJson(const QJsonObject &o)
{
    return {o.value(u"bucket").toString(), listFromJson<StatsPoint>(o.value(u"series").toArray()),
            listFromJson<TopItem>(o.value(u"top_items").toArray()), o.value(u"to_ship").toInteger(),
            o.value(u"late_shipments").toInteger()};
}

void ImportResult::write(JsonWriter &w) const
{
    w.beginObject().field("created", created).field("updated", updated).endObject();
}

ImportResult ImportResult::fromJson(const QJsonObject &o)
{
    return {o.value(u"created").toInteger(), o.value(u"updated").toInteger()};
}

void ImportLineError::write(JsonWriter &w) const
{
    w.beginObject().field("line", line).field("column", column).field("message", message).endObject();
}

// Error details are QJsonObjects (emporium::Error), hence this second writer.
QJsonObject ImportLineError::toJson() const
{
    return {{QStringLiteral("line"), line},
            {QStringLiteral("column"), column},
            {QStringLiteral("message"), message}};
}

ImportLineError ImportLineError::fromJson(const QJsonObject &o)
{
    return {o.value(u"line").toInteger(), o.value(u"column").toString(), o.value(u"message").toString()};
}

QJsonObject ImportLineError::toDetails(const QList<ImportLineError> &errors)
{
    QJsonArray array;
    for (const ImportLineError &e : errors)
        array.append(e.toJson());
    return {{QStringLiteral("errors"), array}};
}

QList<ImportLineError> ImportLineError::fromDetails(const QJsonObject &details)
{
    return listFromJson<ImportLineError>(details.value(u"errors").toArray());
}

} // namespace emporium::protocol
