#pragma once
// Who is signed in, for every window: the token (kept by TokenStore between runs) and the
// user with role and shop. Dropped cleanly when the server says the token is no longer valid.
#include "server/protocol/AccountTypes.h"
#include "server/protocol/Result.h"

#include <QObject>

namespace emporium {
namespace client {

class ApiClient;
class TokenStore;

struct SignUpForm
{
    QString email;
    QString password;
    QString displayName;
    protocol::Role role = protocol::Role::Buyer;
    QString shopName;
};

class Session : public QObject
{
    Q_OBJECT
public:
    Session(ApiClient &api, TokenStore &store, QObject *parent = nullptr);

    // Which server the stored token belongs to (its URL, or the embedded server's folder).
    void setStorageKey(const QString &key) { m_key = key; }
    // Loads a stored token and checks it with GET /me.
    void restore();
    void signIn(const QString &email, const QString &password);
    void signUp(const SignUpForm &form);
    void signOut();

    bool isSignedIn() const { return !m_token.isEmpty() && m_user.id != 0; }
    bool isBusy() const { return m_busy; }
    const protocol::User &user() const { return m_user; }
    QString token() const { return m_token; }

Q_SIGNALS:
    void changed();
    void busyChanged(bool busy);
    // A sign-in or sign-up was refused: the contract's error (details.fields names fields).
    void failed(const emporium::Error &error);
    // The server no longer accepts the token (revoked, expired, account disabled).
    void expired(const QString &message);

private:
    void accept(const protocol::AuthResult &result);
    void drop();
    void setBusy(bool busy);

    ApiClient &m_api;
    TokenStore &m_store;
    QString m_key = QStringLiteral("default");
    QString m_token;
    protocol::User m_user;
    bool m_busy = false;
};

} // namespace client
} // namespace emporium
