#include "app/api/ApiClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QThreadPool>

namespace emporium {
namespace client {
namespace {

Error toError(QNetworkReply *reply, const QByteArray &body)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
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

} // namespace

ApiClient::ApiClient(QObject *parent) : QObject(parent)
{
    m_nam.setAutoDeleteReplies(true);
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
            Q_EMIT requestFailed(e.message);
            done(std::move(e));
            return;
        }
        done(body);
    });
}

void ApiClient::finishJson(QNetworkReply *reply, const Callback<QJsonDocument> &done)
{
    const QByteArray body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError) {
        Error e = toError(reply, body);
        if (e.details.value(u"http_status").toInt() == 401 && reply->request().hasRawHeader("Authorization"))
            Q_EMIT unauthorized();
        Q_EMIT requestFailed(e.message);
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

void ApiClient::getJson(const QString &path, const QUrlQuery &query, QObject *context, Callback<QJsonDocument> done)
{
    QNetworkReply *reply = m_nam.get(request(path, query));
    connect(reply, &QNetworkReply::finished, context,
            [this, reply, done = std::move(done)] { finishJson(reply, done); });
}

void ApiClient::sendJson(const QByteArray &method, const QString &path, const QJsonObject &body, QObject *context,
                         Callback<QJsonDocument> done, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest r = request(path);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &h : headers)
        r.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_nam.sendCustomRequest(r, method, QJsonDocument(body).toJson(QJsonDocument::Compact));
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
        connect(reply, &QNetworkReply::uploadProgress, context, [progress = std::move(progress)](qint64 sent, qint64 total) {
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
             [done = std::move(done)](Result<QJsonDocument> r) {
                 if (!r)
                     return done(r.error());
                 done(protocol::AuthResult::fromJson(r->object()));
             });
}

void ApiClient::login(const QString &email, const QString &password, QObject *context, Callback<protocol::AuthResult> done)
{
    sendJson("POST", QStringLiteral("/api/v1/auth/login"),
             {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}}, context,
             [done = std::move(done)](Result<QJsonDocument> r) {
                 if (!r)
                     return done(r.error());
                 done(protocol::AuthResult::fromJson(r->object()));
             });
}

void ApiClient::logout(QObject *context, Callback<bool> done)
{
    sendJson("POST", QStringLiteral("/api/v1/auth/logout"), {}, context, [done = std::move(done)](Result<QJsonDocument> r) {
        if (!r)
            return done(r.error());
        done(true);
    });
}

void ApiClient::me(QObject *context, Callback<protocol::User> done)
{
    getJson(QStringLiteral("/api/v1/me"), {}, context, [done = std::move(done)](Result<QJsonDocument> r) {
        if (!r)
            return done(r.error());
        done(protocol::User::fromJson(r->object()));
    });
}

namespace {

Callback<QJsonDocument> asCart(Callback<protocol::Cart> done)
{
    return [done = std::move(done)](Result<QJsonDocument> r) {
        if (!r)
            return done(r.error());
        done(protocol::Cart::fromJson(r->object()));
    };
}

Callback<QJsonDocument> asSummaries(Callback<QList<protocol::ItemSummary>> done)
{
    return [done = std::move(done)](Result<QJsonDocument> r) {
        if (!r)
            return done(r.error());
        QList<protocol::ItemSummary> out;
        for (const QJsonValue &v : r->object().value(u"items").toArray())
            out << protocol::ItemSummary::fromJson(v.toObject());
        done(std::move(out));
    };
}

} // namespace

void ApiClient::cart(QObject *context, Callback<protocol::Cart> done)
{
    getJson(QStringLiteral("/api/v1/cart"), {}, context, asCart(std::move(done)));
}

void ApiClient::setCartQuantity(qint64 itemId, int quantity, QObject *context, Callback<protocol::Cart> done)
{
    sendJson("PUT", QStringLiteral("/api/v1/cart/items/%1").arg(itemId), {{QStringLiteral("quantity"), quantity}}, context,
             asCart(std::move(done)));
}

