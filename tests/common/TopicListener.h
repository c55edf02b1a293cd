#pragma once
// A WebSocket client of the server's /ws subscribed to one topic (signed in when given a token),
// keeping every message it hears.
#include "tests/common/TestTools.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>
#include <functional>

namespace emporium::test {

class TopicListener
{
public:
    TopicListener(quint16 port, const QString &topic, const QString &token = {})
    {
        QObject::connect(&ws, &QWebSocket::textMessageReceived, [this](const QString &m) {
            messages << QJsonDocument::fromJson(m.toUtf8()).object();
        });
        ws.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)));
        waitUntil([this] { return ws.state() == QAbstractSocket::ConnectedState; }, 5000);
        if (!token.isEmpty())
            send({{QStringLiteral("type"), QStringLiteral("auth")}, {QStringLiteral("token"), token}});
        send({{QStringLiteral("type"), QStringLiteral("subscribe")}, {QStringLiteral("topic"), topic}});
        send({{QStringLiteral("type"), QStringLiteral("ping")}}); // answered after the subscription is in
        waitUntil([this] { return !find(QStringLiteral("pong")).isEmpty(); }, 5000);
    }
    void send(const QJsonObject &o)
    {
        ws.sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }
    // The first message of `type` that `pred` accepts, or an empty object.
    QJsonObject find(const QString &type, const std::function<bool(const QJsonObject &)> &pred = {}) const
    {
        for (const QJsonObject &m : messages)
            if (m.value(u"type").toString() == type && (!pred || pred(m)))
                return m;
        return {};
    }
    QJsonObject waitFor(const QString &type, const std::function<bool(const QJsonObject &)> &pred = {},
                        int timeoutMs = 10000) const
    {
        waitUntil([&] { return !find(type, pred).isEmpty(); }, timeoutMs);
        return find(type, pred);
    }

    QWebSocket ws;
    QList<QJsonObject> messages;
};

} // namespace emporium::test
