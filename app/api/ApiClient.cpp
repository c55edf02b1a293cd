#include "app/api/ApiClient.h"

#include "server/protocol/JsonWriter.h"
#include "server/protocol/Paging.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkReply>
#include <QPointer>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace emporium {
namespace client {
namespace {

Error toError(QNetworkReply *reply, const QByteArray &body)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 && reply->error() == QNetworkReply::SslHandshakeFailedError)
        return {QStringLiteral("certificate_error"),
                QObject::tr("The server's certificate is not trusted (%1).").arg(reply->errorString()),
                {}};
    if (status == 0) {
        const bool timeout = reply->error() == QNetworkReply::OperationCanceledError ||
                             reply->error() == QNetworkReply::TimeoutError;
        return {QStringLiteral("network_error"),
                timeout ? QObject::tr("The server did not answer in time.")
                        : QObject::tr("Cannot reach the server: %1").arg(reply->errorString()),
                {}};
    }
    const auto e = protocol::ApiError::fromBody(status, body);
    QString message = e.message;
    if (message.isEmpty())
        message = QObject::tr("The server answered %1.").arg(status);
    QJsonObject details = e.details;
    details.insert(QStringLiteral("http_status"), status);
    return {e.code, message, details};
}

// Reads a successful answer as the wire type T.
template <typename T> Callback<QJsonDocument> as(Callback<T> done)
{
    return [done = std::move(done)](Result<QJsonDocument> r) {
        if (!r)
            return done(r.error());
        done(T::fromJson(r->object()));
    };
}

template <typename T> Callback<QJsonDocument> asPage(Callback<protocol::Page<T>> done, int defaultPerPage)
{
    return [done = std::move(done), defaultPerPage](Result<QJsonDocument> r) {
        if (!r)
            return done(r.error());
        done(protocol::pageFromJson<T>(r->object(), defaultPerPage));
    };
}

// For answers without a body worth reading (204, or one the caller does not need).
Callback<QJsonDocument> asDone(Callback<bool> done)
{
    return [done = std::move(done)](Result<QJsonDocument> r) {
        if (!r)
            return done(r.error());
        done(true);
    };
}

QUrlQuery paging(int page, int perPage)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    q.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    return q;
}

// The country of the user's locale ("" for the C locale): where parcels go until an order says otherwise.
QString localeCountry()
{
    const QLocale::Territory territory = QLocale().territory();
    const QString code = territory == QLocale::AnyTerritory ? QString() : QLocale::territoryToCode(territory);
    return code.size() == 2 ? code : QString();
}

} // namespace

ApiClient::ApiClient(QObject *parent) : QObject(parent), m_country(localeCountry())
{
    m_nam.setAutoDeleteReplies(true);
}

ApiClient::~ApiClient()
{
    m_decoders.waitForDone(); // before the continuations' context (this) starts to go
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_base = url;
    m_base.setPath(QString());
}

QUrl ApiClient::webSocketUrl() const
{
    QUrl u = m_base;
    u.setScheme(m_base.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    u.setPath(QStringLiteral("/ws"));
    return u;
}

QUrl ApiClient::resolve(const QString &path) const
{
    return m_base.resolved(QUrl(path));
}

QNetworkRequest ApiClient::request(const QString &path, const QUrlQuery &query) const
{
    QUrl url = resolve(path);
    url.setQuery(query);
    QNetworkRequest r(url);
    r.setTransferTimeout(kTimeoutMs);
    r.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    return r;
}

void ApiClient::getBytes(const QString &path, QObject *context, Callback<QByteArray> done)
{
    QNetworkReply *reply = m_nam.get(request(path));
    connect(reply, &QNetworkReply::finished, context, [this, reply, done = std::move(done)] {
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError) {
            Error e = toError(reply, body);
            reportFailure(e);
            done(std::move(e));
            return;
        }
        done(body);
    });
}

void ApiClient::reportFailure(const Error &e)
{
    if (e.code == u"certificate_error")
        Q_EMIT certificateRejected(e.message);
    Q_EMIT requestFailed(e.message);
}

