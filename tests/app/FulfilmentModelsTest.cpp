// After payment, in the client models, against a real demo server under QAbstractItemModelTester:
// the shop's queue shows a new order with only the shop's own lines; shipping, marking delivered
// and refunding through ShopOrdersModel update its row from the answer while the buyer's
// OrdersModel follows by the live `order` event (and says when a part shipped); the buyer cancels
// from OrdersModel, and a refusal from the server comes back with its reason.
#include "app/api/ApiClient.h"
#include "app/api/LiveUpdates.h"
#include "app/api/RealtimeClient.h"
#include "app/api/Session.h"
#include "app/api/TokenStore.h"
#include "app/models/OrderStatus.h"
#include "app/models/OrdersModel.h"
#include "app/models/ShopOrdersModel.h"
#include "server/protocol/RealtimeEvents.h"
#include "tests/common/ApiRequests.h"
#include "tests/common/SharedServerProcessTest.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::client;
using namespace emporium::test;

namespace {

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

class FulfilmentModelsTest : public SharedServerProcessTest<FulfilmentModelsTest>
{
protected:
    void SetUp() override
    {
        sellerToken = login(port(), QStringLiteral("seller@demo.test"));
        otherSellerToken = login(port(), QStringLiteral("northwind@demo.test"));
        ASSERT_FALSE(sellerToken.isEmpty() || otherSellerToken.isEmpty());
        sellerApi.setBaseUrl(server->url());
        sellerApi.setToken(sellerToken);
    }

    qint64 newItem(const QString &token, const QString &title, int stock, int priceCents)
    {
        const qint64 id = createItem(port(), token, title, stock, priceCents);
        EXPECT_NE(id, 0) << "the item was refused";
        return id;
    }
    // a paid order of `lines` (item, quantity) for `buyerToken`; its id
    qint64 order(const QString &buyerToken, const QList<std::pair<qint64, int>> &lines)
    {
        QJsonObject body = orderBody(lines[0].first, lines[0].second);
        QJsonArray all;
        for (const auto &[item, quantity] : lines)
            all.append(
                QJsonObject{{QStringLiteral("item_id"), item}, {QStringLiteral("quantity"), quantity}});
        body.insert(QStringLiteral("lines"), all);
        const HttpReply r = postJson(port(), "/api/v1/orders", body,
                                     bearer(buyerToken) + "Idempotency-Key: " + newKey() + "\r\n");
        EXPECT_EQ(r.status, 201) << r.body.toStdString();
        return r.json().object().value(u"id").toInteger();
    }
    QJsonObject buyersOrder(const QString &buyerToken, qint64 id)
    {
        return httpGet(port(), "/api/v1/orders/" + QByteArray::number(id), bearer(buyerToken))
            .json()
            .object();
    }
    // every page of the queue (the demo's shops have many orders waiting; a new one comes last)
    static void loadAll(ShopOrdersModel &queue)
    {
        ASSERT_TRUE(waitUntil([&] {
            if (queue.canFetchMore({}))
                queue.fetchMore({});
            return queue.total() >= 0 && !queue.isLoading() && !queue.canFetchMore({});
        }));
    }
    template <typename T> static Result<T> waitFor(std::optional<Result<T>> &answer)
    {
        EXPECT_TRUE(waitUntil([&] { return answer.has_value(); }));
        return answer.value_or(Result<T>(Error{QStringLiteral("timeout"), {}, {}}));
    }
    // one of the queue's actions, and its answer once the row shows it
    static Result<protocol::Order> answerOf(const std::function<void(Callback<protocol::Order>)> &action)
    {
        std::optional<Result<protocol::Order>> answer;
        action([&](Result<protocol::Order> r) { answer = std::move(r); });
        return waitFor(answer);
    }
    static QString cell(const ShopOrdersModel &queue, int row, int column)
    {
        return queue.index(row, column).data().toString();
    }

    QString sellerToken, otherSellerToken;
    ApiClient sellerApi;
};

// One buyer's window: the session, the realtime connection and the orders that LiveUpdates keeps.
struct BuyerWindow
{
    BuyerWindow(const QUrl &server, const QString &email)
    {
        api.setBaseUrl(server);
        QObject::connect(&realtime, &RealtimeClient::messageReceived,
                         [this](const QJsonObject &m) { pongs += m.value(u"type").toString() == u"pong"; });
        live.followSession(session, realtime);
        realtime.open(api.webSocketUrl());
        session.signIn(email, QStringLiteral("demo1234"));
    }
    // Signed in, orders loaded, and the server has read the subscriptions (it answers a ping in order).
    bool ready()
    {
        if (!waitUntil([&] {
                return session.isSignedIn() && realtime.state() == RealtimeClient::State::Connected &&
                       orders.total() >= 0 && !orders.isLoading();
            }))
            return false;
        const int before = pongs;
        realtime.send(protocol::pingMessage());
        return waitUntil([&] { return pongs > before; });
    }
    const protocol::Order *order(qint64 id) const
    {
        const int row = orders.rowOf(id);
        return row < 0 ? nullptr : &orders.orderAt(row);
    }

