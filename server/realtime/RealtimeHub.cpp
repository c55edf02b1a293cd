#include "server/realtime/RealtimeHub.h"

#include "server/http/Metrics.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QWebSocket>

namespace emporium::realtime {
namespace {

QString message(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString errorMessage(const QString &code, const QString &text)
{
    return message({{QStringLiteral("type"), QStringLiteral("error")},
                    {QStringLiteral("code"), code},
                    {QStringLiteral("message"), text}});
}

std::optional<qint64> itemTopic(const QString &topic)
{
    static const QRegularExpression re(QStringLiteral("^item:([1-9][0-9]{0,17})$"));
    const auto m = re.match(topic);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toLongLong();
}

// One connection's state; lives as a child of its socket, on the socket's thread.
class Session : public QObject
{
public:
    Session(RealtimeHub &hub, QWebSocket *socket) : QObject(socket), m_hub(hub), m_socket(socket)
    {
        socket->setMaxAllowedIncomingMessageSize(RealtimeHub::kMaxFrameBytes);
        socket->setMaxAllowedIncomingFrameSize(RealtimeHub::kMaxFrameBytes);
        QObject::connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &m) { onText(m); });
        QObject::connect(socket, &QWebSocket::binaryMessageReceived, this, [this] {
            m_socket->sendTextMessage(errorMessage(QStringLiteral("invalid_request"), QStringLiteral("text frames only")));
        });
        QObject::connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        m_hub.metrics().webSocketOpened();
    }
    ~Session() override
    {
        for (const QString &t : std::as_const(m_topics))
            m_hub.left(t);
        m_hub.metrics().webSocketClosed();
    }

private:
    void onText(const QString &text)
    {
        QJsonParseError err;
        const QJsonObject msg = QJsonDocument::fromJson(text.toUtf8(), &err).object();
        const QString type = msg.value(u"type").toString();
        if (err.error != QJsonParseError::NoError || type.isEmpty()) {
            send(errorMessage(QStringLiteral("invalid_request"), QStringLiteral("expected a JSON object with a type")));
            return;
        }
        if (type == u"ping") {
            send(message({{QStringLiteral("type"), QStringLiteral("pong")}}));
        } else if (type == u"subscribe") {
            subscribe(msg.value(u"topic").toString());
        } else if (type == u"unsubscribe") {
            const QString topic = msg.value(u"topic").toString();
            if (m_topics.remove(topic))
                m_hub.left(topic);
        } else if (type == u"auth") {
            send(errorMessage(QStringLiteral("unauthenticated"), QStringLiteral("accounts are not available yet")));
        } else {
            send(errorMessage(QStringLiteral("invalid_request"), QStringLiteral("unknown message type: %1").arg(type)));
        }
    }

    void subscribe(const QString &topic)
    {
        if (topic == u"user" || topic == u"seller" || topic == u"admin") {
            send(errorMessage(QStringLiteral("forbidden"), QStringLiteral("topic %1 needs authentication").arg(topic)));
            return;
        }
        if (topic != u"feed" && !itemTopic(topic)) {
            send(errorMessage(QStringLiteral("invalid_request"), QStringLiteral("unknown topic: %1").arg(topic)));
            return;
        }
        if (m_topics.contains(topic))
            return;
        if (m_topics.size() >= RealtimeHub::kMaxTopicsPerConnection) {
            send(errorMessage(QStringLiteral("rate_limited"), QStringLiteral("too many topics on one connection")));
            return;
        }
        m_topics.insert(topic);
        m_hub.joined(topic);
    }

    void send(const QString &text) { m_socket->sendTextMessage(text); }

    RealtimeHub &m_hub;
    QWebSocket *m_socket;
    QSet<QString> m_topics;
};

} // namespace

void RealtimeHub::adopt(QWebSocket *socket)
{
    new Session(*this, socket);
}

int RealtimeHub::viewers(qint64 itemId) const
{
    QMutexLocker lock(&m_mutex);
    return m_viewers.value(itemId);
}

void RealtimeHub::joined(const QString &topic)
{
    if (const auto id = itemTopic(topic)) {
        QMutexLocker lock(&m_mutex);
        ++m_viewers[*id];
    }
}

void RealtimeHub::left(const QString &topic)
{
    if (const auto id = itemTopic(topic)) {
        QMutexLocker lock(&m_mutex);
        if (--m_viewers[*id] <= 0)
            m_viewers.remove(*id);
    }
}

} // namespace emporium::realtime
