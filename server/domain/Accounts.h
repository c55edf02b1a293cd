#pragma once
// Account rules of API.md: registration and login validation, opaque bearer tokens (256-bit,
// stored as SHA-256), expiry, revocation and login throttling. Password hashing is slow on
// purpose, so it runs on the worker pool, never on an event loop.
#include "server/protocol/AccountTypes.h"
#include "server/protocol/AdminTypes.h"
#include "server/protocol/Result.h"
#include "server/storage/AccountRepository.h"

#include <QFuture>
#include <QHash>
#include <QMutex>
#include <optional>

class QThreadPool;

namespace emporium::storage {
class Writer;
}

namespace emporium::domain {

struct RegisterRequest
{
    QString email;
    QString password;
    QString displayName;
    protocol::Role role = protocol::Role::Buyer;
    QString shopName;

    static Result<RegisterRequest> fromJson(const QJsonObject &body);
};

struct LoginRequest
{
    QString email;
    QString password;

    static Result<LoginRequest> fromJson(const QJsonObject &body);
};

// Counts failed logins per email and per client address in a sliding window. The counts live in the
// database (login_failures), so that several servers sharing one count the same, whichever is asked.
class LoginThrottle
{
public:
    struct Limits
    {
        int perEmail = 5;
        int perAddress = 20;
        int windowSeconds = 15 * 60;
    };
    LoginThrottle() = default;
    explicit LoginThrottle(Limits limits) : m_limits(limits) {}

    // Seconds to wait before trying again, or nullopt when a try is allowed now (on the caller's connection).
    Result<std::optional<int>> retryAfter(storage::AccountRepository &reads, const QString &email,
                                          const QString &address) const;
    // In a writer job: a failure counted for the email and the address; a success forgets the email's.
    Result<Done> failed(storage::AccountRepository &repo, const QString &email, const QString &address) const;
    static Result<Done> succeeded(storage::AccountRepository &repo, const QString &email);

private:
    Limits m_limits;
};

// Registration, sign-in and sign-out. Reads run on the caller's connection (an event loop's);
// password hashing runs on the worker pool and every change is a writer job, so the futures finish
// off the caller's thread, also when nobody waits for them any more.
class Accounts
{
public:
    static constexpr int kDefaultSessionDays = 30;

    struct Services
    {
        storage::Writer &writer;
        QThreadPool &workers; // password hashing, never on a loop or the writer
        LoginThrottle &throttle;
        int sessionDays = kDefaultSessionDays;
    };

    Accounts(storage::AccountRepository &reads, Services services) : m_repo(reads), m_s(services) {}

    // The new account with its first session; validation_failed / conflict as API.md says.
    QFuture<Result<protocol::AuthResult>> registerAccount(const RegisterRequest &request);
    // A new session; unauthenticated, forbidden (disabled) or rate_limited (with retry_after).
    QFuture<Result<protocol::AuthResult>> login(const LoginRequest &request, const QString &address);
    // Ends the session of `token`.
    QFuture<Result<Done>> logout(const QString &token);
    // An admin's change of a user's role or disabled flag (a disabled user's tokens stop at once): the
    // user as it is after it.
    QFuture<Result<protocol::AdminUser>> changeUser(qint64 adminId, qint64 userId,
                                                    const protocol::AdminUserChange &change);

    // The signed-in user of a bearer token, if it is valid now (on the caller's connection).
    Result<std::optional<protocol::User>> authenticate(const QString &token);

    static QString newToken();
    static QString hashToken(const QString &token);

private:
    Result<std::optional<storage::UserRecord>> beginLogin(const LoginRequest &request,
                                                          const QString &address);
    static QFuture<Result<protocol::AuthResult>>
    completeLogin(const Services &s, const LoginRequest &request,
                  const std::optional<storage::UserRecord> &account, bool passwordOk, const QString &address);
    // `signedIn`: the email whose failed sign-ins are forgotten with the new session
    static QFuture<Result<protocol::AuthResult>> openSession(const Services &s, const protocol::User &user,
                                                             const QString &signedIn = {});

    storage::AccountRepository &m_repo;
    Services m_s;
};

} // namespace emporium::domain