    QTemporaryDir dir;
    ApiClient api;
    TokenStore tokens{dir.path()};
    Session session{api, tokens};
    RealtimeClient realtime;
    OrdersModel orders{api};
    LiveUpdates live{{nullptr, nullptr, nullptr, nullptr, nullptr, &orders}};
    int pongs = 0;
};

} // namespace

TEST_F(FulfilmentModelsTest, TheQueueShowsANewOrderWithOnlyTheShopsLines)
{
    const qint64 lamp = newItem(sellerToken, QStringLiteral("Queue lamp"), 5, 2500);
    const qint64 mug = newItem(otherSellerToken, QStringLiteral("Queue mug"), 5, 1200);
    const QString buyer = login(port(), QStringLiteral("dave@demo.test"));
    const qint64 id = order(buyer, {{lamp, 2}, {mug, 1}});

    ShopOrdersModel queue(sellerApi);
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(queue.statusFilter(), QStringLiteral("paid")); // to ship, by default
    queue.reload();
    loadAll(queue);
    const int row = queue.rowOf(id);
    ASSERT_GE(row, 0);
    const protocol::Order &mine = queue.orderAt(row);
    ASSERT_EQ(mine.lines.size(), 1);
    EXPECT_EQ(mine.lines[0].itemId, lamp);
    EXPECT_EQ(mine.buyerName, QStringLiteral("Dave"));
    EXPECT_EQ(cell(queue, row, ShopOrdersModel::OrderColumn), QStringLiteral("#%1").arg(id));
    EXPECT_EQ(cell(queue, row, ShopOrdersModel::BuyerColumn), QStringLiteral("Dave"));
    EXPECT_EQ(cell(queue, row, ShopOrdersModel::ItemsColumn), QStringLiteral("2 × Queue lamp"));
    EXPECT_EQ(cell(queue, row, ShopOrdersModel::StatusColumn),
              partStatusText(QStringLiteral("paid"), PartReader::Shop));
    EXPECT_TRUE(cell(queue, row, ShopOrdersModel::TrackingColumn).isEmpty());
    EXPECT_TRUE(queue.index(row, 0).data(ShopOrdersModel::CanShipRole).toBool());
    EXPECT_FALSE(queue.index(row, 0).data(ShopOrdersModel::CanDeliverRole).toBool());
    EXPECT_TRUE(queue.index(row, 0).data(ShopOrdersModel::CanRefundRole).toBool());
    EXPECT_TRUE(queue.index(row, ShopOrdersModel::BuyerColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"Testville"));

    // the other shop sees only its mug
    ApiClient otherApi;
    otherApi.setBaseUrl(server->url());
    otherApi.setToken(otherSellerToken);
    ShopOrdersModel other(otherApi);
    other.reload();
    loadAll(other);
    ASSERT_GE(other.rowOf(id), 0);
    EXPECT_EQ(cell(other, other.rowOf(id), ShopOrdersModel::ItemsColumn), QStringLiteral("1 × Queue mug"));

    // a sale on the seller topic for an order the list does not show reads the queue again
    const qint64 next = order(buyer, {{lamp, 1}});
    QSignalSpy loaded(&queue, &ShopOrdersModel::loaded);
    queue.noteSale(next);
    ASSERT_TRUE(waitUntil([&] { return loaded.count() > 0; }));
    // pages still to come bring a new order to ship (the last) by themselves: no reading again
    ASSERT_TRUE(queue.canFetchMore({}));
    queue.noteSale(next + 1000);
    QTest::qWait(ShopOrdersModel::kRefreshDelayMs + 300);
    EXPECT_EQ(loaded.count(), 1);
    loadAll(queue);
    EXPECT_GE(queue.rowOf(next), 0);

    // the filter: shipped parts only
    queue.setStatusFilter(QStringLiteral("shipped"));
    loadAll(queue);
    EXPECT_GT(queue.rowCount(), 0); // the demo's orders of two to seven days ago
    EXPECT_LT(queue.rowOf(id), 0);
    for (int r = 0; r < queue.rowCount(); ++r)
        ASSERT_EQ(queue.index(r, 0).data(ShopOrdersModel::PartStatusRole).toString(),
                  QStringLiteral("shipped"));
}

