#include "app/models/InventoryModel.h"

#include "app/api/ApiClient.h"
#include "app/models/Money.h"
#include "server/protocol/ErrorFields.h"

#include <QBrush>
#include <QColor>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace emporium {
namespace client {
namespace {

const char *fieldOf(int column)
{
    switch (column) {
    case InventoryModel::TitleColumn:
        return "title";
    case InventoryModel::PriceColumn:
        return "price_cents";
    case InventoryModel::StockColumn:
        return "stock";
    case InventoryModel::ThresholdColumn:
        return "low_stock_threshold";
    case InventoryModel::CategoryColumn:
        return "category_id";
    default:
        return nullptr;
    }
}

// The PATCH of one edited column.
protocol::ItemChange changeOf(int column, const QVariant &value)
{
    protocol::ItemChange c;
    switch (column) {
    case InventoryModel::TitleColumn:
        c.title = value.toString();
        break;
    case InventoryModel::PriceColumn:
        c.priceCents = value.toLongLong();
        break;
    case InventoryModel::StockColumn:
        c.stock = value.toLongLong();
        break;
    case InventoryModel::ThresholdColumn:
        c.lowStockThreshold = value.toLongLong();
        break;
    case InventoryModel::CategoryColumn:
        c.categoryId = value.toLongLong();
        break;
    default:
        break;
    }
    return c;
}

class EditCommand : public QUndoCommand
{
public:
    EditCommand(InventoryModel &model, qint64 itemId, int column, QVariant before, QVariant after,
                const QString &text)
        : QUndoCommand(text), m_model(model), m_id(itemId), m_column(column), m_before(std::move(before)),
          m_after(std::move(after))
    {
    }
    void redo() override { m_model.applyEdit(m_id, m_column, m_after, m_before); }
    void undo() override { m_model.applyEdit(m_id, m_column, m_before, m_after); }

private:
    InventoryModel &m_model;
    qint64 m_id;
    int m_column;
    QVariant m_before, m_after;
};

} // namespace

InventoryModel::InventoryModel(ApiClient &api, QObject *parent)
    : QAbstractTableModel(parent), m_api(api), m_undo(new QUndoStack(this))
{
    m_undo->setUndoLimit(100);
}

InventoryModel::~InventoryModel()
{
    m_files.waitForDone();
}

int InventoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InventoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InventoryModel::valueOf(const InventoryItem &item, int column) const
{
    switch (column) {
    case TitleColumn:
        return item.summary.title;
    case PriceColumn:
        return item.summary.priceCents;
    case StockColumn:
        return item.summary.stock;
    case ThresholdColumn:
        return item.lowStockThreshold;
    case CategoryColumn:
        return item.summary.categoryId;
    case SoldColumn:
        return item.summary.soldCount;
    default:
        return {};
    }
}

void InventoryModel::setValue(InventoryItem &item, int column, const QVariant &value)
{
    switch (column) {
    case TitleColumn:
        item.summary.title = value.toString();
        break;
    case PriceColumn:
        item.summary.priceCents = value.toLongLong();
        break;
    case StockColumn:
        item.summary.stock = value.toLongLong();
        break;
    case ThresholdColumn:
        item.lowStockThreshold = value.toLongLong();
        break;
    case CategoryColumn:
        item.summary.categoryId = value.toLongLong();
        for (const auto &c : std::as_const(m_categories))
            if (c.id == item.summary.categoryId)
                item.summary.categoryName = c.name;
        break;
    default:
        break;
    }
}

QVariant InventoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InventoryItem &item = m_rows.at(index.row());
    const int column = index.column();
    const QString error = m_errors.value(item.summary.id).value(column);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case PictureColumn:
            return {};
        case PriceColumn:
            return formatMoney(item.summary.priceCents, item.summary.currency);
        case CategoryColumn:
            return item.summary.categoryName;
        case StockColumn:
            return item.summary.stock == 0 ? tr("Sold out") : QLocale().toString(item.summary.stock);
        case ThresholdColumn:
        case SoldColumn:
            return QLocale().toString(valueOf(item, column).toLongLong());
        default:
            return valueOf(item, column);
        }
    case Qt::EditRole:
        switch (column) {
        case PriceColumn:
            return plainMoney(item.summary.priceCents);
        case TitleColumn:
            return item.summary.title;
        case PictureColumn:
            return {};
        default:
            return valueOf(item, column);
        }
    case Qt::DecorationRole:
        if (column != PictureColumn || item.summary.thumbnailUrl.isEmpty())
            return {};
        if (const auto it = m_thumbs.constFind(item.summary.thumbnailUrl); it != m_thumbs.cend())
            return it.value();
        requestThumbnail(item.summary.thumbnailUrl);
        return {};
    case Qt::ToolTipRole:
        if (!error.isEmpty())
            return error;
        if (column == PictureColumn)
            return tr("Drop a picture here, or choose one with “Picture…”");
        if (column == StockColumn && item.isLow())
            return tr("At or below the low-stock threshold (%1)").arg(item.lowStockThreshold);
        return {};
    case Qt::BackgroundRole:
        if (!error.isEmpty())
            return QBrush(QColor(255, 220, 220));
        if (column == StockColumn && item.isLow())
            return QBrush(item.summary.stock == 0 ? QColor(255, 205, 190) : QColor(255, 240, 200));
        return {};
    case Qt::TextAlignmentRole:
        if (column == PriceColumn || column == StockColumn || column == ThresholdColumn ||
            column == SoldColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::AccessibleTextRole:
        return column == PictureColumn ? tr("Picture of %1").arg(item.summary.title)
                                       : data(index, Qt::DisplayRole);
    case IdRole:
        return item.summary.id;
    case SortRole:
        return column == PictureColumn    ? QVariant(item.summary.thumbnailUrl.isEmpty() ? 0 : 1)
               : column == CategoryColumn ? QVariant(item.summary.categoryName)
               : column == TitleColumn    ? QVariant(item.summary.title.toLower())
                                          : valueOf(item, column);
    case ErrorRole:
        return error;
    case SavingRole:
        return m_saving.contains(item.summary.id);
    case LowStockRole:
        return item.isLow();
    case CategoryIdRole:
        return item.summary.categoryId;
    default:
        return {};
    }
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ThresholdColumn)
        return tr("You are alerted when a sale takes the stock to this number or below.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PictureColumn:
        return tr("Picture");
    case TitleColumn:
        return tr("Title");
    case PriceColumn:
        return tr("Price");
    case StockColumn:
        return tr("Stock");
    case ThresholdColumn:
        return tr("Alert at");
    case CategoryColumn:
        return tr("Category");
    case SoldColumn:
        return tr("Sold");
    default:
        return {};
    }
}

