#pragma once
// The receipt of an order as a MIME message: plain text and HTML alternatives, UTF-8, with
// Date (the order's time), Message-ID (stable per order, so a resent receipt is recognisably
// the same mail), From, To and Subject.
#include "server/protocol/OrderTypes.h"

#include <QByteArray>
#include <QString>

namespace emporium::mail {

class ReceiptRenderer
{
public:
    // `from` as configured, e.g. "Emporium <receipts@shop.example>"
    static QByteArray render(const protocol::Order &order, const QString &buyerName,
                             const QString &buyerEmail, const QString &from);
    static QString messageId(qint64 orderId, const QString &from);
    static QString address(const QString &mailbox); // the bare address inside "Name <a@b>"
    static QString money(qint64 cents, const QString &currency);
};

} // namespace emporium::mail
