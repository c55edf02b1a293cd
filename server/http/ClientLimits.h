#pragma once
// What one client may take of the server, so that no one of them can crowd out the others: connections
// and WebSockets held per address, requests per second per address and per bearer token (token buckets:
// a sustained rate and bursts of four seconds' worth), messages per second per WebSocket. Over a limit, a
// request is answered 429 `rate_limited` with Retry-After, a connection likewise and closed, a WebSocket
// closed with 1008 (policy violation) and the reason: too many from the address, or too many messages.
//
// A client is its address (IPv6: its /64), or behind a trusted proxy the address it forwarded for
// (clientAddress).
// Addresses in `exempt` (loopback by default: the operator's tools, a proxy on the same machine that is
// not declared trusted, the desktop app's embedded server) are not counted. Shared by every event loop:
// one mutex, held for a hash lookup.
#include "server/ServerConfig.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <algorithm>
#include <atomic>
#include <mutex>

namespace emporium::http {

class ClientLimits
{
public:
    // the limits of ServerConfig (its maxConnectionsPerAddress ... limitExempt)
    explicit ClientLimits(const ServerConfig &config);

    bool exempt(const QHostAddress &client) const;

    // A connection (HTTP) or a WebSocket of `client` may be held: counted until released. False: its
    // address holds as many as it may (nothing counted).
    bool holdConnection(const QHostAddress &client)
    {
        return hold(m_connections, client, m_config.maxConnectionsPerAddress);
    }
    void releaseConnection(const QHostAddress &client) { release(m_connections, client); }
    bool holdWebSocket(const QHostAddress &client)
    {
        return hold(m_webSockets, client, m_config.maxWebSocketsPerAddress);
    }
    void releaseWebSocket(const QHostAddress &client) { release(m_webSockets, client); }

    // 0: the request may go (and is counted); else the seconds to wait before the next one will.
    int admitRequest(const QHostAddress &client, const QByteArray &bearerToken);

    // One WebSocket's messages in.
    class MessageRate
    {
    public:
        explicit MessageRate(double perSecond) : m_rate(perSecond), m_tokens(std::max(1.0, 4 * perSecond))
        {
            m_clock.start();
        }
        bool take(); // false: over the rate

    private:
        double m_rate;
        double m_tokens;
        QElapsedTimer m_clock;
        qint64 m_at = 0;
    };
    MessageRate messageRate() const { return MessageRate(m_config.webSocketMessagesPerSecond); }

    // For /metrics: what was refused, by kind.
    std::atomic<unsigned long long> requestsRefused{0};
    std::atomic<unsigned long long> connectionsRefused{0};
    std::atomic<unsigned long long> webSocketsRefused{0};
    std::atomic<unsigned long long> floodsClosed{0};

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 at = 0; // ms on m_clock
    };
    bool hold(QHash<QHostAddress, int> &held, const QHostAddress &client, int limit);
    void release(QHash<QHostAddress, int> &held, const QHostAddress &client);
    // seconds to wait, or 0 and one request taken
    int take(const QByteArray &key, double rate, qint64 now);
    void forgetIdleBuckets(qint64 now);

    const ServerConfig m_config;
    std::mutex m_lock;
    QHash<QHostAddress, int> m_connections;
    QHash<QHostAddress, int> m_webSockets;
    QHash<QByteArray, Bucket> m_buckets; // "a<address or IPv6 /64>" or "t<token's digest>"
    QElapsedTimer m_clock;
    qint64 m_sweptAt = 0;
};

} // namespace emporium::http
