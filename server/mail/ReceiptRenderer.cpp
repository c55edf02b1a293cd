#include "server/mail/ReceiptRenderer.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace emporium::mail {
namespace {

QByteArray encodedWord(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() > 126 || c.unicode() < 32)
            return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
    return text.toUtf8();
}

// "Name <a@b>" with the name as an RFC 2047 encoded word when it is not plain ASCII
QByteArray mailbox(const QString &name, const QString &address)
{
    if (name.isEmpty())
        return address.toUtf8();
    return encodedWord(name) + " <" + address.toUtf8() + '>';
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString ReceiptRenderer::address(const QString &box)
{
    static const QRegularExpression angle(QStringLiteral("<([^>]+)>"));
    const auto m = angle.match(box);
    return (m.hasMatch() ? m.captured(1) : box).trimmed();
}

QString ReceiptRenderer::messageId(qint64 orderId, const QString &from)
{
    const QString a = address(from);
    const QString domain = a.contains(u'@') ? a.section(u'@', 1) : QStringLiteral("emporium.invalid");
    return QStringLiteral("<receipt-%1@%2>").arg(orderId).arg(domain);
}

QString ReceiptRenderer::money(qint64 cents, const QString &currency)
{
    const QString amount = QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
    if (currency == u"USD")
        return u'$' + amount;
    if (currency == u"EUR")
        return amount + QStringLiteral(" €");
    if (currency == u"GBP")
        return u'£' + amount;
    return amount + u' ' + currency;
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
        text += QStringLiteral("  %1 x %2 (sold by %3) at %4 = %5\n")
                    .arg(l.quantity)
                    .arg(l.title, l.shopName, money(l.unitPriceCents, o.currency),
                         money(l.unitPriceCents * l.quantity, o.currency));
        rows +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td>"
                           "<td align=\"right\">%5</td></tr>")
                .arg(esc(l.title), esc(l.shopName))
                .arg(l.quantity)
                .arg(money(l.unitPriceCents, o.currency), money(l.unitPriceCents * l.quantity, o.currency));
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

    const QByteArray boundary = "=_emporium_receipt_" + QByteArray::number(o.id);
    QByteArray m;
    m += "Date: " + QLocale::c().toString(at, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() +
         " +0000\r\n";
    m += "From: " + from.toUtf8() + "\r\n";
    m += "To: " + mailbox(buyerName, buyerEmail) + "\r\n";
    m += "Subject: " + encodedWord(subject) + "\r\n";
    m += "Message-ID: " + messageId(o.id, from).toUtf8() + "\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
    m += "--" + boundary +
         "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    m += base64Lines(text.replace(u'\n', QStringLiteral("\r\n")).toUtf8());
    m += "--" + boundary +
         "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    m += base64Lines(html.toUtf8());
    m += "--" + boundary + "--\r\n";
    return m;
}

} // namespace emporium::mail
