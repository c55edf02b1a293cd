#include "server/domain/Accounts.h"

#include "server/domain/PasswordHasher.h"
#include "server/storage/AdminRepository.h"
#include "server/storage/Writer.h"

#include <QtConcurrent/QtConcurrentRun>

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonValue>
#include <QRegularExpression>
#include <sodium.h>

namespace emporium::domain {

using protocol::Role;

namespace {

Error fieldErrors(const QJsonObject &fields)
{
    return Error{QStringLiteral("validation_failed"),
                 QStringLiteral("invalid fields: %1").arg(fields.keys().join(QStringLiteral(", "))),
                 QJsonObject{{QStringLiteral("fields"), fields}}};
}

// A required string field; records why it is missing or not a string.
QString stringField(const QJsonObject &body, const char *name, QJsonObject &bad)
{
    const QJsonValue v = body.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull()) {
        bad.insert(QLatin1String(name), QStringLiteral("is required"));
        return {};
    }
    if (!v.isString()) {
        bad.insert(QLatin1String(name), QStringLiteral("must be a string"));
        return {};
    }
    return v.toString();
}

Error unauthenticated()
{
    // The same answer for an unknown email and a wrong password.
    return Error{QStringLiteral("unauthenticated"), QStringLiteral("wrong email or password"), {}};
}

} // namespace

Result<RegisterRequest> RegisterRequest::fromJson(const QJsonObject &body)
{
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    QJsonObject bad;
    RegisterRequest r;
    r.email = stringField(body, "email", bad).trimmed();
    r.password = stringField(body, "password", bad);
    r.displayName = stringField(body, "display_name", bad).trimmed();
    const QString role = stringField(body, "role", bad);
    if (!bad.contains(u"email") && (r.email.size() > 254 || !emailRe.match(r.email).hasMatch()))
        bad.insert(u"email", QStringLiteral("is not an email address"));
    if (!bad.contains(u"password") && r.password.size() < 8)
        bad.insert(u"password", QStringLiteral("must have at least 8 characters"));
    else if (r.password.size() > 1024)
        bad.insert(u"password", QStringLiteral("must have at most 1024 characters"));
    if (!bad.contains(u"display_name") && (r.displayName.isEmpty() || r.displayName.size() > 100))
        bad.insert(u"display_name", QStringLiteral("must have 1 to 100 characters"));
    if (!bad.contains(u"role")) {
        if (role == u"buyer")
            r.role = Role::Buyer;
        else if (role == u"seller")
            r.role = Role::Seller;
        else if (role == u"admin")
            bad.insert(u"role", QStringLiteral("admins are created with emporium-server --create-admin"));
        else
            bad.insert(u"role", QStringLiteral("must be buyer or seller"));
    }
    if (r.role == Role::Seller && !bad.contains(u"role")) {
        r.shopName = stringField(body, "shop_name", bad).trimmed();
        if (!bad.contains(u"shop_name") && (r.shopName.size() < 2 || r.shopName.size() > 80))
            bad.insert(u"shop_name", QStringLiteral("must have 2 to 80 characters"));
    }
    if (!bad.isEmpty())
        return fieldErrors(bad);
    return r;
}

Result<LoginRequest> LoginRequest::fromJson(const QJsonObject &body)
{
    QJsonObject bad;
    LoginRequest r;
    r.email = stringField(body, "email", bad).trimmed();
    r.password = stringField(body, "password", bad);
    if (!bad.isEmpty())
        return fieldErrors(bad);
    return r;
}

std::optional<int> LoginThrottle::check(QList<qint64> &failures, int limit, qint64 now)
{
    const qint64 windowStart = now - qint64(m_limits.windowSeconds) * 1000;
    while (!failures.isEmpty() && failures.first() <= windowStart)
        failures.removeFirst();
    if (failures.size() < limit)
        return std::nullopt;
    // allowed again when the oldest counted failure leaves the window
    return int((failures.first() - windowStart + 999) / 1000);
}

std::optional<int> LoginThrottle::retryAfter(const QString &email, const QString &address)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto byEmail = check(m_byEmail[email.toLower()], m_limits.perEmail, now);
    auto byAddress = check(m_byAddress[address], m_limits.perAddress, now);
    if (byEmail && byAddress)
        return qMax(*byEmail, *byAddress);
    return byEmail ? byEmail : byAddress;
}

void LoginThrottle::failed(const QString &email, const QString &address)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_byEmail[email.toLower()].append(now);
    m_byAddress[address].append(now);
    if (m_byEmail.size() > 100000) // bounded memory under a spray of made-up emails
        m_byEmail.clear();
}

void LoginThrottle::succeeded(const QString &email)
{
    QMutexLocker lock(&m_mutex);
    m_byEmail.remove(email.toLower());
}

