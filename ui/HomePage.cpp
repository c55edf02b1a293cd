#include "ui/HomePage.h"

#include "app/models/CatalogModel.h"
#include "app/models/HomeModel.h"
#include "ui/ItemDelegate.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace emporium {
namespace ui {

HomePage::HomePage(client::HomeModel &home, QWidget *parent)
    : QWidget(parent), m_home(home), m_strips(new QVBoxLayout), m_status(new QLabel(tr("Loading…")))
{
    auto *title = new QLabel(tr("Welcome to Emporium"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    title->setFont(f);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(title);
    layout->addWidget(m_status);
    layout->addLayout(m_strips);
    layout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Home"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    connect(&m_home, &client::HomeModel::loaded, this, &HomePage::rebuild);
    connect(&m_home, &client::HomeModel::failed, this, [this](const QString &message) {
        m_status->setText(tr("The home page could not load: %1").arg(message));
        m_status->show();
    });
}

QStringList HomePage::stripTitles() const
{
    QStringList out;
    for (const client::HomeStrip &s : m_home.strips())
        out << s.title;
    return out;
}

void HomePage::rebuild()
{
    qDeleteAll(m_built);
    m_built.clear();
    m_views.clear();
    m_status->setVisible(m_home.strips().isEmpty());
    m_status->setText(tr("Nothing here yet."));
    for (const client::HomeStrip &s : m_home.strips()) {
        auto *box = new QWidget;
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 8, 0, 0);
        auto *header = new QHBoxLayout;
        auto *label = new QLabel(s.title);
        QFont f = label->font();
        f.setPointSizeF(f.pointSizeF() * 1.25);
        f.setBold(true);
        label->setFont(f);
        header->addWidget(label);
        header->addStretch();
        if (s.categoryId) {
            auto *all = new QPushButton(tr("See all"));
            all->setFlat(true);
            all->setAccessibleName(tr("See all of %1").arg(s.title));
            connect(all, &QPushButton::clicked, this,
                    [this, id = s.categoryId] { Q_EMIT categoryRequested(id); });
            header->addWidget(all);
        }
        auto *view = new QListView;
        view->setModel(s.items);
        view->setItemDelegate(new ItemDelegate(view));
        view->setViewMode(QListView::IconMode);
        view->setFlow(QListView::LeftToRight);
        view->setWrapping(false);
        view->setMovement(QListView::Static);
        view->setUniformItemSizes(true);
        view->setSpacing(6);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setFixedHeight(ItemDelegate::kCardHeight + view->horizontalScrollBar()->sizeHint().height() +
                             20);
        view->setAccessibleName(s.title);
        passVerticalWheelToPage(view);
        view->setFrameShape(QFrame::NoFrame);
        connect(view, &QListView::activated, this, [this](const QModelIndex &i) {
            Q_EMIT itemActivated(i.data(client::CatalogModel::IdRole).toLongLong());
        });
        boxLayout->addLayout(header);
        boxLayout->addWidget(view);
        m_strips->addWidget(box);
        m_built.append(box);
        m_views.insert(s.key, view);
    }
}

} // namespace ui
} // namespace emporium
