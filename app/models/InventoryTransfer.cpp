#include "app/models/InventoryTransfer.h"

#include "app/api/ApiClient.h"

#include <QFile>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace emporium {
namespace client {
InventoryTransfer::InventoryTransfer(ApiClient &api, QObject *parent) : QObject(parent), m_api(api)
{
    m_files.setMaxThreadCount(1); // one transfer at a time anyway
}

InventoryTransfer::~InventoryTransfer()
{
    m_files.waitForDone();
}

void InventoryTransfer::finish()
{
    m_busy = false;
}

void InventoryTransfer::exportTo(const QString &path)
{
    if (m_busy)
        return;
    m_busy = true;
    Q_EMIT progress(tr("Downloading the inventory…"), 0, 0);
    m_api.exportInventory(this, [this, path](Result<QByteArray> r) {
        if (!r) {
            finish();
            Q_EMIT failed(r.error().message, {});
            return;
        }
        Q_EMIT progress(tr("Saving %1…").arg(path), 0, 0);
        const int rows = std::max(0, int(r->count('\n')) - 1);
        QtConcurrent::run(&m_files, [path, bytes = r.value()] {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
                return file.errorString().isEmpty() ? QStringLiteral("unknown error") : file.errorString();
            return QString();
        }).then(this, [this, path, rows](QString error) {
            finish();
            if (!error.isEmpty())
                Q_EMIT failed(tr("Could not save %1: %2").arg(path, error), {});
            else
                Q_EMIT exported(path, rows);
        });
    });
}

void InventoryTransfer::importFrom(const QString &path)
{
    if (m_busy)
        return;
    m_busy = true;
    Q_EMIT progress(tr("Reading %1…").arg(path), 0, 0);
    QtConcurrent::run(&m_files, [path]() -> std::pair<QByteArray, QString> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {{}, file.errorString()};
        if (file.size() > (32 << 20))
            return {{}, tr("the file is larger than 32 MiB")};
        return {file.readAll(), QString()};
    }).then(this, [this, path](std::pair<QByteArray, QString> read) {
        if (!read.second.isEmpty()) {
            finish();
            Q_EMIT failed(tr("Could not read %1: %2").arg(path, read.second), {});
            return;
        }
        const qint64 size = read.first.size();
        Q_EMIT progress(tr("Uploading…"), 0, size);
        m_api.importInventory(
            read.first, this,
            [this](Result<protocol::ImportResult> r) {
                finish();
                if (!r) {
                    QList<ImportProblem> problems;
                    for (const protocol::ImportLineError &e :
                         protocol::ImportLineError::fromDetails(r.error().details))
                        problems.append({int(e.line), e.column, e.message});
                    Q_EMIT failed(r.error().message, problems);
                    return;
                }
                Q_EMIT imported(int(r->created), int(r->updated));
            },
            [this, size](qint64 sent, qint64) {
                if (sent < size)
                    Q_EMIT progress(tr("Uploading…"), sent, size);
                else // all sent: the server checks and writes every line in one transaction
                    Q_EMIT progress(tr("Checking and saving every line…"), 0, 0);
            });
    });
}

} // namespace client
} // namespace emporium
