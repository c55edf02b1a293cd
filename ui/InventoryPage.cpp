#include "ui/InventoryPage.h"

#include "app/models/InventoryModel.h"
#include "app/models/InventoryTransfer.h"
#include "app/models/Money.h"
#include "server/protocol/ErrorFields.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace emporium {
namespace ui {
namespace {

using client::InventoryModel;

// Category: a combo box of the shop's categories; every other column: a line edit whose text
// the model checks (so a refused value keeps its reason in the cell).
class InventoryDelegate : public QStyledItemDelegate
{
public:
    InventoryDelegate(InventoryModel &model, QObject *parent) : QStyledItemDelegate(parent), m_model(model) {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        if (index.column() == InventoryModel::CategoryColumn) {
            auto *combo = new QComboBox(parent);
            for (const auto &c : m_model.categories())
                combo->addItem(c.name, c.id);
            return combo;
        }
        auto *edit = new QLineEdit(parent);
        edit->setFrame(false);
        return edit;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(combo->findData(index.data(InventoryModel::CategoryIdRole)));
            return;
        }
        static_cast<QLineEdit *>(editor)->setText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            model->setData(index, combo->currentData());
        else
            model->setData(index, static_cast<QLineEdit *>(editor)->text());
    }
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem o = option;
        if (index.data(InventoryModel::SavingRole).toBool())
            o.font.setItalic(true); // on its way to the server
        if (index.column() == InventoryModel::PictureColumn)
            o.decorationSize = QSize(64, 48);
        QStyledItemDelegate::paint(painter, o, index);
    }

private:
    InventoryModel &m_model;
};

class InventoryFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setLowOnly(bool low)
    {
        m_low = low;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex stock = sourceModel()->index(row, InventoryModel::StockColumn, parent);
        if (m_low && !stock.data(InventoryModel::LowStockRole).toBool())
            return false;
        const QString text = filterRegularExpression().pattern();
        if (text.isEmpty())
            return true;
        for (int column : {int(InventoryModel::TitleColumn), int(InventoryModel::CategoryColumn)})
            if (sourceModel()
                    ->index(row, column, parent)
                    .data()
                    .toString()
                    .contains(text, Qt::CaseInsensitive))
                return true;
        return false;
    }

private:
    bool m_low = false;
};

QByteArray pictureType(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return "image/png";
    if (suffix == u"jpg" || suffix == u"jpeg")
        return "image/jpeg";
    if (suffix == u"webp")
        return "image/webp";
    return {};
}

} // namespace

