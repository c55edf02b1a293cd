#include "server/mail/ReceiptRenderer.h"

#include "server/mail/Mime.h"

#include <QDateTime>
#include <QRegularExpression>

namespace emporium::mail {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString ReceiptRenderer::address(const QString &box)
{
    return bareAddress(box);
}

QString ReceiptRenderer::messageId(qint64 orderId, const QString &from)
{
    return messageIdFor(QStringLiteral("receipt-") + QString::number(orderId), from);
}

QString ReceiptRenderer::money(qint64 cents, const QString &currency)
{
    return mail::money(cents, currency);
}

QByteArray ReceiptRenderer::render(const protocol::Order &o, const QString &buyerName,
                                   const QString &buyerEmail, const QString &from)
{
    const QDateTime at = QDateTime::fromString(o.createdAt, Qt::ISODate).toUTC();
    const QString subject = QStringLiteral("Your Emporium receipt for order #%1").arg(o.id);
    const QString payment = QStringLiteral("%1 ending in %2").arg(o.cardBrand, o.cardLast4);
    const auto &a = o.shipping;

    QString text =
        QStringLiteral("Thank you for your order, %1!\n\nOrder #%2, placed %3 (UTC), status: %4\n\n")
            .arg(buyerName, QString::number(o.id), at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), o.status);
    QString rows;
    for (const auto &l : o.lines) {
        // one arg() call each: what a seller typed (a title with "%1" in it) is never read as a placeholder
        text +=
            QStringLiteral("  %1 x %2 (sold by %3) at %4 = %5\n")
                .arg(QString::number(l.quantity), l.title, l.shopName, money(l.unitPriceCents, o.currency),
                     money(l.unitPriceCents * l.quantity, o.currency));
        rows +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td>"
                           "<td align=\"right\">%5</td></tr>")
                .arg(esc(l.title), esc(l.shopName), QString::number(l.quantity),
                     money(l.unitPriceCents, o.currency), money(l.unitPriceCents * l.quantity, o.currency));
    }
    const QString addressText = QStringList{a.name, a.line1, a.line2, a.postalCode + u' ' + a.city, a.country}
                                    .filter(QRegularExpression(QStringLiteral("\\S")))
                                    .join(QStringLiteral("\n    "));
    text += QStringLiteral("\nTotal: %1\n\nShipping to:\n    %2\n\nPaid with %3.\n\nEmporium\n")
                .arg(money(o.totalCents, o.currency), addressText, payment);

    const QString html =
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                       "<body style=\"font-family:sans-serif\"><h2>Thank you for your order, %2!</h2>"
                       "<p>Order <b>#%3</b>, placed %4 (UTC), status: %5</p>"
                       "<table cellpadding=\"4\"><tr><th align=\"left\">Item</th><th align=\"left\">Shop</th>"
                       "<th>Quantity</th><th>Price</th><th>Total</th></tr>%6</table>"
                       "<p><b>Total: %7</b></p><p>Shipping to:<br>%8</p><p>Paid with %9.</p></body></html>")
            .arg(esc(subject), esc(buyerName), QString::number(o.id),
                 at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), esc(o.status), rows,
                 money(o.totalCents, o.currency),
                 esc(addressText).replace(QStringLiteral("\n    "), QStringLiteral("<br>")), esc(payment));

    return mimeMessage({at, from, buyerName, buyerEmail, subject, messageId(o.id, from), text, html,
                        "=_emporium_receipt_" + QByteArray::number(o.id)});
}

} // namespace emporium::mail
