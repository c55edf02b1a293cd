#include "ui/ShopOrdersPage.h"

#include "app/models/OrderStatus.h"
#include "app/models/ShopOrdersModel.h"
#include "ui/RefundDialog.h"
#include "ui/ShipDialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace emporium {
namespace ui {

using client::ShopOrdersModel;

ShopOrdersPage::ShopOrdersPage(ShopOrdersModel &orders, QWidget *parent)
    : QWidget(parent), m_orders(orders), m_filter(new QComboBox), m_table(new QTableView),
      m_count(new QLabel), m_address(new QLabel), m_status(new QLabel), m_ship(new QPushButton(tr("Shi&p…"))),
      m_deliver(new QPushButton(tr("Mark deli&vered"))), m_refund(new QPushButton(tr("&Refund…")))
{
    for (const QString &status : ShopOrdersModel::statusFilters())
        m_filter->addItem(ShopOrdersModel::statusFilterText(status), status);
    m_filter->setCurrentIndex(m_filter->findData(m_orders.statusFilter()));
    auto *filterLabel = new QLabel(tr("Sta&tus:"));
    filterLabel->setBuddy(m_filter);
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { m_orders.setStatusFilter(m_filter->currentData().toString()); });

    m_table->setModel(&m_orders);
    m_table->setAccessibleName(tr("Orders of your shop"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(ShopOrdersModel::ItemsColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ShopOrdersModel::DateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ShopOrdersModel::TotalColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ShopOrdersModel::StatusColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(ShopOrdersModel::OrderColumn, 80);
    m_table->setColumnWidth(ShopOrdersModel::BuyerColumn, 150);
    m_table->setColumnWidth(ShopOrdersModel::TrackingColumn, 190);
    m_address->setWordWrap(true);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setAccessibleName(tr("Shipping address"));
    m_status->setWordWrap(true);
    buildActions();

    auto *bar = new QHBoxLayout;
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    bar->addStretch(1);
    bar->addWidget(m_count);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_ship);
    buttons->addWidget(m_deliver);
    buttons->addWidget(m_refund);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_address);
    layout->addLayout(buttons);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_ship);
    setTabOrder(m_ship, m_deliver);
    setTabOrder(m_deliver, m_refund);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ShopOrdersPage::updateForCurrent);
    connect(&m_orders, &QAbstractItemModel::dataChanged, this, &ShopOrdersPage::updateForCurrent);
    connect(&m_orders, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keep = currentOrder(); });
    connect(&m_orders, &QAbstractItemModel::modelReset, this, [this] {
        m_count->clear();
        updateForCurrent();
    });
    connect(&m_orders, &ShopOrdersModel::loaded, this, [this] {
        if (!currentOrder() && !(m_keep && selectOrder(m_keep)) && m_orders.rowCount() > 0)
            m_table->setCurrentIndex(m_orders.index(0, ShopOrdersModel::OrderColumn));
        m_count->setText(m_orders.total() == 0 ? tr("No orders here.")
                                               : tr("Orders: %1").arg(QLocale().toString(m_orders.total())));
    });
    connect(&m_orders, &ShopOrdersModel::failed, this,
            [this](const QString &message) { setStatus(message, true); });
    updateForCurrent();
}

// The buttons, and the same actions in the rows' context menu (the Menu key on a row).
void ShopOrdersPage::buildActions()
{
    m_ship->setToolTip(tr("Enter the carrier and tracking number; the buyer is told at once"));
    m_deliver->setToolTip(tr("The parcel has arrived"));
    m_refund->setToolTip(tr("Give back some or all of the order's items"));
    connect(m_ship, &QPushButton::clicked, this, &ShopOrdersPage::openShip);
    connect(m_deliver, &QPushButton::clicked, this, &ShopOrdersPage::markDelivered);
    connect(m_refund, &QPushButton::clicked, this, &ShopOrdersPage::openRefund);
    auto *refresh = new QAction(this); // F5: what other windows and the buyers changed meanwhile
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QAction::triggered, &m_orders, &ShopOrdersModel::reload);
    addAction(refresh);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QPushButton *b : {m_ship, m_deliver, m_refund}) {
        auto *action = new QAction(b->text(), m_table);
        connect(action, &QAction::triggered, b, &QPushButton::click);
        m_table->addAction(action);
    }
}

qint64 ShopOrdersPage::currentOrder() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(ShopOrdersModel::OrderIdRole).toLongLong() : 0;
}

bool ShopOrdersPage::selectOrder(qint64 orderId)
{
    const int row = m_orders.rowOf(orderId);
    if (row < 0)
        return false;
    const QModelIndex at = m_orders.index(row, ShopOrdersModel::OrderColumn);
    m_table->setCurrentIndex(at);
    m_table->scrollTo(at);
    return true;
}

void ShopOrdersPage::updateForCurrent()
{
    const QModelIndex i = m_table->currentIndex();
    const bool has = i.isValid();
    m_ship->setEnabled(has && i.data(ShopOrdersModel::CanShipRole).toBool());
    m_deliver->setEnabled(has && i.data(ShopOrdersModel::CanDeliverRole).toBool());
    m_refund->setEnabled(has && i.data(ShopOrdersModel::CanRefundRole).toBool());
    const QList<QAction *> actions = m_table->actions();
    for (int a = 0; a < actions.size(); ++a)
        actions[a]->setEnabled(QList<QPushButton *>{m_ship, m_deliver, m_refund}.at(a)->isEnabled());
    if (!has) {
        m_address->clear();
        return;
    }
    m_address->setText(tr("Ship to: %1").arg(client::addressText(m_orders.orderAt(i.row()).shipping)));
}

ShipDialog *ShopOrdersPage::openShip()
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid() || !i.data(ShopOrdersModel::CanShipRole).toBool())
        return nullptr;
    const protocol::Order order = m_orders.orderAt(i.row());
    auto *dialog = new ShipDialog(m_orders, order, m_lastCarrier, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ShipDialog::shipped, this, [this, id = order.id](const QString &carrier) {
        m_lastCarrier = carrier;
        setStatus(tr("Order #%1 is shipped; the buyer has been told.").arg(id));
    });
    connect(dialog, &QDialog::finished, m_table, qOverload<>(&QWidget::setFocus));
    dialog->open();
    return dialog;
}

RefundDialog *ShopOrdersPage::openRefund()
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid() || !i.data(ShopOrdersModel::CanRefundRole).toBool())
        return nullptr;
    const protocol::Order order = m_orders.orderAt(i.row());
    auto *dialog = new RefundDialog(m_orders, order, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id = order.id] {
        setStatus(tr("Order #%1: the refund is on its way to the buyer.").arg(id));
    });
    connect(dialog, &QDialog::finished, m_table, qOverload<>(&QWidget::setFocus));
    dialog->open();
    return dialog;
}

void ShopOrdersPage::markDelivered()
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid() || !i.data(ShopOrdersModel::CanDeliverRole).toBool())
        return;
    const qint64 id = i.data(ShopOrdersModel::OrderIdRole).toLongLong();
    setStatus(tr("Marking order #%1 delivered…").arg(id));
    m_orders.markDelivered(id, this, [this, id](Result<protocol::Order> r) {
        setStatus(r ? tr("Order #%1 is delivered.").arg(id)
                    : tr("Order #%1 could not be marked delivered: %2").arg(id).arg(r.error().message),
                  !r);
    });
}

void ShopOrdersPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color:#c62828;") : QString());
}

QString ShopOrdersPage::statusText() const
{
    return m_status->text();
}

QString ShopOrdersPage::addressText() const
{
    return m_address->text();
}

} // namespace ui
} // namespace emporium
