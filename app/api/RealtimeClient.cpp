#include "app/api/RealtimeClient.h"

#include "server/protocol/RealtimeEvents.h"

#include <QJsonDocument>
#include <QRandomGenerator>

namespace emporium {
namespace client {

RealtimeClient::RealtimeClient(QObject *parent) : QObject(parent)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_wanted) {
            setState(State::Reconnecting);
            m_socket.open(m_url);
        }
    });
    m_keepAlive.setInterval(20000);
    connect(&m_keepAlive, &QTimer::timeout, this, [this] { send(protocol::pingMessage()); });
    connect(&m_socket, &QWebSocket::connected, this, &RealtimeClient::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &RealtimeClient::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &RealtimeClient::onText);
    // A failed attempt may end with an error and no `disconnected`: retry on either.
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this] {
        if (m_wanted && m_socket.state() != QAbstractSocket::ConnectedState)
            scheduleReconnect();
    });
}

RealtimeClient::~RealtimeClient()
{
    m_wanted = false;
    m_socket.disconnect(this);
    m_socket.abort();
}

void RealtimeClient::open(const QUrl &url)
{
    m_url = url;
    m_wanted = true;
    m_attempt = 0;
    setState(State::Connecting);
    m_socket.abort();
    m_socket.open(m_url);
}

void RealtimeClient::close()
{
    m_wanted = false;
    m_retry.stop();
    m_keepAlive.stop();
    m_socket.close();
    setState(State::Disconnected);
}

void RealtimeClient::subscribe(const QString &topic)
{
    if (m_topics.contains(topic))
        return;
    m_topics.insert(topic);
    if (m_state == State::Connected)
        send(protocol::subscribeMessage(topic));
}

void RealtimeClient::unsubscribe(const QString &topic)
{
    if (!m_topics.remove(topic))
        return;
    if (m_state == State::Connected)
        send(protocol::unsubscribeMessage(topic));
}

QStringList RealtimeClient::subscribedTopics() const
{
    QStringList topics(m_topics.cbegin(), m_topics.cend());
    topics.sort();
    return topics;
}

void RealtimeClient::send(const QJsonObject &message)
{
    if (m_state == State::Connected)
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void RealtimeClient::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

void RealtimeClient::setToken(const QString &token)
{
    if (token == m_token)
        return;
    m_token = token;
    if (m_state == State::Connected && !m_token.isEmpty())
        send(protocol::authMessage(m_token));
}

void RealtimeClient::onConnected()
{
    m_attempt = 0;
    setState(State::Connected);
    if (!m_token.isEmpty()) // the server handles messages in order: auth before the private topics
        send(protocol::authMessage(m_token));
    for (const QString &topic : std::as_const(m_topics))
        send(protocol::subscribeMessage(topic));
    m_keepAlive.start();
    if (m_wasConnected)
        Q_EMIT reconnected();
    m_wasConnected = true;
}

void RealtimeClient::onDisconnected()
{
    m_keepAlive.stop();
    if (!m_wanted) {
        setState(State::Disconnected);
        return;
    }
    scheduleReconnect();
}

void RealtimeClient::scheduleReconnect()
{
    if (m_retry.isActive())
        return;
    setState(State::Reconnecting);
    const int exp = qMin(m_attempt++, 10);
    const int base = qMin(kMaxBackoffMs, kInitialBackoffMs << exp);
    // +-25% jitter, so that many clients do not come back in lockstep after a restart
    const int jitter = int(QRandomGenerator::global()->bounded(base / 2 + 1)) - base / 4;
    m_retry.start(qMax(100, base + jitter));
}

void RealtimeClient::onText(const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    if (!message.isEmpty())
        Q_EMIT messageReceived(message);
}

} // namespace client
} // namespace emporium
