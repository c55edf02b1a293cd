#include "app/models/Money.h"

#include <QRegularExpression>
#include <algorithm>

namespace emporium {
namespace client {

QString formatMoney(qint64 cents, const QString &currency, const QLocale &requested)
{
    // The "C" locale (no LANG set) formats money oddly ("4.99$"); US English reads better.
    const QLocale locale =
        requested.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : requested;
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

std::optional<qint64> parseMoney(const QString &text, const QLocale &requested)
{
    const QLocale locale =
        requested.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : requested;
    QString rest = text;
    for (const auto format : {QLocale::CurrencyIsoCode, QLocale::CurrencySymbol})
        if (const QString symbol = locale.currencySymbol(format); !symbol.isEmpty())
            rest.remove(symbol);
    // keep digits and separators, drop currency symbols and spaces; anything else (a letter, a
    // minus sign) means this is not an amount, rather than another amount than the one typed
    QString t;
    for (const QChar c : std::as_const(rest)) {
        if ((c >= u'0' && c <= u'9') || c == u'.' || c == u',')
            t += c;
        else if (!c.isSpace() && c.category() != QChar::Symbol_Currency)
            return std::nullopt;
    }
    if (!std::any_of(t.cbegin(), t.cend(), [](QChar c) { return c.isDigit(); }))
        return std::nullopt;
    // the last separator followed by one or two digits is the decimal point; any other is grouping
    const qsizetype dot = std::max(t.lastIndexOf(u'.'), t.lastIndexOf(u','));
    QString whole = t, fraction;
    if (dot >= 0 && t.size() - dot - 1 <= 2 && !(t.size() - dot - 1 == 0)) {
        whole = t.left(dot);
        fraction = t.mid(dot + 1);
    } else if (dot >= 0 && t.size() - dot - 1 == 0) {
        whole = t.left(dot);
    }
    // three digits after the locale's decimal point ("12.345" in English) is not an amount
    if (dot >= 0 && t.size() - dot - 1 == 3 && t.at(dot) == locale.decimalPoint().at(0))
        return std::nullopt;
    // grouping separators come in threes ("1,234")
    const QStringList groups = whole.split(QRegularExpression(QStringLiteral("[.,]")));
    for (qsizetype i = 1; i < groups.size(); ++i)
        if (groups[i].size() != 3)
            return std::nullopt;
    if (groups.size() > 1 && (groups[0].isEmpty() || groups[0].size() > 3))
        return std::nullopt;
    whole = groups.join(QString());
    if (whole.isEmpty())
        whole = QStringLiteral("0");
    if (whole.size() > 12)
        return std::nullopt;
    bool ok = false;
    const qint64 units = whole.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    const qint64 cents = fraction.isEmpty()     ? 0
                         : fraction.size() == 1 ? fraction.toInt() * 10
                                                : fraction.toInt();
    return units * 100 + cents;
}

QString plainMoney(qint64 cents, const QLocale &requested)
{
    const QLocale locale =
        requested.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : requested;
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    return plain.toString(double(cents) / 100.0, 'f', 2);
}

} // namespace client
} // namespace emporium
