#include "server/domain/Shipping.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace emporium::domain {

QString arrivesBy(const QDate &today, int days)
{
    return today.addDays(days).toString(Qt::ISODate);
}

Result<protocol::Quote> quoteShipping(const QList<storage::PricedLine> &lines,
                                      const QHash<qint64, protocol::ShippingSettings> &settings,
                                      const QString &country, const QString &currency, const QDate &today)
{
    protocol::Quote quote;
    quote.currency = currency;
    for (const storage::PricedLine &l : lines) {
        auto part = std::find_if(quote.parts.begin(), quote.parts.end(),
                                 [&](const protocol::QuotePart &p) { return p.shopId == l.shopId; });
        if (part == quote.parts.end())
            part = quote.parts.insert(quote.parts.end(), protocol::QuotePart{l.shopId, l.shopName, 0, 0, {}});
        part->subtotalCents += l.unitPriceCents * l.quantity;
    }
    for (protocol::QuotePart &part : quote.parts) {
        const protocol::ShippingSettings s = settings.value(part.shopId);
        const auto cost = s.costTo(country, part.subtotalCents);
        if (!cost)
            return Error::validation(QStringLiteral("shipping_address.country"),
                                     part.shopName + QStringLiteral(" does not ship to ") + country);
        part.shippingCents = *cost;
        part.arrivesBy = arrivesBy(today, *s.daysTo(country));
        quote.subtotalCents += part.subtotalCents;
        quote.shippingCents += part.shippingCents;
    }
    quote.totalCents = quote.subtotalCents + quote.shippingCents;
    return quote;
}

namespace {

std::optional<qint64> wholeNumber(const QJsonValue &v, qint64 min, qint64 max)
{
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != double(qint64(d)) || d < double(min) || d > double(max))
        return std::nullopt;
    return qint64(d);
}

void readRate(const QJsonObject &r, const QString &at, protocol::ShippingRate &rate, QJsonObject &bad)
{
    static const QRegularExpression country(QStringLiteral("^([A-Z]{2}|\\*)$"));
    rate.country = r.value(u"country").toString().trimmed().toUpper();
    if (!country.match(rate.country).hasMatch())
        bad.insert(at + QStringLiteral("country"), QStringLiteral("must be a two-letter country code or *"));
    const auto flat = wholeNumber(r.value(u"flat_cents"), 0, 10'000'000);
    const auto transit = wholeNumber(r.value(u"transit_days"), 0, 90);
    const QJsonValue freeOver = r.value(u"free_over_cents");
    const auto free = wholeNumber(freeOver, 0, 1'000'000'000);
    if (!flat)
        bad.insert(at + QStringLiteral("flat_cents"),
                   QStringLiteral("must be a whole number of cents, 0 or more"));
    if (!transit)
        bad.insert(at + QStringLiteral("transit_days"),
                   QStringLiteral("must be a number of days from 0 to 90"));
    if (!freeOver.isUndefined() && !freeOver.isNull() && !free)
        bad.insert(at + QStringLiteral("free_over_cents"),
                   QStringLiteral("must be a whole number of cents or null"));
    rate.flatCents = flat.value_or(0);
    rate.transitDays = int(transit.value_or(0));
    rate.freeOverCents = free;
}

} // namespace

Result<protocol::ShippingSettings> shippingSettingsFromJson(const QJsonObject &body)
{
    protocol::ShippingSettings s;
    s.rates.clear();
    QJsonObject bad;
    const auto handling = wholeNumber(body.value(u"handling_days"), 0, 60);
    if (!handling)
        bad.insert(u"handling_days", QStringLiteral("must be a number of days from 0 to 60"));
    s.handlingDays = int(handling.value_or(0));
    const QJsonValue rates = body.value(u"rates");
    if (!rates.isArray() || rates.toArray().size() > 250)
        bad.insert(u"rates", QStringLiteral("must be a list of at most 250 rates"));
    const QJsonArray list = rates.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        protocol::ShippingRate rate;
        readRate(list[i].toObject(), QStringLiteral("rates[%1].").arg(i), rate, bad);
        if (std::any_of(s.rates.cbegin(), s.rates.cend(),
                        [&](const auto &r) { return r.country == rate.country; }))
            bad.insert(QStringLiteral("rates[%1].country").arg(i), QStringLiteral("has a rate already"));
        s.rates.append(rate);
    }
    if (!bad.isEmpty())
        return Error{QStringLiteral("validation_failed"),
                     QStringLiteral("invalid fields: ") + bad.keys().join(QStringLiteral(", ")),
                     QJsonObject{{QStringLiteral("fields"), bad}}};
    return s;
}

} // namespace emporium::domain
