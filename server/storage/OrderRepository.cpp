#include "server/storage/OrderRepository.h"

#include "server/storage/AccountRepository.h"
#include "server/storage/CartRepository.h"
#include "server/storage/SqlError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QVariant>

namespace emporium::storage {

namespace {

const QString kOrderColumns = QStringLiteral(
    "o.id, o.status, o.created_at, o.total_cents, o.currency, o.shipping_json, o.card_brand, o.card_last4");

// A refusal (out of stock, an earlier order) leaves nothing behind; a placed order keeps its changes.
WriteResult<PlaceOutcome> outcome(PlaceOutcome o, bool rollback)
{
    if (rollback)
        return WriteResult<PlaceOutcome>::undone(std::move(o));
    ChangeSet changes;
    for (const StockChange &s : o.stock)
        changes.items.insert(s.itemId); // stock and sold counts moved
    return WriteResult<PlaceOutcome>(std::move(o), std::move(changes));
}

WriteResult<PlaceOutcome> failure(const QSqlQuery &q)
{
    return WriteResult<PlaceOutcome>(sqlError(q.lastError()));
}

} // namespace

Result<std::optional<std::pair<qint64, QString>>> OrderRepository::findByKey(qint64 buyerId,
                                                                             const QString &key)
{
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT id, request_hash FROM orders WHERE buyer_id = ? AND idempotency_key = ?"));
    q.bindValue(0, buyerId);
    q.bindValue(1, key);
    if (!q.exec())
        return sqlError(q.lastError());
    std::optional<std::pair<qint64, QString>> found;
    if (q.next())
        found = std::make_pair(q.value(0).toLongLong(), q.value(1).toString());
    q.finish();
    return found;
}

Result<protocol::Order> OrderRepository::load(QSqlQuery &row)
{
    protocol::Order o;
    o.id = row.value(0).toLongLong();
    o.status = row.value(1).toString();
    o.createdAt = row.value(2).toString();
    o.totalCents = row.value(3).toLongLong();
    o.currency = row.value(4).toString();
    o.shipping =
        protocol::ShippingAddress::fromJson(QJsonDocument::fromJson(row.value(5).toByteArray()).object());
    o.cardBrand = row.value(6).toString();
    o.cardLast4 = row.value(7).toString();
    QSqlQuery &lines = prepared(QStringLiteral(
        "SELECT l.item_id, l.title, l.unit_price_cents, l.quantity, l.shop_id, s.name FROM order_lines l "
        "JOIN shops s ON s.id = l.shop_id WHERE l.order_id = ? ORDER BY l.id"));
    lines.bindValue(0, o.id);
    if (!lines.exec())
        return Error::internal(lines.lastError().text());
    while (lines.next())
        o.lines.append({lines.value(0).toLongLong(), lines.value(1).toString(), lines.value(2).toLongLong(),
                        lines.value(3).toInt(), lines.value(4).toLongLong(), lines.value(5).toString()});
    lines.finish();
    return o;
}

Result<protocol::Page<protocol::Order>> OrderRepository::orders(qint64 buyerId, int page, int perPage)
{
    protocol::Page<protocol::Order> out;
    out.page = page;
    out.perPage = perPage;
    QSqlQuery &count = prepared(QStringLiteral("SELECT COUNT(*) FROM orders WHERE buyer_id = ?"));
    count.bindValue(0, buyerId);
    if (!count.exec() || !count.next())
        return Error::internal(count.lastError().text());
    out.total = count.value(0).toLongLong();
    count.finish();
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT ") + kOrderColumns +
                 QStringLiteral(" FROM orders o WHERE o.buyer_id = ? ORDER BY o.created_at DESC, o.id DESC "
                                "LIMIT ? OFFSET ?"));
    q.bindValue(0, buyerId);
    q.bindValue(1, perPage);
    q.bindValue(2, qint64(page - 1) * perPage);
    if (!q.exec())
        return sqlError(q.lastError());
    // the ids first: load() runs statements of its own
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    for (qint64 id : std::as_const(ids)) {
        auto o = order(buyerId, id);
        if (!o)
            return o.error();
        if (o.value())
            out.items.append(*o.value());
    }
    return out;
}

Result<std::optional<protocol::Order>> OrderRepository::order(qint64 buyerId, qint64 orderId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kOrderColumns +
              QStringLiteral(" FROM orders o WHERE o.id = ? AND o.buyer_id = ?"));
    q.addBindValue(orderId);
    q.addBindValue(buyerId);
    if (!q.exec())
        return sqlError(q.lastError());
    if (!q.next())
        return std::optional<protocol::Order>{};
    auto o = load(q);
    if (!o)
        return o.error();
    return std::optional<protocol::Order>(o.value());
}

Result<QList<domain::OrderLineRequest>> OrderRepository::cartLines(qint64 buyerId)
{
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT ci.item_id, ci.quantity FROM cart_items ci JOIN items i ON i.id = ci.item_id "
                       "WHERE ci.user_id = ? AND i.delisted = 0 ORDER BY ci.added_at, ci.item_id"));
    q.bindValue(0, buyerId);
    if (!q.exec())
        return sqlError(q.lastError());
    QList<domain::OrderLineRequest> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toInt()});
    q.finish();
    return out;
}

