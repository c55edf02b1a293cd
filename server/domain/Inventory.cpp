#include "server/domain/Inventory.h"

#include "server/domain/Csv.h"
#include "server/domain/FaultHooks.h"
#include "server/storage/Writer.h"

#include <QImage>
#include <QJsonObject>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>

namespace emporium::domain {

namespace {

std::optional<qint64> positiveId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

Error importErrors(const QList<protocol::ImportLineError> &errors)
{
    return {QStringLiteral("validation_failed"),
            QStringLiteral("%1 problem(s) in the file; nothing was changed").arg(errors.size()),
            protocol::ImportLineError::toDetails(errors)};
}

// An import applied in steps (SellerRepository::checkImport, insertHidden per chunk, publishImport):
// between any two of them the writer runs whatever else is queued, so a large file no longer holds
// everyone's carts and orders up. All or nothing still: the new items stay delisted until the one job
// that shows them with the other changes; if a step fails they are deleted again.
class StepwiseImport : public std::enable_shared_from_this<StepwiseImport>
{
public:
    using Counts = protocol::ImportResult;
    using Rows = QList<storage::ImportRow>;
    static constexpr qsizetype kChunk = 1000; // new items per writer job (tens of milliseconds)

    StepwiseImport(storage::Writer &writer, QThreadPool &pool, QString owner, qint64 shopId, Rows rows)
        : m_writer(writer), m_pool(pool), m_owner(std::move(owner)), m_shopId(shopId), m_rows(std::move(rows))
    {
        for (const storage::ImportRow &row : m_rows)
            (row.id ? m_updates : m_new) << row;
    }

    QFuture<Result<Counts>> start()
    {
        m_promise.start();
        step<Done>(
            [shop = m_shopId, rows = m_rows](QSqlDatabase &db) {
                return storage::SellerRepository::checkImport(db, shop, rows);
            },
            [](StepwiseImport &self, Result<Done> r) { r ? self.insertNext() : self.finish(r.error()); });
        return m_promise.future();
    }

private:
    // the job on the writer, then what follows on a worker
    template <typename T, typename Then> void step(storage::Writer::Job<T> job, Then then)
    {
        m_writer.submit<T>(std::move(job)).then(&m_pool, [self = shared_from_this(), then](Result<T> r) {
            then(*self, std::move(r));
        });
    }

    void insertNext()
    {
        if (m_next >= m_new.size())
            return publish();
        Rows chunk = m_new.mid(m_next, kChunk);
        m_next += chunk.size();
        step<QList<qint64>>(
            [shop = m_shopId, chunk = std::move(chunk), owner = m_owner](QSqlDatabase &db) {
                return storage::SellerRepository::insertHidden(db, shop, chunk, owner);
            },
            [](StepwiseImport &self, Result<QList<qint64>> r) {
                if (!r)
                    return self.discard(r.error());
                self.m_created += r.value();
                self.insertNext();
            });
    }

    void publish()
    {
        pauseIfAsked("before-import-publish"); // (tests: something changes meanwhile)
        step<Counts>(
            [shop = m_shopId, created = m_created, updates = m_updates](QSqlDatabase &db) {
                return storage::SellerRepository::publishImport(db, shop, created, updates);
            },
            [](StepwiseImport &self, Result<Counts> r) {
                r ? self.finish(std::move(r)) : self.discard(r.error());
            });
    }

    // the hidden items go again, a chunk a job, then the seller hears why
    void discard(Error why)
    {
        if (m_created.isEmpty())
            return finish(std::move(why));
        QList<qint64> chunk = m_created.mid(0, kChunk);
        m_created.remove(0, chunk.size());
        step<Done>(
            [shop = m_shopId, chunk = std::move(chunk)](QSqlDatabase &db) {
                return storage::SellerRepository::discardImport(db, shop, chunk);
            },
            [why](StepwiseImport &self, Result<Done> r) {
                if (!r) // (one chunk left behind stays delisted, seen by nobody; the others still go)
                    qWarning("emporium: an import's hidden items could not be deleted: %s",
                             qPrintable(r.error().message));
                self.discard(why);
            });
    }

    void finish(Result<Counts> r)
    {
        m_promise.addResult(std::move(r));
        m_promise.finish();
    }

