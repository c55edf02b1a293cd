#include "server/http/ClientLimits.h"

#include <algorithm>
#include <cmath>

namespace emporium::http {
namespace {

constexpr double kBurstSeconds = 4; // a bucket holds this many seconds of its rate

} // namespace

ClientLimits::Settings ClientLimits::from(const ServerConfig &config)
{
    Settings s;
    s.connectionsPerAddress = config.maxConnectionsPerAddress;
    s.webSocketsPerAddress = config.maxWebSocketsPerAddress;
    s.requestsPerSecondPerAddress = config.requestsPerSecondPerAddress;
    s.requestsPerSecondPerToken = config.requestsPerSecondPerToken;
    s.messagesPerSecondPerSocket = config.webSocketMessagesPerSecond;
    s.exempt = config.limitExempt;
    return s;
}

ClientLimits::ClientLimits(Settings settings) : m_s(std::move(settings))
{
    m_clock.start();
}

bool ClientLimits::exempt(const QHostAddress &client) const
{
    return std::any_of(m_s.exempt.cbegin(), m_s.exempt.cend(),
                       [&](const Subnet &s) { return client.isInSubnet(s); });
}

bool ClientLimits::hold(QHash<QHostAddress, int> &held, const QHostAddress &client, int limit)
{
    if (limit <= 0 || exempt(client))
        return true;
    const std::lock_guard guard(m_lock);
    int &n = held[client];
    if (n >= limit)
        return false;
    ++n;
    return true;
}

void ClientLimits::release(QHash<QHostAddress, int> &held, const QHostAddress &client)
{
    if (exempt(client))
        return;
    const std::lock_guard guard(m_lock);
    const auto it = held.find(client);
    if (it != held.end() && --*it <= 0)
        held.erase(it);
}

int ClientLimits::admitRequest(const QHostAddress &client, const QByteArray &bearerToken)
{
    const bool byAddress = m_s.requestsPerSecondPerAddress > 0;
    const bool byToken = m_s.requestsPerSecondPerToken > 0 && !bearerToken.isEmpty();
    if ((!byAddress && !byToken) || exempt(client))
        return 0;
    const std::lock_guard guard(m_lock);
    const qint64 now = m_clock.elapsed();
    if (m_buckets.size() > 100000)
        forgetIdleBuckets(now);
    // both must allow it; a request refused by the token's bucket still costs the address's
    if (byAddress)
        if (const int wait = take('a' + client.toString().toLatin1(), m_s.requestsPerSecondPerAddress, now))
            return wait;
    if (byToken)
        if (const int wait = take('t' + bearerToken, m_s.requestsPerSecondPerToken, now))
            return wait;
    return 0;
}

int ClientLimits::take(const QByteArray &key, double rate, qint64 now)
{
    const double burst = kBurstSeconds * rate;
    const auto it = m_buckets.find(key);
    Bucket &b = it != m_buckets.end() ? *it : *m_buckets.insert(key, Bucket{burst, now});
    b.tokens = std::min(burst, b.tokens + double(now - b.at) / 1000.0 * rate);
    b.at = now;
    if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
    }
    return std::max(1, int(std::ceil((1 - b.tokens) / rate)));
}

// A bucket that has refilled is the same as none.
void ClientLimits::forgetIdleBuckets(qint64 now)
{
    const double idleMs = kBurstSeconds * 1000;
    m_buckets.removeIf([&](const auto &it) { return double(now - it.value().at) > idleMs; });
}

bool ClientLimits::MessageRate::take()
{
    if (m_rate <= 0)
        return true;
    const qint64 now = m_clock.elapsed();
    m_tokens = std::min(kBurstSeconds * m_rate, m_tokens + double(now - m_at) / 1000.0 * m_rate);
    m_at = now;
    if (m_tokens < 1)
        return false;
    m_tokens -= 1;
    return true;
}

} // namespace emporium::http
