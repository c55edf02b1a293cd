#pragma once
// The typed, asynchronous client of the Emporium REST API. Every call returns at once and
// later invokes its callback on `context`'s thread with a Result: the parsed value, or an
// Error carrying the contract's error code and message (network failures: "network_error").
// Timeouts, error mapping and headers are handled here, once.
#include "server/protocol/AccountTypes.h"
#include "server/protocol/AdminTypes.h"
#include "server/protocol/CatalogTypes.h"
#include "server/protocol/CheckoutTypes.h"
#include "server/protocol/DiscoveryTypes.h"
#include "server/protocol/ItemQuery.h"
#include "server/protocol/OrderTypes.h"
#include "server/protocol/Result.h"
#include "server/protocol/SellerTypes.h"
#include "server/protocol/ShippingTypes.h"

#include <QImage>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QObject>
#include <QThreadPool>
#include <QUrl>
#include <functional>

namespace emporium {
namespace client {

template <typename T> using Callback = std::function<void(Result<T>)>;
// bytes sent, total: an upload's progress
using Progress = std::function<void(qint64, qint64)>;

// What a shop gives back of one line of an order.
struct RefundLine
{
    qint64 itemId = 0;
    int quantity = 0;
};

// A refund by the shop: its lines, whether the items go back to stock, and why.
struct RefundRequest
{
    QList<RefundLine> lines;
    bool restock = false;
    QString reason;
};

class ApiClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 15000;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_base; }
    // ws://host:port/ws for the same server
    QUrl webSocketUrl() const;
    // Resolves a server-relative path such as /images/x.jpg
    QUrl resolve(const QString &path) const;
    // The bearer token sent with every request ("" when signed out).
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    // Where the buyer's parcels go (ISO 3166 alpha-2): item answers carry "arrives by" for it.
    void setDeliveryCountry(const QString &country) { m_country = country.toUpper(); }
    QString deliveryCountry() const { return m_country; }

    void registerUser(const QString &email, const QString &password, const QString &displayName,
                      protocol::Role role, const QString &shopName, QObject *context,
                      Callback<protocol::AuthResult> done);
    void login(const QString &email, const QString &password, QObject *context,
               Callback<protocol::AuthResult> done);
    void logout(QObject *context, Callback<bool> done);
    void me(QObject *context, Callback<protocol::User> done);

    void cart(QObject *context, Callback<protocol::Cart> done);
    // quantity 0 removes the line
    void setCartQuantity(qint64 itemId, int quantity, QObject *context, Callback<protocol::Cart> done);
    void wishlist(QObject *context, Callback<QList<protocol::ItemSummary>> done);
    void setWishlisted(qint64 itemId, bool wanted, QObject *context,
                       Callback<QList<protocol::ItemSummary>> done);
    // the key makes retries safe: the same key and body never charge twice
    void placeOrder(const protocol::OrderRequest &order, const QString &idempotencyKey, QObject *context,
                    Callback<protocol::Order> done);
    void orders(int page, int perPage, QObject *context, Callback<protocol::Page<protocol::Order>> done);
    // the receipt as an email message (.eml)
    void receipt(qint64 orderId, QObject *context, Callback<QByteArray> done);
    // the buyer's cancellation while nothing has shipped: the order, cancelled and refunded in full
    void cancelOrder(qint64 orderId, QObject *context, Callback<protocol::Order> done);
    // What a checkout would charge now: shipping per shop and the total (the cart to `address`).
    void quoteOrder(const protocol::ShippingAddress &address, QObject *context,
                    Callback<protocol::Quote> done);

    void categories(QObject *context, Callback<QList<protocol::Category>> done);
    void items(const protocol::ItemQuery &query, QObject *context,
               Callback<protocol::Page<protocol::ItemSummary>> done);
    void item(qint64 id, QObject *context, Callback<protocol::ItemDetail> done);
    // Downloads and decodes a picture; decoding runs off the GUI thread. `context` must live on
    // this client's thread (it is checked there once the picture is decoded).
    void image(const QString &path, QObject *context, Callback<QImage> done);
    void health(QObject *context, Callback<bool> done);

    // Discovery: the home page, related items, questions and answers, reviews.
    void home(QObject *context, Callback<protocol::Home> done);
    void related(qint64 itemId, QObject *context, Callback<QList<protocol::ItemSummary>> done);
    void questions(qint64 itemId, int page, int perPage, QObject *context,
                   Callback<protocol::Page<protocol::Question>> done);
    void askQuestion(qint64 itemId, const QString &body, QObject *context, Callback<protocol::Question> done);
    void answerQuestion(qint64 questionId, const QString &body, QObject *context,
                        Callback<protocol::Answer> done);
    void markHelpful(qint64 answerId, QObject *context, Callback<bool> done);
    void reviews(qint64 itemId, int page, int perPage, QObject *context, Callback<protocol::ReviewPage> done);
    void addReview(qint64 itemId, int rating, const QString &body, QObject *context,
                   Callback<protocol::Review> done);

