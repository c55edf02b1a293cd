#include "server/realtime/LoopFanout.h"

#include "server/realtime/Session.h"

namespace emporium::realtime {

void LoopFanout::remove(const QString &topic, Session *session)
{
    auto it = m_topics.find(topic);
    if (it == m_topics.end())
        return;
    it->remove(session);
    if (it->isEmpty())
        m_topics.erase(it);
}

void LoopFanout::deliver(const QString &topic, const QByteArray &message)
{
    const auto it = m_topics.constFind(topic);
    if (it == m_topics.cend())
        return;
    // a send may drop a slow session, which changes the set: iterate over a copy
    const QSet<Session *> targets = *it;
    for (Session *s : targets)
        if (m_sessions.contains(s))
            s->deliver(topic, message);
}

} // namespace emporium::realtime
