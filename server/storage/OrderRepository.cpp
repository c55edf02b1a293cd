#include "server/storage/OrderRepository.h"

#include "server/storage/AccountRepository.h"
#include "server/storage/CartRepository.h"
#include "server/storage/Database.h"
#include "server/storage/ShippingRepository.h"
#include "server/storage/SqlError.h"
#include "server/storage/SqlValues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QVariant>
#include <algorithm>
#include <numeric>

namespace emporium::storage {

namespace {

constexpr qint64 kRecoveryLock =
    0x656d707265636f76; // "emprecov"; the migrations and the change log use others

const QString kOrderColumns = QStringLiteral(
    "o.id, o.status, o.created_at, o.total_cents, o.currency, o.shipping_json, o.card_brand, o.card_last4, "
    "o.shipping_cents, o.refunded_cents");

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
    o.createdAt = isoText(row.value(2));
    o.totalCents = row.value(3).toLongLong();
    o.currency = row.value(4).toString();
    o.shipping =
        protocol::ShippingAddress::fromJson(QJsonDocument::fromJson(row.value(5).toByteArray()).object());
    o.cardBrand = row.value(6).toString();
    o.cardLast4 = row.value(7).toString();
    o.shippingCents = row.value(8).toLongLong();
    o.refundedCents = row.value(9).toLongLong();
    QSqlQuery &lines = prepared(QStringLiteral(
        "SELECT l.item_id, l.title, l.unit_price_cents, l.quantity, l.shop_id, s.name, l.refunded_quantity "
        "FROM order_lines l JOIN shops s ON s.id = l.shop_id WHERE l.order_id = ? ORDER BY l.id"));
    lines.bindValue(0, o.id);
    if (!lines.exec())
        return sqlError(lines.lastError());
    while (lines.next())
        o.lines.append({lines.value(0).toLongLong(), lines.value(1).toString(), lines.value(2).toLongLong(),
                        lines.value(3).toInt(), lines.value(4).toLongLong(), lines.value(5).toString(),
                        lines.value(6).toInt()});
    lines.finish();
    if (auto parts = loadParts(o.id); parts)
        o.parts = parts.value();
    else
        return parts.error();
    return o;
}

Result<QList<protocol::OrderPart>> OrderRepository::loadParts(qint64 orderId)
{
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT p.shop_id, s.name, p.status, p.carrier, p.tracking_number, p.shipped_at, p.delivered_at, "
        "p.shipping_cents FROM order_parts p JOIN shops s ON s.id = p.shop_id WHERE p.order_id = ? "
        "ORDER BY p.shop_id"));
    q.bindValue(0, orderId);
    if (!q.exec())
        return sqlError(q.lastError());
    QList<protocol::OrderPart> parts;
    while (q.next())
        parts.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toString(), isoText(q.value(5)), isoText(q.value(6)),
                      q.value(7).toLongLong()});
    q.finish();
    return parts;
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
                       "WHERE ci.user_id = ? AND i.delisted = FALSE ORDER BY ci.added_at, ci.item_id"));
    q.bindValue(0, buyerId);
    if (!q.exec())
        return sqlError(q.lastError());
    QList<domain::OrderLineRequest> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toInt()});
    q.finish();
    return out;
}

Result<QHash<qint64, protocol::ShippingSettings>> OrderRepository::shipping(const QList<qint64> &shopIds)
{
    return m_shipping.settingsOf(shopIds);
}

Result<QList<PricedLine>> OrderRepository::price(const QList<domain::OrderLineRequest> &lines)
{
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT i.price_cents, i.stock, i.shop_id, s.name FROM items i JOIN shops s ON "
                       "s.id = i.shop_id WHERE i.id = ? AND i.delisted = FALSE"));
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
            out.append({lines[i].itemId, lines[i].quantity, q.value(0).toLongLong(), q.value(1).toLongLong(),
                        q.value(2).toLongLong(), q.value(3).toString()});
        }
        q.finish();
    }
    if (!bad.isEmpty())
        return Error{QStringLiteral("validation_failed"), QStringLiteral("some lines are not for sale"),
                     QJsonObject{{QStringLiteral("fields"), bad}}};
    return out;
}

