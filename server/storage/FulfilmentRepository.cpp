#include "server/storage/FulfilmentRepository.h"

#include "server/storage/AccountRepository.h"
#include "server/storage/Database.h"
#include "server/storage/SqlError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace emporium::storage {

namespace {

Error conflict(const QString &why)
{
    return Error{QStringLiteral("conflict"), why, {}};
}

Result<QSqlQuery> run(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q.lastError());
    return q;
}

// The order's money and payment, as the lifecycle needs them.
struct OrderHead
{
    qint64 buyerId = 0;
    QString paymentState;
    QString paymentRef;
    QString status;
    qint64 totalCents = 0;
    qint64 refundedCents = 0;
};

// " FOR UPDATE" on PostgreSQL: the row stays locked until the commit. SQLite has no row locks and
// needs none: its one writer runs the jobs one at a time.
QString locked(const QSqlDatabase &db)
{
    return Database::backendOf(db) == Backend::PostgreSQL ? QStringLiteral(" FOR UPDATE") : QString();
}

// Every lifecycle job of an order reads its head first, and locks it: the jobs of one order then run
// one after the other whatever process runs them, so the status is set from parts nobody else is
// changing, and a refund replayed while the first one runs finds it (by its key) once that commits.
Result<std::optional<OrderHead>> orderHead(QSqlDatabase &db, qint64 orderId)
{
    auto q =
        run(db,
            QStringLiteral("SELECT buyer_id, payment_state, payment_ref, status, total_cents, refunded_cents "
                           "FROM orders WHERE id = ?") +
                locked(db),
            {orderId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<OrderHead>{};
    return std::optional<OrderHead>(OrderHead{q->value(0).toLongLong(), q->value(1).toString(),
                                              q->value(2).toString(), q->value(3).toString(),
                                              q->value(4).toLongLong(), q->value(5).toLongLong()});
}

Result<Done> queueMail(QSqlDatabase &db, qint64 orderId, const char *kind, qint64 refId)
{
    const QString now = nowIso();
    auto q = run(db,
                 QStringLiteral("INSERT INTO outbox(kind, order_id, ref_id, next_attempt_at, created_at) "
                                "VALUES (?, ?, ?, ?, ?)"),
                 {QString::fromLatin1(kind), orderId, refId, now, now});
    if (!q)
        return q.error();
    return Done{};
}

// Sets the order's status from its parts, then reads it back for the answer and the events.
WriteResult<OrderChange> changed(QSqlDatabase &db, qint64 orderId, const QString &currency,
                                 OrderChange change, ChangeSet changes = {})
{
    auto order = OrderRepository(db, currency).orderById(orderId);
    if (!order || !order.value())
        return order ? Error::internal(QStringLiteral("order %1 vanished").arg(orderId)) : order.error();
    const QString status =
        orderStatus(order.value()->parts, order.value()->totalCents, order.value()->refundedCents);
    if (status != order.value()->status) {
        if (auto q = run(db, QStringLiteral("UPDATE orders SET status = ? WHERE id = ?"), {status, orderId});
            !q)
            return q.error();
        order.value()->status = status;
    }
    change.order = *order.value();
    auto buyer = run(db, QStringLiteral("SELECT display_name FROM users WHERE id = ?"), {change.buyerId});
    if (!buyer)
        return buyer.error();
    change.buyerName = buyer->next() ? buyer->value(0).toString() : QString();
    changes.changedOrders.insert(orderId);
    return WriteResult<OrderChange>(std::move(change), std::move(changes));
}

// Why a part could not move from `from`: not the shop's (404), or in another state (409).
Error refusedPart(QSqlDatabase &db, qint64 orderId, qint64 shopId, const QString &action, const char *from)
{
    auto q = run(db,
                 QStringLiteral("SELECT p.status, o.payment_state FROM order_parts p JOIN orders o ON o.id = "
                                "p.order_id WHERE p.order_id = ? AND p.shop_id = ?"),
                 {orderId, shopId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QStringLiteral("order %1").arg(orderId));
    if (q->value(1).toString() != u"captured")
        return conflict(
            QStringLiteral("the payment of this order is still being taken; try again in a moment"));
    return conflict(QStringLiteral("this part is %1; only a %2 part can be %3")
                        .arg(q->value(0).toString(), QLatin1String(from), action));
}

// Moves the shop's part from `from` to `to`, or refuses; then the mail and the order's new status.
WriteResult<OrderChange> movePart(QSqlDatabase &db, qint64 shopId, qint64 orderId, const QString &setSql,
                                  const QVariantList &setValues, const char *from, const char *mailKind,
                                  const QString &action, const QString &currency)
{
    auto head = orderHead(db, orderId); // the order's lock first, before its part's
    if (!head)
        return head.error();
    QVariantList values = setValues;
    values << orderId << shopId << QString::fromLatin1(from);
    auto q = run(
        db,
        QStringLiteral("UPDATE order_parts SET ") + setSql +
            QStringLiteral(" WHERE order_id = ? AND shop_id = ? AND status = ? AND EXISTS (SELECT 1 FROM "
                           "orders o WHERE o.id = order_parts.order_id AND o.payment_state = 'captured')"),
        values);
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return refusedPart(db, orderId, shopId, action, from);
    if (auto mail = queueMail(db, orderId, mailKind, shopId); !mail)
        return mail.error();
    if (!head.value())
        return Error::notFound(QStringLiteral("order"));
    OrderChange change;
    change.buyerId = head.value()->buyerId;
    return changed(db, orderId, currency, std::move(change));
}

} // namespace

QString orderStatus(const QList<protocol::OrderPart> &parts, qint64 totalCents, qint64 refundedCents)
{
    int cancelled = 0, shipped = 0, delivered = 0, live = 0;
    for (const protocol::OrderPart &p : parts) {
        if (p.status == u"cancelled") {
            ++cancelled;
            continue;
        }
        if (p.status == u"refunded")
            continue;
        ++live;
        shipped += p.status == u"shipped";
        delivered += p.status == u"delivered";
    }
    if (!parts.isEmpty() && cancelled == parts.size())
        return QStringLiteral("cancelled");
    if (refundedCents > 0 && refundedCents >= totalCents)
        return QStringLiteral("refunded");
    if (refundedCents > 0)
        return QStringLiteral("partially_refunded");
    if (live > 0 && delivered == live)
        return QStringLiteral("delivered");
    if (live > 0 && shipped + delivered == live)
        return QStringLiteral("shipped");
    if (shipped + delivered > 0)
        return QStringLiteral("partially_shipped");
    return QStringLiteral("paid");
}

WriteResult<OrderChange> FulfilmentRepository::ship(QSqlDatabase &db, qint64 shopId, qint64 orderId,
                                                    const QString &carrier, const QString &trackingNumber,
                                                    const QString &currency)
{
    return movePart(db, shopId, orderId,
                    QStringLiteral("status = 'shipped', carrier = ?, tracking_number = ?, shipped_at = ?"),
                    {carrier, trackingNumber, nowIso()}, "paid", "shipped", QStringLiteral("shipped"),
                    currency);
}

WriteResult<OrderChange> FulfilmentRepository::deliver(QSqlDatabase &db, qint64 shopId, qint64 orderId,
                                                       const QString &currency)
{
    return movePart(db, shopId, orderId, QStringLiteral("status = 'delivered', delivered_at = ?"), {nowIso()},
                    "shipped", "delivered", QStringLiteral("marked delivered"), currency);
}

WriteResult<Done> FulfilmentRepository::markRefunded(QSqlDatabase &db, qint64 refundId)
{
    if (auto q = run(db, QStringLiteral("UPDATE refunds SET state = 'done' WHERE id = ?"), {refundId}); !q)
        return q.error();
    return WriteResult<Done>(Done{});
}

Result<QList<PendingRefund>> FulfilmentRepository::pendingRefunds()
{
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT r.id, r.order_id, o.buyer_id, r.amount_cents, o.payment_ref FROM refunds r JOIN orders o ON "
        "o.id = r.order_id WHERE r.state = 'pending' ORDER BY r.id"));
    if (!q.exec())
        return sqlError(q.lastError());
    QList<PendingRefund> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                    q.value(3).toLongLong(), q.value(4).toString()});
    q.finish();
    return out;
}

