#pragma once
// The client side of /ws: one QWebSocket that reconnects by itself with capped exponential
// backoff and jitter, re-sends its subscriptions after every reconnect, and reports its
// state (for the connection indicator).
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace emporium {
namespace client {

class RealtimeClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Reconnecting };
    Q_ENUM(State)

    static constexpr int kInitialBackoffMs = 500;
    static constexpr int kMaxBackoffMs = 15000;

    explicit RealtimeClient(QObject *parent = nullptr);
    ~RealtimeClient() override;

    void open(const QUrl &url);
    void close();
    void subscribe(const QString &topic);
    void unsubscribe(const QString &topic);
    void send(const QJsonObject &message);
    // Sent first on every (re)connection, so private topics work after a reconnect too.
    void setToken(const QString &token);

    State state() const { return m_state; }
    QUrl url() const { return m_url; }
    // what this client asks the server for (again after every reconnect), sorted
    QStringList subscribedTopics() const;

Q_SIGNALS:
    void stateChanged(emporium::client::RealtimeClient::State state);
    void messageReceived(const QJsonObject &message);
    // connected again after a loss: what the pages show may be stale
    void reconnected();

private:
    void setState(State s);
    void scheduleReconnect();
    void onConnected();
    void onDisconnected();
    void onText(const QString &text);

    QWebSocket m_socket;
    QUrl m_url;
    State m_state = State::Disconnected;
    QSet<QString> m_topics;
    QTimer m_retry;
    QTimer m_keepAlive;
    int m_attempt = 0;
    bool m_wanted = false;
    bool m_wasConnected = false;
    QString m_token;
};

} // namespace client
} // namespace emporium