TEST_F(FulfilmentModelsTest, ShipAndDeliverUpdateTheRowAndTheBuyersOrdersFollowLive)
{
    const qint64 lamp = newItem(sellerToken, QStringLiteral("Lifecycle lamp"), 10, 2500);
    const qint64 mug = newItem(otherSellerToken, QStringLiteral("Lifecycle mug"), 10, 1200);
    BuyerWindow buyer(server->url(), QStringLiteral("dave@demo.test"));
    QAbstractItemModelTester buyerTester(&buyer.orders,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(buyer.ready());
    QSignalSpy shipped(&buyer.orders, &OrdersModel::partShipped);
    const qint64 id = order(buyer.session.token(), {{lamp, 2}, {mug, 1}});
    ASSERT_TRUE(waitUntil([&] { return buyer.order(id) != nullptr; })); // the live event brought it
    EXPECT_EQ(buyer.orders.rowOf(id), 0);

    ShopOrdersModel queue(sellerApi);
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::Fatal);
    queue.reload();
    loadAll(queue);
    ASSERT_GE(queue.rowOf(id), 0);
    const auto rowData = [&](int column, int role = Qt::DisplayRole) {
        return queue.index(queue.rowOf(id), column).data(role);
    };

    // ship: the row is busy until the answer, then shows it (still only the shop's line)
    std::optional<Result<protocol::Order>> answer;
    queue.ship(id, QStringLiteral("UPS"), QStringLiteral("1ZAPP0001"), nullptr,
               [&](Result<protocol::Order> r) { answer = std::move(r); });
    EXPECT_TRUE(rowData(0, ShopOrdersModel::BusyRole).toBool());
    EXPECT_FALSE(rowData(0, ShopOrdersModel::CanShipRole).toBool());
    ASSERT_TRUE(waitFor(answer));
    EXPECT_FALSE(rowData(0, ShopOrdersModel::BusyRole).toBool());
    EXPECT_EQ(rowData(ShopOrdersModel::StatusColumn).toString(), partStatusText(QStringLiteral("shipped")));
    EXPECT_EQ(rowData(ShopOrdersModel::TrackingColumn).toString(), QStringLiteral("UPS 1ZAPP0001"));
    EXPECT_EQ(rowData(ShopOrdersModel::ItemsColumn).toString(), QStringLiteral("2 × Lifecycle lamp"));
    EXPECT_EQ(rowData(ShopOrdersModel::BuyerColumn).toString(), QStringLiteral("Dave"));
    EXPECT_TRUE(rowData(0, ShopOrdersModel::CanDeliverRole).toBool());
    // the buyer's window: moved by the event (in place), and told which shop shipped
    ASSERT_TRUE(waitUntil([&] { return buyer.order(id)->status == u"partially_shipped"; }));
    const qint64 shopId = queue.orderAt(queue.rowOf(id)).parts[0].shopId;
    ASSERT_NE(buyer.order(id)->part(shopId), nullptr);
    EXPECT_EQ(buyer.order(id)->part(shopId)->trackingNumber, QStringLiteral("1ZAPP0001"));
    ASSERT_EQ(shipped.count(), 1);
    EXPECT_EQ(shipped[0][0].value<protocol::Order>().id, id);
    EXPECT_EQ(shipped[0][1].value<protocol::OrderPart>().shopName, QStringLiteral("Demo Goods"));
    const QModelIndex buyerRow = buyer.orders.index(buyer.orders.rowOf(id));
    EXPECT_EQ(buyerRow.data(OrdersModel::StatusTextRole).toString(),
              orderStatusText(QStringLiteral("partially_shipped")));
    EXPECT_FALSE(buyerRow.data(OrdersModel::CanCancelRole).toBool());
    int rowsOfIt = 0;
    for (int r = 0; r < buyer.orders.rowCount(); ++r)
        rowsOfIt += buyer.orders.orderAt(r).id == id;
    EXPECT_EQ(rowsOfIt, 1);

    // shipping again is refused with the contract's reason; the row stays as it was
    const Result<protocol::Order> refused = answerOf([&](Callback<protocol::Order> done) {
        queue.ship(id, QStringLiteral("UPS"), QStringLiteral("again"), nullptr, std::move(done));
    });
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, QStringLiteral("conflict"));
    EXPECT_FALSE(refused.error().message.isEmpty());
    EXPECT_EQ(rowData(ShopOrdersModel::TrackingColumn).toString(), QStringLiteral("UPS 1ZAPP0001"));

    // delivered
    ASSERT_TRUE(
        answerOf([&](Callback<protocol::Order> done) { queue.markDelivered(id, nullptr, std::move(done)); }));
    EXPECT_EQ(rowData(ShopOrdersModel::StatusColumn).toString(), partStatusText(QStringLiteral("delivered")));
    EXPECT_FALSE(rowData(0, ShopOrdersModel::CanDeliverRole).toBool());
    ASSERT_TRUE(waitUntil([&] {
        const protocol::OrderPart *p = buyer.order(id)->part(shopId);
        return p && p->status == u"delivered";
    }));
}