Qt::ItemFlags InventoryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && fieldOf(index.column()))
        f |= Qt::ItemIsEditable;
    if (index.isValid() && index.column() == PictureColumn)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

std::optional<QString> InventoryModel::check(int column, const QVariant &value) const
{
    switch (column) {
    case TitleColumn: {
        const qsizetype n = value.toString().trimmed().size();
        if (n < 2 || n > 200)
            return tr("A title has 2 to 200 characters.");
        return std::nullopt;
    }
    case PriceColumn:
        if (value.toLongLong() < 0 || value.toLongLong() > 100000000)
            return tr("A price is from 0 to 1,000,000.00.");
        return std::nullopt;
    case StockColumn:
    case ThresholdColumn: {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        const qint64 max = column == StockColumn ? 10000000 : 1000000;
        if (!ok || n < 0 || n > max)
            return tr("Enter a whole number from 0 to %1.").arg(QLocale().toString(max));
        return std::nullopt;
    }
    case CategoryColumn:
        for (const auto &c : m_categories)
            if (c.id == value.toLongLong())
                return std::nullopt;
        return tr("Choose one of the categories.");
    default:
        return tr("This column cannot be edited.");
    }
}

bool InventoryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !fieldOf(index.column()))
        return false;
    InventoryItem &item = m_rows[index.row()];
    const int column = index.column();
    QVariant typed = value;
    std::optional<QString> refusal;
    if (column == PriceColumn && value.typeId() == QMetaType::QString) {
        const auto cents = parseMoney(value.toString());
        if (!cents)
            refusal = tr("“%1” is not a price; write it like %2.").arg(value.toString(), plainMoney(1250));
        else
            typed = *cents;
    } else if ((column == StockColumn || column == ThresholdColumn || column == CategoryColumn) &&
               value.typeId() == QMetaType::QString) {
        bool ok = false;
        typed = QLocale().toLongLong(value.toString().trimmed(), &ok);
        if (!ok)
            typed = value.toString().trimmed().toLongLong(&ok);
        if (!ok)
            refusal = tr("Enter a whole number.");
    } else if (column == TitleColumn) {
        typed = value.toString().trimmed();
    }
    if (!refusal)
        refusal = check(column, typed);
    if (refusal) {
        m_errors[item.summary.id].insert(column, *refusal);
        Q_EMIT dataChanged(index, index);
        Q_EMIT editFailed(index.row(), column, *refusal);
        return false;
    }
    const QVariant before = valueOf(item, column);
    if (before == typed) {
        if (m_errors[item.summary.id].remove(column))
            Q_EMIT dataChanged(index, index);
        return true;
    }
    const QString text =
        tr("Change %1 of “%2”")
            .arg(headerData(column, Qt::Horizontal).toString().toLower(), item.summary.title);
    m_undo->push(new EditCommand(*this, item.summary.id, column, before, typed, text));
    return true;
}

