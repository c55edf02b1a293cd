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

namespace {

QString emailSubject(const QString &email)
{
    return QStringLiteral("email:") + email.toLower();
}

// Seconds until the oldest counted failure leaves the window, or nullopt while under the limit.
std::optional<int> wait(const storage::LoginFailures &failures, int limit, qint64 windowStartMs)
{
    if (failures.count < limit)
        return std::nullopt;
    return int((failures.oldestMs - windowStartMs + 999) / 1000);
}

} // namespace

Result<std::optional<int>> LoginThrottle::retryAfter(storage::AccountRepository &reads, const QString &email,
                                                     const QString &address) const
{
    const qint64 windowStart = QDateTime::currentMSecsSinceEpoch() - qint64(m_limits.windowSeconds) * 1000;
    const auto byEmail = reads.loginFailures(emailSubject(email), windowStart);
    const auto byAddress = reads.loginFailures(QStringLiteral("address:") + address, windowStart);
    if (!byEmail || !byAddress)
        return byEmail ? byAddress.error() : byEmail.error();
    const auto emailWait = wait(byEmail.value(), m_limits.perEmail, windowStart);
    const auto addressWait = wait(byAddress.value(), m_limits.perAddress, windowStart);
    if (emailWait && addressWait)
        return std::optional<int>(qMax(*emailWait, *addressWait));
    return emailWait ? emailWait : addressWait;
}

Result<Done> LoginThrottle::failed(storage::AccountRepository &repo, const QString &email,
                                   const QString &address) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return repo.addLoginFailures({emailSubject(email), QStringLiteral("address:") + address}, now,
                                 now - qint64(m_limits.windowSeconds) * 1000);
}

Result<Done> LoginThrottle::succeeded(storage::AccountRepository &repo, const QString &email)
{
    return repo.forgetLoginFailures(emailSubject(email));
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

QFuture<Result<protocol::AuthResult>> Accounts::openSession(const Services &s, const protocol::User &user,
                                                            const QString &signedIn)
{
    return s.writer.submit<protocol::AuthResult>([user, signedIn, days = s.sessionDays](QSqlDatabase &db) {
        if (!signedIn.isEmpty()) {
            storage::AccountRepository repo(db);
            if (auto forgotten = LoginThrottle::succeeded(repo, signedIn); !forgotten)
                return storage::WriteResult<protocol::AuthResult>(forgotten.error());
        }
        return sessionJob(db, user, days);
    });
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
                  return completeLogin(s, request, account, passwordOk, address);
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
    const auto wait = m_s.throttle.retryAfter(m_repo, request.email, address);
    if (!wait)
        return wait.error();
    if (wait.value())
        return Error{QStringLiteral("rate_limited"),
                     QStringLiteral("too many failed sign-ins; try again in %1 seconds").arg(*wait.value()),
                     QJsonObject{{QStringLiteral("retry_after"), *wait.value()}}};
    return m_repo.findByEmail(request.email);
}

// A failure is answered once it is counted (committed): the next try, on any server, sees it.
QFuture<Result<protocol::AuthResult>>
Accounts::completeLogin(const Services &s, const LoginRequest &request,
                        const std::optional<storage::UserRecord> &account, bool passwordOk,
                        const QString &address)
{
    if (!account || !passwordOk)
        return s.writer
            .submit<Done>([throttle = s.throttle, request, address](QSqlDatabase &db) {
                storage::AccountRepository repo(db);
                return storage::WriteResult<Done>::from(throttle.failed(repo, request.email, address));
            })
            .then(QtFuture::Launch::Sync, [](Result<Done> counted) -> Result<protocol::AuthResult> {
                return counted ? Result<protocol::AuthResult>(unauthenticated()) : counted.error();
            });
    if (account->disabled)
        return failed<protocol::AuthResult>(
            Error{QStringLiteral("forbidden"), QStringLiteral("this account is disabled"), {}});
    return openSession(s, account->user, request.email);
}

Result<std::optional<protocol::User>> Accounts::authenticate(const QString &token)
{
    if (!token.startsWith(u"emp_") || token.size() > 100)
        return std::optional<protocol::User>{};
    return m_repo.sessionUser(hashToken(token));
}

} // namespace emporium::domain
