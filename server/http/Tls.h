#pragma once
// HTTPS and WSS on the server's one port (--tls-cert/--tls-key): the certificate chain and its private key
// read from PEM files, TLS 1.2 or later with forward-secret AEAD ciphers only, and HTTP/1.1 offered by ALPN
// (the server speaks nothing else). Every connection's handshake runs on its event loop (HttpConnection).
#include "server/protocol/Result.h"

#include <QSslConfiguration>

namespace emporium::http {

// Reads the certificate (its chain after it, in the same file) and the key (RSA or EC, unencrypted or
// with `passphrase`); a clear error names the file and what is wrong with it.
Result<QSslConfiguration> loadTlsConfiguration(const QString &certFile, const QString &keyFile,
                                               const QByteArray &passphrase = {});

// The ciphers the server offers: TLS 1.3's, and TLS 1.2's with ECDHE and AES-GCM or ChaCha20-Poly1305.
QList<QSslCipher> modernCiphers();

} // namespace emporium::http
