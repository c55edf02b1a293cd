#pragma once
// Users, shops and sessions on one thread's connection.
#include "server/protocol/AccountTypes.h"
#include "server/protocol/Result.h"

#include "server/storage/StatementCache.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>
#include <optional>

namespace emporium::storage {

struct UserRecord
{
    protocol::User user;
    QString passwordHash;
    bool disabled = false;
};

// Failed sign-ins of one subject ('email:...' or 'address:...') in the throttle's window.
struct LoginFailures
{
    int count = 0;
    qint64 oldestMs = 0; // milliseconds since 1970
};

struct NewUser
{
    QString email;
    QString passwordHash;
    QString displayName;
    protocol::Role role = protocol::Role::Buyer;
    QString shopName; // sellers
};

class AccountRepository
{
public:
    explicit AccountRepository(QSqlDatabase db) : m_db(db), m_statements(db) {}

    Result<std::optional<UserRecord>> findByEmail(const QString &email);
    // conflict errors name the field: email or shop_name
    Result<protocol::User> create(const NewUser &user);
    Result<Done> createSession(qint64 userId, const QString &tokenHash, const QString &expiresAt);
    // The user behind a live (not revoked, not expired) session of an enabled account.
    Result<std::optional<protocol::User>> sessionUser(const QString &tokenHash);
    Result<Done> revokeSession(const QString &tokenHash);
    // Creates an admin, or makes an existing account admin with this password. Standalone (the admin
    // tool's own connection, no transaction open): it commits its own.
    Result<protocol::User> upsertAdmin(const QString &email, const QString &passwordHash);

    // The login throttle's counts, in the database: whichever server of several sharing it is asked, the
    // same.
    Result<LoginFailures> loginFailures(const QString &subject, qint64 sinceMs);
    // (a write: also forgets every failure older than `forgetBeforeMs`)
    Result<Done> addLoginFailures(const QStringList &subjects, qint64 nowMs, qint64 forgetBeforeMs);
    Result<Done> forgetLoginFailures(const QString &subject);

private:
    QSqlQuery &prepared(const QString &sql) { return m_statements.get(sql); }
    std::optional<qint64> scalar(const QString &sql, const QVariantList &binds);

    QSqlDatabase m_db;
    StatementCache m_statements;
};

QString nowIso();

// The user as every query reads it: columns 0..5 of u = users LEFT JOIN s = shops, and the reader.
const QString &userColumns();
const QString &userJoins(); // " FROM users u LEFT JOIN shops s ON s.owner_id = u.id "
protocol::User readUserColumns(const QSqlQuery &q);
constexpr int kUserColumnCount = 6;

} // namespace emporium::storage
