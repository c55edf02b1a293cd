#include "app/models/AdminUsersModel.h"

#include "app/api/ApiClient.h"

#include "server/protocol/ErrorFields.h"

#include <QDateTime>
#include <QLocale>

namespace emporium {
namespace client {
namespace {

QString roleText(protocol::Role role)
{
    switch (role) {
    case protocol::Role::Seller:
        return AdminUsersModel::tr("Seller");
    case protocol::Role::Admin:
        return AdminUsersModel::tr("Administrator");
    default:
        return AdminUsersModel::tr("Buyer");
    }
}

} // namespace

AdminUsersModel::AdminUsersModel(ApiClient &api, QObject *parent) : PagedModel(parent), m_api(api) {}

int AdminUsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int AdminUsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdminUsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AdminUser &u = m_users.at(index.row());
    switch (index.column()) {
    case EmailColumn:
        return role == Qt::DisplayRole ? QVariant(u.user.email) : QVariant();
    case NameColumn:
        return role == Qt::DisplayRole ? QVariant(u.user.displayName) : QVariant();
    case RoleColumn:
        if (role == Qt::DisplayRole)
            return roleText(u.user.role);
        if (role == Qt::EditRole)
            return protocol::roleName(u.user.role);
        return {};
    case ShopColumn:
        return role == Qt::DisplayRole ? QVariant(u.user.shopName) : QVariant();
    case StatusColumn:
        if (role == Qt::CheckStateRole) // ticked: the account is active (beside the word "Active")
            return u.disabled ? Qt::Unchecked : Qt::Checked;
        if (role == Qt::DisplayRole)
            return u.disabled ? tr("Disabled") : tr("Active");
        return {};
    case CreatedColumn:
        return role == Qt::DisplayRole
                   ? QVariant(QLocale().toString(
                         QDateTime::fromString(u.createdAt, Qt::ISODate).toLocalTime().date(),
                         QLocale::ShortFormat))
                   : QVariant();
    default:
        return {};
    }
}

QVariant AdminUsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EmailColumn:
        return tr("Email");
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case ShopColumn:
        return tr("Shop");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Joined");
    default:
        return {};
    }
}

Qt::ItemFlags AdminUsersModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == RoleColumn)
        f |= Qt::ItemIsEditable;
    if (index.column() == StatusColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool AdminUsersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() == RoleColumn && role == Qt::EditRole) {
        const auto wanted = protocol::roleFromName(value.toString());
        if (!wanted) {
            Q_EMIT failed(tr("“%1” is not a role: buyer, seller or admin.").arg(value.toString()));
            return false;
        }
        if (*wanted == m_users[index.row()].user.role)
            return true;
        patch(index.row(), {*wanted, std::nullopt});
        return true;
    }
    if (index.column() == StatusColumn && role == Qt::CheckStateRole) {
        const bool disabled = value.toInt() != Qt::Checked;
        if (disabled == m_users[index.row()].disabled)
            return true;
        patch(index.row(), {std::nullopt, disabled});
        return true;
    }
    return false;
}

void AdminUsersModel::patch(int row, const protocol::AdminUserChange &change)
{
    const qint64 id = m_users[row].user.id;
    m_api.changeUser(id, change, this, [this, id](Result<AdminUser> r) {
        if (!r) {
            QString message = r.error().message;
            for (const auto &[field, why] : protocol::fieldErrors(r.error()))
                message += QStringLiteral(" (%1: %2)").arg(field, why);
            Q_EMIT failed(message);
            return;
        }
        const AdminUser u = r.value();
        for (int row = 0; row < m_users.size(); ++row) {
            if (m_users[row].user.id != id)
                continue;
            m_users[row] = u;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        Q_EMIT changed(u.disabled ? tr("%1 is disabled; their sessions have ended.").arg(u.user.email)
                                  : tr("%1 is now: %2.").arg(u.user.email, roleText(u.user.role)));
    });
}

void AdminUsersModel::requestPage(int page, quint64 generation)
{
    m_api.adminUsers(m_query, page, kPageSize, this, [this, generation](Result<protocol::Page<AdminUser>> r) {
        if (!isCurrent(generation))
            return;
        if (!r) {
            pageFailed();
            Q_EMIT failed(r.error().message);
            return;
        }
        const QList<AdminUser> &items = r->items;
        pageArrived(items.size(), r->total);
        if (!items.isEmpty()) {
            beginInsertRows({}, int(m_users.size()), int(m_users.size() + items.size() - 1));
            m_users.append(items);
            endInsertRows();
        }
        pageDone();
        Q_EMIT loaded();
    });
}

void AdminUsersModel::search(const QString &text)
{
    m_query = text.trimmed();
    reload();
}

void AdminUsersModel::reload()
{
    beginResetModel();
    resetPaging();
    m_users.clear();
    endResetModel();
    fetchMore({});
}

} // namespace client
} // namespace emporium
