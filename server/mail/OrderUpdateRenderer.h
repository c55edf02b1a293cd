#pragma once
// The mails that follow a receipt: a shop's parcel shipped (carrier and tracking number) or
// delivered, the order cancelled, money refunded. Message-ID is stable per outbox row, so a mail
// sent again after a crash is recognisably the same one.
#include "server/protocol/OrderTypes.h"

#include <QByteArray>
#include <QString>

namespace emporium::mail {

struct OrderUpdate
{
    QString kind;      // shipped, delivered, cancelled, refunded
    qint64 mailId = 0; // the outbox row
    qint64 shopId = 0; // shipped, delivered
    qint64 refundCents = 0;
    QString reason;
};

class OrderUpdateRenderer
{
public:
    static QByteArray render(const protocol::Order &order, const OrderUpdate &update,
                             const QString &buyerName, const QString &buyerEmail, const QString &from);
    static QString messageId(qint64 orderId, const OrderUpdate &update, const QString &from);
    static QString subject(const protocol::Order &order, const OrderUpdate &update);
};

} // namespace emporium::mail