void InventoryModel::applyEdit(qint64 itemId, int column, const QVariant &value, const QVariant &fallback)
{
    const int row = rowOf(itemId);
    if (row < 0)
        return;
    setValue(m_rows[row], column, value);
    m_errors[itemId].remove(column);
    QList<PendingEdit> &queue = m_saving[itemId];
    queue.append({column, value, fallback});
    emitRow(row);
    if (queue.size() == 1)
        sendNext(itemId);
}

void InventoryModel::sendNext(qint64 itemId)
{
    const PendingEdit edit = m_saving.value(itemId).first();
    const quint64 generation = m_generation;
    m_api.changeItem(itemId, changeOf(edit.column, edit.value), this,
                     [this, itemId, edit, generation](Result<InventoryItem> r) {
                         if (generation != m_generation)
                             return;
                         QList<PendingEdit> &queue = m_saving[itemId];
                         if (!queue.isEmpty())
                             queue.removeFirst();
                         const bool more = !queue.isEmpty();
                         const bool sameFieldQueued =
                             std::any_of(queue.cbegin(), queue.cend(),
                                         [&](const PendingEdit &e) { return e.column == edit.column; });
                         if (!more)
                             m_saving.remove(itemId);
                         const int row = rowOf(itemId);
                         if (row >= 0) {
                             InventoryItem &item = m_rows[row];
                             if (!r) {
                                 const QString reason =
                                     protocol::fieldError(r.error(), QLatin1String(fieldOf(edit.column)));
                                 const QString message = reason.isEmpty() ? r.error().message : reason;
                                 if (!sameFieldQueued) // a later edit of the field decides what it shows
                                     setValue(item, edit.column, edit.fallback);
                                 m_errors[itemId].insert(edit.column, tr("Not saved: %1").arg(message));
                                 emitRow(row);
                                 Q_EMIT editFailed(row, edit.column, message);
                             } else {
                                 // the server's word on the edited field, and on what only it knows
                                 const InventoryItem &saved = r.value();
                                 if (!sameFieldQueued)
                                     setValue(item, edit.column, valueOf(saved, edit.column));
                                 item.summary.soldCount = saved.summary.soldCount;
                                 if (!more)
                                     item.summary.stock = saved.summary.stock;
                                 emitRow(row);
                             }
                         }
                         if (more)
                             sendNext(itemId);
                     });
}

void InventoryModel::emitRow(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void InventoryModel::setCategories(const QList<protocol::Category> &categories)
{
    m_categories.clear();
    for (const auto &c : categories)
        if (c.id > 0)
            m_categories.append(c);
}

int InventoryModel::rowOf(qint64 itemId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].summary.id == itemId)
            return i;
    return -1;
}

void InventoryModel::clear()
{
    beginResetModel();
    ++m_generation;
    m_rows.clear();
    m_errors.clear();
    m_saving.clear();
    m_total = -1;
    m_loading = false;
    endResetModel();
    m_undo->clear();
}

void InventoryModel::reload()
{
    clear();
    m_loading = true;
    fetchPage(1);
}

void InventoryModel::reloadWithCategories()
{
    const quint64 generation = m_generation;
    m_api.categories(this, [this, generation](Result<QList<protocol::Category>> r) {
        if (!r || generation != m_generation) // failed, or cleared (signed out) meanwhile
            return;
        setCategories(r.value());
        reload();
    });
}