void ApiClient::finishJson(QNetworkReply *reply, const Callback<QJsonDocument> &done)
{
    const QByteArray body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError) {
        Error e = toError(reply, body);
        if (e.details.value(u"http_status").toInt() == 401 && reply->request().hasRawHeader("Authorization"))
            Q_EMIT unauthorized();
        reportFailure(e);
        done(std::move(e));
        return;
    }
    if (body.isEmpty()) {
        done(QJsonDocument());
        return;
    }
    QJsonParseError err;
    QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError) {
        done(Error{QStringLiteral("bad_response"), tr("The server sent an unreadable answer."), {}});
        return;
    }
    done(std::move(doc));
}

void ApiClient::getJson(const QString &path, const QUrlQuery &query, QObject *context,
                        Callback<QJsonDocument> done)
{
    QNetworkReply *reply = m_nam.get(request(path, query));
    connect(reply, &QNetworkReply::finished, context,
            [this, reply, done = std::move(done)] { finishJson(reply, done); });
}

void ApiClient::sendJson(const QByteArray &method, const QString &path, const QJsonObject &body,
                         QObject *context, Callback<QJsonDocument> done,
                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest r = request(path);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &h : headers)
        r.setRawHeader(h.first, h.second);
    QNetworkReply *reply =
        m_nam.sendCustomRequest(r, method, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, context,
            [this, reply, done = std::move(done)] { finishJson(reply, done); });
}

void ApiClient::sendBytes(const QByteArray &method, const QString &path, const QByteArray &body,
                          const QByteArray &contentType, QObject *context, Callback<QJsonDocument> done,
                          std::function<void(qint64, qint64)> progress)
{
    QNetworkRequest r = request(path);
    r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = m_nam.sendCustomRequest(r, method, body);
    if (progress)
        connect(reply, &QNetworkReply::uploadProgress, context,
                [progress = std::move(progress)](qint64 sent, qint64 total) {
                    if (total > 0)
                        progress(sent, total);
                });
    connect(reply, &QNetworkReply::finished, context,
            [this, reply, done = std::move(done)] { finishJson(reply, done); });
}

void ApiClient::registerUser(const QString &email, const QString &password, const QString &displayName,
                             protocol::Role role, const QString &shopName, QObject *context,
                             Callback<protocol::AuthResult> done)
{
    QJsonObject body{{QStringLiteral("email"), email},
                     {QStringLiteral("password"), password},
                     {QStringLiteral("display_name"), displayName},
                     {QStringLiteral("role"), protocol::roleName(role)}};
    if (role == protocol::Role::Seller)
        body.insert(QStringLiteral("shop_name"), shopName);
    sendJson("POST", QStringLiteral("/api/v1/auth/register"), body, context,
             as<protocol::AuthResult>(std::move(done)));
}

void ApiClient::login(const QString &email, const QString &password, QObject *context,
                      Callback<protocol::AuthResult> done)
{
    sendJson("POST", QStringLiteral("/api/v1/auth/login"),
             {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}}, context,
             as<protocol::AuthResult>(std::move(done)));
}

void ApiClient::logout(QObject *context, Callback<bool> done)
{
    sendJson("POST", QStringLiteral("/api/v1/auth/logout"), {}, context, asDone(std::move(done)));
}

void ApiClient::me(QObject *context, Callback<protocol::User> done)
{
    getJson(QStringLiteral("/api/v1/me"), {}, context, as<protocol::User>(std::move(done)));
}

namespace {

Callback<QJsonDocument> asCart(Callback<protocol::Cart> done)
{
    return as<protocol::Cart>(std::move(done));
}

Callback<QJsonDocument> asSummaries(Callback<QList<protocol::ItemSummary>> done)
{
    return [done = std::move(done)](Result<QJsonDocument> r) {
        if (!r)
            return done(r.error());
        done(protocol::ItemList::fromJson(r->object()).items);
    };
}

} // namespace

void ApiClient::cart(QObject *context, Callback<protocol::Cart> done)
{
    getJson(QStringLiteral("/api/v1/cart"), {}, context, asCart(std::move(done)));
}

void ApiClient::setCartQuantity(qint64 itemId, int quantity, QObject *context, Callback<protocol::Cart> done)
{
    sendJson("PUT", QStringLiteral("/api/v1/cart/items/%1").arg(itemId),
             {{QStringLiteral("quantity"), quantity}}, context, asCart(std::move(done)));
}

void ApiClient::wishlist(QObject *context, Callback<QList<protocol::ItemSummary>> done)
{
    getJson(QStringLiteral("/api/v1/wishlist"), {}, context, asSummaries(std::move(done)));
}