namespace {

// One line of an order, with what is needed to give it back.
struct LineRow
{
    qint64 id = 0;
    qint64 itemId = 0;
    qint64 shopId = 0;
    qint64 categoryId = 0;
    int quantity = 0;
    int refunded = 0;
    qint64 price = 0;

    int remaining() const { return quantity - refunded; }
};

Result<QList<LineRow>> orderLines(QSqlDatabase &db, qint64 orderId)
{
    auto q = run(
        db,
        QStringLiteral("SELECT l.id, l.item_id, l.shop_id, i.category_id, l.quantity, l.refunded_quantity, "
                       "l.unit_price_cents FROM order_lines l JOIN items i ON i.id = l.item_id "
                       "WHERE l.order_id = ? ORDER BY l.id"),
        {orderId});
    if (!q)
        return q.error();
    QList<LineRow> lines;
    while (q->next())
        lines.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                      q->value(3).toLongLong(), q->value(4).toInt(), q->value(5).toInt(),
                      q->value(6).toLongLong()});
    return lines;
}

// `quantity` of a line goes back: never more than was bought (the guard and the CHECK), the item's
// stock back when asked, no longer counted as sold, and a negative sale so revenue is net of it.
Result<Done> giveBack(QSqlDatabase &db, qint64 orderId, const LineRow &line, int quantity, bool restock)
{
    auto refunded = run(db,
                        QStringLiteral("UPDATE order_lines SET refunded_quantity = refunded_quantity + ? "
                                       "WHERE id = ? AND refunded_quantity + ? <= quantity"),
                        {quantity, line.id, quantity});
    if (!refunded)
        return refunded.error();
    if (refunded->numRowsAffected() != 1)
        return conflict(QStringLiteral("item %1 was refunded already").arg(line.itemId));
    auto item =
        run(db,
            QStringLiteral("UPDATE items SET stock = stock + ?, sold_count = CASE WHEN sold_count > ? THEN "
                           "sold_count - ? ELSE 0 END WHERE id = ?"),
            {restock ? quantity : 0, quantity, quantity, line.itemId});
    if (!item)
        return item.error();
    auto sale = run(
        db,
        QStringLiteral("INSERT INTO sale_events(order_id, item_id, category_id, shop_id, quantity, "
                       "amount_cents, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {orderId, line.itemId, line.categoryId, line.shopId, -quantity, -line.price * quantity, nowIso()});
    if (!sale)
        return sale.error();
    return Done{};
}

struct RefundRow
{
    qint64 orderId = 0;
    qint64 shopId = 0;
    qint64 actorId = 0;
    const char *kind = "refund";
    QString key;
    qint64 amountCents = 0;
    bool restock = false;
    QString reason;
    QJsonArray lines;
};

// The refund in the order's history, and its money off the order: never more than was paid.
Result<qint64> recordRefund(QSqlDatabase &db, const RefundRow &r)
{
    auto money = run(db,
                     QStringLiteral("UPDATE orders SET refunded_cents = refunded_cents + ? WHERE id = ? AND "
                                    "refunded_cents + ? <= total_cents"),
                     {r.amountCents, r.orderId, r.amountCents});
    if (!money)
        return money.error();
    if (money->numRowsAffected() != 1)
        return conflict(QStringLiteral("this would refund more than was paid"));
    const QVariant shop = r.shopId ? QVariant(r.shopId) : QVariant(QMetaType::fromType<qint64>());
    auto insert = run(
        db,
        QStringLiteral(
            "INSERT INTO refunds(order_id, shop_id, actor_id, kind, idempotency_key, amount_cents, "
            "restock, reason, lines_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {r.orderId, shop, r.actorId, QString::fromLatin1(r.kind), r.key, r.amountCents, r.restock,
         r.reason.isEmpty() ? QStringLiteral("") : r.reason,
         QString::fromUtf8(QJsonDocument(r.lines).toJson(QJsonDocument::Compact)), nowIso()});
    if (!insert)
        return insert.error();
    if (!insert->next())
        return Error::internal(QStringLiteral("the refund's id was not returned"));
    return insert->value(0).toLongLong();
}

Result<int> count(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto q = run(db, sql, values);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

// A part whose every line went back is refunded, and its shipping with it: the shipping to add.
Result<qint64> closeRefundedPart(QSqlDatabase &db, qint64 orderId, qint64 shopId)
{
    const auto open =
        count(db,
              QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE order_id = ? AND shop_id = ? AND "
                             "refunded_quantity < quantity"),
              {orderId, shopId});
    if (!open || open.value() > 0)
        return open ? Result<qint64>(qint64(0)) : Result<qint64>(open.error());
    auto shipping =
        run(db,
            QStringLiteral("SELECT shipping_cents FROM order_parts WHERE order_id = ? AND shop_id = ? AND "
                           "status NOT IN ('cancelled', 'refunded')"),
            {orderId, shopId});
    if (!shipping)
        return shipping.error();
    const qint64 cents = shipping->next() ? shipping->value(0).toLongLong() : 0;
    auto close =
        run(db,
            QStringLiteral("UPDATE order_parts SET status = 'refunded' WHERE order_id = ? AND shop_id = ? "
                           "AND status NOT IN ('cancelled', 'refunded')"),
            {orderId, shopId});
    if (!close)
        return close.error();
    return cents;
}

// Every line not given back yet goes back to stock; the money left goes back to the card.
WriteResult<OrderChange> cancelLines(QSqlDatabase &db, const OrderHead &head, qint64 orderId,
                                     const QString &currency, OrderChange change)
{
    const auto lines = orderLines(db, orderId);
    if (!lines)
        return lines.error();
    ChangeSet changes;
    QJsonArray given;
    for (const LineRow &line : lines.value()) {
        if (line.remaining() <= 0)
            continue;
        if (auto back = giveBack(db, orderId, line, line.remaining(), true); !back)
            return back.error();
        changes.items.insert(line.itemId);
        given.append(QJsonObject{{QStringLiteral("item_id"), line.itemId},
                                 {QStringLiteral("quantity"), line.remaining()}});
    }
    qint64 refundId = 0;
    const qint64 amount = head.totalCents - head.refundedCents;
    if (amount > 0) {
        const auto id = recordRefund(db, {orderId, 0, head.buyerId, "cancel", QStringLiteral("cancel"),
                                          amount, true, QString(), given});
        if (!id)
            return id.error();
        refundId = id.value();
        change.refund = PendingRefund{refundId, orderId, head.buyerId, amount, head.paymentRef};
    }
    if (auto mail = queueMail(db, orderId, "cancelled", refundId); !mail)
        return mail.error();
    return changed(db, orderId, currency, std::move(change), std::move(changes));
}

Error paymentPending()
{
    return conflict(QStringLiteral("the payment of this order is still being taken; try again in a moment"));
}

} // namespace

WriteResult<OrderChange> FulfilmentRepository::cancel(QSqlDatabase &db, qint64 buyerId, qint64 orderId,
                                                      const QString &currency)
{
    const auto head = orderHead(db, orderId);
    if (!head)
        return head.error();
    if (!head.value() || head.value()->buyerId != buyerId)
        return Error::notFound(QStringLiteral("order %1").arg(orderId));
    OrderChange change;
    change.buyerId = buyerId;
    if (head.value()->status == u"cancelled")
        return changed(db, orderId, currency, std::move(change)); // once is enough
    if (head.value()->paymentState != u"captured")
        return paymentPending();
    // parts first: a part shipped at the same moment is not touched, and then refuses the cancellation
    if (auto parts = run(db,
                         QStringLiteral("UPDATE order_parts SET status = 'cancelled' WHERE order_id = ? AND "
                                        "status IN ('paid', 'refunded')"),
                         {orderId});
        !parts)
        return parts.error();
    const auto shipped = count(
        db,
        QStringLiteral(
            "SELECT COUNT(*) FROM order_parts WHERE order_id = ? AND status IN ('shipped', 'delivered')"),
        {orderId});
    if (!shipped)
        return shipped.error();
    if (shipped.value() > 0)
        return conflict(QStringLiteral("part of this order has shipped; ask the shop for a refund instead"));
    return cancelLines(db, *head.value(), orderId, currency, std::move(change));
}

namespace {

// The request's lines, merged per item and checked against the order: each a line of the order (of
// the shop, for a seller) with that much left to give back.
Result<QList<std::pair<LineRow, int>>> refundedLines(const QList<LineRow> &lines, const RefundRequest &r)
{
    QMap<qint64, int> wanted;
    for (const RefundLine &l : r.lines)
        wanted[l.itemId] += l.quantity;
    QList<std::pair<LineRow, int>> out;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const auto line = std::find_if(lines.cbegin(), lines.cend(), [&](const LineRow &l) {
            return l.itemId == it.key() && (!r.shopId || l.shopId == r.shopId);
        });
        if (line == lines.cend())
            return Error::validation(QStringLiteral("lines"),
                                     QStringLiteral("item %1 is not a line of this order%2")
                                         .arg(QString::number(it.key()),
                                              r.shopId ? QStringLiteral(" from your shop") : QString()));
        if (it.value() > line->remaining())
            return conflict(QStringLiteral("item %1: %2 of %3 can still be refunded")
                                .arg(QString::number(it.key()), QString::number(line->remaining()),
                                     QString::number(line->quantity)));
        out.append({*line, it.value()});
    }
    return out;
}

Result<std::optional<qint64>> earlierRefund(QSqlDatabase &db, qint64 orderId, const QString &key)
{
    auto q = run(db, QStringLiteral("SELECT id FROM refunds WHERE order_id = ? AND idempotency_key = ?"),
                 {orderId, key});
    if (!q)
        return q.error();
    return q->next() ? std::optional<qint64>(q->value(0).toLongLong()) : std::nullopt;
}

} // namespace

