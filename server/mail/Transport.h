#pragma once
// Where receipts go: an SMTP server (libcurl) or .eml files in a folder.
#include <QByteArray>
#include <QString>

namespace emporium::mail {

struct OutgoingMail
{
    QString from;       // bare address
    QString to;         // bare address
    QByteArray message; // the complete RFC 5322 message
    QString messageId;
    qint64 orderId = 0;
    QString fileName; // for a file transport: receipt-<order>.eml, shipped-<order>-<mail>.eml, ...
};

struct SendResult
{
    bool ok = false;
    bool permanent = false; // 5xx: retrying will not help until the configuration changes
    QString error;
};

class Transport
{
public:
    virtual ~Transport() = default;
    virtual SendResult send(const OutgoingMail &mail) = 0;
    virtual QString describe() const = 0; // for logs; never with secrets
};

} // namespace emporium::mail
