#include "server/metrics/Metrics.h"

namespace emporium::metrics {

Metrics::Metrics(QStringList routeLabels) : m_labels(std::move(routeLabels))
{
    m_labels << QStringLiteral("unmatched");
    m_series = std::make_unique<Series[]>(m_labels.size());
}

void Metrics::observe(int routeIndex, const QByteArray &, int status, double seconds)
{
    if (routeIndex < 0 || routeIndex >= m_labels.size())
        routeIndex = int(m_labels.size()) - 1;
    Series &s = m_series[routeIndex];
    const int cls = qBound(1, status / 100, 5) - 1;
    s.byClass[cls].fetch_add(1, std::memory_order_relaxed);
    for (size_t i = 0; i < kBuckets.size(); ++i)
        if (seconds <= kBuckets[i])
            s.buckets[i].fetch_add(1, std::memory_order_relaxed);
    s.count.fetch_add(1, std::memory_order_relaxed);
    s.sumMicros.fetch_add(static_cast<unsigned long long>(seconds * 1e6), std::memory_order_relaxed);
}

QByteArray Metrics::render() const
{
    QByteArray out;
    out.reserve(8192);
    out += "# HELP emporium_http_requests_total HTTP requests answered, by route and status class.\n"
           "# TYPE emporium_http_requests_total counter\n";
    for (qsizetype r = 0; r < m_labels.size(); ++r) {
        const QByteArray label = m_labels[r].toUtf8();
        for (int c = 0; c < 5; ++c) {
            const auto n = m_series[r].byClass[c].load(std::memory_order_relaxed);
            if (n)
                out += "emporium_http_requests_total{route=\"" + label + "\",status=\"" +
                       QByteArray::number(c + 1) + "xx\"} " + QByteArray::number(n) + '\n';
        }
    }
    out += "# HELP emporium_http_request_duration_seconds Time from a complete request to its answer.\n"
           "# TYPE emporium_http_request_duration_seconds histogram\n";
    for (qsizetype r = 0; r < m_labels.size(); ++r) {
        const Series &s = m_series[r];
        const auto count = s.count.load(std::memory_order_relaxed);
        if (!count)
            continue;
        const QByteArray prefix = "emporium_http_request_duration_seconds";
        const QByteArray label = "route=\"" + m_labels[r].toUtf8() + '"';
        for (size_t i = 0; i < kBuckets.size(); ++i)
            out += prefix + "_bucket{" + label + ",le=\"" + QByteArray::number(kBuckets[i]) + "\"} " +
                   QByteArray::number(s.buckets[i].load(std::memory_order_relaxed)) + '\n';
        out += prefix + "_bucket{" + label + ",le=\"+Inf\"} " + QByteArray::number(count) + '\n';
        out += prefix + "_sum{" + label + "} " +
               QByteArray::number(double(s.sumMicros.load(std::memory_order_relaxed)) / 1e6, 'f', 6) + '\n';
        out += prefix + "_count{" + label + "} " + QByteArray::number(count) + '\n';
    }
    out += "# HELP emporium_websocket_connections Open WebSocket connections.\n"
           "# TYPE emporium_websocket_connections gauge\n"
           "emporium_websocket_connections " +
           QByteArray::number(qlonglong(webSocketConnections())) + '\n';
    const auto counter = [&out](const char *name, const char *help, unsigned long long v) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " counter\n" + name + ' ' +
               QByteArray::number(v) + '\n';
    };
    counter("emporium_orders_total", "Orders placed.", ordersPlaced.load());
    counter("emporium_orders_out_of_stock_total", "Orders refused because stock fell short.",
            ordersOutOfStock.load());
    counter("emporium_payments_captured_total", "Payments captured.", paymentsCaptured.load());
    counter("emporium_payments_declined_total", "Payments declined by the gateway.", paymentsDeclined.load());
    counter("emporium_mail_sent_total", "Receipts handed to the mail transport.", mailSent.load());
    counter("emporium_mail_failures_total", "Failed attempts to send a receipt.", mailFailures.load());
    counter("emporium_connections_refused_total",
            "Connections answered 503 because the server held as many as it may (--max-connections).",
            connectionsRefused.load());
    counter("emporium_tls_handshakes_failed_total",
            "TLS connections cut off before their handshake ended: not TLS (plain HTTP to the HTTPS port), "
            "no protocol or cipher in common, or slower than --request-timeout.",
            tlsHandshakesFailed.load());
    out += "# HELP emporium_connections Open connections (HTTP and WebSocket).\n"
           "# TYPE emporium_connections gauge\n"
           "emporium_connections " +
           QByteArray::number(qlonglong(openConnections.load())) + '\n';
    return out;
}

} // namespace emporium::metrics
