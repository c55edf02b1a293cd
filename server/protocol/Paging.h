#pragma once
// The list envelope of API.md: {"items": [...], "total", "page", "per_page"}, written and read
// once for every wire type T that has write(JsonWriter&) and fromJson(QJsonObject).
#include "server/protocol/CatalogTypes.h"
#include "server/protocol/JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace emporium::protocol {

// The envelope's fields without the braces, so that a page can carry more (a review page's rating).
template <typename T> void writePageFields(JsonWriter &w, const Page<T> &p)
{
    w.key("items").beginArray();
    for (const T &item : p.items)
        item.write(w);
    w.endArray().field("total", p.total).field("page", p.page).field("per_page", p.perPage);
    if (!p.searched)
        return;
    w.key("did_you_mean");
    if (p.didYouMean.isEmpty())
        w.null();
    else
        w.value(p.didYouMean);
}

template <typename T> void writePage(JsonWriter &w, const Page<T> &p)
{
    w.beginObject();
    writePageFields(w, p);
    w.endObject();
}

template <typename T> QByteArray jsonBytes(const Page<T> &p)
{
    JsonWriter w;
    writePage(w, p);
    return w.take();
}

template <typename T> QList<T> listFromJson(const QJsonArray &array)
{
    QList<T> out;
    out.reserve(array.size());
    for (const QJsonValue &v : array)
        out << T::fromJson(v.toObject());
    return out;
}

template <typename T> void writeList(JsonWriter &w, const char *key, const QList<T> &items)
{
    w.key(key).beginArray();
    for (const T &item : items)
        item.write(w);
    w.endArray();
}

template <typename T> Page<T> pageFromJson(const QJsonObject &o, int defaultPerPage = 24)
{
    Page<T> p;
    p.items = listFromJson<T>(o.value(u"items").toArray());
    p.total = o.value(u"total").toInteger();
    p.page = o.value(u"page").toInt(1);
    p.perPage = o.value(u"per_page").toInt(defaultPerPage);
    p.searched = o.contains(u"did_you_mean");
    p.didYouMean = o.value(u"did_you_mean").toString();
    return p;
}

} // namespace emporium::protocol