void InventoryModel::fetchPage(int page)
{
    const quint64 generation = m_generation;
    m_api.inventory(page, kPageSize, this, [this, generation, page](Result<protocol::Page<InventoryItem>> r) {
        if (generation != m_generation)
            return;
        if (!r) {
            m_loading = false;
            Q_EMIT failed(r.error().message);
            return;
        }
        const QList<InventoryItem> &items = r->items;
        QList<InventoryItem> fresh;
        for (const InventoryItem &i : items)
            if (rowOf(i.summary.id) < 0) // added here while loading
                fresh.append(i);
        if (!fresh.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
            m_rows.append(fresh);
            endInsertRows();
        }
        m_total = r->total;
        if (!items.isEmpty() && qint64(page) * kPageSize < m_total) {
            fetchPage(page + 1); // the rest arrives while the table is already usable
            return;
        }
        m_loading = false;
        Q_EMIT loaded();
    });
}

void InventoryModel::add(const protocol::ItemChange &item)
{
    m_api.createItem(item, this, [this](Result<InventoryItem> r) {
        if (!r) {
            Q_EMIT addFailed(r.error());
            return;
        }
        InventoryItem i = r.value();
        const qint64 id = i.summary.id;
        if (rowOf(id) < 0) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_rows.append(std::move(i));
            endInsertRows();
            if (m_total >= 0)
                ++m_total;
        }
        Q_EMIT added(id);
    });
}

void InventoryModel::delist(qint64 itemId)
{
    m_api.delistItem(itemId, this, [this, itemId](Result<bool> r) {
        if (!r) {
            Q_EMIT failed(r.error().message);
            return;
        }
        const int row = rowOf(itemId);
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
            m_errors.remove(itemId);
            if (m_total > 0)
                --m_total;
        }
        // edits of a delisted item cannot be taken back
        m_undo->clear();
        Q_EMIT delisted(itemId);
    });
}

void InventoryModel::uploadPicture(qint64 itemId, const QByteArray &bytes, const QByteArray &contentType)
{
    m_api.uploadPicture(itemId, bytes, contentType, this, [this, itemId](Result<protocol::UploadedImage> r) {
        if (!r) {
            Q_EMIT failed(r.error().message);
            return;
        }
        const int row = rowOf(itemId);
        if (row >= 0 && m_rows[row].summary.thumbnailUrl.isEmpty()) {
            m_rows[row].summary.thumbnailUrl = r->thumbnailUrl;
            emitRow(row);
        }
        Q_EMIT pictureUploaded(itemId);
    });
}

void InventoryModel::uploadPictureFile(qint64 itemId, const QString &path, const QByteArray &contentType)
{
    QtConcurrent::run(&m_files, [path]() -> std::pair<QByteArray, QString> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {{}, file.errorString()};
        if (file.size() > (10 << 20))
            return {{}, tr("larger than 10 MiB")};
        return {file.readAll(), QString()};
    }).then(this, [this, itemId, path, contentType](std::pair<QByteArray, QString> read) {
        if (!read.second.isEmpty())
            Q_EMIT failed(tr("Could not use %1: %2").arg(QFileInfo(path).fileName(), read.second));
        else
            uploadPicture(itemId, read.first, contentType);
    });
}

void InventoryModel::applySale(qint64 itemId, qint64 quantity)
{
    const int row = rowOf(itemId);
    if (row < 0)
        return;
    InventoryItem &item = m_rows[row];
    item.summary.stock = std::max<qint64>(0, item.summary.stock - quantity);
    item.summary.soldCount += quantity;
    emitRow(row);
}

void InventoryModel::applyStock(qint64 itemId, qint64 stock)
{
    const int row = rowOf(itemId);
    if (row < 0)
        return;
    InventoryItem &item = m_rows[row];
    item.summary.stock = stock;
    emitRow(row);
    if (item.isLow())
        Q_EMIT lowStock(itemId, item.summary.title, stock);
}

void InventoryModel::requestThumbnail(const QString &url) const
{
    if (m_thumbsRequested.contains(url))
        return;
    m_thumbsRequested.insert(url);
    auto *self = const_cast<InventoryModel *>(this);
    m_api.image(url, self, [self, url](Result<QImage> r) {
        if (!r)
            return;
        self->m_thumbs.insert(url, r->scaled(64, 48, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        for (int row = 0; row < self->m_rows.size(); ++row)
            if (self->m_rows[row].summary.thumbnailUrl == url)
                Q_EMIT self->dataChanged(self->index(row, PictureColumn), self->index(row, PictureColumn),
                                         {Qt::DecorationRole});
    });
}

} // namespace client
} // namespace emporium
