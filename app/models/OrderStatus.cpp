#include "app/models/OrderStatus.h"

#include <QHash>

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <algorithm>

namespace emporium {
namespace client {

namespace {

struct Words
{
    const char *status;
    const char *text; // in the "OrderStatus" context
};

constexpr Words kOrderWords[] = {
    {"authorized", QT_TRANSLATE_NOOP("OrderStatus", "Payment pending")},
    {"paid", QT_TRANSLATE_NOOP("OrderStatus", "Paid")},
    {"partially_shipped", QT_TRANSLATE_NOOP("OrderStatus", "Partly shipped")},
    {"shipped", QT_TRANSLATE_NOOP("OrderStatus", "Shipped")},
    {"delivered", QT_TRANSLATE_NOOP("OrderStatus", "Delivered")},
    {"cancelled", QT_TRANSLATE_NOOP("OrderStatus", "Cancelled")},
    {"partially_refunded", QT_TRANSLATE_NOOP("OrderStatus", "Partly refunded")},
    {"refunded", QT_TRANSLATE_NOOP("OrderStatus", "Refunded")},
};

constexpr Words kPartWords[] = {
    {"paid", QT_TRANSLATE_NOOP("OrderStatus", "Not shipped yet")},
    {"shipped", QT_TRANSLATE_NOOP("OrderStatus", "Shipped")},
    {"delivered", QT_TRANSLATE_NOOP("OrderStatus", "Delivered")},
    {"cancelled", QT_TRANSLATE_NOOP("OrderStatus", "Cancelled")},
    {"refunded", QT_TRANSLATE_NOOP("OrderStatus", "Refunded")},
};

template <size_t N> QString lookup(const Words (&words)[N], const QString &status)
{
    for (const Words &w : words)
        if (status == QLatin1String(w.status))
            return QCoreApplication::translate("OrderStatus", w.text);
    // a status this client does not know yet still reads as words
    QString text = status;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

QString orderStatusText(const QString &status)
{
    return lookup(kOrderWords, status);
}

QString partStatusText(const QString &status, PartReader reader)
{
    if (reader == PartReader::Shop && status == u"paid")
        return QCoreApplication::translate("OrderStatus", "To ship");
    return lookup(kPartWords, status);
}

QString trackingText(const protocol::OrderPart &part)
{
    if (part.carrier.isEmpty() && part.trackingNumber.isEmpty())
        return {};
    return QStringLiteral("%1 %2").arg(part.carrier, part.trackingNumber).trimmed();
}

QString addressText(const protocol::ShippingAddress &a, const QString &separator)
{
    QStringList parts;
    for (const QString &part :
         {a.name, a.line1, a.line2, (a.postalCode + u' ' + a.city).trimmed(), a.country})
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    return parts.join(separator);
}

QString cardText(const QString &brand, const QString &last4)
{
    static const QHash<QString, QString> names{{QStringLiteral("visa"), QStringLiteral("Visa")},
                                               {QStringLiteral("mastercard"), QStringLiteral("Mastercard")},
                                               {QStringLiteral("amex"), QStringLiteral("American Express")},
                                               {QStringLiteral("discover"), QStringLiteral("Discover")}};
    QString name = names.value(brand.toLower());
    if (name.isEmpty() && !brand.isEmpty())
        name = brand.left(1).toUpper() + brand.mid(1);
    return name.isEmpty() ? QStringLiteral("···· ") + last4 : name + QStringLiteral(" ···· ") + last4;
}

bool canCancel(const protocol::Order &order)
{
    if (order.status != u"paid" && order.status != u"partially_refunded")
        return false;
    return std::none_of(order.parts.cbegin(), order.parts.cend(), [](const protocol::OrderPart &p) {
        return p.status == u"shipped" || p.status == u"delivered";
    });
}

QString arrivalText(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    if (!date.isValid())
        return {};
    //: a date format (QDate::toString) for "Arrives by …", such as "Thu, Dec 3"
    const QString format = QCoreApplication::translate("OrderStatus", "ddd, MMM d");
    return QCoreApplication::translate("OrderStatus", "Arrives by %1").arg(QLocale().toString(date, format));
}

} // namespace client
} // namespace emporium
