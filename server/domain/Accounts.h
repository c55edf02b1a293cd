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

// Counts failed logins per email and per client address in a sliding window; shared by all
// event loops of one server.
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

    // Seconds to wait before trying again, or nullopt when a try is allowed now.
    std::optional<int> retryAfter(const QString &email, const QString &address);
    void failed(const QString &email, const QString &address);
    void succeeded(const QString &email);

private:
    std::optional<int> check(QList<qint64> &failures, int limit, qint64 now);

    Limits m_limits;
    QMutex m_mutex;
    QHash<QString, QList<qint64>> m_byEmail;
    QHash<QString, QList<qint64>> m_byAddress;
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
    static Result<protocol::User> completeLogin(LoginThrottle &throttle, const LoginRequest &request,
                                                const std::optional<storage::UserRecord> &account,
                                                bool passwordOk, const QString &address);
    static QFuture<Result<protocol::AuthResult>> openSession(const Services &s, const protocol::User &user);

    storage::AccountRepository &m_repo;
    Services m_s;
};

} // namespace emporium::domain
