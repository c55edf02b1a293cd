#include "server/domain/PasswordHasher.h"

#include <sodium.h>

namespace emporium::domain {
namespace {
bool initSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}
} // namespace

QString PasswordHasher::hash(const QString &password)
{
    if (!initSodium())
        return {};
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, pw.constData(), quint64(pw.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    if (!initSodium())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray pw = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), pw.constData(), quint64(pw.size())) == 0;
}

const QString &PasswordHasher::dummyHash()
{
    static const QString h = [] {
        unsigned char random[16];
        initSodium();
        randombytes_buf(random, sizeof random);
        return hash(
            QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(random), sizeof random).toHex()));
    }();
    return h;
}

} // namespace emporium::domain
