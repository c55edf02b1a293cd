#pragma once
// Wire types of API.md "Questions, answers and reviews" and of discovery (/home, /related).
// Shared by server and client.
#include "server/protocol/CatalogTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace emporium::protocol {

class JsonWriter;

// {"author": {id, display_name}} of a question, answer or review.
struct Author
{
    qint64 id = 0;
    QString displayName;

    bool operator==(const Author &) const = default;
};

struct Answer
{
    qint64 id = 0;
    QString body;
    Author author;
    bool bySeller = false;
    qint64 helpfulCount = 0;
    QString createdAt;

    void write(JsonWriter &w) const;
    static Answer fromJson(const QJsonObject &o);
    bool operator==(const Answer &) const = default;
};

struct Question
{
    qint64 id = 0;
    QString body;
    Author author;
    qint64 helpfulCount = 0; // the sum of its answers' helpful votes
    QString createdAt;
    QList<Answer> answers; // most helpful first

    void write(JsonWriter &w) const;
    static Question fromJson(const QJsonObject &o);
    bool operator==(const Question &) const = default;
};

struct Review
{
    qint64 id = 0;
    int rating = 0; // 1..5
    QString body;
    Author author;
    QString createdAt;

    void write(JsonWriter &w) const;
    static Review fromJson(const QJsonObject &o);
    bool operator==(const Review &) const = default;
};

// GET /api/v1/items/{id}/reviews: a page of reviews plus the item's rating.
struct ReviewPage : Page<Review>
{
    Rating rating;

    void write(JsonWriter &w) const;
    static ReviewPage fromJson(const QJsonObject &o);
    bool operator==(const ReviewPage &) const = default;
};

// {"items": [...]}: an unpaged list of item summaries (related items, the wishlist).
struct ItemList
{
    QList<ItemSummary> items;

    void write(JsonWriter &w) const;
    static ItemList fromJson(const QJsonObject &o);
    bool operator==(const ItemList &) const = default;
};

struct HomeSection
{
    Category category;
    QList<ItemSummary> items;

    void write(JsonWriter &w) const;
    static HomeSection fromJson(const QJsonObject &o);
    bool operator==(const HomeSection &) const = default;
};

// GET /api/v1/home. The sections are the same for everyone (the server caches them as the
// object's beginning); recommended and recently viewed are personal (empty when signed out).
struct Home
{
    QList<HomeSection> sections;
    QList<ItemSummary> recommended;
    QList<ItemSummary> recentlyViewed;

    void write(JsonWriter &w) const;
    // `{"sections":[...]` without the closing brace: the cacheable beginning.
    void writeSectionsPart(JsonWriter &w) const;
    // The rest, `,"recommended":[...],"recently_viewed":[...]}`, on a writer that holds the beginning
    // (written by writeSectionsPart, or a cached copy of it put there with raw()).
    void writePersonalPart(JsonWriter &w) const;
    static Home fromJson(const QJsonObject &o);
    bool operator==(const Home &) const = default;
};

} // namespace emporium::protocol
