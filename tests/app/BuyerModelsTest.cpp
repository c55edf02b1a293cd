// The buyer's client models against a real server, under QAbstractItemModelTester: the cart
// (add, change, remove, refused changes), the wishlist, the orders list, and Checkout's own
// checks and idempotency key.
#include "app/api/ApiClient.h"
#include "app/models/CartModel.h"
#include "app/models/Checkout.h"
#include "app/models/OrdersModel.h"
#include "app/models/WishlistModel.h"
#include "tests/common/ApiRequests.h"
#include "tests/common/SharedServerProcessTest.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::client;
using namespace emporium::test;

namespace {

class BuyerModelsTest : public SharedServerProcessTest<BuyerModelsTest>
{
protected:
    void SetUp() override
    {
        api.setBaseUrl(server->url());
        api.setToken(login(server->port(), QStringLiteral("carol@demo.test")));
    }
    ApiClient api;
};

CheckoutForm goodForm()
{
    CheckoutForm f;
    f.address = {QStringLiteral("Carol"), QStringLiteral("2 Road"), QString(),
                 QStringLiteral("Town"),  QStringLiteral("99999"),  QStringLiteral("US")};
    f.cardNumber = QStringLiteral("4242 4242 4242 4242");
    f.expMonth = 12;
    f.expYear = 2031;
    f.cvc = QStringLiteral("321");
    return f;
}

TEST_F(BuyerModelsTest, CartModel)
{
    CartModel cart(api);
    QAbstractItemModelTester tester(&cart, QAbstractItemModelTester::FailureReportingMode::Fatal);
    cart.reload();
    ASSERT_TRUE(waitUntil([&] { return cart.cart().currency == u"USD"; }));
    const int before = cart.rowCount();
    cart.add(10);
    ASSERT_TRUE(waitUntil([&] { return cart.rowCount() == before + 1; }));
    cart.add(10, 2);
    ASSERT_TRUE(waitUntil([&] { return cart.itemCount() >= 3; }));
    const QModelIndex quantity = cart.index(cart.rowCount() - 1, CartModel::QuantityColumn);
    EXPECT_EQ(quantity.data().toInt(), 3);
    EXPECT_TRUE(cart.flags(quantity) & Qt::ItemIsEditable);
    EXPECT_TRUE(cart.setData(quantity, 1));
    ASSERT_TRUE(waitUntil(
        [&] { return cart.index(cart.rowCount() - 1, CartModel::QuantityColumn).data().toInt() == 1; }));
    QSignalSpy failed(&cart, &CartModel::failed);
    cart.setQuantity(10, 999);
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));
    EXPECT_EQ(failed.at(0).at(0).value<Error>().code, QStringLiteral("out_of_stock"));
    cart.remove(10);
    ASSERT_TRUE(waitUntil([&] { return cart.rowCount() == before; }));
}

TEST_F(BuyerModelsTest, WishlistModel)
{
    WishlistModel wishlist(api);
    QAbstractItemModelTester tester(&wishlist, QAbstractItemModelTester::FailureReportingMode::Fatal);
    wishlist.add(20);
    ASSERT_TRUE(waitUntil([&] { return wishlist.contains(20); }));
    EXPECT_FALSE(wishlist.index(0).data().toString().isEmpty());
    wishlist.remove(20);
    ASSERT_TRUE(waitUntil([&] { return !wishlist.contains(20); }));
}

TEST_F(BuyerModelsTest, CheckoutChecksBeforeSending)
{
    CheckoutForm f = goodForm();
    EXPECT_TRUE(Checkout::validate(f).isEmpty());
    f.cardNumber = QStringLiteral("4242 4242 4242 4241");
    f.address.city.clear();
    f.expYear = 2001;
    const auto bad = Checkout::validate(f);
    for (const char *field : {"payment.card_number", "shipping_address.city", "payment.exp_year"})
        EXPECT_TRUE(std::any_of(bad.cbegin(), bad.cend(), [&](const auto &e) {
            return e.first == QLatin1String(field);
        })) << field;
}

TEST_F(BuyerModelsTest, CheckoutPlacesTheCartAndTheOrdersModelShowsIt)
{
    CartModel cart(api);
    cart.setQuantity(11, 1);
    ASSERT_TRUE(waitUntil([&] { return cart.itemCount() >= 1; }));
    Checkout checkout(api);
    QSignalSpy placed(&checkout, &Checkout::placed);
    QSignalSpy failed(&checkout, &Checkout::failed);
    checkout.place(goodForm());
    EXPECT_FALSE(checkout.idempotencyKey().isEmpty());
    checkout.place(goodForm()); // a second click while paying does nothing
    ASSERT_TRUE(waitUntil([&] { return placed.count() + failed.count() > 0; }));
    ASSERT_EQ(placed.count(), 1) << (failed.isEmpty()
                                         ? ""
                                         : failed.at(0).at(0).value<Error>().message.toStdString());
    const auto order = placed.at(0).at(0).value<protocol::Order>();
    EXPECT_GT(order.id, 0);
    EXPECT_TRUE(checkout.idempotencyKey().isEmpty()); // the next order gets a new key

    OrdersModel orders(api);
    QAbstractItemModelTester tester(&orders, QAbstractItemModelTester::FailureReportingMode::Fatal);
    orders.reload();
    ASSERT_TRUE(waitUntil([&] { return orders.rowCount() > 0; }));
    EXPECT_EQ(orders.orderAt(0).id, order.id);
    EXPECT_TRUE(orders.index(0).data().toString().contains(QStringLiteral("#%1").arg(order.id)));
}

TEST_F(BuyerModelsTest, DeclinedCardKeepsTheKeyForTheSameBody)
{
    CartModel cart(api);
    cart.setQuantity(12, 1);
    ASSERT_TRUE(waitUntil([&] { return cart.itemCount() >= 1; }));
    Checkout checkout(api);
    QSignalSpy failed(&checkout, &Checkout::failed);
    CheckoutForm f = goodForm();
    f.cardNumber = QStringLiteral("4000000000000002");
    checkout.place(f);
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));
    EXPECT_EQ(failed.at(0).at(0).value<Error>().code, QStringLiteral("payment_declined"));
    const QString key = checkout.idempotencyKey();
    checkout.place(f);
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 2; }));
    EXPECT_EQ(checkout.idempotencyKey(), key); // a retry of the same order
    f.cardNumber = QStringLiteral("4242424242424242");
    QSignalSpy placed(&checkout, &Checkout::placed);
    checkout.place(f);
    EXPECT_NE(checkout.idempotencyKey(), key); // another card: another request
    ASSERT_TRUE(waitUntil([&] { return placed.count() == 1; }));
}

} // namespace
