#include "server/http/ClientLimits.h"

#include <QCryptographicHash>
#include <algorithm>
#include <cmath>

namespace emporium::http {
namespace {

constexpr double kBurstSeconds = 4;        // a bucket holds this many seconds of its rate
constexpr qsizetype kBucketsKept = 200000; // beyond this (a flood of made-up tokens) they start afresh

double burstOf(double rate)
{
    return std::max(1.0, kBurstSeconds * rate); // (a rate under 1/4 a second still lets one through)
}

// An IPv6 client is its /64: one machine is given a whole subnet to pick addresses from.
QHostAddress networkOf(const QHostAddress &client)
{
    if (client.protocol() != QAbstractSocket::IPv6Protocol)
        return client;
    Q_IPV6ADDR bytes = client.toIPv6Address();
    std::fill(bytes.c + 8, bytes.c + 16, quint8(0));
    return QHostAddress(bytes);
}

} // namespace

ClientLimits::ClientLimits(const ServerConfig &config) : m_config(config)
{
    m_clock.start();
}

bool ClientLimits::exempt(const QHostAddress &client) const
{
    return ServerConfig::inSubnets(client, m_config.limitExempt);
}

bool ClientLimits::hold(QHash<QHostAddress, int> &held, const QHostAddress &client, int limit)
{
    if (limit <= 0 || exempt(client))
        return true;
    const std::lock_guard guard(m_lock);
    int &n = held[networkOf(client)];
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
    const auto it = held.find(networkOf(client));
    if (it != held.end() && --*it <= 0)
        held.erase(it);
}

int ClientLimits::admitRequest(const QHostAddress &client, const QByteArray &bearerToken)
{
    const bool byAddress = m_config.requestsPerSecondPerAddress > 0;
    const bool byToken = m_config.requestsPerSecondPerToken > 0 && !bearerToken.isEmpty();
    if ((!byAddress && !byToken) || exempt(client))
        return 0;
    const std::lock_guard guard(m_lock);
    const qint64 now = m_clock.elapsed();
    if (m_buckets.size() > 4096 && now - m_sweptAt >= 1000)
        forgetIdleBuckets(now);
    // both must allow it; a request refused by the token's bucket still costs the address's
    if (byAddress)
        if (const int wait = take('a' + networkOf(client).toString().toLatin1(),
                                  m_config.requestsPerSecondPerAddress, now))
            return wait;
    // a token by its digest: made-up tokens of 16 KiB cost no more than real ones
    if (byToken)
        if (const int wait = take('t' + QCryptographicHash::hash(bearerToken, QCryptographicHash::Md5),
                                  m_config.requestsPerSecondPerToken, now))
            return wait;
    return 0;
}

int ClientLimits::take(const QByteArray &key, double rate, qint64 now)
{
    const double burst = burstOf(rate);
    const auto it = m_buckets.find(key);
    Bucket &b = it != m_buckets.end() ? *it : *m_buckets.insert(key, Bucket{burst, now});
    b.tokens = std::min(burst, b.tokens + double(now - b.at) / 1000.0 * rate);
    b.at = now;
    if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
    }
    return int(std::clamp(std::ceil((1 - b.tokens) / rate), 1.0, 3600.0));
}

// A bucket that has refilled is the same as none (swept at most once a second).
void ClientLimits::forgetIdleBuckets(qint64 now)
{
    m_sweptAt = now;
    const double idleMs = kBurstSeconds * 1000;
    m_buckets.removeIf([&](const auto &it) { return double(now - it.value().at) > idleMs; });
    if (m_buckets.size() > kBucketsKept)
        m_buckets.clear();
}

bool ClientLimits::MessageRate::take()
{
    if (m_rate <= 0)
        return true;
    const qint64 now = m_clock.elapsed();
    m_tokens = std::min(burstOf(m_rate), m_tokens + double(now - m_at) / 1000.0 * m_rate);
    m_at = now;
    if (m_tokens < 1)
        return false;
    m_tokens -= 1;
    return true;
}

} // namespace emporium::http
