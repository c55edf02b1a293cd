#include "server/domain/ItemInput.h"

namespace emporium::domain {

namespace {

std::optional<qint64> wholeNumber(const QJsonValue &v)
{
    if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())))
        return std::nullopt;
    return qint64(v.toDouble());
}

} // namespace

Result<ItemInput> ItemInput::fromJson(const QJsonObject &body, bool partial)
{
    ItemInput in;
    QJsonObject bad;
    const auto text = [&](const char *name, std::optional<QString> &out, int min, int max) {
        const QJsonValue v = body.value(QLatin1String(name));
        if (v.isUndefined())
            return;
        const QString s = v.toString().trimmed();
        if (!v.isString() || s.size() < min || s.size() > max)
            bad.insert(QLatin1String(name),
                       QStringLiteral("must be text of %1 to %2 characters").arg(min).arg(max));
        else
            out = s;
    };
    const auto number = [&](const char *name, std::optional<qint64> &out, qint64 min, qint64 max) {
        const QJsonValue v = body.value(QLatin1String(name));
        if (v.isUndefined())
            return;
        const auto n = wholeNumber(v);
        if (!n || *n < min || *n > max)
            bad.insert(QLatin1String(name),
                       QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
        else
            out = n;
    };
    text("title", in.title, 2, 200);
    text("description", in.description, 0, 10000);
    number("price_cents", in.priceCents, 0, 100000000);
    number("stock", in.stock, 0, 10000000);
    number("category_id", in.categoryId, 1, std::numeric_limits<qint32>::max());
    number("low_stock_threshold", in.lowStockThreshold, 0, 1000000);
    if (!partial)
        for (const char *required : {"title", "price_cents", "stock", "category_id"})
            if (!body.contains(QLatin1String(required)) && !bad.contains(QLatin1String(required)))
                bad.insert(QLatin1String(required), QStringLiteral("is required"));
    if (partial && body.isEmpty())
        bad.insert(QStringLiteral("body"), QStringLiteral("name at least one field to change"));
    if (!bad.isEmpty())
        return Error{QStringLiteral("validation_failed"),
                     QStringLiteral("invalid fields: %1").arg(bad.keys().join(QStringLiteral(", "))),
                     QJsonObject{{QStringLiteral("fields"), bad}}};
    return in;
}

} // namespace emporium::domain
