#pragma once
// Prometheus counters shared by all event loops: lock-free atomics indexed by route.
#include <QByteArray>
#include <QStringList>
#include <array>
#include <atomic>
#include <memory>
#include <vector>

namespace emporium::metrics {

class Metrics
{
public:
    static constexpr std::array<double, 12> kBuckets{0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005,
                                                     0.01,   0.025,   0.05,   0.1,   0.5,    2.5};

    // Routes are labelled by pattern; the last slot is "unmatched".
    explicit Metrics(QStringList routeLabels);

    void observe(int routeIndex, const QByteArray &method, int status, double seconds);
    void webSocketOpened() { m_webSockets.fetch_add(1, std::memory_order_relaxed); }
    void webSocketClosed() { m_webSockets.fetch_sub(1, std::memory_order_relaxed); }
    long webSocketConnections() const { return m_webSockets.load(std::memory_order_relaxed); }
    // Open connections of every kind (HTTP, and WebSockets once upgraded): what the connection limit counts.
    std::atomic<long> openConnections{0};

    QByteArray render() const;

    // Business counters.
    std::atomic<unsigned long long> ordersPlaced{0};
    std::atomic<unsigned long long> paymentsCaptured{0};
    std::atomic<unsigned long long> paymentsDeclined{0};
    std::atomic<unsigned long long> ordersOutOfStock{0};
    std::atomic<unsigned long long> mailSent{0};
    std::atomic<unsigned long long> mailFailures{0};
    std::atomic<unsigned long long> connectionsRefused{0}; // over the connection limit: 503
    std::atomic<unsigned long long> tlsHandshakesFailed{
        0}; // not TLS, nothing acceptable offered, or too slow

private:
    struct Series
    {
        std::array<std::atomic<unsigned long long>, 5> byClass{}; // 1xx..5xx
        std::array<std::atomic<unsigned long long>, kBuckets.size()> buckets{};
        std::atomic<unsigned long long> count{0};
        std::atomic<unsigned long long> sumMicros{0};
    };
    QStringList m_labels;
    std::unique_ptr<Series[]> m_series;
    std::atomic<long> m_webSockets{0};
};

} // namespace emporium::metrics