void ApiClient::setWishlisted(qint64 itemId, bool wanted, QObject *context,
                              Callback<QList<protocol::ItemSummary>> done)
{
    sendJson(wanted ? "PUT" : "DELETE", QStringLiteral("/api/v1/wishlist/%1").arg(itemId), {}, context,
             asSummaries(std::move(done)));
}

void ApiClient::placeOrder(const protocol::OrderRequest &order, const QString &idempotencyKey,
                           QObject *context, Callback<protocol::Order> done)
{
    sendJson("POST", QStringLiteral("/api/v1/orders"), order.toJson(), context,
             as<protocol::Order>(std::move(done)), {{"Idempotency-Key", idempotencyKey.toUtf8()}});
}

void ApiClient::orders(int page, int perPage, QObject *context,
                       Callback<protocol::Page<protocol::Order>> done)
{
    getJson(QStringLiteral("/api/v1/orders"), paging(page, perPage), context,
            asPage<protocol::Order>(std::move(done), 20));
}

void ApiClient::receipt(qint64 orderId, QObject *context, Callback<QByteArray> done)
{
    getBytes(QStringLiteral("/api/v1/orders/%1/receipt").arg(orderId), context, std::move(done));
}

void ApiClient::cancelOrder(qint64 orderId, QObject *context, Callback<protocol::Order> done)
{
    sendJson("POST", QStringLiteral("/api/v1/orders/%1/cancel").arg(orderId), {}, context,
             as<protocol::Order>(std::move(done)));
}

void ApiClient::quoteOrder(const protocol::ShippingAddress &address, QObject *context,
                           Callback<protocol::Quote> done)
{
    sendJson("POST", QStringLiteral("/api/v1/orders/quote"),
             {{QStringLiteral("shipping_address"), address.toJson()}}, context,
             as<protocol::Quote>(std::move(done)));
}

void ApiClient::categories(QObject *context, Callback<QList<protocol::Category>> done)
{
    getJson(QStringLiteral("/api/v1/categories"), {}, context,
            [done = std::move(done)](Result<QJsonDocument> r) {
                if (!r)
                    return done(r.error());
                done(protocol::listFromJson<protocol::Category>(r->object().value(u"items").toArray()));
            });
}

void ApiClient::items(const protocol::ItemQuery &query, QObject *context,
                      Callback<protocol::Page<protocol::ItemSummary>> done)
{
    protocol::ItemQuery asked = query;
    if (asked.country.isEmpty())
        asked.country = m_country;
    getJson(QStringLiteral("/api/v1/items"), asked.toUrlQuery(), context,
            [done = std::move(done)](Result<QJsonDocument> r) {
                if (!r)
                    return done(r.error());
                done(protocol::itemPageFromJson(r->object()));
            });
}

void ApiClient::item(qint64 id, QObject *context, Callback<protocol::ItemDetail> done)
{
    QUrlQuery query;
    if (!m_country.isEmpty())
        query.addQueryItem(QStringLiteral("country"), m_country);
    getJson(QStringLiteral("/api/v1/items/%1").arg(id), query, context,
            as<protocol::ItemDetail>(std::move(done)));
}

void ApiClient::image(const QString &path, QObject *context, Callback<QImage> done)
{
    getBytes(path, context, [this, context, done = std::move(done)](Result<QByteArray> r) mutable {
        if (!r)
            return done(r.error());
        // The continuation runs on this object's thread, where `context` lives too: the guard is
        // read on the thread that could delete it, never from the decoding thread.
        QtConcurrent::run(&m_decoders, [bytes = r.value()] {
            return QImage::fromData(bytes);
        }).then(this, [guard = QPointer<QObject>(context), done = std::move(done)](QImage image) {
            if (!guard)
                return;
            if (image.isNull())
                done(Error{QStringLiteral("bad_image"), tr("The picture could not be read."), {}});
            else
                done(std::move(image));
        });
    });
}

void ApiClient::health(QObject *context, Callback<bool> done)
{
    getJson(QStringLiteral("/healthz"), {}, context, [done = std::move(done)](Result<QJsonDocument> r) {
        if (!r)
            return done(r.error());
        done(r->object().value(u"status").toString() == u"ok");
    });
}

void ApiClient::home(QObject *context, Callback<protocol::Home> done)
{
    getJson(QStringLiteral("/api/v1/home"), {}, context, as<protocol::Home>(std::move(done)));
}