    // Seller: the shop's own items, sales and stats.
    void inventory(int page, int perPage, QObject *context,
                   Callback<protocol::Page<protocol::InventoryItem>> done);
    void createItem(const protocol::ItemChange &item, QObject *context,
                    Callback<protocol::InventoryItem> done);
    void changeItem(qint64 itemId, const protocol::ItemChange &change, QObject *context,
                    Callback<protocol::InventoryItem> done);
    void delistItem(qint64 itemId, QObject *context, Callback<bool> done);
    // a PNG, JPEG or WebP file's bytes
    void uploadPicture(qint64 itemId, const QByteArray &bytes, const QByteArray &contentType,
                       QObject *context, Callback<protocol::UploadedImage> done);
    // the inventory as CSV (RFC 4180, UTF-8)
    void exportInventory(QObject *context, Callback<QByteArray> done);
    // all or nothing: a refused file's error names its lines (protocol::ImportLineError::fromDetails)
    void importInventory(const QByteArray &csv, QObject *context, Callback<protocol::ImportResult> done,
                         Progress progress = {});
    void sales(const protocol::SalesQuery &query, QObject *context,
               Callback<protocol::Page<protocol::SaleLine>> done);
    // bucket: minute | hour | day; from: ISO 8601
    void sellerStats(const QString &bucket, const QString &from, QObject *context,
                     Callback<protocol::SellerStats> done);

    // Seller: the shop's order queue (status: paid | shipped | delivered | cancelled | refunded, or
    // "" for all; unshipped first) with the shop's own lines and part, and what the shop does with it.
    // Each action answers with the shop's share of the order (its own lines and part).
    void shopOrders(const QString &status, int page, int perPage, QObject *context,
                    Callback<protocol::Page<protocol::Order>> done);
    void shipOrder(qint64 orderId, const QString &carrier, const QString &trackingNumber, QObject *context,
                   Callback<protocol::Order> done);
    void markDelivered(qint64 orderId, QObject *context, Callback<protocol::Order> done);
    // the key makes a retry safe: the same key never refunds twice
    void refundOrder(qint64 orderId, const RefundRequest &refund, const QString &idempotencyKey,
                     QObject *context, Callback<protocol::Order> done);
    // The shop's handling time and shipping rates per destination country.
    void shipping(QObject *context, Callback<protocol::ShippingSettings> done);
    void setShipping(const protocol::ShippingSettings &settings, QObject *context,
                     Callback<protocol::ShippingSettings> done);

    // Admin.
    void analytics(QObject *context, Callback<protocol::AnalyticsSnapshot> done);
    void adminUsers(const QString &search, int page, int perPage, QObject *context,
                    Callback<protocol::Page<protocol::AdminUser>> done);
    void changeUser(qint64 userId, const protocol::AdminUserChange &change, QObject *context,
                    Callback<protocol::AdminUser> done);

Q_SIGNALS:
    // Emitted for every failed request, for a status line.
    void requestFailed(const QString &message);
    // A request that carried the token was answered 401: the token is no longer valid.
    void unauthorized();
    // The server's TLS certificate was not trusted (unknown authority, wrong name, expired): nothing was
    // sent. `message` says why, for the user.
    void certificateRejected(const QString &message);

private:
    void reportFailure(const Error &e);
    void getBytes(const QString &path, QObject *context, Callback<QByteArray> done);
    // Sends a raw body (a picture, a CSV file); `progress` follows the upload.
    void sendBytes(const QByteArray &method, const QString &path, const QByteArray &body,
                   const QByteArray &contentType, QObject *context, Callback<QJsonDocument> done,
                   Progress progress = {});
    void getJson(const QString &path, const QUrlQuery &query, QObject *context, Callback<QJsonDocument> done);
    // Sends a JSON body; an empty answer (204) arrives as an empty document.
    void sendJson(const QByteArray &method, const QString &path, const QJsonObject &body, QObject *context,
                  Callback<QJsonDocument> done, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    QNetworkRequest request(const QString &path, const QUrlQuery &query = {}) const;
    void finishJson(QNetworkReply *reply, const Callback<QJsonDocument> &done);

    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_token;
    QString m_country;
    // Decodes pictures. Declared last: destroyed first, it waits for running decodes while this
    // object (the continuations' context) is still alive, as QFuture::then(context) requires.
    QThreadPool m_decoders;
};

} // namespace client
} // namespace emporium
