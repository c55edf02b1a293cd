#include "server/protocol/CatalogTypes.h"

#include "server/protocol/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace emporium::protocol {

void Category::write(JsonWriter &w) const
{
    w.beginObject().field("id", id).field("name", name).field("slug", slug).field("item_count", itemCount);
    w.endObject();
}

Category Category::fromJson(const QJsonObject &o)
{
    return {o.value(u"id").toInteger(), o.value(u"name").toString(), o.value(u"slug").toString(),
            o.value(u"item_count").toInteger()};
}

void ItemSummary::writeFields(JsonWriter &w) const
{
    w.field("id", id).field("title", title).field("price_cents", priceCents).field("currency", currency);
    w.field("stock", stock);
    w.key("category").beginObject().field("id", categoryId).field("name", categoryName).endObject();
    w.key("seller").beginObject().field("id", sellerId).field("shop_name", shopName).endObject();
    if (thumbnailUrl.isEmpty())
        w.key("thumbnail_url").null();
    else
        w.field("thumbnail_url", thumbnailUrl);
    w.field("sold_count", soldCount);
    w.key("rating").beginObject().field("average", rating.average).field("count", rating.count).endObject();
    if (!arrivesBy.isEmpty())
        w.field("arrives_by", arrivesBy);
}

void ItemSummary::write(JsonWriter &w) const
{
    w.beginObject();
    writeFields(w);
    w.endObject();
}

ItemSummary ItemSummary::fromJson(const QJsonObject &o)
{
    ItemSummary s;
    s.id = o.value(u"id").toInteger();
    s.title = o.value(u"title").toString();
    s.priceCents = o.value(u"price_cents").toInteger();
    s.currency = o.value(u"currency").toString();
    s.stock = o.value(u"stock").toInteger();
    const QJsonObject cat = o.value(u"category").toObject();
    s.categoryId = cat.value(u"id").toInteger();
    s.categoryName = cat.value(u"name").toString();
    const QJsonObject seller = o.value(u"seller").toObject();
    s.sellerId = seller.value(u"id").toInteger();
    s.shopName = seller.value(u"shop_name").toString();
    s.thumbnailUrl = o.value(u"thumbnail_url").toString();
    s.soldCount = o.value(u"sold_count").toInteger();
    const QJsonObject rating = o.value(u"rating").toObject();
    s.rating.average = rating.value(u"average").toDouble();
    s.rating.count = rating.value(u"count").toInteger();
    s.arrivesBy = o.value(u"arrives_by").toString();
    return s;
}

void ItemDetail::writeUntilViewers(JsonWriter &w) const
{
    w.beginObject();
    summary.writeFields(w);
    w.field("description", description);
    w.key("image_urls").beginArray();
    for (const QString &url : imageUrls)
        w.value(url);
    w.endArray();
    w.field("created_at", createdAt).key("viewers");
}

void ItemDetail::write(JsonWriter &w) const
{
    writeUntilViewers(w);
    w.value(viewers).endObject();
}

ItemDetail ItemDetail::fromJson(const QJsonObject &o)
{
    ItemDetail d;
    d.summary = ItemSummary::fromJson(o);
    d.description = o.value(u"description").toString();
    for (const QJsonValue &v : o.value(u"image_urls").toArray())
        d.imageUrls << v.toString();
    d.viewers = o.value(u"viewers").toInteger();
    d.createdAt = o.value(u"created_at").toString();
    return d;
}

Page<ItemSummary> itemPageFromJson(const QJsonObject &o)
{
    Page<ItemSummary> p;
    for (const QJsonValue &v : o.value(u"items").toArray())
        p.items << ItemSummary::fromJson(v.toObject());
    p.total = o.value(u"total").toInteger();
    p.page = o.value(u"page").toInt(1);
    p.perPage = o.value(u"per_page").toInt(24);
    p.searched = o.contains(u"did_you_mean");
    p.didYouMean = o.value(u"did_you_mean").toString();
    return p;
}

ApiError ApiError::fromBody(int status, const QByteArray &body)
{
    ApiError e;
    e.httpStatus = status;
    const QJsonObject err = QJsonDocument::fromJson(body).object().value(u"error").toObject();
    e.code = err.value(u"code").toString();
    e.message = err.value(u"message").toString();
    e.details = err.value(u"details").toObject();
    if (e.code.isEmpty())
        e.code = QStringLiteral("http_%1").arg(status);
    return e;
}

} // namespace emporium::protocol