void ApiClient::related(qint64 itemId, QObject *context, Callback<QList<protocol::ItemSummary>> done)
{
    getJson(QStringLiteral("/api/v1/items/%1/related").arg(itemId), {}, context,
            asSummaries(std::move(done)));
}

void ApiClient::questions(qint64 itemId, int page, int perPage, QObject *context,
                          Callback<protocol::Page<protocol::Question>> done)
{
    getJson(QStringLiteral("/api/v1/items/%1/questions").arg(itemId), paging(page, perPage), context,
            asPage<protocol::Question>(std::move(done), 10));
}

void ApiClient::askQuestion(qint64 itemId, const QString &body, QObject *context,
                            Callback<protocol::Question> done)
{
    sendJson("POST", QStringLiteral("/api/v1/items/%1/questions").arg(itemId),
             {{QStringLiteral("body"), body}}, context, as<protocol::Question>(std::move(done)));
}

void ApiClient::answerQuestion(qint64 questionId, const QString &body, QObject *context,
                               Callback<protocol::Answer> done)
{
    sendJson("POST", QStringLiteral("/api/v1/questions/%1/answers").arg(questionId),
             {{QStringLiteral("body"), body}}, context, as<protocol::Answer>(std::move(done)));
}

void ApiClient::markHelpful(qint64 answerId, QObject *context, Callback<bool> done)
{
    sendJson("POST", QStringLiteral("/api/v1/answers/%1/helpful").arg(answerId), {}, context,
             asDone(std::move(done)));
}

void ApiClient::reviews(qint64 itemId, int page, int perPage, QObject *context,
                        Callback<protocol::ReviewPage> done)
{
    getJson(QStringLiteral("/api/v1/items/%1/reviews").arg(itemId), paging(page, perPage), context,
            as<protocol::ReviewPage>(std::move(done)));
}

void ApiClient::addReview(qint64 itemId, int rating, const QString &body, QObject *context,
                          Callback<protocol::Review> done)
{
    sendJson("POST", QStringLiteral("/api/v1/items/%1/reviews").arg(itemId),
             {{QStringLiteral("rating"), rating}, {QStringLiteral("body"), body}}, context,
             as<protocol::Review>(std::move(done)));
}

void ApiClient::inventory(int page, int perPage, QObject *context,
                          Callback<protocol::Page<protocol::InventoryItem>> done)
{
    getJson(QStringLiteral("/api/v1/seller/items"), paging(page, perPage), context,
            asPage<protocol::InventoryItem>(std::move(done), 50));
}

void ApiClient::createItem(const protocol::ItemChange &item, QObject *context,
                           Callback<protocol::InventoryItem> done)
{
    sendJson("POST", QStringLiteral("/api/v1/seller/items"), item.toJson(), context,
             as<protocol::InventoryItem>(std::move(done)));
}

void ApiClient::changeItem(qint64 itemId, const protocol::ItemChange &change, QObject *context,
                           Callback<protocol::InventoryItem> done)
{
    sendJson("PATCH", QStringLiteral("/api/v1/seller/items/%1").arg(itemId), change.toJson(), context,
             as<protocol::InventoryItem>(std::move(done)));
}

void ApiClient::delistItem(qint64 itemId, QObject *context, Callback<bool> done)
{
    sendJson("DELETE", QStringLiteral("/api/v1/seller/items/%1").arg(itemId), {}, context,
             asDone(std::move(done)));
}

void ApiClient::uploadPicture(qint64 itemId, const QByteArray &bytes, const QByteArray &contentType,
                              QObject *context, Callback<protocol::UploadedImage> done)
{
    sendBytes("POST", QStringLiteral("/api/v1/seller/items/%1/images").arg(itemId), bytes, contentType,
              context, as<protocol::UploadedImage>(std::move(done)));
}

void ApiClient::exportInventory(QObject *context, Callback<QByteArray> done)
{
    getBytes(QStringLiteral("/api/v1/seller/items/export"), context, std::move(done));
}

void ApiClient::importInventory(const QByteArray &csv, QObject *context,
                                Callback<protocol::ImportResult> done, Progress progress)
{
    sendBytes("POST", QStringLiteral("/api/v1/seller/items/import"), csv, "text/csv; charset=utf-8", context,
              as<protocol::ImportResult>(std::move(done)), std::move(progress));
}

