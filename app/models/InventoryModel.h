#pragma once
// A seller's inventory as an editable table: every listed item of the shop, loaded page after
// page in the background. An edit is checked here first (a refused value never leaves the
// window and its cell says why), applied at once and saved with a PATCH of that one field; the
// server's answer confirms it or the cell goes back and shows the server's reason. Edits go
// through an undo stack, so the last edits can be taken back (each undo is saved the same way).
// Stock and sold counts follow the shop's live sales.
#include "server/protocol/CatalogTypes.h"
#include "server/protocol/Result.h"
#include "server/protocol/SellerTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QImage>
#include <QSet>
#include <QThreadPool>

class QUndoStack;

namespace emporium {
namespace client {

class ApiClient;

using InventoryItem = protocol::InventoryItem;

class InventoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PictureColumn,
        TitleColumn,
        PriceColumn,
        StockColumn,
        ThresholdColumn,
        CategoryColumn,
        SoldColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,      // raw values for sorting (numbers as numbers)
        ErrorRole,     // why the cell's last edit was refused ("" when fine)
        SavingRole,    // an edit of the row is on its way to the server
        LowStockRole,  // stock at or below the item's threshold
        CategoryIdRole // the category column's id, for the editor
    };
    static constexpr int kPageSize = 100;

    explicit InventoryModel(ApiClient &api, QObject *parent = nullptr);
    ~InventoryModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Checks the value (EditRole: text for title/price, numbers for stock/threshold, a category
    // id for the category) and saves it through the undo stack; false when it is refused here.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void setCategories(const QList<protocol::Category> &categories);
    const QList<protocol::Category> &categories() const { return m_categories; }

    void reload();
    // The categories first (the category column names and checks them), then the items.
    void reloadWithCategories();
    void clear();
    bool isLoading() const { return m_loading; }
    qint64 total() const { return m_total; }
    int rowOf(qint64 itemId) const;
    const InventoryItem &itemAt(int row) const { return m_rows.at(row); }
    QUndoStack *undoStack() const { return m_undo; }

    // A new item: title, description, price, stock, category and low-stock threshold.
    void add(const protocol::ItemChange &item);
    // Takes the item off sale (kept for order history).
    void delist(qint64 itemId);
    // Uploads a picture file's bytes (PNG/JPEG/WebP) for the item.
    void uploadPicture(qint64 itemId, const QByteArray &bytes, const QByteArray &contentType);
    // The same from a file, read off the GUI thread (at most 10 MiB); a file that cannot be
    // read is reported through `failed`.
    void uploadPictureFile(qint64 itemId, const QString &path, const QByteArray &contentType);

    // Live events of the seller topic.
    void applySale(qint64 itemId, qint64 quantity);
    void applyStock(qint64 itemId, qint64 stock);

    // Used by the undo stack: apply `value` to the item's column and save it; on failure the
    // cell goes back to `fallback`.
    void applyEdit(qint64 itemId, int column, const QVariant &value, const QVariant &fallback);

Q_SIGNALS:
    void loaded();
    // an edit was refused here or by the server: the cell shows the reason too
    void editFailed(int row, int column, const QString &message);
    void added(qint64 itemId);
    void addFailed(const emporium::Error &error);
    void delisted(qint64 itemId);
    void pictureUploaded(qint64 itemId);
    void failed(const QString &message);
    // an item's stock fell to its threshold or below (or to zero)
    void lowStock(qint64 itemId, const QString &title, qint64 stock);

private:
    void fetchPage(int page);
    QVariant valueOf(const InventoryItem &item, int column) const;
    void setValue(InventoryItem &item, int column, const QVariant &value);
    // nullopt when fine, else the reason
    std::optional<QString> check(int column, const QVariant &value) const;
    void requestThumbnail(const QString &url) const;
    void emitRow(int row);

    ApiClient &m_api;
    QUndoStack *m_undo;
    QList<InventoryItem> m_rows;
    QList<protocol::Category> m_categories;
    QHash<qint64, QHash<int, QString>> m_errors; // item -> column -> reason
    struct PendingEdit
    {
        int column;
        QVariant value, fallback;
    };
    // item -> its edits not yet answered, oldest first; one is sent at a time, so the server
    // applies them in the order they were made
    QHash<qint64, QList<PendingEdit>> m_saving;
    void sendNext(qint64 itemId);
    mutable QHash<QString, QImage> m_thumbs;
    mutable QSet<QString> m_thumbsRequested;
    qint64 m_total = -1;
    bool m_loading = false;
    quint64 m_generation = 0;
    // Reads picture files. Declared last: destroyed first, it waits for a running read while this
    // object (its continuation's context) is still alive.
    QThreadPool m_files;
};

} // namespace client
} // namespace emporium
