#pragma once
// Formats integer minor units for display in the user's locale ("$24.99", "24,99 €").
#include <QLocale>
#include <QString>

namespace emporium {
namespace client {

QString formatMoney(qint64 cents, const QString &currency, const QLocale &locale = QLocale());

} // namespace client
} // namespace emporium
