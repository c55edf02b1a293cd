#include "server/realtime/Session.h"

#include "server/metrics/Metrics.h"
#include "server/protocol/JsonWriter.h"
#include "server/protocol/RealtimeEvents.h"
#include "server/realtime/LoopFanout.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QWebSocket>
#include <algorithm>

Q_LOGGING_CATEGORY(lcRealtime, "emporium.server.realtime")

namespace emporium::realtime {

Session::Session(RealtimeHub &hub, LoopFanout &loop, RealtimeHub::Authenticator authenticate,
                 QWebSocket *socket)
    : QObject(socket), m_hub(hub), m_loop(loop), m_authenticate(std::move(authenticate)), m_socket(socket)
{
    socket->setMaxAllowedIncomingMessageSize(quint64(hub.limits().maxFrameBytes));
    socket->setMaxAllowedIncomingFrameSize(quint64(hub.limits().maxFrameBytes));
    connect(socket, &QWebSocket::textMessageReceived, this, &Session::onText);
    connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this] { sendError(QStringLiteral("invalid_request"), QStringLiteral("text frames only")); });
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    m_loop.sessionOpened(this);
    m_hub.metrics().webSocketOpened();
    ++m_hub.metrics().openConnections;
    // Closed already during the handshake (bytes after it that are no frame): no `disconnected` will come,
    // and the socket with this session would be kept, and counted, for good.
    if (socket->state() != QAbstractSocket::ConnectedState)
        socket->deleteLater();
}

Session::~Session()
{
    m_loop.sessionClosed(this);
    for (auto it = m_topics.cbegin(); it != m_topics.cend(); ++it) {
        m_loop.remove(it.value(), this);
        m_hub.left(it.value());
    }
    m_hub.metrics().webSocketClosed();
    --m_hub.metrics().openConnections;
}

void Session::send(const QByteArray &message)
{
    if (m_dropped)
        return;
    // A client that does not read would make us buffer without end: drop it instead.
    if (m_socket->bytesToWrite() > m_hub.limits().maxQueuedBytes) {
        qCInfo(lcRealtime) << "dropping a slow client" << m_socket->peerAddress().toString() << "with"
                           << m_socket->bytesToWrite() << "bytes unsent";
        m_dropped = true;
        m_socket->abort();
        return;
    }
    m_socket->sendTextMessage(QString::fromUtf8(message));
}

namespace {
bool isPrivate(const QString &topic)
{
    return topic.startsWith(u"user") || topic.startsWith(u"seller") || topic == u"admin";
}
} // namespace

void Session::deliver(const QString &topic, const QByteArray &message)
{
    if (isPrivate(topic) &&
        (!stillSignedIn() || std::find(m_topics.cbegin(), m_topics.cend(), topic) == m_topics.cend()))
        return; // signed out, or the topic is no longer its (a changed role)
    send(message);
}

bool Session::stillSignedIn()
{
    if (!m_user)
        return false;
    const auto now = m_authenticate(m_token);
    if (!now || now->id != m_user->id) {
        signOut();
        return false;
    }
    const bool changed = now->role != m_user->role || now->shopId != m_user->shopId;
    m_user = now;
    if (changed)
        dropTopicsNoLongerAllowed();
    return true;
}

// An admin changed the user's role (or shop): a private topic the user may no longer have goes, with word
// why.
void Session::dropTopicsNoLongerAllowed()
{
    const auto topics = m_topics; // (unsubscribe changes it)
    for (auto it = topics.cbegin(); it != topics.cend(); ++it) {
        if (!isPrivate(it.key()))
            continue;
        QString code, text;
        if (resolve(it.key(), &code, &text) == it.value())
            continue;
        unsubscribe(it.key());
        sendError(code.isEmpty() ? QStringLiteral("forbidden") : code,
                  text.isEmpty() ? QStringLiteral("topic %1 is not yours any more").arg(it.key()) : text);
    }
}

void Session::signOut()
{
    for (const QString &t : {QStringLiteral("user"), QStringLiteral("seller"), QStringLiteral("admin")})
        unsubscribe(t);
    m_user.reset();
    m_token.clear();
    sendError(QStringLiteral("unauthenticated"),
              QStringLiteral("signed out: the token was logged out or expired, or the account disabled"));
}

