#pragma once
// Wire types of API.md "Admin": the market's analytics snapshot (also pushed on the `admin`
// topic) and the users list. Shared by server and client.
#include "server/protocol/AccountTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace emporium::protocol {

class JsonWriter;

struct MinuteOrders
{
    QString minute; // ISO 8601 UTC
    qint64 orders = 0;
    qint64 revenueCents = 0;

    bool operator==(const MinuteOrders &) const = default;
};

struct CategoryRevenue
{
    qint64 categoryId = 0;
    QString categoryName;
    qint64 revenueCents = 0;

    bool operator==(const CategoryRevenue &) const = default;
};

struct SearchCount
{
    QString query;
    qint64 count = 0;

    bool operator==(const SearchCount &) const = default;
};

struct ViewedItem
{
    qint64 itemId = 0;
    QString title;
    qint64 viewers = 0;

    bool operator==(const ViewedItem &) const = default;
};

// GET /api/v1/admin/analytics, and the `analytics` event (the same fields after "type").
struct AnalyticsSnapshot
{
    QList<MinuteOrders> ordersPerMinute; // the last 60 minutes, oldest first
    QList<CategoryRevenue> revenueByCategory;
    QList<SearchCount> topSearchesHour;
    QList<SearchCount> topSearchesDay;
    QList<ViewedItem> topViewedNow;
    qint64 viewersNow = 0;
    qint64 connectionsNow = 0;
    qint64 revenueTodayCents = 0; // net of refunds
    qint64 ordersToShip = 0;      // shops' parts paid and not shipped yet
    qint64 refundsTodayCents = 0;
    // the receipt outbox; absent when the server could not count it
    std::optional<qint64> outboxPending;
    std::optional<qint64> outboxFailed;

    void write(JsonWriter &w) const;
    // the fields without the braces, so that the event can put "type" first
    void writeFields(JsonWriter &w) const;
    static AnalyticsSnapshot fromJson(const QJsonObject &o);
    bool operator==(const AnalyticsSnapshot &) const = default;
};

// A row of GET /api/v1/admin/users and the answer of PATCH.
struct AdminUser
{
    User user;
    bool disabled = false;
    QString createdAt;

    void write(JsonWriter &w) const;
    static AdminUser fromJson(const QJsonObject &o);
    bool operator==(const AdminUser &) const = default;
};

// The body of PATCH /api/v1/admin/users/{id}: only what changes.
struct AdminUserChange
{
    std::optional<Role> role;
    std::optional<bool> disabled;

    QJsonObject toJson() const;
    bool operator==(const AdminUserChange &) const = default;
};

} // namespace emporium::protocol
