#pragma once
// Keeps the sign-in token between runs: in the system keychain (qtkeychain) where one
// answers, else in a file under the user's config folder readable by the owner only.
// EMPORIUM_TOKEN_STORE=file skips the keychain (tests, machines without a secret service).
#include <QObject>
#include <functional>

namespace emporium {
namespace client {

class TokenStore : public QObject
{
    Q_OBJECT
public:
    explicit TokenStore(QString fileDirectory, QObject *parent = nullptr);

    // `key` names the server the token belongs to.
    void load(const QString &key, std::function<void(const QString &token)> done);
    void save(const QString &key, const QString &token);
    void remove(const QString &key);

    QString filePath() const;
    bool usesKeychain() const { return m_keychain; }

private:
    QString fileLoad(const QString &key) const;
    void fileSave(const QString &key, const QString &token);

    QString m_dir;
    bool m_keychain;
};

} // namespace client
} // namespace emporium
