#pragma once
// A seller's inventory: creating, changing and delisting items, pictures (decoded and scaled on a
// worker) and CSV imports (parsed on a worker, written in steps, all or nothing), ending in writer jobs. What
// a committed change means for search, caches and watchers is CatalogChanges', after the commit.
#include "server/domain/ImageStore.h"
#include "server/domain/ItemInput.h"
#include "server/protocol/Result.h"
#include "server/storage/SellerRepository.h"

#include <QFuture>
#include <QStringList>
#include <variant>

class QThreadPool;

namespace emporium::storage {
class Writer;
}

namespace emporium::domain {

class Inventory
{
public:
    // The columns of an export and an import, in this order (API.md).
    static const QStringList kCsvColumns;
    // An import file's rows, or the errors of every bad line.
    using ParsedImport = std::variant<QList<storage::ImportRow>, QList<protocol::ImportLineError>>;
    static ParsedImport readImport(const QByteArray &body);

    // instance: this server's name among those sharing the database (an import's hidden items carry it)
    Inventory(storage::Writer &writer, QThreadPool &workers, QString imagesDir, QString instance)
        : m_writer(writer), m_workers(workers), m_imagesDir(std::move(imagesDir)),
          m_instance(std::move(instance))
    {
    }

    QFuture<Result<qint64>> create(qint64 shopId, const ItemInput &input);
    QFuture<Result<qint64>> update(qint64 shopId, qint64 itemId, const ItemInput &input);
    QFuture<Result<qint64>> delist(qint64 shopId, qint64 itemId);
    // the picture's and its thumbnail's URLs; unsupported_media_type when the bytes are no picture
    QFuture<Result<protocol::UploadedImage>> addPicture(qint64 shopId, qint64 itemId,
                                                        const QByteArray &bytes);
    // validation_failed naming every bad line (ImportLineError::toDetails), and nothing changed
    QFuture<Result<protocol::ImportResult>> importCsv(qint64 shopId, const QByteArray &csv);

private:
    storage::Writer &m_writer;
    QThreadPool &m_workers;
    QString m_imagesDir;
    QString m_instance;
};

} // namespace emporium::domain