namespace {

// One line of an order whose stock was taken, as the item was when it was taken.
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

QJsonObject shortfall(qint64 itemId, int requested, qint64 available)
{
    return {{QStringLiteral("item_id"), itemId},
            {QStringLiteral("requested"), requested},
            {QStringLiteral("available"), available}};
}

// The order that holds the key already (a replay that raced the first request), as committed.
std::optional<WriteResult<PlaceOutcome>> earlierOrder(QSqlDatabase &db, const PlaceOrder &cmd)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id, request_hash FROM orders WHERE buyer_id = ? AND idempotency_key = ?"));
    q.addBindValue(cmd.buyerId);
    q.addBindValue(cmd.idempotencyKey);
    if (!q.exec())
        return failure(q);
    if (!q.next())
        return std::nullopt;
    PlaceOutcome o;
    o.kind = PlaceOutcome::Existing;
    o.orderId = q.value(0).toLongLong();
    o.existingHash = q.value(1).toString();
    q.finish();
    const auto earlier = OrderRepository(db, cmd.currency).order(cmd.buyerId, o.orderId);
    if (!earlier)
        return WriteResult<PlaceOutcome>(earlier.error());
    o.order = earlier.value();
    return outcome(std::move(o), false);
}

// Takes each line's stock where there is enough; the lines that fell short go to `shortfalls`.
// The condition is the guard: stock never goes below zero, whatever runs concurrently.
Result<QList<Taken>> takeStock(QSqlDatabase &db, const QList<domain::OrderLineRequest> &lines,
                               QJsonArray &shortfalls)
{
    QSqlQuery take(db), read(db);
    take.prepare(QStringLiteral("UPDATE items SET stock = stock - ?, sold_count = sold_count + ? "
                                "WHERE id = ? AND delisted = FALSE AND stock >= ?"));
    read.prepare(QStringLiteral("SELECT title, price_cents, shop_id, category_id, stock, sold_count, "
                                "low_stock_threshold FROM items WHERE id = ?"));
    // the rows are taken in id order: two orders of the same items on two servers never wait in a circle
    QList<qsizetype> byItem(lines.size());
    std::iota(byItem.begin(), byItem.end(), 0);
    std::sort(byItem.begin(), byItem.end(),
              [&](qsizetype a, qsizetype b) { return lines[a].itemId < lines[b].itemId; });
    QList<bool> took(lines.size());
    for (qsizetype i : byItem) {
        const auto &line = lines[i];
        for (const QVariant &v : QVariantList{line.quantity, line.quantity, line.itemId, line.quantity})
            take.addBindValue(v);
        if (!take.exec())
            return sqlError(take.lastError());
        took[i] = take.numRowsAffected() == 1;
    }
    QList<Taken> taken;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto &line = lines[i];
        const bool ok = took[i];
        read.addBindValue(line.itemId);
        if (!read.exec())
            return sqlError(read.lastError());
        if (!read.next())
            shortfalls.append(shortfall(line.itemId, line.quantity, 0));
        else if (!ok)
            shortfalls.append(shortfall(line.itemId, line.quantity, read.value(4).toLongLong()));
        else
            taken.append({line.itemId, line.quantity, read.value(0).toString(), read.value(1).toLongLong(),
                          read.value(2).toLongLong(), read.value(3).toLongLong(), read.value(4).toLongLong(),
                          read.value(5).toLongLong(), read.value(6).toLongLong()});
        read.finish();
    }
    return taken;
}

// The order itself, its payment authorized (captured after the commit by domain::Orders), for the
// total that was authorized (a refusal rolls it back). It is also the claim on the Idempotency-Key:
// 0 when an order holds the key already. On PostgreSQL a replay racing the first request from
// another process waits here for that order's transaction, then finds its key taken (or free again).
Result<qint64> claimOrder(QSqlDatabase &db, const PlaceOrder &cmd, const QString &now)
{
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO orders(buyer_id, status, total_cents, currency, shipping_json, card_brand, "
        "card_last4, idempotency_key, request_hash, created_at, payment_state, payment_ref, shipping_cents) "
        "VALUES (?, 'authorized', ?, ?, ?, ?, ?, ?, ?, ?, 'authorized', ?, ?) ON CONFLICT DO NOTHING "
        "RETURNING id"));
    const QString shipping =
        QString::fromUtf8(QJsonDocument(cmd.shipping.toJson()).toJson(QJsonDocument::Compact));
    for (const QVariant &v : QVariantList{cmd.buyerId, cmd.expectedTotalCents, cmd.currency, shipping,
                                          cmd.cardBrand, cmd.cardLast4, cmd.idempotencyKey, cmd.requestHash,
                                          now, cmd.paymentRef, cmd.shippingCents()})
        insert.addBindValue(v);
    if (!insert.exec())
        return sqlError(insert.lastError());
    return insert.next() ? insert.value(0).toLongLong() : qint64(0);
}

