#pragma once
// A real SMTP server on loopback for the receipt tests: tests/e2e/smtp_sink.py (python3-aiosmtpd, run by
// Debian's /usr/bin/python3), keeping each message it accepts as a .eml file; with a user and password it
// requires them (AUTH). Started by the test, stopped with this object.
#include "tests/common/TestTools.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>

#ifndef EMPORIUM_SOURCE_DIR
#error "the test's target needs EMPORIUM_SOURCE_DIR (the sink's script is in the source tree)"
#endif

namespace emporium::test {

inline quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

class SmtpSink
{
public:
    SmtpSink(const QString &user = {}, const QString &password = {})
        : m_port(freePort()), m_user(user), m_password(password)
    {
    }
    ~SmtpSink() { stop(); }
    bool start()
    {
        QStringList args{QStringLiteral(EMPORIUM_SOURCE_DIR "/tests/e2e/smtp_sink.py"),
                         QString::number(m_port), m_dir.path()};
        if (!m_user.isEmpty())
            args << m_user << m_password;
        m_process.start(QStringLiteral("/usr/bin/python3"), args);
        return m_process.waitForStarted(5000) &&
               waitUntil(
                   [&] {
                       return m_process.readAllStandardOutput().contains("ready") ||
                              m_process.state() == QProcess::NotRunning;
                   },
                   15000) &&
               m_process.state() == QProcess::Running;
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(5000);
        }
    }
    QString url() const { return QStringLiteral("smtp://127.0.0.1:%1").arg(m_port); }
    QStringList messages() const
    {
        QStringList out;
        for (const QString &f :
             QDir(m_dir.path()).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
            QFile file(QDir(m_dir.path()).filePath(f));
            file.open(QIODevice::ReadOnly);
            out << QString::fromUtf8(file.readAll());
        }
        return out;
    }

private:
    quint16 m_port;
    QString m_user, m_password;
    QTemporaryDir m_dir;
    QProcess m_process;
};

} // namespace emporium::test