TEST_F(FulfilmentModelsTest, ARefundUpdatesTheRowOncePerKeyAndTheBuyersOrdersFollow)
{
    const qint64 lamp = newItem(sellerToken, QStringLiteral("Refunded lamp"), 10, 2500);
    BuyerWindow buyer(server->url(), QStringLiteral("alice@demo.test"));
    ASSERT_TRUE(buyer.ready());
    const qint64 id = order(buyer.session.token(), {{lamp, 2}});
    ShopOrdersModel queue(sellerApi);
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::Fatal);
    queue.reload();
    loadAll(queue);
    ASSERT_GE(queue.rowOf(id), 0);
    const auto refund = [&](const RefundRequest &request, const QString &key) {
        return answerOf([&](Callback<protocol::Order> done) {
            queue.refund(id, request, key, nullptr, std::move(done));
        });
    };

    // one lamp back; the same key again gives nothing more back
    const RefundRequest one{{{lamp, 1}}, true, QStringLiteral("arrived scratched")};
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ASSERT_TRUE(refund(one, key));
    EXPECT_EQ(queue.index(queue.rowOf(id), ShopOrdersModel::ItemsColumn).data().toString(),
              ShopOrdersModel::tr("%1 (%2 refunded)").arg(QStringLiteral("2 × Refunded lamp")).arg(1));
    EXPECT_EQ(queue.orderAt(queue.rowOf(id)).refundedCents, 2500);
    EXPECT_TRUE(queue.index(queue.rowOf(id), 0).data(ShopOrdersModel::CanRefundRole).toBool()); // one left
    ASSERT_TRUE(waitUntil([&] { return buyer.order(id) && buyer.order(id)->refundedCents == 2500; }));
    EXPECT_EQ(buyer.order(id)->status, QStringLiteral("partially_refunded"));
    EXPECT_EQ(buyer.order(id)->lines[0].refundedQuantity, 1);
    ASSERT_TRUE(refund(one, key));
    EXPECT_EQ(buyersOrder(buyer.session.token(), id).value(u"refunded_cents").toInteger(), 2500);

    // more than is left: refused with the server's reason
    const Result<protocol::Order> tooMuch = refund({{{lamp, 2}}, false, {}}, QUuid::createUuid().toString());
    ASSERT_FALSE(tooMuch);
    EXPECT_EQ(tooMuch.error().code, QStringLiteral("conflict"));
    EXPECT_EQ(queue.orderAt(queue.rowOf(id)).refundedCents, 2500);
}

