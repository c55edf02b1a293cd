#include "server/mail/Mime.h"

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

} // namespace

QString bareAddress(const QString &box)
{
    static const QRegularExpression angle(QStringLiteral("<([^>]+)>"));
    const auto m = angle.match(box);
    return (m.hasMatch() ? m.captured(1) : box).trimmed();
}

QString messageIdFor(const QString &prefix, const QString &from)
{
    const QString a = bareAddress(from);
    const QString domain = a.contains(u'@') ? a.section(u'@', 1) : QStringLiteral("emporium.invalid");
    return u'<' + prefix + u'@' + domain + u'>';
}

QString money(qint64 cents, const QString &currency)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    cents = qAbs(cents);
    const QString amount =
        QString::number(cents / 100) + u'.' + QString::number(cents % 100).rightJustified(2, u'0');
    if (currency == u"USD")
        return sign + u'$' + amount;
    if (currency == u"EUR")
        return sign + amount + QStringLiteral(" €");
    if (currency == u"GBP")
        return sign + u'£' + amount;
    return sign + amount + u' ' + currency;
}

QByteArray mimeMessage(const MimeMail &mail)
{
    const QDateTime at = mail.date.toUTC();
    QString text = mail.text;
    QByteArray m;
    m += "Date: " + QLocale::c().toString(at, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() +
         " +0000\r\n";
    m += "From: " + mail.from.toUtf8() + "\r\n";
    m += "To: " + mailbox(mail.toName, mail.toAddress) + "\r\n";
    m += "Subject: " + encodedWord(mail.subject) + "\r\n";
    m += "Message-ID: " + mail.messageId.toUtf8() + "\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: multipart/alternative; boundary=\"" + mail.boundary + "\"\r\n\r\n";
    m += "--" + mail.boundary +
         "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    m += base64Lines(text.replace(u'\n', QStringLiteral("\r\n")).toUtf8());
    m += "--" + mail.boundary +
         "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    m += base64Lines(mail.html.toUtf8());
    m += "--" + mail.boundary + "--\r\n";
    return m;
}

} // namespace emporium::mail
