#pragma once
// What shipping costs and when it arrives: per shop of an order, from the shop's rate for the
// destination country (flat per order, free from an amount on), and its handling and transit days.
#include "server/protocol/Result.h"
#include "server/protocol/ShippingTypes.h"
#include "server/storage/OrderRepository.h"

#include <QDate>
#include <QHash>

namespace emporium::domain {

// The checkout's totals, shop by shop; validation_failed naming the shop that does not ship there.
Result<protocol::Quote> quoteShipping(const QList<storage::PricedLine> &lines,
                                      const QHash<qint64, protocol::ShippingSettings> &settings,
                                      const QString &country, const QString &currency, const QDate &today);

// "Arrives by" for an order placed `today`, `days` to the door.
QString arrivesBy(const QDate &today, int days);

// A shop's settings as sent (PUT /seller/shipping), checked: every bad field named.
Result<protocol::ShippingSettings> shippingSettingsFromJson(const QJsonObject &body);

} // namespace emporium::domain
