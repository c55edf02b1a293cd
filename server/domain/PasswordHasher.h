#pragma once
// Argon2id password hashes (libsodium crypto_pwhash_str, interactive limits).
#include <QString>

namespace emporium::domain {

class PasswordHasher
{
public:
    static QString hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);
};

} // namespace emporium::domain
