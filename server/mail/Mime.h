#pragma once
// A mail to a buyer as a MIME message: plain text and HTML alternatives, UTF-8 (base64), with Date,
// From, To, Subject and Message-ID. User text goes in as it is (no placeholders are expanded).
#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace emporium::mail {

struct MimeMail
{
    QDateTime date;
    QString from; // as configured, e.g. "Emporium <receipts@shop.example>"
    QString toName;
    QString toAddress;
    QString subject;
    QString messageId; // with its angle brackets
    QString text;      // lines end in \n
    QString html;
    QByteArray boundary;
};

QByteArray mimeMessage(const MimeMail &m);
// "<prefix@domain>" with the domain of `from`'s address
QString messageIdFor(const QString &prefix, const QString &from);
QString bareAddress(const QString &mailbox); // the address inside "Name <a@b>"
QString money(qint64 cents, const QString &currency);

} // namespace emporium::mail
