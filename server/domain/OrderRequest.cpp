#include "server/domain/OrderRequest.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>

namespace emporium::domain {

namespace {

QString text(const QJsonObject &o, const char *name, const QString &prefix, QJsonObject &bad, bool required,
             int maxLength = 200)
{
    const QJsonValue v = o.value(QLatin1String(name));
    const QString field = prefix + QLatin1String(name);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())) {
        if (required)
            bad.insert(field, QStringLiteral("is required"));
        return {};
    }
    if (!v.isString()) {
        bad.insert(field, QStringLiteral("must be a string"));
        return {};
    }
    const QString s = v.toString().trimmed();
    if (s.size() > maxLength)
        bad.insert(field, QStringLiteral("must have at most %1 characters").arg(maxLength));
    return s;
}

std::optional<qint64> integer(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d != double(qint64(d)))
        return std::nullopt;
    return qint64(d);
}

// The card of an order; every bad field named in `bad`.
void readCard(const QJsonValue &pay, payments::Card &card, QJsonObject &bad)
{
    if (!pay.isObject()) {
        bad.insert(u"payment", QStringLiteral("is required"));
    } else {
        const QJsonObject p = pay.toObject();
        const QJsonValue number = p.value(u"card_number");
        QString digits = number.toString();
        digits.remove(u' ').remove(u'-');
        static const QRegularExpression allDigits(QStringLiteral("^[0-9]{12,19}$"));
        if (!number.isString())
            bad.insert(u"payment.card_number", QStringLiteral("is required"));
        else if (!allDigits.match(digits).hasMatch() || !payments::luhnValid(digits))
            bad.insert(u"payment.card_number", QStringLiteral("is not a valid card number"));
        card.number = digits;
        const auto month = integer(p.value(u"exp_month"));
        const auto year = integer(p.value(u"exp_year"));
        if (!month || *month < 1 || *month > 12)
            bad.insert(u"payment.exp_month", QStringLiteral("must be a month from 1 to 12"));
        if (!year || *year < 2000 || *year > 2100)
            bad.insert(u"payment.exp_year", QStringLiteral("must be a four-digit year"));
        if (month && year && *month >= 1 && *month <= 12) {
            const QDate today = QDate::currentDate();
            if (*year < today.year() || (*year == today.year() && *month < today.month()))
                bad.insert(u"payment.exp_year", QStringLiteral("the card has expired"));
        }
        card.expMonth = int(month.value_or(0));
        card.expYear = int(year.value_or(0));
        card.cvc = p.value(u"cvc").toString();
        static const QRegularExpression cvc(QStringLiteral("^[0-9]{3,4}$"));
        if (!cvc.match(card.cvc).hasMatch())
            bad.insert(u"payment.cvc", QStringLiteral("must be 3 or 4 digits"));
    }
}

} // namespace

Result<OrderRequest> OrderRequest::fromJson(const QJsonObject &body, Payment payment)
{
    OrderRequest r;
    QJsonObject bad;

    const QJsonValue ship = body.value(u"shipping_address");
    if (!ship.isObject()) {
        bad.insert(u"shipping_address", QStringLiteral("is required"));
    } else {
        // a quote needs only the country: it alone decides what shipping costs
        const bool full = payment == Payment::Required;
        const QJsonObject s = ship.toObject();
        const QString p = QStringLiteral("shipping_address.");
        r.shipping.name = text(s, "name", p, bad, full);
        r.shipping.line1 = text(s, "line1", p, bad, full);
        r.shipping.line2 = text(s, "line2", p, bad, false);
        r.shipping.city = text(s, "city", p, bad, full);
        r.shipping.postalCode = text(s, "postal_code", p, bad, full, 20);
        r.shipping.country = text(s, "country", p, bad, true, 56);
    }

    if (payment == Payment::Required)
        readCard(body.value(u"payment"), r.card, bad);

    const QJsonValue lines = body.value(u"lines");
    if (!lines.isUndefined() && !lines.isNull()) {
        if (!lines.isArray() || lines.toArray().isEmpty()) {
            bad.insert(u"lines", QStringLiteral("must be a non-empty list, or left out to order the cart"));
        } else if (lines.toArray().size() > kMaxLines) {
            bad.insert(u"lines", QStringLiteral("at most %1 lines").arg(kMaxLines));
        } else {
            const QJsonArray list = lines.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QJsonObject l = list[i].toObject();
                const QString p = QStringLiteral("lines[%1].").arg(i);
                const auto id = integer(l.value(u"item_id"));
                const auto qty = integer(l.value(u"quantity"));
                if (!id || *id <= 0)
                    bad.insert(p + QStringLiteral("item_id"), QStringLiteral("must be a positive integer"));
                if (!qty || *qty < 1 || *qty > kMaxQuantity)
                    bad.insert(p + QStringLiteral("quantity"),
                               QStringLiteral("must be from 1 to %1").arg(kMaxQuantity));
                if (id && qty) {
                    // the same item twice is one line
                    auto same = std::find_if(r.lines.begin(), r.lines.end(),
                                             [&](auto &x) { return x.itemId == *id; });
                    if (same != r.lines.end())
                        same->quantity += int(*qty);
                    else
                        r.lines.append({*id, int(*qty)});
                }
            }
        }
    }
    if (!bad.isEmpty())
        return Error{QStringLiteral("validation_failed"),
                     QStringLiteral("invalid fields: %1").arg(bad.keys().join(QStringLiteral(", "))),
                     QJsonObject{{QStringLiteral("fields"), bad}}};
    // QJsonObject keeps keys sorted, so the same body always hashes the same.
    r.requestHash =
        QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact),
                                                     QCryptographicHash::Sha256)
                                .toHex());
    return r;
}

} // namespace emporium::domain
