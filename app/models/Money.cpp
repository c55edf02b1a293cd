#include "app/models/Money.h"

namespace emporium {
namespace client {

QString formatMoney(qint64 cents, const QString &currency, const QLocale &requested)
{
    // The "C" locale (no LANG set) formats money oddly ("4.99$"); US English reads better.
    const QLocale locale = requested.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : requested;
    QString symbol = currency;
    if (currency == u"USD")
        symbol = QStringLiteral("$");
    else if (currency == u"EUR")
        symbol = QStringLiteral("€");
    else if (currency == u"GBP")
        symbol = QStringLiteral("£");
    else if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    // Display only: the value itself stays an integer everywhere else.
    return locale.toCurrencyString(double(cents) / 100.0, symbol, 2);
}

} // namespace client
} // namespace emporium
