#include "ui/AdminPage.h"

#include "app/models/AdminAnalytics.h"
#include "app/models/AdminUsersModel.h"
#include "app/models/Money.h"
#include "ui/Charts.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace emporium {
namespace ui {
namespace {

QTableWidget *figureTable(const QString &name, const QString &valueHeader)
{
    auto *t = new QTableWidget(0, 2);
    t->setHorizontalHeaderLabels({name, valueHeader});
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->setAccessibleName(name);
    t->setMinimumHeight(150);
    return t;
}

void fill(QTableWidget *t, const QList<client::NamedFigure> &figures, const QString &empty)
{
    t->setRowCount(figures.isEmpty() ? 1 : int(figures.size()));
    if (figures.isEmpty()) {
        t->setItem(0, 0, new QTableWidgetItem(empty));
        t->setItem(0, 1, new QTableWidgetItem);
        return;
    }
    for (int i = 0; i < figures.size(); ++i) {
        t->setItem(i, 0, new QTableWidgetItem(figures[i].name));
        auto *value = new QTableWidgetItem(QLocale().toString(figures[i].value));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(i, 1, value);
    }
}

// the role column: a combo box of the three roles
class RoleDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        auto *combo = new QComboBox(parent);
        combo->addItem(AdminPage::tr("Buyer"), QStringLiteral("buyer"));
        combo->addItem(AdminPage::tr("Seller"), QStringLiteral("seller"));
        combo->addItem(AdminPage::tr("Administrator"), QStringLiteral("admin"));
        // a seller needs a shop (the server's rule): offered, but not to be chosen, for an account without
        // one
        if (index.siblingAtColumn(client::AdminUsersModel::ShopColumn).data().toString().isEmpty()) {
            auto *items = static_cast<QStandardItemModel *>(combo->model());
            items->item(1)->setEnabled(false);
            items->item(1)->setToolTip(AdminPage::tr("A seller needs a shop, and this account has none."));
        }
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData());
    }
};

} // namespace

