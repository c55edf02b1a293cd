#include "server/storage/AccountRepository.h"

#include "server/storage/SqlError.h"

#include <QDateTime>
#include <QSqlError>
#include <QVariant>

namespace emporium::storage {

using protocol::Role;

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

const QString &userColumns()
{
    static const QString s =
        QStringLiteral("u.id, u.email, u.display_name, u.role, COALESCE(s.id, 0), COALESCE(s.name, '')");
    return s;
}

const QString &userJoins()
{
    static const QString s = QStringLiteral(" FROM users u LEFT JOIN shops s ON s.owner_id = u.id ");
    return s;
}

protocol::User readUserColumns(const QSqlQuery &q)
{
    protocol::User u;
    u.id = q.value(0).toLongLong();
    u.email = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = protocol::roleFromName(q.value(3).toString()).value_or(Role::Buyer);
    u.shopId = q.value(4).toLongLong();
    u.shopName = q.value(5).toString();
    return u;
}

namespace {

const QString kUserColumns = userColumns() + QStringLiteral(", u.password_hash, u.disabled") + userJoins();

UserRecord readUser(const QSqlQuery &q)
{
    return {readUserColumns(q), q.value(kUserColumnCount).toString(), q.value(kUserColumnCount + 1).toBool()};
}

} // namespace

std::optional<qint64> AccountRepository::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery &q = prepared(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    std::optional<qint64> v;
    if (q.exec() && q.next())
        v = q.value(0).toLongLong();
    q.finish();
    return v;
}

Result<std::optional<UserRecord>> AccountRepository::findByEmail(const QString &email)
{
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT ") + kUserColumns + QStringLiteral("WHERE u.email_norm = ?"));
    q.bindValue(0, email.trimmed().toLower());
    if (!q.exec())
        return Error::internal(q.lastError().text());
    std::optional<UserRecord> r;
    if (q.next())
        r = readUser(q);
    q.finish();
    return r;
}

Result<protocol::User> AccountRepository::create(const NewUser &n)
{
    const QString emailNorm = n.email.trimmed().toLower();
    const QString shopNorm = n.shopName.trimmed().toLower();
    // A savepoint of our own inside the caller's transaction (the writer's, or upsertAdmin's): a
    // refused row leaves the transaction usable (PostgreSQL refuses every later statement otherwise).
    QSqlQuery tx(m_db);
    if (!tx.exec(QStringLiteral("SAVEPOINT create_user")))
        return Error::internal(tx.lastError().text());
    const auto fail = [&](Error e) {
        tx.exec(QStringLiteral("ROLLBACK TO create_user"));
        tx.exec(QStringLiteral("RELEASE create_user"));
        return e;
    };
    const auto conflict = [&](const QString &field, const QString &message) {
        QJsonObject fields;
        fields.insert(field, message);
        return fail(
            Error{QStringLiteral("conflict"), message, QJsonObject{{QStringLiteral("fields"), fields}}});
    };
    if (scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE email_norm = ?"), {emailNorm}).value_or(0) >
        0)
        return conflict(QStringLiteral("email"), QStringLiteral("an account with this email exists already"));
    if (n.role == Role::Seller &&
        scalar(QStringLiteral("SELECT COUNT(*) FROM shops WHERE name_norm = ?"), {shopNorm}).value_or(0) > 0)
        return conflict(QStringLiteral("shop_name"), QStringLiteral("a shop with this name exists already"));

    const QString now = nowIso();
    QSqlQuery &insert =
        prepared(QStringLiteral("INSERT INTO users(email, email_norm, password_hash, display_name, role, "
                                "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bindValue(0, n.email.trimmed());
    insert.bindValue(1, emailNorm);
    insert.bindValue(2, n.passwordHash);
    insert.bindValue(3, n.displayName.trimmed());
    insert.bindValue(4, protocol::roleName(n.role));
    insert.bindValue(5, now);
    if (!insert.exec()) {
        // a concurrent registration with the same email won the race
        const bool unique = isUniqueViolation(insert.lastError());
        const QString why = insert.lastError().text();
        return unique ? conflict(QStringLiteral("email"),
                                 QStringLiteral("an account with this email exists already"))
                      : fail(Error::internal(why));
    }
    protocol::User user;
    user.id = insert.next() ? insert.value(0).toLongLong() : 0;
    insert.finish();
    if (!user.id)
        return fail(Error::internal(QStringLiteral("the new user's id was not returned")));
    user.email = n.email.trimmed();
    user.displayName = n.displayName.trimmed();
    user.role = n.role;
    if (n.role == Role::Seller) {
        QSqlQuery &shop = prepared(
            QStringLiteral("INSERT INTO shops(owner_id, name, name_norm, created_at) VALUES (?, ?, ?, ?) "
                           "RETURNING id"));
        shop.bindValue(0, user.id);
        shop.bindValue(1, n.shopName.trimmed());
        shop.bindValue(2, shopNorm);
        shop.bindValue(3, now);
        if (!shop.exec()) {
            const bool unique = isUniqueViolation(shop.lastError());
            const QString why = shop.lastError().text();
            return unique ? conflict(QStringLiteral("shop_name"),
                                     QStringLiteral("a shop with this name exists already"))
                          : fail(Error::internal(why));
        }
        user.shopId = shop.next() ? shop.value(0).toLongLong() : 0;
        shop.finish();
        if (!user.shopId)
            return fail(Error::internal(QStringLiteral("the new shop's id was not returned")));
        user.shopName = n.shopName.trimmed();
    }
    if (!tx.exec(QStringLiteral("RELEASE create_user")))
        return fail(Error::internal(tx.lastError().text()));
    return user;
}

Result<Done> AccountRepository::createSession(qint64 userId, const QString &tokenHash,
                                              const QString &expiresAt)
{
    QSqlQuery &q = prepared(QStringLiteral(
        "INSERT INTO sessions(token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)"));
    q.bindValue(0, tokenHash);
    q.bindValue(1, userId);
    q.bindValue(2, nowIso());
    q.bindValue(3, expiresAt);
    if (!q.exec())
        return Error::internal(q.lastError().text());
    return Done{};
}

Result<std::optional<protocol::User>> AccountRepository::sessionUser(const QString &tokenHash)
{
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT ") + kUserColumns +
                 QStringLiteral("JOIN sessions x ON x.user_id = u.id WHERE x.token_hash = ? "
                                "AND x.revoked_at IS NULL AND x.expires_at > ? AND u.disabled = FALSE"));
    q.bindValue(0, tokenHash);
    q.bindValue(1, nowIso());
    if (!q.exec())
        return Error::internal(q.lastError().text());
    std::optional<protocol::User> user;
    if (q.next())
        user = readUser(q).user;
    q.finish();
    return user;
}

Result<Done> AccountRepository::revokeSession(const QString &tokenHash)
{
    QSqlQuery &q = prepared(
        QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL"));
    q.bindValue(0, nowIso());
    q.bindValue(1, tokenHash);
    if (!q.exec())
        return Error::internal(q.lastError().text());
    return Done{};
}

Result<LoginFailures> AccountRepository::loginFailures(const QString &subject, qint64 sinceMs)
{
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT COUNT(*), COALESCE(MIN(at), 0) FROM login_failures WHERE subject = ? AND at > ?"));
    q.bindValue(0, subject);
    q.bindValue(1, sinceMs);
    if (!q.exec() || !q.next())
        return Error::internal(q.lastError().text());
    LoginFailures found{q.value(0).toInt(), q.value(1).toLongLong()};
    q.finish();
    return found;
}

Result<Done> AccountRepository::addLoginFailures(const QStringList &subjects, qint64 nowMs,
                                                 qint64 forgetBeforeMs)
{
    QSqlQuery &old = prepared(QStringLiteral("DELETE FROM login_failures WHERE at <= ?"));
    old.bindValue(0, forgetBeforeMs);
    if (!old.exec())
        return Error::internal(old.lastError().text());
    QSqlQuery &add = prepared(QStringLiteral("INSERT INTO login_failures(subject, at) VALUES (?, ?)"));
    for (const QString &subject : subjects) {
        add.bindValue(0, subject);
        add.bindValue(1, nowMs);
        if (!add.exec())
            return Error::internal(add.lastError().text());
    }
    return Done{};
}

Result<Done> AccountRepository::forgetLoginFailures(const QString &subject)
{
    QSqlQuery &q = prepared(QStringLiteral("DELETE FROM login_failures WHERE subject = ?"));
    q.bindValue(0, subject);
    if (!q.exec())
        return Error::internal(q.lastError().text());
    return Done{};
}

Result<protocol::User> AccountRepository::upsertAdmin(const QString &email, const QString &passwordHash)
{
    auto existing = findByEmail(email);
    if (!existing)
        return existing.error();
    if (!existing.value()) {
        NewUser n;
        n.email = email;
        n.passwordHash = passwordHash;
        n.displayName = QStringLiteral("Administrator");
        n.role = Role::Admin;
        // create() needs a transaction around its savepoint: PostgreSQL refuses a savepoint outside
        // one (SQLite would begin one)
        if (!m_db.transaction())
            return sqlError(m_db.lastError());
        auto created = create(n);
        if (!created) {
            m_db.rollback();
            return created;
        }
        if (!m_db.commit())
            return sqlError(m_db.lastError());
        return created;
    }
    QSqlQuery &q = prepared(
        QStringLiteral("UPDATE users SET role = 'admin', password_hash = ?, disabled = FALSE WHERE id = ?"));
    q.bindValue(0, passwordHash);
    q.bindValue(1, existing.value()->user.id);
    if (!q.exec())
        return Error::internal(q.lastError().text());
    protocol::User u = existing.value()->user;
    u.role = Role::Admin;
    return u;
}

} // namespace emporium::storage
