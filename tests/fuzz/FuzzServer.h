#pragma once
// One real server for a fuzz target's whole run: the demo marketplace on SQLite in a temporary folder,
// in-process (so that libFuzzer sees the coverage of what an input reached), on a free loopback port,
// with short request and idle timeouts. Inputs go over real sockets (POSIX, blocking with a deadline).
#include "server/Server.h"

#include <QByteArray>
#include <QHash>
#include <QTemporaryDir>
#include <memory>

namespace emporium::fuzz {

class FuzzServer
{
public:
    static FuzzServer &instance(); // started at first use; the process ends if it cannot start

    quint16 port() const { return m_server->port(); }
    QList<RouteInfo> routes() const { return m_server->routes(); }
    // a demo account's bearer token (signed in again when the one kept no longer holds)
    QByteArray token(const QByteArray &email);
    void forget(const QByteArray &email) { m_tokens.remove(email); }

    // Sends `bytes` on a new connection, half-closes it and reads until the server closes it (at most
    // `waitMs`; `closed` says whether it did): what came back.
    QByteArray exchange(const QByteArray &bytes, bool *closed = nullptr, int waitMs = 3000);

private:
    FuzzServer();
    QTemporaryDir m_dir;
    std::unique_ptr<Server> m_server;
    QHash<QByteArray, QByteArray> m_tokens;
};

// The status of an HTTP answer (0 when there is none).
int statusOf(const QByteArray &answer);
// Ends the run as a crash (libFuzzer keeps the input) when the server failed: a 5xx other than 503 (at
// its limits), or a connection it neither answered nor closed in time.
void expectHandled(const QByteArray &answer, bool closed);
// Bytes made safe for a request target: whatever is not printable ASCII or is a space is %-escaped.
QByteArray targetSafe(const QByteArray &bytes);

} // namespace emporium::fuzz
