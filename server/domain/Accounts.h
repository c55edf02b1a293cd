#pragma once
// Account rules of API.md: registration and login validation, opaque bearer tokens (256-bit,
// stored as SHA-256), expiry, revocation and login throttling. Password hashing is slow on
// purpose, so the HTTP layer runs PasswordHasher off the event loop and calls the
// complete* steps here with the outcome.
#include "server/protocol/AccountTypes.h"
#include "server/protocol/Result.h"
#include "server/storage/AccountRepository.h"

#include <QHash>
#include <QMutex>
#include <optional>

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

class Accounts
{
public:
    static constexpr int kDefaultSessionDays = 30;

    Accounts(storage::AccountRepository &repository, LoginThrottle &throttle,
             int sessionDays = kDefaultSessionDays)
        : m_repo(repository), m_throttle(throttle), m_sessionDays(sessionDays)
    {
    }

    // Writer jobs (on the writer's connection): the account and/or its new session.
    static Result<protocol::AuthResult> registerAccount(QSqlDatabase &db, const RegisterRequest &request,
                                                        const QString &passwordHash, int sessionDays);
    static Result<protocol::AuthResult> openSession(QSqlDatabase &db, const protocol::User &user,
                                                    int sessionDays);
    static Result<Done> revoke(QSqlDatabase &db, const QString &token);

    // Step 1 of a login, on the loop: throttling, then the account (if any) whose hash is verified next.
    Result<std::optional<storage::UserRecord>> beginLogin(const LoginRequest &request,
                                                          const QString &address);
    // Step 3, on the loop, with the outcome of the verification: the user to open a session for.
    Result<protocol::User> completeLogin(const LoginRequest &request,
                                         const std::optional<storage::UserRecord> &account, bool passwordOk,
                                         const QString &address);

    Result<std::optional<protocol::User>> authenticate(const QString &token);
    int sessionDays() const { return m_sessionDays; }

    static QString newToken();
    static QString hashToken(const QString &token);

private:
    storage::AccountRepository &m_repo;
    LoginThrottle &m_throttle;
    int m_sessionDays;
};

} // namespace emporium::domain
