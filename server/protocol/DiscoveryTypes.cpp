#include "server/protocol/DiscoveryTypes.h"

#include "server/protocol/JsonWriter.h"
#include "server/protocol/Paging.h"

#include <QJsonArray>

namespace emporium::protocol {
namespace {

void writeAuthor(JsonWriter &w, const Author &a)
{
    w.key("author").beginObject().field("id", a.id).field("display_name", a.displayName).endObject();
}

Author authorFromJson(const QJsonObject &o)
{
    const QJsonObject a = o.value(u"author").toObject();
    return {a.value(u"id").toInteger(), a.value(u"display_name").toString()};
}

} // namespace

void Answer::write(JsonWriter &w) const
{
    w.beginObject().field("id", id).field("body", body);
    writeAuthor(w, author);
    w.field("by_seller", bySeller)
        .field("helpful_count", helpfulCount)
        .field("created_at", createdAt)
        .endObject();
}

Answer Answer::fromJson(const QJsonObject &o)
{
    return {o.value(u"id").toInteger(),
            o.value(u"body").toString(),
            authorFromJson(o),
            o.value(u"by_seller").toBool(),
            o.value(u"helpful_count").toInteger(),
            o.value(u"created_at").toString()};
}

void Question::write(JsonWriter &w) const
{
    w.beginObject().field("id", id).field("body", body);
    writeAuthor(w, author);
    w.field("helpful_count", helpfulCount).field("created_at", createdAt);
    writeList(w, "answers", answers);
    w.endObject();
}

Question Question::fromJson(const QJsonObject &o)
{
    return {o.value(u"id").toInteger(),
            o.value(u"body").toString(),
            authorFromJson(o),
            o.value(u"helpful_count").toInteger(),
            o.value(u"created_at").toString(),
            listFromJson<Answer>(o.value(u"answers").toArray())};
}

void Review::write(JsonWriter &w) const
{
    w.beginObject().field("id", id).field("rating", qint64(rating)).field("body", body);
    writeAuthor(w, author);
    w.field("created_at", createdAt).endObject();
}

Review Review::fromJson(const QJsonObject &o)
{
    return {o.value(u"id").toInteger(), o.value(u"rating").toInt(), o.value(u"body").toString(),
            authorFromJson(o), o.value(u"created_at").toString()};
}

void ReviewPage::write(JsonWriter &w) const
{
    w.beginObject();
    writePageFields<Review>(w, *this);
    w.key("rating").beginObject().field("average", rating.average).field("count", rating.count).endObject();
    w.endObject();
}

ReviewPage ReviewPage::fromJson(const QJsonObject &o)
{
    ReviewPage p;
    static_cast<Page<Review> &>(p) = pageFromJson<Review>(o, 10);
    const QJsonObject rating = o.value(u"rating").toObject();
    p.rating = {rating.value(u"average").toDouble(), rating.value(u"count").toInteger()};
    return p;
}

void ItemList::write(JsonWriter &w) const
{
    w.beginObject();
    writeList(w, "items", items);
    w.endObject();
}

ItemList ItemList::fromJson(const QJsonObject &o)
{
    return {listFromJson<ItemSummary>(o.value(u"items").toArray())};
}

void HomeSection::write(JsonWriter &w) const
{
    w.beginObject().key("category");
    category.write(w);
    writeList(w, "items", items);
    w.endObject();
}

HomeSection HomeSection::fromJson(const QJsonObject &o)
{
    return {Category::fromJson(o.value(u"category").toObject()),
            listFromJson<ItemSummary>(o.value(u"items").toArray())};
}

void Home::writeSectionsPart(JsonWriter &w) const
{
    w.beginObject();
    writeList(w, "sections", sections);
}

void Home::writePersonalPart(JsonWriter &w) const
{
    writeList(w, "recommended", recommended);
    writeList(w, "recently_viewed", recentlyViewed);
    w.endObject();
}

void Home::write(JsonWriter &w) const
{
    writeSectionsPart(w);
    writePersonalPart(w);
}

Home Home::fromJson(const QJsonObject &o)
{
    return {listFromJson<HomeSection>(o.value(u"sections").toArray()),
            listFromJson<ItemSummary>(o.value(u"recommended").toArray()),
            listFromJson<ItemSummary>(o.value(u"recently_viewed").toArray())};
}

} // namespace emporium::protocol
