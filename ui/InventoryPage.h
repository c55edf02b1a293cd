#pragma once
// The seller's inventory: a sortable, filterable table edited in place (title, price, stock,
// low-stock threshold, category), with undo/redo, new items, delisting, pictures (drop an image
// file on a row or pick one) and CSV import/export with a progress bar and a report of every
// bad line. Nothing here waits: saves, uploads and files run in the background.
#include "ui/FormField.h"

#include <QDialog>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QToolButton;

namespace emporium {
namespace client {
class InventoryModel;
class InventoryTransfer;
struct ImportProblem;
} // namespace client
} // namespace emporium

namespace emporium {
namespace ui {

// A new item's form; the server's field errors are shown next to the fields.
class NewItemDialog : public QDialog
{
    Q_OBJECT
public:
    NewItemDialog(client::InventoryModel &model, QWidget *parent = nullptr);
    QLineEdit *field(const QString &name) const;
    QComboBox *category() const { return m_category; }
    QPushButton *addButton() const { return m_add; }
    QString fieldError(const QString &name) const;

private:
    void submit();

    client::InventoryModel &m_model;
    QList<std::pair<QString, FormField>> m_fields;
    QComboBox *m_category;
    QPlainTextEdit *m_description;
    QPushButton *m_add;
    QLabel *m_error;
    bool m_waiting = false;
};

class InventoryPage : public QWidget
{
    Q_OBJECT
public:
    InventoryPage(client::InventoryModel &model, client::InventoryTransfer &transfer,
                  QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filter() const { return m_filter; }
    QCheckBox *lowOnly() const { return m_lowOnly; }
    QProgressBar *progress() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    // the last import's report of bad lines (nullptr before any)
    QDialog *importReport() const { return m_report; }

    NewItemDialog *openNewItem();
    // the work behind the buttons, callable without a file dialog
    void importFile(const QString &path);
    void exportFile(const QString &path);
    void uploadPictureFile(qint64 itemId, const QString &path);
    // the item of the current row (0: none)
    qint64 currentItem() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setStatus(const QString &text, bool error = false);
    void showReport(const QString &message, const QList<client::ImportProblem> &problems);
    void delistCurrent();

    client::InventoryModel &m_model;
    client::InventoryTransfer &m_transfer;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QCheckBox *m_lowOnly;
    QPushButton *m_delist;
    QPushButton *m_picture;
    QPushButton *m_import;
    QPushButton *m_export;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialog *m_report = nullptr;
    QTableWidget *m_reportTable = nullptr;
    QLabel *m_reportMessage = nullptr;
};

} // namespace ui
} // namespace emporium