WriteResult<OrderChange> FulfilmentRepository::refund(QSqlDatabase &db, const RefundRequest &r,
                                                      const QString &currency)
{
    const auto head = orderHead(db, r.orderId);
    if (!head)
        return head.error();
    const auto all = orderLines(db, r.orderId);
    if (!all)
        return all.error();
    const bool hasShop =
        std::any_of(all->cbegin(), all->cend(), [&](const LineRow &l) { return l.shopId == r.shopId; });
    if (!head.value() || (r.shopId && !hasShop))
        return Error::notFound(QStringLiteral("order %1").arg(r.orderId));
    OrderChange change;
    change.buyerId = head.value()->buyerId;
    const auto earlier = earlierRefund(db, r.orderId, r.idempotencyKey);
    if (!earlier)
        return earlier.error();
    if (earlier.value()) // the same refund again: it happened once
        return changed(db, r.orderId, currency, std::move(change));
    if (head.value()->paymentState != u"captured")
        return paymentPending();
    const auto lines = refundedLines(all.value(), r);
    if (!lines)
        return lines.error();
    ChangeSet changes;
    QJsonArray given;
    QSet<qint64> shops;
    qint64 amount = 0;
    for (const auto &[line, quantity] : lines.value()) {
        if (auto back = giveBack(db, r.orderId, line, quantity, r.restock); !back)
            return back.error();
        changes.items.insert(line.itemId);
        shops.insert(line.shopId);
        amount += line.price * quantity;
        given.append(
            QJsonObject{{QStringLiteral("item_id"), line.itemId}, {QStringLiteral("quantity"), quantity}});
    }
    for (qint64 shop : std::as_const(shops)) {
        const auto shipping = closeRefundedPart(db, r.orderId, shop);
        if (!shipping)
            return shipping.error();
        amount += shipping.value();
    }
    const auto id = recordRefund(
        db, {r.orderId, r.shopId, r.actorId, "refund", r.idempotencyKey, amount, r.restock, r.reason, given});
    if (!id)
        return id.error();
    change.refund =
        PendingRefund{id.value(), r.orderId, head.value()->buyerId, amount, head.value()->paymentRef};
    if (auto mail = queueMail(db, r.orderId, "refunded", id.value()); !mail)
        return mail.error();
    return changed(db, r.orderId, currency, std::move(change), std::move(changes));
}

