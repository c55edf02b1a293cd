#pragma once
// One WebSocket connection: the client's messages (auth, subscribe, unsubscribe, ping), its
// topics, and a send that drops the connection when the client falls too far behind. A signed-in
// connection's token is checked again before each private message and subscription: once it is logged
// out, expired or its account disabled (on any server of the database), the private topics go and the
// client is told, instead of hearing on.
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
    // A message of `topic`: private ones only while the token still signs the user in.
    void deliver(const QString &topic, const QByteArray &message);

private:
    void onText(const QString &text);
    void subscribe(const QString &requested);
    void unsubscribe(const QString &requested);
    // the internal topic for what the client asked for, or an error code and message
    std::optional<QString> resolve(const QString &requested, QString *errorCode, QString *errorText) const;
    void sendError(const QString &code, const QString &text);
    bool stillSignedIn(); // false (and signed out, told so) when the token no longer holds
    void signOut();
    void dropTopicsNoLongerAllowed();
    // one of protocol/RealtimeEvents' messages, to this connection only
    template <typename Event> void sendEvent(const Event &event);

    RealtimeHub &m_hub;
    LoopFanout &m_loop;
    RealtimeHub::Authenticator m_authenticate;
    QWebSocket *m_socket;
    std::optional<protocol::User> m_user;
    QString m_token;                  // m_user's
    QHash<QString, QString> m_topics; // requested name -> internal topic
    bool m_dropped = false;
};

} // namespace emporium::realtime