NewItemDialog::NewItemDialog(client::InventoryModel &model, QWidget *parent)
    : QDialog(parent), m_model(model), m_category(new QComboBox), m_description(new QPlainTextEdit),
      m_add(new QPushButton(tr("&Add item"))), m_error(new QLabel)
{
    setWindowTitle(tr("New item"));
    auto *form = new QFormLayout;
    const auto add = [&](const QString &name, const QString &label, const QString &placeholder) {
        FormField f = addFormField(form, label);
        f.edit->setPlaceholderText(placeholder);
        f.edit->setObjectName(name);
        m_fields.append({name, f});
    };
    add(QStringLiteral("title"), tr("&Title"), tr("What buyers will search for"));
    add(QStringLiteral("price"), tr("&Price"), client::plainMoney(1999));
    add(QStringLiteral("stock"), tr("&Stock"), QStringLiteral("10"));
    add(QStringLiteral("low_stock_threshold"), tr("&Low-stock alert at"), QStringLiteral("3"));
    field(QStringLiteral("low_stock_threshold"))->setText(QStringLiteral("3"));
    for (const auto &c : model.categories())
        m_category->addItem(c.name, c.id);
    auto *categoryLabel = new QLabel(tr("&Category"));
    categoryLabel->setBuddy(m_category);
    form->addRow(categoryLabel, m_category);
    m_description->setPlaceholderText(tr("Optional: material, size, what is in the box…"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(110);
    auto *descriptionLabel = new QLabel(tr("&Description"));
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, m_description);
    m_error->setStyleSheet(QStringLiteral("color:#c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_add, QDialogButtonBox::AcceptRole);
    m_add->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &NewItemDialog::submit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());

    connect(&m_model, &InventoryModel::added, this, [this] {
        if (m_waiting)
            accept();
    });
    connect(&m_model, &InventoryModel::addFailed, this, [this](const emporium::Error &e) {
        if (!m_waiting)
            return;
        m_waiting = false;
        m_add->setEnabled(true);
        bool shown = false;
        for (const auto &[name, f] : std::as_const(m_fields)) {
            const QString key = name == u"price" ? QStringLiteral("price_cents") : name;
            if (const QString why = protocol::fieldError(e, key); !why.isEmpty()) {
                showFieldError(f, why);
                shown = true;
            }
        }
        m_error->setText(shown ? tr("Please correct the marked fields.") : e.message);
        m_error->show();
    });
}

QLineEdit *NewItemDialog::field(const QString &name) const
{
    for (const auto &[n, f] : m_fields)
        if (n == name)
            return f.edit;
    return nullptr;
}

QString NewItemDialog::fieldError(const QString &name) const
{
    for (const auto &[n, f] : m_fields)
        if (n == name)
            return f.error->isVisible() ? f.error->text() : QString();
    return {};
}

void NewItemDialog::submit()
{
    if (m_waiting)
        return;
    m_error->hide();
    bool ok = true;
    protocol::ItemChange item;
    for (const auto &[name, f] : std::as_const(m_fields)) {
        clearFieldError(f);
        const QString text = f.edit->text().trimmed();
        if (name == u"title") {
            if (text.size() < 2 || text.size() > 200) {
                showFieldError(f, tr("A title has 2 to 200 characters."));
                ok = false;
            }
            item.title = text;
        } else if (name == u"price") {
            const auto cents = client::parseMoney(text);
            if (!cents) {
                showFieldError(f, tr("Write the price like %1.").arg(client::plainMoney(1999)));
                ok = false;
            } else {
                item.priceCents = *cents;
            }
        } else {
            bool isNumber = false;
            const qint64 n = text.toLongLong(&isNumber);
            if (!isNumber || n < 0) {
                showFieldError(f, tr("Enter a whole number, 0 or more."));
                ok = false;
            } else {
                (name == u"stock" ? item.stock : item.lowStockThreshold) = n;
            }
        }
    }
    if (m_category->currentIndex() < 0) {
        m_error->setText(tr("Choose a category."));
        m_error->show();
        ok = false;
    }
    if (!ok) {
        for (const auto &[name, f] : std::as_const(m_fields))
            if (f.error->isVisible()) {
                f.edit->setFocus();
                break;
            }
        return;
    }
    item.categoryId = m_category->currentData().toLongLong();
    item.description = m_description->toPlainText().trimmed();
    m_waiting = true;
    m_add->setEnabled(false);
    m_model.add(item);
}

InventoryPage::InventoryPage(client::InventoryModel &model, client::InventoryTransfer &transfer,
                             QWidget *parent)
    : QWidget(parent), m_model(model), m_transfer(transfer), m_proxy(new InventoryFilter(this)),
      m_table(new QTableView), m_filter(new QLineEdit), m_lowOnly(new QCheckBox(tr("&Low stock only"))),
      m_delist(new QPushButton(tr("De&list"))), m_picture(new QPushButton(tr("&Picture…"))),
      m_import(new QPushButton(tr("&Import CSV…"))), m_export(new QPushButton(tr("E&xport CSV…"))),
      m_progress(new QProgressBar), m_status(new QLabel)
{
    m_proxy->setSourceModel(&m_model);
    m_proxy->setSortRole(InventoryModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new InventoryDelegate(m_model, this));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InventoryModel::TitleColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Inventory"));
    m_table->verticalHeader()->setDefaultSectionSize(52);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(InventoryModel::TitleColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(InventoryModel::PictureColumn, 76);
    m_table->setColumnWidth(InventoryModel::PriceColumn, 110);
    m_table->setColumnWidth(InventoryModel::CategoryColumn, 150);
    m_table->viewport()->setAcceptDrops(true);
    m_table->viewport()->installEventFilter(this);
    m_table->setDragDropMode(QAbstractItemView::DropOnly);

    m_filter->setPlaceholderText(tr("Filter by title or category… (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the inventory"));
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filter, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    addAction(find);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterRegularExpression(
            QRegularExpression(text.trimmed())); // the pattern is read as plain text
    });
    connect(m_lowOnly, &QCheckBox::toggled, this,
            [this](bool on) { static_cast<InventoryFilter *>(m_proxy)->setLowOnly(on); });

    auto *add = new QPushButton(tr("&New item…"));
    add->setShortcut(QKeySequence::New);
    connect(add, &QPushButton::clicked, this, &InventoryPage::openNewItem);
    m_delist->setToolTip(tr("Take the selected item off sale (kept in order history)"));
    connect(m_delist, &QPushButton::clicked, this, &InventoryPage::delistCurrent);
    m_picture->setToolTip(tr("Add a picture to the selected item (or drop an image file on its row)"));
    connect(m_picture, &QPushButton::clicked, this, [this] {
        const qint64 item = currentItem();
        if (!item) {
            setStatus(tr("Select an item first."), true);
            return;
        }
        auto *dialog = new QFileDialog(this, tr("Choose a picture"),
                                       QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                       tr("Images (*.png *.jpg *.jpeg *.webp)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this,
                [this, item](const QString &path) { uploadPictureFile(item, path); });
        dialog->open();
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Import inventory"), QString(), tr("CSV files (*.csv)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, &InventoryPage::importFile);
        dialog->open();
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Export inventory"),
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                           QStringLiteral("/inventory.csv"),
                                       tr("CSV files (*.csv)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("csv"));
        connect(dialog, &QFileDialog::fileSelected, this, &InventoryPage::exportFile);
        dialog->open();
    });
    QUndoStack *undo = m_model.undoStack();
    auto *undoButton = new QToolButton;
    QAction *undoAction = undo->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoButton->setDefaultAction(undoAction);
    undoButton->setObjectName(QStringLiteral("undo"));
    auto *redoButton = new QToolButton;
    QAction *redoAction = undo->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    redoButton->setDefaultAction(redoAction);
    // The buttons keep their short names (QUndoStack would add the edit's, and the bar would reflow at every
    // edit); the edit is named in the tooltip.
    connect(undo, &QUndoStack::undoTextChanged, undoAction, [undoAction](const QString &edit) {
        undoAction->setText(tr("&Undo"));
        undoAction->setToolTip(edit.isEmpty() ? tr("Nothing to undo") : tr("Undo: %1").arg(edit));
    });
    connect(undo, &QUndoStack::redoTextChanged, redoAction, [redoAction](const QString &edit) {
        redoAction->setText(tr("&Redo"));
        redoAction->setToolTip(edit.isEmpty() ? tr("Nothing to redo") : tr("Redo: %1").arg(edit));
    });
    addAction(undoAction);
    addAction(redoAction);

    auto *bar = new QHBoxLayout;
    m_filter->setMinimumWidth(180); // never squeezed to "N…"
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_lowOnly);
    bar->addSpacing(12);
    bar->addWidget(add);
    bar->addWidget(m_delist);
    bar->addWidget(m_picture);
    bar->addSpacing(12);
    bar->addWidget(undoButton);
    bar->addWidget(redoButton);
    bar->addSpacing(12);
    bar->addWidget(m_import);
    bar->addWidget(m_export);

    m_progress->hide();
    m_progress->setMaximumWidth(320);
    m_progress->setTextVisible(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Inventory status"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(&m_model, &InventoryModel::editFailed, this, [this](int row, int, const QString &message) {
        setStatus(tr("“%1”: %2").arg(m_model.itemAt(row).summary.title, message), true);
    });
    connect(&m_model, &InventoryModel::failed, this,
            [this](const QString &message) { setStatus(message, true); });
    connect(&m_model, &InventoryModel::added, this, [this](qint64 id) {
        setStatus(tr("Added “%1”.").arg(m_model.itemAt(m_model.rowOf(id)).summary.title));
        const QModelIndex at =
            m_proxy->mapFromSource(m_model.index(m_model.rowOf(id), InventoryModel::TitleColumn));
        m_table->setCurrentIndex(at);
        m_table->scrollTo(at);
    });
    connect(&m_model, &InventoryModel::delisted, this,
            [this] { setStatus(tr("Delisted; it stays in your order history.")); });
    connect(&m_model, &InventoryModel::pictureUploaded, this, [this] { setStatus(tr("Picture added.")); });
    connect(&m_model, &InventoryModel::loaded, this,
            [this] { setStatus(tr("%n item(s) on sale.", nullptr, int(m_model.total()))); });
    connect(&m_transfer, &client::InventoryTransfer::progress, this,
            [this](const QString &phase, qint64 done, qint64 total) {
                m_progress->show();
                m_progress->setRange(0, total > 0 ? 1000 : 0);
                if (total > 0)
                    m_progress->setValue(int(done * 1000 / total));
                setStatus(phase);
                m_import->setEnabled(false);
                m_export->setEnabled(false);
            });
    const auto transferDone = [this] {
        m_progress->hide();
        m_import->setEnabled(true);
        m_export->setEnabled(true);
    };
    connect(&m_transfer, &client::InventoryTransfer::exported, this,
            [this, transferDone](const QString &path, int rows) {
                transferDone();
                setStatus(
                    tr("Exported %n item(s) to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path)));
            });
    connect(&m_transfer, &client::InventoryTransfer::imported, this,
            [this, transferDone](int created, int updated) {
                transferDone();
                setStatus(tr("Imported: %1 new, %2 updated.").arg(created).arg(updated));
                m_model.reload();
            });
    connect(&m_transfer, &client::InventoryTransfer::failed, this,
            [this, transferDone](const QString &message, const QList<client::ImportProblem> &problems) {
                transferDone();
                setStatus(message, true);
                if (!problems.isEmpty())
                    showReport(message, problems);
            });
}

void InventoryPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color:#c62828;") : QString());
}

qint64 InventoryPage::currentItem() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(InventoryModel::IdRole).toLongLong() : 0;
}