QString Accounts::newToken()
{
    if (sodium_init() < 0)
        return {};
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    return QStringLiteral("emp_") +
           QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Accounts::hashToken(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

namespace {

// The writer job of a new session: the token is shown once, only its hash is stored.
storage::WriteResult<protocol::AuthResult> sessionJob(QSqlDatabase &db, const protocol::User &user,
                                                      int sessionDays)
{
    const QString token = Accounts::newToken();
    if (token.isEmpty())
        return storage::WriteResult<protocol::AuthResult>(
            Error::internal(QStringLiteral("no random source")));
    const QString expires = QDateTime::currentDateTimeUtc().addDays(sessionDays).toString(Qt::ISODate);
    storage::AccountRepository repo(db);
    if (auto r = repo.createSession(user.id, Accounts::hashToken(token), expires); !r)
        return storage::WriteResult<protocol::AuthResult>(r.error());
    return storage::WriteResult<protocol::AuthResult>(protocol::AuthResult{token, user});
}

template <typename T> QFuture<Result<T>> failed(const Error &error)
{
    return QtFuture::makeReadyFuture(Result<T>(error));
}

} // namespace

QFuture<Result<protocol::AuthResult>> Accounts::openSession(const Services &s, const protocol::User &user)
{
    return s.writer.submit<protocol::AuthResult>(
        [user, days = s.sessionDays](QSqlDatabase &db) { return sessionJob(db, user, days); });
}

QFuture<Result<protocol::AuthResult>> Accounts::registerAccount(const RegisterRequest &request)
{
    storage::Writer *writer = &m_s.writer;
    return QtConcurrent::run(&m_s.workers,
                             [password = request.password] { return PasswordHasher::hash(password); })
        .then(QtFuture::Launch::Sync,
              [writer, request, days = m_s.sessionDays](const QString &hash) {
                  if (hash.isEmpty())
                      return failed<protocol::AuthResult>(
                          Error::internal(QStringLiteral("password hashing failed")));
                  return writer->submit<protocol::AuthResult>([request, hash, days](QSqlDatabase &db) {
                      storage::AccountRepository repo(db);
                      auto user = repo.create(
                          {request.email, hash, request.displayName, request.role, request.shopName});
                      if (!user)
                          return storage::WriteResult<protocol::AuthResult>(user.error());
                      return sessionJob(db, user.value(), days);
                  });
              })
        .unwrap();
}

QFuture<Result<protocol::AuthResult>> Accounts::login(const LoginRequest &request, const QString &address)
{
    auto account = beginLogin(request, address);
    if (!account)
        return failed<protocol::AuthResult>(account.error());
    // An unknown email is checked against a dummy hash: same answer, about the same time.
    const QString hash = account.value() ? account.value()->passwordHash : PasswordHasher::dummyHash();
    return QtConcurrent::run(
               &m_s.workers,
               [hash, password = request.password] { return PasswordHasher::verify(hash, password); })
        .then(QtFuture::Launch::Sync,
              [s = m_s, request, account = account.value(), address](bool passwordOk) {
                  const auto user = completeLogin(s.throttle, request, account, passwordOk, address);
                  return user ? openSession(s, user.value()) : failed<protocol::AuthResult>(user.error());
              })
        .unwrap();
}

QFuture<Result<protocol::AdminUser>> Accounts::changeUser(qint64 adminId, qint64 userId,
                                                          const protocol::AdminUserChange &change)
{
    return m_s.writer.submit<protocol::AdminUser>([adminId, userId, change](QSqlDatabase &db) {
        const auto changed = storage::AdminRepository::change(db, adminId, userId, change);
        if (!changed.value)
            return storage::WriteResult<protocol::AdminUser>(changed.value.error());
        const auto user = storage::AdminRepository(db).user(userId);
        if (!user || !user.value())
            return storage::WriteResult<protocol::AdminUser>(user ? Error::notFound(QStringLiteral("user"))
                                                                  : user.error());
        return storage::WriteResult<protocol::AdminUser>(*user.value(), changed.changes);
    });
}

QFuture<Result<Done>> Accounts::logout(const QString &token)
{
    return m_s.writer.submit<Done>([hash = hashToken(token)](QSqlDatabase &db) {
        return storage::WriteResult<Done>::from(storage::AccountRepository(db).revokeSession(hash));
    });
}

Result<std::optional<storage::UserRecord>> Accounts::beginLogin(const LoginRequest &request,
                                                                const QString &address)
{
    if (const auto wait = m_s.throttle.retryAfter(request.email, address))
        return Error{QStringLiteral("rate_limited"),
                     QStringLiteral("too many failed sign-ins; try again in %1 seconds").arg(*wait),
                     QJsonObject{{QStringLiteral("retry_after"), *wait}}};
    return m_repo.findByEmail(request.email);
}

Result<protocol::User> Accounts::completeLogin(LoginThrottle &throttle, const LoginRequest &request,
                                               const std::optional<storage::UserRecord> &account,
                                               bool passwordOk, const QString &address)
{
    if (!account || !passwordOk) {
        throttle.failed(request.email, address);
        return unauthenticated();
    }
    if (account->disabled)
        return Error{QStringLiteral("forbidden"), QStringLiteral("this account is disabled"), {}};
    throttle.succeeded(request.email);
    return account->user;
}

Result<std::optional<protocol::User>> Accounts::authenticate(const QString &token)
{
    if (!token.startsWith(u"emp_") || token.size() > 100)
        return std::optional<protocol::User>{};
    return m_repo.sessionUser(hashToken(token));
}

} // namespace emporium::domain
