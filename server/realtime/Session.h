#pragma once
// One WebSocket connection: the client's messages (auth, subscribe, unsubscribe, ping), its
// topics, and a send that drops the connection when the client falls too far behind.
#include "server/protocol/AccountTypes.h"
#include "server/realtime/RealtimeHub.h"

#include <QObject>
#include <QSet>
#include <optional>

class QWebSocket;

namespace emporium::realtime {

class LoopFanout;

class Session : public QObject
{
    Q_OBJECT
public:
    Session(RealtimeHub &hub, LoopFanout &loop, RealtimeHub::Authenticator authenticate, QWebSocket *socket);
    ~Session() override;

    void send(const QByteArray &message);

private:
    void onText(const QString &text);
    void subscribe(const QString &requested);
    void unsubscribe(const QString &requested);
    // the internal topic for what the client asked for, or an error code and message
    std::optional<QString> resolve(const QString &requested, QString *errorCode, QString *errorText) const;
    void sendError(const QString &code, const QString &text);
    // one of protocol/RealtimeEvents' messages, to this connection only
    template <typename Event> void sendEvent(const Event &event);

    RealtimeHub &m_hub;
    LoopFanout &m_loop;
    RealtimeHub::Authenticator m_authenticate;
    QWebSocket *m_socket;
    std::optional<protocol::User> m_user;
    QHash<QString, QString> m_topics; // requested name -> internal topic
    bool m_dropped = false;
};

} // namespace emporium::realtime