// Lines with their titles and prices as sold, the sale events, and the ordered lines out of the cart.
Result<QList<StockChange>> insertLines(QSqlDatabase &db, const PlaceOrder &cmd, qint64 orderId,
                                       const QList<Taken> &taken, const QString &now)
{
    QSqlQuery line(db), event(db), uncart(db);
    line.prepare(QStringLiteral(
        "INSERT INTO order_lines(order_id, item_id, shop_id, title, unit_price_cents, quantity, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    event.prepare(QStringLiteral(
        "INSERT INTO sale_events(order_id, item_id, category_id, shop_id, quantity, amount_cents, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    uncart.prepare(QStringLiteral("DELETE FROM cart_items WHERE user_id = ? AND item_id = ?"));
    QList<StockChange> stock;
    for (const Taken &t : taken) {
        for (const QVariant &v : QVariantList{orderId, t.itemId, t.shopId, t.title, t.price, t.quantity, now})
            line.addBindValue(v);
        for (const QVariant &v :
             QVariantList{orderId, t.itemId, t.categoryId, t.shopId, t.quantity, t.price * t.quantity, now})
            event.addBindValue(v);
        if (!line.exec())
            return sqlError(line.lastError());
        if (!event.exec())
            return sqlError(event.lastError());
        if (cmd.fromCart) {
            uncart.addBindValue(cmd.buyerId);
            uncart.addBindValue(t.itemId);
            if (!uncart.exec())
                return sqlError(uncart.lastError());
        }
        stock.append({t.itemId, t.stock, t.sold, t.threshold});
    }
    return stock;
}

// One part per shop, fulfilled by that shop, with the shipping it charged.
Result<Done> insertParts(QSqlDatabase &db, const PlaceOrder &cmd, qint64 orderId, const QList<Taken> &taken)
{
    QSqlQuery part(db);
    part.prepare(
        QStringLiteral("INSERT INTO order_parts(order_id, shop_id, shipping_cents) VALUES (?, ?, ?)"));
    QSet<qint64> shops;
    for (const Taken &t : taken) {
        if (shops.contains(t.shopId))
            continue;
        shops.insert(t.shopId);
        for (const QVariant &v : QVariantList{orderId, t.shopId, cmd.shippingByShop.value(t.shopId)})
            part.addBindValue(v);
        if (!part.exec())
            return sqlError(part.lastError());
    }
    return Done{};
}

// "Frequently bought together": every pair of the order's items, both ways.
Result<Done> countCoPurchases(QSqlDatabase &db, const QList<Taken> &taken)
{
    if (taken.size() < 2)
        return Done{};
    QSqlQuery pair(db);
    pair.prepare(
        QStringLiteral("INSERT INTO co_purchases(item_id, other_id, count) VALUES (?, ?, 1) "
                       "ON CONFLICT(item_id, other_id) DO UPDATE SET count = co_purchases.count + 1"));
    for (const Taken &a : taken)
        for (const Taken &b : taken) {
            if (a.itemId == b.itemId)
                continue;
            pair.addBindValue(a.itemId);
            pair.addBindValue(b.itemId);
            if (!pair.exec())
                return sqlError(pair.lastError());
        }
    return Done{};
}

// The receipt's outbox row, committed with the order.
Result<Done> queueReceipt(QSqlDatabase &db, qint64 orderId, const QString &now)
{
    QSqlQuery outbox(db);
    outbox.prepare(QStringLiteral(
        "INSERT INTO outbox(kind, order_id, next_attempt_at, created_at) VALUES ('receipt', ?, ?, ?)"));
    for (const QVariant &v : QVariantList{orderId, now, now})
        outbox.addBindValue(v);
    if (!outbox.exec())
        return sqlError(outbox.lastError());
    return Done{};
}

PlaceOutcome refused(PlaceOutcome::Kind kind, QJsonArray shortfalls = {})
{
    PlaceOutcome o;
    o.kind = kind;
    o.shortfalls = std::move(shortfalls);
    return o;
}

} // namespace

WriteResult<PlaceOutcome> OrderRepository::place(QSqlDatabase &db, const PlaceOrder &cmd)
{
    // the key first: a replay gets the order that holds it, even when it raced the first request
    const QString now = nowIso();
    const auto orderId = claimOrder(db, cmd, now);
    if (!orderId)
        return orderId.error();
    if (!orderId.value()) {
        if (auto earlier = earlierOrder(db, cmd))
            return *earlier;
        return Error::internal(QStringLiteral("an order's key is taken, but by no order"));
    }
    QJsonArray shortfalls;
    const auto taken = takeStock(db, cmd.lines, shortfalls);
    if (!taken)
        return taken.error();
    if (!shortfalls.isEmpty())
        return outcome(refused(PlaceOutcome::OutOfStock, shortfalls), true); // nothing is taken
    qint64 total = cmd.shippingCents();
    for (const Taken &t : taken.value())
        total += t.price * t.quantity;
    if (total != cmd.expectedTotalCents)
        return outcome(refused(PlaceOutcome::PriceChanged), true);

    PlaceOutcome placed;
    placed.orderId = orderId.value();
    auto stock = insertLines(db, cmd, placed.orderId, taken.value(), now);
    if (!stock)
        return stock.error();
    placed.stock = std::move(stock.value());
    if (auto parts = insertParts(db, cmd, placed.orderId, taken.value()); !parts)
        return parts.error();
    if (auto pairs = countCoPurchases(db, taken.value()); !pairs)
        return pairs.error();
    if (auto receipt = queueReceipt(db, placed.orderId, now); !receipt)
        return receipt.error();
    // read back inside the transaction: the answer and the events need no other connection
    const auto order = OrderRepository(db, cmd.currency).order(cmd.buyerId, placed.orderId);
    if (!order || !order.value())
        return order ? Error::internal(QStringLiteral("order %1 vanished").arg(placed.orderId))
                     : order.error();
    placed.order = order.value();
    if (cmd.fromCart && cmd.readCartAfter)
        if (auto cart = CartRepository(db, cmd.currency).cart(cmd.buyerId))
            placed.cartAfter = cart.value();
    return outcome(std::move(placed), false);
}

WriteResult<Done> OrderRepository::markCaptured(QSqlDatabase &db, qint64 orderId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE orders SET payment_state = 'captured', status = 'paid' "
                             "WHERE id = ? AND payment_state = 'authorized'"));
    q.addBindValue(orderId);
    if (!q.exec())
        return sqlError(q.lastError());
    ChangeSet purchase; // the other servers' watchers hear of it now it is paid
    if (q.numRowsAffected() > 0)
        purchase.paidOrders.insert(orderId);
    return WriteResult<Done>(Done{}, std::move(purchase));
}

Result<bool> OrderRepository::claimRecovery()
{
    if (Database::backendOf(m_db) != Backend::PostgreSQL)
        return true;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(kRecoveryLock)) || !q.next())
        return sqlError(q.lastError());
    return q.value(0).toBool();
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

Result<std::optional<BuyersOrder>> OrderRepository::buyersOrder(qint64 orderId)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT o.buyer_id, u.display_name FROM orders o JOIN users u ON u.id = o.buyer_id "
                       "WHERE o.id = ?"));
    q.addBindValue(orderId);
    if (!q.exec())
        return sqlError(q.lastError());
    if (!q.next())
        return std::optional<BuyersOrder>{};
    BuyersOrder found{q.value(0).toLongLong(), q.value(1).toString(), {}};
    auto read = order(found.buyerId, orderId);
    if (!read)
        return read.error();
    if (!read.value())
        return std::optional<BuyersOrder>{};
    found.order = std::move(*read.value());
    return std::optional<BuyersOrder>(std::move(found));
}

} // namespace emporium::storage
