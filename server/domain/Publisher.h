#pragma once
// Where committed changes are announced to the people watching: the realtime hub implements it.
// Thread-safe; `message` is one JSON object, already serialized.
#include "server/protocol/JsonWriter.h"

#include <QByteArray>
#include <QString>

namespace emporium::domain {

class Publisher
{
public:
    virtual ~Publisher() = default;
    virtual void publish(const QString &topic, const QByteArray &message) = 0;
    // How many connections listen on the topic now (0: no need to build the message).
    virtual int subscribers(const QString &topic) const = 0;
};

// Publishes one of protocol/RealtimeEvents' typed messages.
template <typename Event> void publishEvent(Publisher &publisher, const QString &topic, const Event &event)
{
    protocol::JsonWriter w;
    event.write(w);
    publisher.publish(topic, w.data());
}

} // namespace emporium::domain