void ApiClient::wishlist(QObject *context, Callback<QList<protocol::ItemSummary>> done)
{
    getJson(QStringLiteral("/api/v1/wishlist"), {}, context, asSummaries(std::move(done)));
}

void ApiClient::setWishlisted(qint64 itemId, bool wanted, QObject *context, Callback<QList<protocol::ItemSummary>> done)
{
    sendJson(wanted ? "PUT" : "DELETE", QStringLiteral("/api/v1/wishlist/%1").arg(itemId), {}, context,
             asSummaries(std::move(done)));
}

void ApiClient::placeOrder(const QJsonObject &body, const QString &idempotencyKey, QObject *context,
                           Callback<protocol::Order> done)
{
    sendJson(
        "POST", QStringLiteral("/api/v1/orders"), body, context,
        [done = std::move(done)](Result<QJsonDocument> r) {
            if (!r)
                return done(r.error());
            done(protocol::Order::fromJson(r->object()));
        },
        {{"Idempotency-Key", idempotencyKey.toUtf8()}});
}

void ApiClient::orders(int page, int perPage, QObject *context, Callback<protocol::Page<protocol::Order>> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    q.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    getJson(QStringLiteral("/api/v1/orders"), q, context, [done = std::move(done)](Result<QJsonDocument> r) {
        if (!r)
            return done(r.error());
        protocol::Page<protocol::Order> p;
        for (const QJsonValue &v : r->object().value(u"items").toArray())
            p.items << protocol::Order::fromJson(v.toObject());
        p.total = r->object().value(u"total").toInteger();
        p.page = r->object().value(u"page").toInt(1);
        p.perPage = r->object().value(u"per_page").toInt(20);
        done(std::move(p));
    });
}

void ApiClient::receipt(qint64 orderId, QObject *context, Callback<QByteArray> done)
{
    getBytes(QStringLiteral("/api/v1/orders/%1/receipt").arg(orderId), context, std::move(done));
}

void ApiClient::categories(QObject *context, Callback<QList<protocol::Category>> done)
{
    getJson(QStringLiteral("/api/v1/categories"), {}, context, [done = std::move(done)](Result<QJsonDocument> r) {
        if (!r)
            return done(r.error());
        QList<protocol::Category> out;
        for (const QJsonValue &v : r->object().value(u"items").toArray())
            out << protocol::Category::fromJson(v.toObject());
        done(std::move(out));
    });
}

void ApiClient::items(const protocol::ItemQuery &query, QObject *context,
                      Callback<protocol::Page<protocol::ItemSummary>> done)
{
    getJson(QStringLiteral("/api/v1/items"), query.toUrlQuery(), context,
            [done = std::move(done)](Result<QJsonDocument> r) {
                if (!r)
                    return done(r.error());
                done(protocol::itemPageFromJson(r->object()));
            });
}

void ApiClient::item(qint64 id, QObject *context, Callback<protocol::ItemDetail> done)
{
    getJson(QStringLiteral("/api/v1/items/%1").arg(id), {}, context, [done = std::move(done)](Result<QJsonDocument> r) {
        if (!r)
            return done(r.error());
        done(protocol::ItemDetail::fromJson(r->object()));
    });
}

void ApiClient::image(const QString &path, QObject *context, Callback<QImage> done)
{
    getBytes(path, context, [context, done = std::move(done)](Result<QByteArray> r) mutable {
        if (!r)
            return done(r.error());
        QPointer<QObject> guard(context);
        QThreadPool::globalInstance()->start([guard, bytes = r.value(), done = std::move(done)]() mutable {
            QImage image = QImage::fromData(bytes);
            if (!guard)
                return;
            QMetaObject::invokeMethod(guard.data(), [image = std::move(image), done = std::move(done)] {
                if (image.isNull())
                    done(Error{QStringLiteral("bad_image"), tr("The picture could not be read."), {}});
                else
                    done(image);
            });
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

} // namespace client
} // namespace emporium
