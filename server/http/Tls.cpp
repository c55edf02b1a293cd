#include "server/http/Tls.h"

#include <QDateTime>
#include <QFile>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <thread>

namespace emporium::http {
namespace {

Error tlsError(const QString &why)
{
    return Error::validation(QStringLiteral("tls"), why);
}

Result<QByteArray> readFile(const QString &path, const char *what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tlsError(QStringLiteral("cannot read the %1 file %2: %3")
                            .arg(QLatin1String(what), path, file.errorString()));
    return file.readAll();
}

Result<QSslKey> readKey(const QString &path, const QByteArray &passphrase)
{
    auto pem = readFile(path, "key");
    if (!pem)
        return pem.error();
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa, QSsl::Dsa}) {
        QSslKey key(pem.value(), algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (!key.isNull())
            return key;
    }
    return tlsError(QStringLiteral("%1 holds no PEM private key (RSA or EC)%2")
                        .arg(path, passphrase.isEmpty() ? QStringLiteral(", or the key is encrypted: set "
                                                                         "EMPORIUM_TLS_KEY_PASSPHRASE")
                                                        : QStringLiteral(" that this passphrase opens")));
}

// One handshake with itself over loopback, both ends blocking (the client on a thread of its own): the
// only way Qt offers to learn that the key does not belong to the certificate before a client finds out.
Result<Done> handshakeWithItself(const QSslConfiguration &tls)
{
    QTcpServer listener;
    if (!listener.listen(QHostAddress::LocalHost, 0))
        return Done{}; // nothing to test with; the first client will tell
    std::thread client([port = listener.serverPort()] {
        QSslSocket socket;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.setSslConfiguration(config);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        if (socket.waitForEncrypted(5000))
            socket.waitForDisconnected(1000);
    });
    QString failure;
    if (listener.waitForNewConnection(5000)) {
        QTcpSocket *accepted = listener.nextPendingConnection();
        QSslSocket server;
        server.setSslConfiguration(tls);
        server.setSocketDescriptor(accepted->socketDescriptor());
        accepted->setParent(nullptr); // the descriptor is the TLS socket's now
        server.startServerEncryption();
        if (server.error() == QAbstractSocket::UnknownSocketError && !server.waitForEncrypted(5000))
            failure = server.errorString();
        else if (server.error() != QAbstractSocket::UnknownSocketError)
            failure = server.errorString(); // refused at once: the key does not match the certificate
        server.disconnectFromHost();
    }
    client.join();
    if (!failure.isEmpty())
        return tlsError(
            QStringLiteral("a test handshake failed (does the key belong to the certificate?): %1")
                .arg(failure));
    return Done{};
}

} // namespace

QList<QSslCipher> modernCiphers()
{
    QList<QSslCipher> ciphers;
    for (const QSslCipher &c : QSslConfiguration::supportedCiphers()) {
        const QString encryption = c.encryptionMethod();
        const bool aead = encryption.contains(u"GCM") || encryption.contains(u"CHACHA20");
        if (c.protocol() == QSsl::TlsV1_3 || (c.keyExchangeMethod().startsWith(u"ECDH") && aead))
            ciphers << c;
    }
    return ciphers;
}

Result<QSslConfiguration> loadTlsConfiguration(const QString &certFile, const QString &keyFile,
                                               const QByteArray &passphrase)
{
    if (!QSslSocket::supportsSsl())
        return tlsError(QStringLiteral("this system has no TLS library Qt can load (OpenSSL 3, libssl3)"));
    if (certFile.isEmpty() || keyFile.isEmpty())
        return tlsError(QStringLiteral("both a certificate (--tls-cert) and its key (--tls-key) are needed"));
    auto pem = readFile(certFile, "certificate");
    if (!pem)
        return pem.error();
    const QList<QSslCertificate> chain = QSslCertificate::fromData(pem.value(), QSsl::Pem);
    if (chain.isEmpty())
        return tlsError(QStringLiteral("%1 holds no PEM certificate").arg(certFile));
    if (chain.first().expiryDate() < QDateTime::currentDateTimeUtc())
        return tlsError(QStringLiteral("the certificate in %1 expired on %2")
                            .arg(certFile, chain.first().expiryDate().toString(Qt::ISODate)));
    auto key = readKey(keyFile, passphrase);
    if (!key)
        return key.error();
    if (key->algorithm() != chain.first().publicKey().algorithm())
        return tlsError(
            QStringLiteral("the key in %1 does not belong to the certificate in %2").arg(keyFile, certFile));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key.value());
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setCiphers(modernCiphers());
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    tls.setAllowedNextProtocols({QByteArray(QSslConfiguration::NextProtocolHttp1_1)});
    tls.setSslOption(QSsl::SslOptionDisableCompression, true);
    if (auto tested = handshakeWithItself(tls); !tested)
        return tested.error();
    return tls;
}

} // namespace emporium::http