TEST_F(FulfilmentModelsTest, TheBuyerCancelsFromTheOrdersModel)
{
    const qint64 kettle = newItem(sellerToken, QStringLiteral("Cancelled kettle"), 10, 3000);
    const QString buyerToken = login(port(), QStringLiteral("bob@demo.test"));
    const qint64 id = order(buyerToken, {{kettle, 2}});
    const qint64 shippedId = order(buyerToken, {{kettle, 1}});
    ApiClient api;
    api.setBaseUrl(server->url());
    api.setToken(buyerToken);
    OrdersModel orders(api);
    QAbstractItemModelTester tester(&orders, QAbstractItemModelTester::FailureReportingMode::Fatal);
    orders.reload();
    ASSERT_TRUE(waitUntil([&] { return orders.rowOf(id) >= 0 && orders.rowOf(shippedId) >= 0; }));
    EXPECT_TRUE(orders.index(orders.rowOf(id)).data(OrdersModel::CanCancelRole).toBool());

    QSignalSpy cancelled(&orders, &OrdersModel::cancelled);
    QSignalSpy failed(&orders, &OrdersModel::cancelFailed);
    orders.cancel(id);
    EXPECT_TRUE(orders.index(orders.rowOf(id)).data(OrdersModel::CancellingRole).toBool());
    EXPECT_FALSE(orders.index(orders.rowOf(id)).data(OrdersModel::CanCancelRole).toBool());
    ASSERT_TRUE(waitUntil([&] { return cancelled.count() + failed.count() > 0; }));
    ASSERT_EQ(cancelled.count(), 1);
    const protocol::Order &o = orders.orderAt(orders.rowOf(id));
    EXPECT_EQ(o.status, QStringLiteral("cancelled"));
    EXPECT_EQ(o.refundedCents, o.totalCents);
    const QModelIndex row = orders.index(orders.rowOf(id));
    EXPECT_EQ(row.data(OrdersModel::StatusTextRole).toString(), orderStatusText(QStringLiteral("cancelled")));
    EXPECT_NE(row.data(OrdersModel::StatusTextRole).toString(), QStringLiteral("cancelled"));
    EXPECT_FALSE(row.data(OrdersModel::CanCancelRole).toBool());
    EXPECT_FALSE(row.data(OrdersModel::CancellingRole).toBool());

    // shipped meanwhile (this model hears no events): the server refuses, with its reason
    ASSERT_EQ(postJson(port(), "/api/v1/seller/orders/" + QByteArray::number(shippedId) + "/ship",
                       {{QStringLiteral("carrier"), QStringLiteral("DHL")},
                        {QStringLiteral("tracking_number"), QStringLiteral("JD01")}},
                       bearer(sellerToken))
                  .status,
              200);
    orders.cancel(shippedId);
    ASSERT_TRUE(waitUntil([&] { return failed.count() > 0; }));
    EXPECT_EQ(failed[0][0].toLongLong(), shippedId);
    EXPECT_EQ(failed[0][1].value<Error>().code, QStringLiteral("conflict"));
    EXPECT_FALSE(failed[0][1].value<Error>().message.isEmpty());
    EXPECT_EQ(orders.orderAt(orders.rowOf(shippedId)).status, QStringLiteral("paid")); // as it was
}

TEST(OrdersModelTest, AnOrderSentAgainReplacesItsRowAndAShipmentIsAnnounced)
{
    ApiClient api; // never asked
    OrdersModel orders(api);
    QAbstractItemModelTester tester(&orders, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy shipped(&orders, &OrdersModel::partShipped);
    protocol::Order o;
    o.id = 7;
    o.status = QStringLiteral("paid");
    o.parts = {{3, QStringLiteral("Demo Goods"), QStringLiteral("paid"), {}, {}, {}, {}, 0},
               {4, QStringLiteral("Northwind"), QStringLiteral("paid"), {}, {}, {}, {}, 0}};
    orders.apply(o);
    protocol::Order newer = o;
    newer.id = 9;
    orders.apply(newer);
    protocol::Order older = o;
    older.id = 5;
    orders.apply(older);
    ASSERT_EQ(orders.rowCount(), 3);
    EXPECT_EQ(orders.orderAt(0).id, 9); // newest first
    EXPECT_EQ(orders.orderAt(2).id, 5);
    EXPECT_TRUE(orders.index(1).data(OrdersModel::CanCancelRole).toBool());

    o.status = QStringLiteral("partially_shipped");
    o.parts[0].status = QStringLiteral("shipped");
    o.parts[0].carrier = QStringLiteral("UPS");
    o.parts[0].trackingNumber = QStringLiteral("1Z42");
    orders.apply(o);
    EXPECT_EQ(orders.rowCount(), 3);
    EXPECT_EQ(orders.orderAt(1).status, QStringLiteral("partially_shipped"));
    EXPECT_FALSE(orders.index(1).data(OrdersModel::CanCancelRole).toBool());
    ASSERT_EQ(shipped.count(), 1);
    EXPECT_EQ(shipped[0][1].value<protocol::OrderPart>().trackingNumber, QStringLiteral("1Z42"));
    orders.apply(o); // the same again (the answer and the event): said once
    EXPECT_EQ(shipped.count(), 1);
    EXPECT_EQ(trackingText(o.parts[0]), QStringLiteral("UPS 1Z42"));
}

TEST(OrderStatusTest, EveryStatusReadsAsWords)
{
    for (const char *s : {"authorized", "paid", "partially_shipped", "shipped", "delivered", "cancelled",
                          "partially_refunded", "refunded"}) {
        const QString text = orderStatusText(QLatin1String(s));
        EXPECT_FALSE(text.isEmpty());
        EXPECT_FALSE(text.contains(u'_')) << s;
        EXPECT_NE(text, QLatin1String(s));
    }
    EXPECT_EQ(partStatusText(QStringLiteral("paid"), PartReader::Shop), QStringLiteral("To ship"));
    EXPECT_EQ(orderStatusText(QStringLiteral("on_hold")), QStringLiteral("On hold")); // unknown: still words
}
