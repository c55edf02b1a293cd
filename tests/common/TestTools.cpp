#include "tests/common/TestTools.h"

#include <QSslSocket>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QThread>
#include <ostream>

QT_BEGIN_NAMESPACE
void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
void PrintTo(const QByteArray &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
QT_END_NAMESPACE

namespace emporium::test {

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return done();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

QByteArray HttpReply::header(const char *lowerName) const
{
    for (const auto &h : headers)
        if (h.first == lowerName)
            return h.second;
    return {};
}

bool HttpReply::hasHeader(const char *lowerName) const
{
    for (const auto &h : headers)
        if (h.first == lowerName)
            return true;
    return false;
}

RawHttp::RawHttp(quint16 port) : m_socket(std::make_unique<QTcpSocket>())
{
    m_socket->connectToHost(QHostAddress::LocalHost, port);
    m_socket->waitForConnected(5000);
}

RawHttp::RawHttp(quint16 port, const QSslConfiguration &tls, const QString &peerName)
{
    auto socket = std::make_unique<QSslSocket>();
    socket->setSslConfiguration(tls);
    socket->setPeerVerifyName(peerName);
    socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    socket->waitForEncrypted(5000);
    m_socket = std::move(socket);
}

bool RawHttp::encrypted() const
{
    auto *tls = qobject_cast<QSslSocket *>(m_socket.get());
    return tls && tls->isEncrypted();
}

RawHttp::~RawHttp() = default;

bool RawHttp::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

void RawHttp::send(const QByteArray &bytes)
{
    m_socket->write(bytes);
    m_socket->waitForBytesWritten(5000);
}

bool RawHttp::fill(int timeoutMs)
{
    if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(timeoutMs))
        return false;
    m_buffer += m_socket->readAll();
    return true;
}

HttpReply RawHttp::read(bool headRequest, int timeoutMs)
{
    HttpReply r;
    QElapsedTimer t;
    t.start();
    qsizetype end;
    while ((end = m_buffer.indexOf("\r\n\r\n")) < 0) {
        if (t.elapsed() > timeoutMs || !fill(int(qMax<qint64>(1, timeoutMs - t.elapsed()))))
            return r;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);
    const QByteArray statusLine = lines.value(0).trimmed();
    const QList<QByteArray> parts = statusLine.split(' ');
    r.status = parts.value(1).toInt();
    r.reason = QString::fromLatin1(statusLine.mid(parts.value(0).size() + parts.value(1).size() + 2));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    if (headRequest || r.status < 200 || r.status == 204 || r.status == 304)
        return r;
    if (r.hasHeader("content-length")) {
        const qsizetype length = r.header("content-length").toLongLong();
        while (m_buffer.size() < length)
            if (t.elapsed() > timeoutMs || !fill(int(qMax<qint64>(1, timeoutMs - t.elapsed()))))
                break;
        r.body = m_buffer.left(length);
        m_buffer.remove(0, length);
    } else {
        while (fill(int(qMax<qint64>(1, timeoutMs - t.elapsed()))) && t.elapsed() < timeoutMs) {
        }
        r.body = m_buffer;
        m_buffer.clear();
    }
    return r;
}

bool RawHttp::waitForClose(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            return true;
        m_socket->waitForReadyRead(50);
        m_buffer += m_socket->readAll();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            return true;
    }
    return m_socket->state() == QAbstractSocket::UnconnectedState;
}

void RawHttp::close()
{
    m_socket->abort();
}

HttpReply httpRequest(quint16 port, const QByteArray &method, const QByteArray &path, const QByteArray &body,
                      const QByteArray &extraHeaders, int timeoutMs)
{
    RawHttp c(port);
    QByteArray req = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders;
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        req += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    req += "\r\n" + body;
    c.send(req);
    return c.read(method == "HEAD", timeoutMs);
}

HttpReply httpGet(quint16 port, const QByteArray &path, const QByteArray &extraHeaders)
{
    return httpRequest(port, "GET", path, {}, extraHeaders);
}

} // namespace emporium::test
