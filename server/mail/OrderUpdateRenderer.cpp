#include "server/mail/OrderUpdateRenderer.h"

#include "server/mail/Mime.h"

namespace emporium::mail {

namespace {

QString orderNumber(const protocol::Order &o)
{
    return QStringLiteral("#") + QString::number(o.id);
}

// What the mail says, in plain text paragraphs (the HTML is made from them, escaped).
QStringList paragraphs(const protocol::Order &o, const OrderUpdate &u, const QString &buyerName)
{
    const protocol::OrderPart *part = o.part(u.shopId);
    const QString shop = part ? part->shopName : QString();
    QStringList out{QStringLiteral("Hello ") + buyerName + u','};
    if (u.kind == u"shipped") {
        out << shop + QStringLiteral(" shipped your parcel from order ") + orderNumber(o) + u'.';
        if (part)
            out << QStringLiteral("Carrier: ") + part->carrier + QStringLiteral("\nTracking number: ") +
                       part->trackingNumber;
    } else if (u.kind == u"delivered") {
        out << QStringLiteral("Your parcel from ") + shop + QStringLiteral(" (order ") + orderNumber(o) +
                   QStringLiteral(") was delivered. Enjoy!");
    } else if (u.kind == u"cancelled") {
        out << QStringLiteral("Your order ") + orderNumber(o) + QStringLiteral(" is cancelled.");
        if (u.refundCents > 0)
            out << money(u.refundCents, o.currency) + QStringLiteral(" goes back to your ") + o.cardBrand +
                       QStringLiteral(" card ending in ") + o.cardLast4 + u'.';
    } else {
        out << money(u.refundCents, o.currency) + QStringLiteral(" of your order ") + orderNumber(o) +
                   QStringLiteral(" goes back to your ") + o.cardBrand + QStringLiteral(" card ending in ") +
                   o.cardLast4 + u'.';
        if (!u.reason.isEmpty())
            out << QStringLiteral("Reason: ") + u.reason;
    }
    if (part && (u.kind == u"shipped" || u.kind == u"delivered")) {
        QString lines = QStringLiteral("In the parcel:");
        for (const protocol::OrderLine &l : o.lines)
            if (l.sellerId == u.shopId)
                lines +=
                    QStringLiteral("\n  ") + QString::number(l.quantity) + QStringLiteral(" x ") + l.title;
        out << lines;
    }
    out << QStringLiteral("Emporium");
    return out;
}

} // namespace

QString OrderUpdateRenderer::subject(const protocol::Order &o, const OrderUpdate &u)
{
    const protocol::OrderPart *part = o.part(u.shopId);
    if (u.kind == u"shipped")
        return QStringLiteral("Your order ") + orderNumber(o) + QStringLiteral(" is on its way") +
               (part ? QStringLiteral(" from ") + part->shopName : QString());
    if (u.kind == u"delivered")
        return QStringLiteral("Your parcel from order ") + orderNumber(o) + QStringLiteral(" was delivered");
    if (u.kind == u"cancelled")
        return QStringLiteral("Your order ") + orderNumber(o) + QStringLiteral(" is cancelled");
    return QStringLiteral("A refund for your order ") + orderNumber(o);
}

QString OrderUpdateRenderer::messageId(qint64 orderId, const OrderUpdate &u, const QString &from)
{
    return messageIdFor(u.kind + u'-' + QString::number(orderId) + u'-' + QString::number(u.mailId), from);
}

QByteArray OrderUpdateRenderer::render(const protocol::Order &o, const OrderUpdate &u,
                                       const QString &buyerName, const QString &buyerEmail,
                                       const QString &from)
{
    const QStringList text = paragraphs(o, u, buyerName);
    QString html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
                                  "<body style=\"font-family:sans-serif\">");
    for (const QString &p : text)
        html += QStringLiteral("<p>") + p.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")) +
                QStringLiteral("</p>");
    html += QStringLiteral("</body></html>");
    return mimeMessage({QDateTime::currentDateTimeUtc(), from, buyerName, buyerEmail, subject(o, u),
                        messageId(o.id, u, from), text.join(QStringLiteral("\n\n")) + u'\n', html,
                        "=_emporium_" + u.kind.toLatin1() + '_' + QByteArray::number(u.mailId)});
}

} // namespace emporium::mail
