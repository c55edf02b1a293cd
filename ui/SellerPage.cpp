#include "ui/SellerPage.h"

#include "ui/InventoryPage.h"
#include "ui/SalesPage.h"
#include "ui/ShippingSettingsPage.h"
#include "ui/ShopOrdersPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTime>
#include <QVBoxLayout>

namespace emporium {
namespace ui {

SellerPage::SellerPage(InventoryPage *inventory, SalesPage *sales, ShopOrdersPage *orders,
                       client::ApiClient &api, client::Session &session, QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget), m_inventory(inventory), m_sales(sales), m_orders(orders),
      m_shipping(new ShippingSettingsPage(api, session)), m_noticeBox(new QWidget), m_notices(new QListWidget)
{
    m_tabs->setAccessibleName(tr("My shop"));
    m_tabs->addTab(m_inventory, tr("&Inventory"));
    m_tabs->addTab(m_sales, tr("Sa&les"));
    m_tabs->addTab(m_orders, tr("&Orders"));
    m_tabs->addTab(m_shipping, tr("Shippin&g"));
    m_tabs->setDocumentMode(true);

    m_notices->setAccessibleName(tr("Stock alerts"));
    m_notices->setMaximumHeight(74);
    m_notices->setStyleSheet(
        QStringLiteral("QListWidget{background:#fff8e1;color:#4e342e;border:1px solid #ffcc80;}"));
    auto *dismiss = new QPushButton(tr("&Dismiss alerts"));
    connect(dismiss, &QPushButton::clicked, this, &SellerPage::clearNotices);
    connect(m_notices, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT noticeActivated(item->data(Qt::UserRole).toLongLong()); });
    auto *noticeLayout = new QHBoxLayout(m_noticeBox);
    noticeLayout->setContentsMargins(0, 0, 0, 0);
    noticeLayout->addWidget(m_notices, 1);
    noticeLayout->addWidget(dismiss, 0, Qt::AlignTop);
    m_noticeBox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_noticeBox);
    layout->addWidget(m_tabs, 1);
}

void SellerPage::addNotice(qint64 itemId, const QString &text)
{
    auto *item = new QListWidgetItem(
        QStringLiteral("%1  %2").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat), text));
    item->setData(Qt::UserRole, itemId);
    item->setData(Qt::AccessibleTextRole, text);
    m_notices->insertItem(0, item);
    while (m_notices->count() > 20)
        delete m_notices->takeItem(m_notices->count() - 1);
    m_noticeBox->show();
}

QStringList SellerPage::notices() const
{
    QStringList out;
    for (int i = 0; i < m_notices->count(); ++i)
        out << m_notices->item(i)->data(Qt::AccessibleTextRole).toString();
    return out;
}

void SellerPage::clearNotices()
{
    m_notices->clear();
    m_noticeBox->hide();
}

} // namespace ui
} // namespace emporium