template <typename Event> void Session::sendEvent(const Event &event)
{
    send(protocol::jsonBytes(event));
}

void Session::sendError(const QString &code, const QString &text)
{
    sendEvent(protocol::ErrorEvent{code, text});
}

std::optional<QString> Session::resolve(const QString &requested, QString *code, QString *text) const
{
    static const QRegularExpression item(QStringLiteral("^item:[1-9][0-9]{0,17}$"));
    if (requested == u"feed" || requested == u"stock" || item.match(requested).hasMatch())
        return requested;
    if (requested == u"user" || requested == u"seller" || requested == u"admin") {
        if (!m_user) {
            *code = QStringLiteral("unauthenticated");
            *text = QStringLiteral("send {\"type\":\"auth\",\"token\":...} before subscribing to %1")
                        .arg(requested);
            return std::nullopt;
        }
        if (requested == u"user")
            return QStringLiteral("user:%1").arg(m_user->id);
        if (requested == u"seller" && m_user->role == protocol::Role::Seller)
            return QStringLiteral("seller:%1").arg(m_user->shopId);
        if (requested == u"admin" && m_user->role == protocol::Role::Admin)
            return QStringLiteral("admin");
        *code = QStringLiteral("forbidden");
        *text = QStringLiteral("topic %1 is not yours").arg(requested);
        return std::nullopt;
    }
    *code = QStringLiteral("invalid_request");
    *text = QStringLiteral("unknown topic: %1").arg(requested);
    return std::nullopt;
}

void Session::subscribe(const QString &requested)
{
    if (m_topics.contains(requested))
        return;
    if (isPrivate(requested) && m_user && !stillSignedIn())
        return;
    QString code, text;
    const auto topic = resolve(requested, &code, &text);
    if (!topic) {
        sendError(code, text);
        return;
    }
    if (m_topics.size() >= m_hub.limits().maxTopicsPerConnection) {
        sendError(QStringLiteral("rate_limited"), QStringLiteral("too many topics on one connection"));
        return;
    }
    m_topics.insert(requested, *topic);
    m_loop.add(*topic, this);
    m_hub.joined(*topic); // an item's new viewer gets the new count with everyone else
}

void Session::unsubscribe(const QString &requested)
{
    const auto it = m_topics.find(requested);
    if (it == m_topics.end())
        return;
    const QString topic = it.value();
    m_topics.erase(it);
    m_loop.remove(topic, this);
    m_hub.left(topic);
}

void Session::onText(const QString &text)
{
    QJsonParseError err;
    const QJsonObject msg = QJsonDocument::fromJson(text.toUtf8(), &err).object();
    const QString type = msg.value(u"type").toString();
    if (err.error != QJsonParseError::NoError || type.isEmpty()) {
        sendError(QStringLiteral("invalid_request"), QStringLiteral("expected a JSON object with a type"));
        return;
    }
    if (type == u"ping") {
        send(QByteArrayLiteral("{\"type\":\"pong\"}"));
    } else if (type == u"subscribe") {
        subscribe(msg.value(u"topic").toString());
    } else if (type == u"unsubscribe") {
        unsubscribe(msg.value(u"topic").toString());
    } else if (type == u"auth") {
        const auto user = m_authenticate(msg.value(u"token").toString());
        if (!user) {
            sendError(QStringLiteral("unauthenticated"),
                      QStringLiteral("the token is invalid, expired or revoked"));
            return;
        }
        // a different account on the same connection: its private topics go
        if (m_user && m_user->id != user->id)
            for (const QString &t :
                 {QStringLiteral("user"), QStringLiteral("seller"), QStringLiteral("admin")})
                unsubscribe(t);
        m_user = user;
        m_token = msg.value(u"token").toString();
        sendEvent(protocol::AuthenticatedEvent{*user});
    } else {
        sendError(QStringLiteral("invalid_request"), QStringLiteral("unknown message type: %1").arg(type));
    }
}

} // namespace emporium::realtime
