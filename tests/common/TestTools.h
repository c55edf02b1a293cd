#pragma once
// What every suite shares, with a server in-process, in a child process or none: spin the event
// loop until a condition or a timeout, a raw HTTP/1.1 client over a real socket, and PrintTo
// for Qt types so failures read well. Nothing here links the server.
#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QTcpSocket>
#include <functional>
#include <iosfwd>
#include <memory>

QT_BEGIN_NAMESPACE
void PrintTo(const QString &s, std::ostream *os);
void PrintTo(const QByteArray &s, std::ostream *os);
QT_END_NAMESPACE

namespace emporium::test {

// Processes events until `done()` or `timeoutMs`; returns done().
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 10000);

struct HttpReply
{
    int status = 0; // 0: no answer (closed or timed out)
    QString reason;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const char *lowerName) const;
    bool hasHeader(const char *lowerName) const;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

// A blocking HTTP client on a raw socket, for exact protocol checks.
class RawHttp
{
public:
    explicit RawHttp(quint16 port);
    // over TLS, verifying the server as `peerName` with `tls`'s CA certificates; encrypted() says if it
    // got that far
    RawHttp(quint16 port, const QSslConfiguration &tls,
            const QString &peerName = QStringLiteral("localhost"));
    bool encrypted() const;
    ~RawHttp();

    bool isConnected() const;
    void send(const QByteArray &bytes);
    // Reads one response. A HEAD answer or 1xx/204/304 has no body, whatever Content-Length says.
    HttpReply read(bool headRequest = false, int timeoutMs = 5000);
    // Waits until the server closes the connection; true if it did within the timeout.
    bool waitForClose(int timeoutMs);
    void close();

private:
    bool fill(int timeoutMs);
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
};

// One request on a fresh connection: GET path with optional extra header lines.
HttpReply httpGet(quint16 port, const QByteArray &path, const QByteArray &extraHeaders = {});
// (`timeoutMs`: how long the answer may take; a large import on a busy machine takes seconds)
HttpReply httpRequest(quint16 port, const QByteArray &method, const QByteArray &path,
                      const QByteArray &body = {}, const QByteArray &extraHeaders = {}, int timeoutMs = 5000);

} // namespace emporium::test
