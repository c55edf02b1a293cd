#include "server/protocol/CheckoutTypes.h"

#include <QJsonArray>

namespace emporium::protocol {

QJsonObject OrderRequest::toJson() const
{
    const QJsonObject card{{QStringLiteral("card_number"), payment.number},
                           {QStringLiteral("exp_month"), payment.expMonth},
                           {QStringLiteral("exp_year"), payment.expYear},
                           {QStringLiteral("cvc"), payment.cvc}};
    return {{QStringLiteral("shipping_address"), shipping.toJson()}, {QStringLiteral("payment"), card}};
}

QList<StockShortfall> StockShortfall::fromDetails(const QJsonObject &details)
{
    QList<StockShortfall> out;
    for (const QJsonValue &v : details.value(u"lines").toArray())
        out.append({v[u"item_id"].toInteger(), v[u"requested"].toInteger(), v[u"available"].toInteger()});
    return out;
}

} // namespace emporium::protocol