NewItemDialog *InventoryPage::openNewItem()
{
    auto *dialog = new NewItemDialog(m_model, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void InventoryPage::delistCurrent()
{
    const qint64 item = currentItem();
    if (!item) {
        setStatus(tr("Select an item first."), true);
        return;
    }
    m_model.delist(item);
}

void InventoryPage::importFile(const QString &path)
{
    m_transfer.importFrom(path);
}

void InventoryPage::exportFile(const QString &path)
{
    m_transfer.exportTo(path);
}

void InventoryPage::uploadPictureFile(qint64 itemId, const QString &path)
{
    const QByteArray type = pictureType(path);
    if (type.isEmpty()) {
        setStatus(tr("%1 is not a PNG, JPEG or WebP picture.").arg(QFileInfo(path).fileName()), true);
        return;
    }
    setStatus(tr("Uploading %1…").arg(QFileInfo(path).fileName()));
    m_model.uploadPictureFile(itemId, path, type);
}

bool InventoryPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_table->viewport())
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDropEvent *>(event);
        const QList<QUrl> urls = drag->mimeData()->urls();
        const bool picture = urls.size() == 1 && urls.first().isLocalFile() &&
                             !pictureType(urls.first().toLocalFile()).isEmpty();
        const bool onRow = m_table->indexAt(drag->position().toPoint()).isValid();
        if (picture && onRow) {
            drag->setDropAction(Qt::CopyAction);
            drag->accept();
        } else {
            drag->ignore();
        }
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QModelIndex at = m_table->indexAt(drop->position().toPoint());
        const QList<QUrl> urls = drop->mimeData()->urls();
        if (at.isValid() && urls.size() == 1 && urls.first().isLocalFile()) {
            m_table->setCurrentIndex(at);
            uploadPictureFile(at.data(InventoryModel::IdRole).toLongLong(), urls.first().toLocalFile());
            drop->acceptProposedAction();
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void InventoryPage::showReport(const QString &message, const QList<client::ImportProblem> &problems)
{
    if (!m_report) {
        m_report = new QDialog(this);
        m_report->setWindowTitle(tr("Import refused"));
        m_reportMessage = new QLabel;
        m_reportMessage->setWordWrap(true);
        m_reportTable = new QTableWidget(0, 3);
        m_reportTable->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
        m_reportTable->horizontalHeader()->setStretchLastSection(true);
        m_reportTable->verticalHeader()->hide();
        m_reportTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
        auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
        connect(close, &QDialogButtonBox::rejected, m_report, &QDialog::reject);
        auto *layout = new QVBoxLayout(m_report);
        layout->addWidget(m_reportMessage);
        layout->addWidget(m_reportTable, 1);
        layout->addWidget(close);
        m_report->resize(640, 420);
    }
    m_reportMessage->setText(tr("%1 Fix these lines and import the file again:")
                                 .arg(message.endsWith(u'.') ? message : message + u'.'));
    m_reportTable->setRowCount(int(problems.size()));
    for (int i = 0; i < problems.size(); ++i) {
        auto *line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, problems[i].line);
        m_reportTable->setItem(i, 0, line);
        m_reportTable->setItem(i, 1, new QTableWidgetItem(problems[i].column));
        m_reportTable->setItem(i, 2, new QTableWidgetItem(problems[i].message));
    }
    m_report->open();
}

} // namespace ui
} // namespace emporium
