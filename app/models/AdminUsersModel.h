#pragma once
// The admin's users page: users found by a search (email, name or shop), loaded a page at a
// time. The role column is editable (buyer/seller/admin) and the "Disabled" column is a check
// box; each change is saved at once and the row shows the server's answer (a refused change
// goes back, with the reason in `failed`).
#include "app/models/PagedModel.h"
#include "server/protocol/AdminTypes.h"

#include <QAbstractTableModel>

namespace emporium {
namespace client {

class ApiClient;

using AdminUser = protocol::AdminUser;

class AdminUsersModel : public PagedModel<QAbstractTableModel>
{
    Q_OBJECT
public:
    enum Column { EmailColumn, NameColumn, RoleColumn, ShopColumn, StatusColumn, CreatedColumn, ColumnCount };
    static constexpr int kPageSize = 50;

    explicit AdminUsersModel(ApiClient &api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // RoleColumn/EditRole: "buyer" | "seller" | "admin"; StatusColumn/CheckStateRole: Checked is active,
    // Unchecked disables
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void search(const QString &text);
    QString searchText() const { return m_query; }
    void reload();
    const AdminUser &userAt(int row) const { return m_users.at(row); }

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);
    void changed(const QString &message);

private:
    int pageSize() const override { return kPageSize; }
    void requestPage(int page, quint64 generation) override;
    void patch(int row, const protocol::AdminUserChange &change);

    ApiClient &m_api;
    QList<AdminUser> m_users;
    QString m_query;
};

} // namespace client
} // namespace emporium
