#pragma once
// Everything the server needs to start, from flags and environment (emporium-server) or
// from the desktop app (embedded mode). Both start through Server::start(config).
#include "server/protocol/Result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace emporium {

using Subnet = QPair<QHostAddress, int>; // address, prefix length

struct ServerConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080; // 0: any free port
    QString databaseUrl; // sqlite:///path/emporium.db
    QString dataDir;     // images and other files
    bool demo = false;   // fill an empty database with the demo marketplace
    int threads = 0;     // event loops; 0 = one per core
    int listenBacklog = 1024;
    QString currency = QStringLiteral("USD");
    bool synchronousFull = false;
    // HTTPS and WSS on the same port (http::loadTlsConfiguration): PEM files; the key's passphrase, if any,
    // only from the environment (EMPORIUM_TLS_KEY_PASSPHRASE). Empty: plain HTTP.
    QString tlsCertFile;
    QString tlsKeyFile;
    QByteArray tlsKeyPassphrase;

    // Limits (HTTP)
    qint64 maxBodyBytes = 1 << 20;     // 1 MiB for JSON; larger uploads get their own limit
    qint64 maxHeaderBytes = 16 * 1024; // request line + headers
    int idleTimeoutMs = 30000;         // idle keep-alive connection closed after this
    // A whole request's headers must arrive within this from its first byte, and its body within this
    // again plus its length at minBodyBytesPerSecond: a client that trickles a byte at a time (which keeps
    // the idle timer from firing) is answered 408 and cut off.
    int requestTimeoutMs = 10000;
    // Connections held at once (HTTP and WebSocket); one more is answered 503 with Retry-After and closed,
    // so the server never runs out of file descriptors (which made it spin on accept). 0: the open-file limit
    // (raised to its hard maximum at start) less a reserve for the database, pictures and logs.
    int maxConnections = 0;
    // What one client may take (http::ClientLimits), counted by its address (behind a trusted proxy, the
    // address it forwarded for); addresses in limitExempt are not counted. 0: no limit.
    int maxConnectionsPerAddress = 256;       // HTTP connections held at once; one more: 429 and closed
    int maxWebSocketsPerAddress = 64;         // one more: closed with 1008
    double requestsPerSecondPerAddress = 100; // sustained, bursts of 4 s worth; over: 429 Retry-After
    double requestsPerSecondPerToken = 50;
    double webSocketMessagesPerSecond = 20; // per socket, bursts of 4 s worth; over: closed with 1008
    QList<Subnet> limitExempt = {{QHostAddress(QHostAddress::LocalHost), 8},
                                 {QHostAddress(QHostAddress::LocalHostIPv6), 128}};
    qint64 minBodyBytesPerSecond = 16 * 1024;
    int sessionDays = 30;              // bearer tokens expire after this
    qint64 wsMaxQueuedBytes = 1 << 20; // a WebSocket client this far behind is dropped
    // Proxies in front (nginx): from these alone X-Forwarded-For names the client (the login throttle's
    // per-address count). Empty: the header is never believed.
    QList<Subnet> trustedProxies;

    // Receipts. Without an SMTP URL they are written as .eml files into <data-dir>/receipts.
    // Filled from the environment only (EMPORIUM_SMTP_URL, _USER, _PASSWORD, EMPORIUM_MAIL_FROM).
    QString smtpUrl;
    QString smtpUser;
    QString smtpPassword;
    QString mailFrom = QStringLiteral("Emporium <receipts@emporium.invalid>");
    int mailRetryBaseMs = 5000;

    // Reads the mail settings from the environment.
    void mailFromEnvironment();

    // Parses "host:port", "[v6]:port" or ":port".
    static Result<Done> parseListen(const QString &spec, QHostAddress &address, quint16 &port);
    // Parses "127.0.0.1, 10.0.0.0/8, ::1" (addresses or subnets, comma-separated).
    static Result<QList<Subnet>> parseSubnets(const QString &spec);
    // Is `address` in one of `subnets`?
    static bool inSubnets(const QHostAddress &address, const QList<Subnet> &subnets);
};

} // namespace emporium
