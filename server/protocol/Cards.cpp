#include "server/protocol/Cards.h"

namespace emporium::protocol {

bool luhnValid(const QString &digits)
{
    if (digits.size() < 12 || digits.size() > 19)
        return false;
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        if (!digits[i].isDigit())
            return false;
        int d = digits[i].digitValue();
        if (twice && (d *= 2) > 9)
            d -= 9;
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

QString cardBrand(const QString &digits)
{
    const int two = digits.left(2).toInt();
    const int four = digits.left(4).toInt();
    if (digits.startsWith(u'4'))
        return QStringLiteral("visa");
    if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720))
        return QStringLiteral("mastercard");
    if (two == 34 || two == 37)
        return QStringLiteral("amex");
    if (four == 6011 || two == 65)
        return QStringLiteral("discover");
    return QStringLiteral("card");
}

} // namespace emporium::protocol
