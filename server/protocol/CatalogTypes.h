#pragma once
// Wire types of the catalog (API.md "Catalog"), shared by server and client.
// The server writes them with JsonWriter; the client reads them with fromJson.
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

namespace emporium::protocol {

class JsonWriter;

struct Category
{
    qint64 id = 0;
    QString name;
    QString slug;
    qint64 itemCount = 0;

    void write(JsonWriter &w) const;
    static Category fromJson(const QJsonObject &o);

    bool operator==(const Category &) const = default;
};

struct Rating
{
    double average = 0; // 0 when count == 0
    qint64 count = 0;

    bool operator==(const Rating &) const = default;
};

struct ItemSummary
{
    qint64 id = 0;
    QString title;
    qint64 priceCents = 0;
    QString currency;
    qint64 stock = 0;
    qint64 categoryId = 0;
    QString categoryName;
    qint64 sellerId = 0; // the shop's id
    QString shopName;
    QString thumbnailUrl; // path relative to the server, e.g. /images/item-12-0_thumb.png
    qint64 soldCount = 0;
    Rating rating;
    QString arrivesBy; // YYYY-MM-DD for the asked country; empty (absent): not asked, or not shipped there

    void write(JsonWriter &w) const;       // writes the complete object
    void writeFields(JsonWriter &w) const; // writes only the fields, for extension
    static ItemSummary fromJson(const QJsonObject &o);

    bool operator==(const ItemSummary &) const = default;
};

struct ItemDetail
{
    ItemSummary summary;
    QString description;
    QStringList imageUrls;
    qint64 viewers = 0;
    QString createdAt; // ISO 8601 UTC

    void write(JsonWriter &w) const;
    // Everything but the live viewer count, up to `"viewers":` (the count and '}' follow):
    // this part can be cached while the count changes.
    void writeUntilViewers(JsonWriter &w) const;
    static ItemDetail fromJson(const QJsonObject &o);

    bool operator==(const ItemDetail &) const = default;
};

template <typename T> struct Page
{
    QList<T> items;
    qint64 total = 0;
    int page = 1;
    int perPage = 24;
    // a search's answer (q=) says what the words were corrected to: did_you_mean, null when none was
    bool searched = false;
    QString didYouMean;

    bool operator==(const Page &) const = default;
};

Page<ItemSummary> itemPageFromJson(const QJsonObject &o);

// The error body of API.md: {"error": {"code", "message", "details"}}.
struct ApiError
{
    int httpStatus = 0; // 0: no HTTP answer at all (network failure)
    QString code;
    QString message;
    QJsonObject details;

    static ApiError fromBody(int status, const QByteArray &body);
};

} // namespace emporium::protocol