// The shop's share of an order: its own lines and part, their money, and who to send them to.
protocol::Order shopShare(protocol::Order order, qint64 shopId, const QString &buyerName)
{
    order.lines.removeIf([shopId](const protocol::OrderLine &l) { return l.sellerId != shopId; });
    order.parts.removeIf([shopId](const protocol::OrderPart &p) { return p.shopId != shopId; });
    order.shippingCents = order.parts.isEmpty() ? 0 : order.parts[0].shippingCents;
    order.totalCents = order.shippingCents;
    order.refundedCents = 0;
    for (const protocol::OrderLine &l : std::as_const(order.lines)) {
        order.totalCents += l.unitPriceCents * l.quantity;
        order.refundedCents += l.unitPriceCents * l.refundedQuantity;
    }
    if (!order.parts.isEmpty() && order.parts[0].status == u"refunded")
        order.refundedCents += order.shippingCents;
    order.buyerName = buyerName;
    return order;
}

Result<protocol::Page<protocol::Order>> FulfilmentRepository::queue(qint64 shopId, const QString &status,
                                                                    int page, int perPage)
{
    const QString where =
        QStringLiteral(" FROM order_parts p JOIN orders o ON o.id = p.order_id JOIN users u ON "
                       "u.id = o.buyer_id WHERE p.shop_id = ? AND o.payment_state = 'captured' "
                       "AND (? = '' OR p.status = ?)");
    QSqlQuery &total = prepared(QStringLiteral("SELECT COUNT(*)") + where);
    for (const QVariant &v : QVariantList{shopId, status, status})
        total.addBindValue(v);
    if (!total.exec() || !total.next())
        return sqlError(total.lastError());
    protocol::Page<protocol::Order> out;
    out.total = total.value(0).toLongLong();
    out.page = page;
    out.perPage = perPage;
    total.finish();
    QSqlQuery &ids =
        prepared(QStringLiteral("SELECT o.id, u.display_name") + where +
                 QStringLiteral(" ORDER BY CASE WHEN p.status = 'paid' THEN 0 ELSE 1 END, CASE WHEN "
                                "p.status = 'paid' THEN o.id ELSE -o.id END LIMIT ? OFFSET ?"));
    for (const QVariant &v : QVariantList{shopId, status, status, perPage, qint64(page - 1) * perPage})
        ids.addBindValue(v);
    if (!ids.exec())
        return sqlError(ids.lastError());
    QList<std::pair<qint64, QString>> found; // load() runs statements of its own
    while (ids.next())
        found.append({ids.value(0).toLongLong(), ids.value(1).toString()});
    ids.finish();
    OrderRepository orders(m_db, m_currency);
    for (const auto &[id, buyerName] : std::as_const(found)) {
        const auto order = orders.orderById(id);
        if (!order)
            return order.error();
        if (order.value())
            out.items.append(shopShare(*order.value(), shopId, buyerName));
    }
    return out;
}

} // namespace emporium::storage