void ApiClient::sales(const protocol::SalesQuery &query, QObject *context,
                      Callback<protocol::Page<protocol::SaleLine>> done)
{
    getJson(QStringLiteral("/api/v1/seller/sales"), query.toUrlQuery(), context,
            asPage<protocol::SaleLine>(std::move(done), 50));
}

void ApiClient::sellerStats(const QString &bucket, const QString &from, QObject *context,
                            Callback<protocol::SellerStats> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("bucket"), bucket);
    q.addQueryItem(QStringLiteral("from"), from);
    getJson(QStringLiteral("/api/v1/seller/stats"), q, context, as<protocol::SellerStats>(std::move(done)));
}

void ApiClient::shopOrders(const QString &status, int page, int perPage, QObject *context,
                           Callback<protocol::Page<protocol::Order>> done)
{
    QUrlQuery q = paging(page, perPage);
    if (!status.isEmpty())
        q.addQueryItem(QStringLiteral("status"), status);
    getJson(QStringLiteral("/api/v1/seller/orders"), q, context,
            asPage<protocol::Order>(std::move(done), 20));
}

void ApiClient::shipOrder(qint64 orderId, const QString &carrier, const QString &trackingNumber,
                          QObject *context, Callback<protocol::Order> done)
{
    sendJson("POST", QStringLiteral("/api/v1/seller/orders/%1/ship").arg(orderId),
             {{QStringLiteral("carrier"), carrier}, {QStringLiteral("tracking_number"), trackingNumber}},
             context, as<protocol::Order>(std::move(done)));
}

void ApiClient::markDelivered(qint64 orderId, QObject *context, Callback<protocol::Order> done)
{
    sendJson("POST", QStringLiteral("/api/v1/seller/orders/%1/deliver").arg(orderId), {}, context,
             as<protocol::Order>(std::move(done)));
}

void ApiClient::refundOrder(qint64 orderId, const RefundRequest &refund, const QString &idempotencyKey,
                            QObject *context, Callback<protocol::Order> done)
{
    QJsonArray lines;
    for (const RefundLine &l : refund.lines)
        lines.append(
            QJsonObject{{QStringLiteral("item_id"), l.itemId}, {QStringLiteral("quantity"), l.quantity}});
    QJsonObject body{{QStringLiteral("lines"), lines}, {QStringLiteral("restock"), refund.restock}};
    if (!refund.reason.isEmpty())
        body.insert(QStringLiteral("reason"), refund.reason);
    sendJson("POST", QStringLiteral("/api/v1/seller/orders/%1/refund").arg(orderId), body, context,
             as<protocol::Order>(std::move(done)), {{"Idempotency-Key", idempotencyKey.toUtf8()}});
}

void ApiClient::shipping(QObject *context, Callback<protocol::ShippingSettings> done)
{
    getJson(QStringLiteral("/api/v1/seller/shipping"), {}, context,
            as<protocol::ShippingSettings>(std::move(done)));
}

void ApiClient::setShipping(const protocol::ShippingSettings &settings, QObject *context,
                            Callback<protocol::ShippingSettings> done)
{
    const QJsonObject body = QJsonDocument::fromJson(protocol::jsonBytes(settings)).object();
    sendJson("PUT", QStringLiteral("/api/v1/seller/shipping"), body, context,
             as<protocol::ShippingSettings>(std::move(done)));
}

void ApiClient::analytics(QObject *context, Callback<protocol::AnalyticsSnapshot> done)
{
    getJson(QStringLiteral("/api/v1/admin/analytics"), {}, context,
            as<protocol::AnalyticsSnapshot>(std::move(done)));
}

void ApiClient::adminUsers(const QString &search, int page, int perPage, QObject *context,
                           Callback<protocol::Page<protocol::AdminUser>> done)
{
    QUrlQuery q = paging(page, perPage);
    if (!search.isEmpty())
        q.addQueryItem(QStringLiteral("q"), search);
    getJson(QStringLiteral("/api/v1/admin/users"), q, context,
            asPage<protocol::AdminUser>(std::move(done), 50));
}

void ApiClient::changeUser(qint64 userId, const protocol::AdminUserChange &change, QObject *context,
                           Callback<protocol::AdminUser> done)
{
    sendJson("PATCH", QStringLiteral("/api/v1/admin/users/%1").arg(userId), change.toJson(), context,
             as<protocol::AdminUser>(std::move(done)));
}

} // namespace client
} // namespace emporium
