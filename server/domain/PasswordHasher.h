#pragma once
// Argon2id password hashes (libsodium crypto_pwhash_str, interactive limits).
#include <QString>

namespace emporium::domain {

class PasswordHasher
{
public:
    static QString hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);
    // A hash of a random password: verifying against it costs what a real check costs, so an
    // unknown email is answered in about the same time as a wrong password.
    static const QString &dummyHash();
};

} // namespace emporium::domain
