#include "server/storage/AdminRepository.h"

#include "server/storage/AccountRepository.h"
#include "server/storage/SqlValues.h"

#include <QSqlError>
#include <QVariant>

namespace emporium::storage {
namespace {

const QString kUser =
    QStringLiteral("SELECT ") + userColumns() + QStringLiteral(", u.disabled, u.created_at") + userJoins();

protocol::AdminUser read(const QSqlQuery &q)
{
    return {readUserColumns(q), q.value(kUserColumnCount).toBool(), isoText(q.value(kUserColumnCount + 1))};
}

WriteResult<Done> failed(Error e)
{
    return WriteResult<Done>(std::move(e));
}

} // namespace

Result<protocol::Page<protocol::AdminUser>> AdminRepository::users(const QString &search, int page,
                                                                   int perPage)
{
    protocol::Page<protocol::AdminUser> out;
    out.page = page;
    out.perPage = perPage;
    const QString like = u'%' + search.toLower().replace(u'%', QString()).replace(u'_', QString()) + u'%';
    const QString where = QStringLiteral(
        "WHERE (u.email_norm LIKE ? OR lower(u.display_name) LIKE ? OR lower(COALESCE(s.name, '')) LIKE ?) ");
    QSqlQuery &count = m_statements.get(
        QStringLiteral("SELECT COUNT(*) FROM users u LEFT JOIN shops s ON s.owner_id = u.id ") + where);
    for (int i = 0; i < 3; ++i)
        count.bindValue(i, like);
    if (!count.exec() || !count.next())
        return Error::internal(count.lastError().text());
    out.total = count.value(0).toLongLong();
    count.finish();
    QSqlQuery &q = m_statements.get(kUser + where + QStringLiteral("ORDER BY u.id LIMIT ? OFFSET ?"));
    for (int i = 0; i < 3; ++i)
        q.bindValue(i, like);
    q.bindValue(3, perPage);
    q.bindValue(4, qint64(page - 1) * perPage);
    if (!q.exec())
        return Error::internal(q.lastError().text());
    while (q.next())
        out.items.append(read(q));
    q.finish();
    return out;
}

Result<std::optional<protocol::AdminUser>> AdminRepository::user(qint64 id)
{
    QSqlQuery &q = m_statements.get(kUser + QStringLiteral("WHERE u.id = ?"));
    q.bindValue(0, id);
    if (!q.exec())
        return Error::internal(q.lastError().text());
    std::optional<protocol::AdminUser> out;
    if (q.next())
        out = read(q);
    q.finish();
    return out;
}

WriteResult<Done> AdminRepository::change(QSqlDatabase &db, qint64 adminId, qint64 userId,
                                          const protocol::AdminUserChange &c)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM shops WHERE owner_id = u.id) FROM users u WHERE u.id = ?"));
    q.addBindValue(userId);
    if (!q.exec() || !q.next())
        return failed(Error::notFound(QStringLiteral("user %1").arg(userId)));
    const bool hasShop = q.value(0).toInt() > 0;
    if (c.role == protocol::Role::Seller && !hasShop)
        return failed(
            {QStringLiteral("conflict"), QStringLiteral("a seller needs a shop; this user has none"), {}});
    if (userId == adminId && ((c.disabled && *c.disabled) || (c.role && *c.role != protocol::Role::Admin)))
        return failed(
            {QStringLiteral("conflict"), QStringLiteral("admins cannot disable or demote themselves"), {}});
    QSqlQuery u(db);
    u.prepare(QStringLiteral(
        "UPDATE users SET role = COALESCE(?, role), disabled = COALESCE(?, disabled) WHERE id = ?"));
    u.addBindValue(c.role ? QVariant(protocol::roleName(*c.role)) : QVariant(QMetaType::fromType<QString>()));
    u.addBindValue(c.disabled ? QVariant(*c.disabled) : QVariant(QMetaType::fromType<bool>()));
    u.addBindValue(userId);
    if (!u.exec())
        return failed(Error::internal(u.lastError().text()));
    return WriteResult<Done>(Done{});
}

} // namespace emporium::storage
