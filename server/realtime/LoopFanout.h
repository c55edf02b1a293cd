#pragma once
// One event loop's share of the realtime hub: which of this loop's connections listen to
// which topic. Lives on the loop's thread; the hub posts messages to it.
#include <QHash>
#include <QObject>
#include <QSet>

namespace emporium::realtime {

class Session;

class LoopFanout : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void add(const QString &topic, Session *session) { m_topics[topic].insert(session); }
    void remove(const QString &topic, Session *session);
    // On the loop thread: sends `message` to every local subscriber of `topic`.
    void deliver(const QString &topic, const QByteArray &message);
    int connections() const { return m_sessions.size(); }
    void sessionOpened(Session *s) { m_sessions.insert(s); }
    void sessionClosed(Session *s) { m_sessions.remove(s); }

private:
    QHash<QString, QSet<Session *>> m_topics;
    QSet<Session *> m_sessions;
};

} // namespace emporium::realtime
