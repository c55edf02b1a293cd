#pragma once
// The typed, asynchronous client of the Emporium REST API. Every call returns at once and
// later invokes its callback on `context`'s thread with a Result: the parsed value, or an
// Error carrying the contract's error code and message (network failures: "network_error").
// Timeouts, error mapping and headers are handled here, once.
#include "server/protocol/AccountTypes.h"
#include "server/protocol/CatalogTypes.h"
#include "server/protocol/OrderTypes.h"
#include "server/protocol/ItemQuery.h"
#include "server/protocol/Result.h"

#include <QImage>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <functional>

namespace emporium {
namespace client {

template <typename T> using Callback = std::function<void(Result<T>)>;

class ApiClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 15000;

    explicit ApiClient(QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_base; }
    // ws://host:port/ws for the same server
    QUrl webSocketUrl() const;
    // Resolves a server-relative path such as /images/x.jpg
    QUrl resolve(const QString &path) const;
    // The bearer token sent with every request ("" when signed out).
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }

    void registerUser(const QString &email, const QString &password, const QString &displayName, protocol::Role role,
                      const QString &shopName, QObject *context, Callback<protocol::AuthResult> done);
    void login(const QString &email, const QString &password, QObject *context, Callback<protocol::AuthResult> done);
    void logout(QObject *context, Callback<bool> done);
    void me(QObject *context, Callback<protocol::User> done);

    void cart(QObject *context, Callback<protocol::Cart> done);
    // quantity 0 removes the line
    void setCartQuantity(qint64 itemId, int quantity, QObject *context, Callback<protocol::Cart> done);
    void wishlist(QObject *context, Callback<QList<protocol::ItemSummary>> done);
    void setWishlisted(qint64 itemId, bool wanted, QObject *context, Callback<QList<protocol::ItemSummary>> done);
    // body as API.md: shipping_address, payment, lines?; the key makes retries safe
    void placeOrder(const QJsonObject &body, const QString &idempotencyKey, QObject *context, Callback<protocol::Order> done);
    void orders(int page, int perPage, QObject *context, Callback<protocol::Page<protocol::Order>> done);
    // the receipt as an email message (.eml)
    void receipt(qint64 orderId, QObject *context, Callback<QByteArray> done);

    void categories(QObject *context, Callback<QList<protocol::Category>> done);
    void items(const protocol::ItemQuery &query, QObject *context, Callback<protocol::Page<protocol::ItemSummary>> done);
    void item(qint64 id, QObject *context, Callback<protocol::ItemDetail> done);
    // Downloads and decodes a picture; decoding runs off the GUI thread.
    void image(const QString &path, QObject *context, Callback<QImage> done);
    void health(QObject *context, Callback<bool> done);

    // Lower level: GET raw bytes (a CSV export, a receipt).
    void download(const QString &path, QObject *context, Callback<QByteArray> done) { getBytes(path, context, std::move(done)); }
    // Sends a raw body (a picture, a CSV file); `progress` follows the upload (bytes sent, total).
    void sendBytes(const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &contentType,
                   QObject *context, Callback<QJsonDocument> done, std::function<void(qint64, qint64)> progress = {});
    // Lower level: GET a JSON document.
    void getJson(const QString &path, const QUrlQuery &query, QObject *context, Callback<QJsonDocument> done);
    // Sends a JSON body; an empty answer (204) arrives as an empty document.
    void sendJson(const QByteArray &method, const QString &path, const QJsonObject &body, QObject *context,
                  Callback<QJsonDocument> done, const QList<QPair<QByteArray, QByteArray>> &headers = {});

Q_SIGNALS:
    // Emitted for every failed request, for a status line.
    void requestFailed(const QString &message);
    // A request that carried the token was answered 401: the token is no longer valid.
    void unauthorized();

private:
    QNetworkRequest request(const QString &path, const QUrlQuery &query = {}) const;
    void getBytes(const QString &path, QObject *context, Callback<QByteArray> done);
    void finishJson(QNetworkReply *reply, const Callback<QJsonDocument> &done);

    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_token;
};

} // namespace client
} // namespace emporium
