#pragma once
// Wire types of API.md "Seller": the shop's inventory rows, its sales lines and stats, the
// CSV import's answer and the item fields a seller sends. Shared by server and client.
#include "server/protocol/CatalogTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>
#include <optional>

namespace emporium::protocol {

class JsonWriter;

// A row of GET /api/v1/seller/items and the answer of POST/PATCH: a summary plus what only the
// seller sees.
struct InventoryItem
{
    ItemSummary summary;
    QString description;
    qint64 lowStockThreshold = 0;

    bool isLow() const { return summary.stock <= lowStockThreshold; }
    void write(JsonWriter &w) const;
    static InventoryItem fromJson(const QJsonObject &o);
    bool operator==(const InventoryItem &) const = default;
};

// The fields of POST /api/v1/seller/items (all of them) or PATCH (only those that change).
struct ItemChange
{
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<qint64> priceCents;
    std::optional<qint64> stock;
    std::optional<qint64> categoryId;
    std::optional<qint64> lowStockThreshold;

    QJsonObject toJson() const;
    static ItemChange fromJson(const QJsonObject &o);
    bool operator==(const ItemChange &) const = default;
};

// The query of GET /api/v1/seller/sales: a page of the shop's lines, newest first.
struct SalesQuery
{
    int page = 1;
    int perPage = 50;
    QString from; // ISO 8601 instants; empty leaves that end open
    QString to;
    qint64 itemId = 0; // 0: every item

    QUrlQuery toUrlQuery() const;
    bool operator==(const SalesQuery &) const = default;
};

// The answer of POST /api/v1/seller/items/{id}/images.
struct UploadedImage
{
    QString imageUrl;
    QString thumbnailUrl;

    void write(JsonWriter &w) const;
    static UploadedImage fromJson(const QJsonObject &o);
    bool operator==(const UploadedImage &) const = default;
};

// One of the shop's order lines (GET /api/v1/seller/sales).
struct SaleLine
{
    qint64 orderId = 0;
    qint64 itemId = 0;
    QString title;
    qint64 quantity = 0;
    qint64 unitPriceCents = 0;
    qint64 totalCents = 0;
    QString createdAt; // ISO 8601 UTC

    void write(JsonWriter &w) const;
    static SaleLine fromJson(const QJsonObject &o);
    bool operator==(const SaleLine &) const = default;
};

struct StatsPoint
{
    QString at; // the bucket's start, ISO 8601 UTC
    qint64 revenueCents = 0;
    qint64 units = 0;

    void write(JsonWriter &w) const;
    static StatsPoint fromJson(const QJsonObject &o);
    bool operator==(const StatsPoint &) const = default;
};

struct TopItem
{
    qint64 itemId = 0;
    QString title;
    qint64 units = 0;
    qint64 revenueCents = 0;

    void write(JsonWriter &w) const;
    static TopItem fromJson(const QJsonObject &o);
    bool operator==(const TopItem &) const = default;
};

// GET /api/v1/seller/stats: {bucket, series, top_items}.
struct SellerStats
{
    QString bucket; // minute | hour | day
    QList<StatsPoint> series;
    QList<TopItem> topItems;
    qint64 toShip = 0; // the shop's parts paid and not shipped yet
    qint64 late = 0;   // of those, past the shop's handling time

    void write(JsonWriter &w) const;
    static SellerStats fromJson(const QJsonObject &o);
    bool operator==(const SellerStats &) const = default;
};

// The answer of a successful POST /api/v1/seller/items/import.
struct ImportResult
{
    qint64 created = 0;
    qint64 updated = 0;

    void write(JsonWriter &w) const;
    static ImportResult fromJson(const QJsonObject &o);
    bool operator==(const ImportResult &) const = default;
};

// A refused import names each bad line in the error's details: {"errors": [{line, column, message}]}.
struct ImportLineError
{
    qint64 line = 0; // of the file; the header is line 1
    QString column;  // empty when the whole line is wrong
    QString message;

    void write(JsonWriter &w) const;
    QJsonObject toJson() const;
    static ImportLineError fromJson(const QJsonObject &o);
    bool operator==(const ImportLineError &) const = default;

    // The error's `details` object and back.
    static QJsonObject toDetails(const QList<ImportLineError> &errors);
    static QList<ImportLineError> fromDetails(const QJsonObject &details);
};

} // namespace emporium::protocol