Result<QList<PricedLine>> OrderRepository::price(const QList<domain::OrderLineRequest> &lines)
{
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT price_cents, stock FROM items WHERE id = ? AND delisted = 0"));
    QList<PricedLine> out;
    QJsonObject bad;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        q.bindValue(0, lines[i].itemId);
        if (!q.exec())
            return sqlError(q.lastError());
        if (!q.next()) {
            bad.insert(QStringLiteral("lines[%1].item_id").arg(i),
                       QStringLiteral("item %1 is not for sale").arg(lines[i].itemId));
        } else {
            out.append(
                {lines[i].itemId, lines[i].quantity, q.value(0).toLongLong(), q.value(1).toLongLong()});
        }
        q.finish();
    }
    if (!bad.isEmpty())
        return Error{QStringLiteral("validation_failed"), QStringLiteral("some lines are not for sale"),
                     QJsonObject{{QStringLiteral("fields"), bad}}};
    return out;
}

WriteResult<PlaceOutcome> OrderRepository::place(QSqlDatabase &db, const PlaceOrder &cmd)
{
    QSqlQuery q(db);
    // A replay that raced the first request: the key decides, inside the transaction.
    q.prepare(
        QStringLiteral("SELECT id, request_hash FROM orders WHERE buyer_id = ? AND idempotency_key = ?"));
    q.addBindValue(cmd.buyerId);
    q.addBindValue(cmd.idempotencyKey);
    if (!q.exec())
        return failure(q);
    if (q.next()) {
        PlaceOutcome o;
        o.kind = PlaceOutcome::Existing;
        o.orderId = q.value(0).toLongLong();
        o.existingHash = q.value(1).toString();
        q.finish();
        const auto earlier = OrderRepository(db, cmd.currency).order(cmd.buyerId, o.orderId);
        if (!earlier)
            return earlier.error();
        o.order = earlier.value();
        return outcome(std::move(o), false);
    }
    q.finish();

    struct Taken
    {
        qint64 itemId;
        int quantity;
        QString title;
        qint64 price;
        qint64 shopId;
        qint64 categoryId;
        qint64 stock;
        qint64 sold;
        qint64 threshold;
    };
    QList<Taken> taken;
    QJsonArray shortfalls;
    QSqlQuery take(db), read(db);
    // The condition is the guard: stock never goes below zero, whatever runs concurrently.
    take.prepare(QStringLiteral("UPDATE items SET stock = stock - ?, sold_count = sold_count + ? "
                                "WHERE id = ? AND delisted = 0 AND stock >= ?"));
    read.prepare(QStringLiteral("SELECT title, price_cents, shop_id, category_id, stock, sold_count, "
                                "low_stock_threshold FROM items WHERE id = ?"));
    for (const auto &line : cmd.lines) {
        take.addBindValue(line.quantity);
        take.addBindValue(line.quantity);
        take.addBindValue(line.itemId);
        take.addBindValue(line.quantity);
        if (!take.exec())
            return failure(take);
        const bool ok = take.numRowsAffected() == 1;
        read.addBindValue(line.itemId);
        if (!read.exec())
            return failure(read);
        if (!read.next()) {
            shortfalls.append(QJsonObject{{QStringLiteral("item_id"), line.itemId},
                                          {QStringLiteral("requested"), line.quantity},
                                          {QStringLiteral("available"), 0}});
            continue;
        }
        if (!ok) {
            shortfalls.append(QJsonObject{{QStringLiteral("item_id"), line.itemId},
                                          {QStringLiteral("requested"), line.quantity},
                                          {QStringLiteral("available"), read.value(4).toLongLong()}});
        } else {
            taken.append({line.itemId, line.quantity, read.value(0).toString(), read.value(1).toLongLong(),
                          read.value(2).toLongLong(), read.value(3).toLongLong(), read.value(4).toLongLong(),
                          read.value(5).toLongLong(), read.value(6).toLongLong()});
        }
        read.finish();
    }
    if (!shortfalls.isEmpty()) {
        PlaceOutcome o;
        o.kind = PlaceOutcome::OutOfStock;
        o.shortfalls = shortfalls;
        return outcome(std::move(o), true); // nothing is taken
    }
    qint64 total = 0;
    for (const Taken &t : taken)
        total += t.price * t.quantity;
    if (total != cmd.expectedTotalCents) {
        PlaceOutcome o;
        o.kind = PlaceOutcome::PriceChanged;
        return outcome(std::move(o), true);
    }

    const QString now = nowIso();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO orders(buyer_id, status, total_cents, currency, shipping_json, card_brand, "
        "card_last4, idempotency_key, request_hash, created_at, payment_state, payment_ref) "
        "VALUES (?, 'authorized', ?, ?, ?, ?, ?, ?, ?, ?, 'authorized', ?)"));
    insert.addBindValue(cmd.buyerId);
    insert.addBindValue(total);
    insert.addBindValue(cmd.currency);
    insert.addBindValue(
        QString::fromUtf8(QJsonDocument(cmd.shipping.toJson()).toJson(QJsonDocument::Compact)));
    insert.addBindValue(cmd.cardBrand);
    insert.addBindValue(cmd.cardLast4);
    insert.addBindValue(cmd.idempotencyKey);
    insert.addBindValue(cmd.requestHash);
    insert.addBindValue(now);
    insert.addBindValue(cmd.paymentRef);
    if (!insert.exec())
        return failure(insert);
    const qint64 orderId = insert.lastInsertId().toLongLong();

    QSqlQuery line(db), event(db), uncart(db);
    line.prepare(QStringLiteral(
        "INSERT INTO order_lines(order_id, item_id, shop_id, title, unit_price_cents, quantity, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    event.prepare(QStringLiteral(
        "INSERT INTO sale_events(order_id, item_id, category_id, shop_id, quantity, amount_cents, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    uncart.prepare(QStringLiteral("DELETE FROM cart_items WHERE user_id = ? AND item_id = ?"));
    PlaceOutcome placed;
    placed.kind = PlaceOutcome::Placed;
    placed.orderId = orderId;
    for (const Taken &t : taken) {
        for (const QVariant &v : QVariantList{orderId, t.itemId, t.shopId, t.title, t.price, t.quantity, now})
            line.addBindValue(v);
        for (const QVariant &v :
             QVariantList{orderId, t.itemId, t.categoryId, t.shopId, t.quantity, t.price * t.quantity, now})
            event.addBindValue(v);
        if (!line.exec())
            return failure(line);
        if (!event.exec())
            return failure(event);
        if (cmd.fromCart) {
            uncart.addBindValue(cmd.buyerId);
            uncart.addBindValue(t.itemId);
            if (!uncart.exec())
                return failure(uncart);
        }
        placed.stock.append({t.itemId, t.stock, t.sold, t.threshold});
    }
    // "frequently bought together": every pair of the order's items, both ways
    if (taken.size() > 1) {
        QSqlQuery pair(db);
        pair.prepare(QStringLiteral("INSERT INTO co_purchases(item_id, other_id, count) VALUES (?, ?, 1) "
                                    "ON CONFLICT(item_id, other_id) DO UPDATE SET count = count + 1"));
        for (const Taken &a : taken)
            for (const Taken &b : taken) {
                if (a.itemId == b.itemId)
                    continue;
                pair.addBindValue(a.itemId);
                pair.addBindValue(b.itemId);
                if (!pair.exec())
                    return failure(pair);
            }
    }
    QSqlQuery outbox(db);
    outbox.prepare(QStringLiteral(
        "INSERT INTO outbox(kind, order_id, next_attempt_at, created_at) VALUES ('receipt', ?, ?, ?)"));
    outbox.addBindValue(orderId);
    outbox.addBindValue(now);
    outbox.addBindValue(now);
    if (!outbox.exec())
        return failure(outbox);
    // read back inside the transaction: the answer and the events need no other connection
    const auto order = OrderRepository(db, cmd.currency).order(cmd.buyerId, orderId);
    if (!order || !order.value())
        return order ? Error::internal(QStringLiteral("order %1 vanished").arg(orderId)) : order.error();
    placed.order = order.value();
    if (cmd.fromCart && cmd.readCartAfter) {
        auto cart = CartRepository(db, cmd.currency).cart(cmd.buyerId);
        if (cart)
            placed.cartAfter = cart.value();
    }
    return outcome(std::move(placed), false);
}

WriteResult<protocol::Order> OrderRepository::markCaptured(QSqlDatabase &db, qint64 orderId,
                                                           const QString &currency)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE orders SET payment_state = 'captured', status = 'paid' "
                             "WHERE id = ? AND payment_state = 'authorized'"));
    q.addBindValue(orderId);
    if (!q.exec())
        return sqlError(q.lastError());
    OrderRepository orders(db, currency);
    const auto order = orders.orderById(orderId);
    if (!order)
        return order.error();
    if (!order.value())
        return Error::notFound(QStringLiteral("order %1").arg(orderId));
    return WriteResult<protocol::Order>(*order.value());
}

Result<QList<PendingCapture>> OrderRepository::pendingCaptures()
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, buyer_id, total_cents, payment_ref, card_brand, card_last4 FROM orders "
                       "WHERE payment_state = 'authorized' ORDER BY id"));
    if (!q.exec())
        return sqlError(q.lastError());
    QList<PendingCapture> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return out;
}

Result<std::optional<protocol::Order>> OrderRepository::orderById(qint64 orderId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT buyer_id FROM orders WHERE id = ?"));
    q.addBindValue(orderId);
    if (!q.exec())
        return sqlError(q.lastError());
    if (!q.next())
        return std::optional<protocol::Order>{};
    return order(q.value(0).toLongLong(), orderId);
}

} // namespace emporium::storage
