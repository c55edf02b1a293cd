#pragma once
// Formats integer minor units for display in the user's locale ("$24.99", "24,99 €").
#include <QLocale>
#include <QString>
#include <optional>

namespace emporium {
namespace client {

QString formatMoney(qint64 cents, const QString &currency, const QLocale &locale = QLocale());
// Reads an amount typed by a user ("12.5", "1,234.56", "$12.50", "12,50 €" in a German locale)
// into minor units; nullopt when it is not an amount with at most two decimals.
std::optional<qint64> parseMoney(const QString &text, const QLocale &locale = QLocale());
// Cents as a plain decimal for an editor ("12.50" / "12,50"), without a currency symbol.
QString plainMoney(qint64 cents, const QLocale &locale = QLocale());

} // namespace client
} // namespace emporium