AdminPage::AdminPage(client::AdminAnalytics &analytics, client::AdminUsersModel &users, QWidget *parent)
    : QWidget(parent), m_analytics(analytics), m_users(users), m_tabs(new QTabWidget),
      m_orders(new TimeChart(tr("Orders per minute, last hour"))),
      m_categories(new BarChart(tr("Revenue by category today"), Qt::Vertical)),
      m_searchesHour(figureTable(tr("Top searches, last hour"), tr("Searches"))),
      m_searchesDay(figureTable(tr("Top searches, last 24 hours"), tr("Searches"))),
      m_viewed(figureTable(tr("Most viewed right now"), tr("Viewers"))), m_updated(new QLabel),
      m_search(new QLineEdit), m_usersTable(new QTableView), m_usersStatus(new QLabel),
      m_searchDelay(new QTimer(this))
{
    // Dashboard
    auto *dashboard = new QWidget;
    auto *cards = new QHBoxLayout;
    cards->addWidget(card(QStringLiteral("revenue_today"), tr("Revenue today")));
    cards->addWidget(card(QStringLiteral("orders_hour"), tr("Orders, last hour")));
    cards->addWidget(card(QStringLiteral("orders_to_ship"), tr("Orders to ship")));
    cards->addWidget(card(QStringLiteral("refunds_today"), tr("Refunds today")));
    cards->addWidget(card(QStringLiteral("viewers"), tr("Viewing items now")));
    cards->addWidget(card(QStringLiteral("connections"), tr("Connections now")));
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_orders, 1);
    charts->addWidget(m_categories, 1);
    auto *lists = new QHBoxLayout;
    lists->addWidget(m_searchesHour);
    lists->addWidget(m_searchesDay);
    lists->addWidget(m_viewed);
    m_updated->setStyleSheet(QStringLiteral("color:palette(mid);"));
    auto *dashLayout = new QVBoxLayout(dashboard);
    dashLayout->addLayout(cards);
    dashLayout->addLayout(charts, 3);
    dashLayout->addLayout(lists, 2);
    dashLayout->addWidget(m_updated, 0, Qt::AlignRight);

    // Users
    auto *usersPage = new QWidget;
    m_search->setPlaceholderText(tr("Search by email, name or shop…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search users"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_users.search(m_search->text()); });
    m_usersTable->setModel(&m_users);
    m_usersTable->setItemDelegateForColumn(client::AdminUsersModel::RoleColumn, new RoleDelegate(this));
    m_usersTable->setAccessibleName(tr("Users"));
    m_usersTable->verticalHeader()->hide();
    m_usersTable->setAlternatingRowColors(true);
    m_usersTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_usersTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::SelectedClicked);
    m_usersTable->horizontalHeader()->setSectionResizeMode(client::AdminUsersModel::EmailColumn,
                                                           QHeaderView::Stretch);
    m_usersTable->horizontalHeader()->setSectionResizeMode(client::AdminUsersModel::NameColumn,
                                                           QHeaderView::Stretch);
    m_usersTable->setColumnWidth(client::AdminUsersModel::RoleColumn, 140);
    m_usersTable->setColumnWidth(client::AdminUsersModel::ShopColumn, 180);
    auto *hint = new QLabel(tr("Double-click a role to change it; untick “Status” to disable an account (its "
                               "sessions end at once)."));
    hint->setWordWrap(true);
    m_usersStatus->setWordWrap(true);
    auto *usersLayout = new QVBoxLayout(usersPage);
    usersLayout->addWidget(m_search);
    usersLayout->addWidget(hint);
    usersLayout->addWidget(m_usersTable, 1);
    usersLayout->addWidget(m_usersStatus);
    connect(&m_users, &client::AdminUsersModel::changed, this, [this](const QString &message) {
        m_usersStatus->setStyleSheet(QString());
        m_usersStatus->setText(message);
    });
    connect(&m_users, &client::AdminUsersModel::failed, this, [this](const QString &message) {
        m_usersStatus->setStyleSheet(QStringLiteral("color:#c62828;"));
        m_usersStatus->setText(message);
    });

    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Analytics"));
    m_tabs->addTab(dashboard, tr("&Dashboard"));
    m_tabs->addTab(usersPage, tr("&Users"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    connect(&m_analytics, &client::AdminAnalytics::changed, this, &AdminPage::refresh);
    refresh();
}

QWidget *AdminPage::card(const QString &name, const QString &title)
{
    auto *frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    auto *value = new QLabel(QStringLiteral("–"));
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    value->setFont(big);
    value->setAccessibleName(title);
    auto *caption = new QLabel(title);
    auto *l = new QVBoxLayout(frame);
    l->addWidget(caption);
    l->addWidget(value);
    m_cards.append({name, value});
    return frame;
}

QString AdminPage::figure(const QString &name) const
{
    for (const auto &[n, label] : m_cards)
        if (n == name)
            return label->text();
    return {};
}

void AdminPage::refresh()
{
    const client::MarketSnapshot &s = m_analytics.snapshot();
    const QLocale locale;
    for (const auto &[name, label] : std::as_const(m_cards)) {
        if (name == u"revenue_today")
            label->setText(client::formatMoney(s.revenueTodayCents, QStringLiteral("USD")));
        else if (name == u"orders_hour")
            label->setText(locale.toString(s.ordersLastHour()));
        else if (name == u"orders_to_ship")
            label->setText(locale.toString(s.ordersToShip));
        else if (name == u"refunds_today")
            label->setText(client::formatMoney(s.refundsTodayCents, QStringLiteral("USD")));
        else if (name == u"viewers")
            label->setText(locale.toString(s.viewersNow));
        else if (name == u"connections")
            label->setText(locale.toString(s.connectionsNow));
    }
    QList<QPointF> points;
    for (const auto &p : s.ordersPerMinute)
        points.append(QPointF(qreal(p.minute.toMSecsSinceEpoch()), qreal(p.orders)));
    m_orders->setPoints(points, QStringLiteral("HH:mm"), QStringLiteral("%d"));
    QStringList labels;
    QList<qreal> revenue;
    for (const auto &c : s.revenueByCategory) {
        labels.append(c.name);
        revenue.append(qreal(c.value) / 100.0);
    }
    m_categories->setBars(labels, revenue, QStringLiteral("$%.0f"));
    fill(m_searchesHour, s.topSearchesHour, tr("No searches in the last hour"));
    fill(m_searchesDay, s.topSearchesDay, tr("No searches today"));
    fill(m_viewed, s.topViewedNow, tr("Nobody is viewing an item"));
    if (m_analytics.updatedAt().isValid())
        m_updated->setText(
            tr("Live · updated %1")
                .arg(locale.toString(m_analytics.updatedAt().toLocalTime().time(), QLocale::LongFormat)));
}

} // namespace ui
} // namespace emporium
