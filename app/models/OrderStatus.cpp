#include "app/models/OrderStatus.h"

#include <QCoreApplication>
#include <algorithm>

namespace emporium {
namespace client {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OrderStatus", text);
}

// A status this client does not know yet still reads as words.
QString unknown(const QString &status)
{
    QString words = status;
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

} // namespace

QString orderStatusText(const QString &status)
{
    if (status == u"authorized")
        return tr("Payment pending");
    if (status == u"paid")
        return tr("Paid");
    if (status == u"partially_shipped")
        return tr("Partly shipped");
    if (status == u"shipped")
        return tr("Shipped");
    if (status == u"delivered")
        return tr("Delivered");
    if (status == u"cancelled")
        return tr("Cancelled");
    if (status == u"partially_refunded")
        return tr("Partly refunded");
    if (status == u"refunded")
        return tr("Refunded");
    return unknown(status);
}

QString partStatusText(const QString &status, PartReader reader)
{
    if (status == u"paid")
        return reader == PartReader::Shop ? tr("To ship") : tr("Not shipped yet");
    if (status == u"shipped")
        return tr("Shipped");
    if (status == u"delivered")
        return tr("Delivered");
    if (status == u"cancelled")
        return tr("Cancelled");
    if (status == u"refunded")
        return tr("Refunded");
    return unknown(status);
}

QString trackingText(const protocol::OrderPart &part)
{
    if (part.carrier.isEmpty() && part.trackingNumber.isEmpty())
        return {};
    return QStringLiteral("%1 %2").arg(part.carrier, part.trackingNumber).trimmed();
}

bool canCancel(const protocol::Order &order)
{
    if (order.status != u"paid" && order.status != u"partially_refunded")
        return false;
    return std::none_of(order.parts.cbegin(), order.parts.cend(), [](const protocol::OrderPart &p) {
        return p.status == u"shipped" || p.status == u"delivered";
    });
}

} // namespace client
} // namespace emporium