    storage::Writer &m_writer;
    QThreadPool &m_pool;
    QString m_owner;
    qint64 m_shopId;
    Rows m_rows, m_new, m_updates;
    qsizetype m_next = 0;
    QList<qint64> m_created;
    QPromise<Result<Counts>> m_promise;
};

} // namespace

const QStringList Inventory::kCsvColumns{QStringLiteral("id"),
                                         QStringLiteral("title"),
                                         QStringLiteral("description"),
                                         QStringLiteral("price_cents"),
                                         QStringLiteral("stock"),
                                         QStringLiteral("category_id"),
                                         QStringLiteral("low_stock_threshold")};

Inventory::ParsedImport Inventory::readImport(const QByteArray &body)
{
    QList<protocol::ImportLineError> errors;
    const auto error = [&](int line, const QString &column, const QString &message) {
        errors.append({line, column, message});
    };
    QString text = QString::fromUtf8(body);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const domain::CsvParse csv = domain::parseCsv(text);
    if (!csv.error.isEmpty()) {
        error(csv.errorLine, QString(), csv.error);
        return errors;
    }
    if (csv.rows.isEmpty() || csv.rows[0].fields != kCsvColumns) {
        error(1, QString(), QStringLiteral("the header must be: %1").arg(kCsvColumns.join(u',')));
        return errors;
    }
    QList<storage::ImportRow> rows;
    for (qsizetype r = 1; r < csv.rows.size(); ++r) {
        const domain::CsvRow &row = csv.rows[r];
        if (row.fields.size() != kCsvColumns.size()) {
            error(row.line, QString(),
                  QStringLiteral("expected %1 columns, found %2")
                      .arg(kCsvColumns.size())
                      .arg(row.fields.size()));
            continue;
        }
        QJsonObject body;
        bool ok = true;
        QStringList reported; // columns already named on this line
        for (int c = 1; c < kCsvColumns.size(); ++c) {
            const QString &v = row.fields[c];
            if (c == 1 || c == 2) {
                body.insert(kCsvColumns[c], domain::csvText(v));
            } else if (!v.isEmpty()) {
                bool isNumber = false;
                const qlonglong n = v.trimmed().toLongLong(&isNumber);
                if (!isNumber) {
                    error(row.line, kCsvColumns[c], QStringLiteral("must be a whole number"));
                    reported << kCsvColumns[c];
                    ok = false;
                } else {
                    body.insert(kCsvColumns[c], n);
                }
            }
        }
        qint64 id = 0;
        if (!row.fields[0].trimmed().isEmpty()) {
            const auto parsed = positiveId(row.fields[0].trimmed());
            if (!parsed) {
                error(row.line, kCsvColumns[0], QStringLiteral("must be empty (a new item) or an item id"));
                ok = false;
            } else {
                id = *parsed;
            }
        }
        const auto input = domain::ItemInput::fromJson(body, id != 0);
        if (!input) {
            const QJsonObject fields = input.error().details.value(u"fields").toObject();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                if (!reported.contains(it.key()))
                    error(row.line, it.key(), it.value().toString());
            continue;
        }
        if (ok)
            rows.append({row.line, id, input.value()});
    }
    if (!errors.isEmpty())
        return errors;
    return rows;
}

QFuture<Result<qint64>> Inventory::create(qint64 shopId, const ItemInput &input)
{
    return m_writer.submit<qint64>(
        [shopId, input](QSqlDatabase &db) { return storage::SellerRepository::create(db, shopId, input); });
}

QFuture<Result<qint64>> Inventory::update(qint64 shopId, qint64 itemId, const ItemInput &input)
{
    return m_writer.submit<qint64>([shopId, itemId, input](QSqlDatabase &db) {
        return storage::SellerRepository::update(db, shopId, itemId, input);
    });
}

QFuture<Result<qint64>> Inventory::delist(qint64 shopId, qint64 itemId)
{
    return m_writer.submit<qint64>(
        [shopId, itemId](QSqlDatabase &db) { return storage::SellerRepository::delist(db, shopId, itemId); });
}

// Decoding, scaling and writing the files is slow work: on a worker, then one writer job.
QFuture<Result<protocol::UploadedImage>> Inventory::addPicture(qint64 shopId, qint64 itemId,
                                                               const QByteArray &bytes)
{
    using Uploaded = Result<protocol::UploadedImage>;
    storage::Writer *writer = &m_writer;
    return QtConcurrent::run(&m_workers,
                             [bytes, dir = m_imagesDir, itemId]() -> Result<StoredImage> {
                                 const QImage image = QImage::fromData(bytes);
                                 if (image.isNull())
                                     return Error{QStringLiteral("unsupported_media_type"),
                                                  QStringLiteral("the picture could not be read"),
                                                  {}};
                                 return ImageStore(dir).store(image, QStringLiteral("u%1").arg(itemId));
                             })
        .then(QtFuture::Launch::Sync,
              [writer, shopId, itemId](Result<StoredImage> picture) {
                  if (!picture)
                      return QtFuture::makeReadyFuture(Uploaded(picture.error()));
                  return writer
                      ->submit<qint64>([shopId, itemId, p = picture.value()](QSqlDatabase &db) {
                          return storage::SellerRepository::addImage(db, shopId, itemId, p.name, p.thumbName);
                      })
                      .then(QtFuture::Launch::Sync, [p = picture.value()](Result<qint64> added) {
                          if (!added)
                              return Uploaded(added.error());
                          return Uploaded(protocol::UploadedImage{QStringLiteral("/images/") + p.name,
                                                                  QStringLiteral("/images/") + p.thumbName});
                      });
              })
        .unwrap();
}

// A file of 32 MiB takes a while to parse: on a worker, then applied in steps (StepwiseImport).
QFuture<Result<protocol::ImportResult>> Inventory::importCsv(qint64 shopId, const QByteArray &csv)
{
    using Counts = protocol::ImportResult;
    storage::Writer *writer = &m_writer;
    QThreadPool *workers = &m_workers;
    return QtConcurrent::run(&m_workers, [csv] { return readImport(csv); })
        .then(QtFuture::Launch::Sync,
              [writer, workers, shopId, owner = m_instance](ParsedImport parsed) {
                  if (const auto *errors = std::get_if<QList<protocol::ImportLineError>>(&parsed))
                      return QtFuture::makeReadyFuture(Result<Counts>(importErrors(*errors)));
                  auto run = std::make_shared<StepwiseImport>(
                      *writer, *workers, owner, shopId,
                      std::get<QList<storage::ImportRow>>(std::move(parsed)));
                  return run->start();
              })
        .unwrap();
}

} // namespace emporium::domain
