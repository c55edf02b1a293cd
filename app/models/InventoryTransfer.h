#pragma once
// CSV export and import of a seller's whole inventory. Files are read and written on a worker
// thread; the upload reports its progress; an import is all-or-nothing on the server, and a
// refused file comes back with every bad line (line number, column, reason).
#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

namespace emporium {
namespace client {

class ApiClient;

struct ImportProblem
{
    int line = 0;
    QString column; // "" when the whole line (or file) is wrong
    QString message;
};

class InventoryTransfer : public QObject
{
    Q_OBJECT
public:
    explicit InventoryTransfer(ApiClient &api, QObject *parent = nullptr);
    ~InventoryTransfer() override;

    bool isBusy() const { return m_busy; }
    void exportTo(const QString &path);
    void importFrom(const QString &path);

Q_SIGNALS:
    // phase: what is happening now, for a label; done/total: progress (total 0: busy, no figure)
    void progress(const QString &phase, qint64 done, qint64 total);
    void exported(const QString &path, int rows);
    void imported(int created, int updated);
    // message: what went wrong; problems: the file's bad lines (empty for other failures)
    void failed(const QString &message, const QList<emporium::client::ImportProblem> &problems);

private:
    void finish();

    ApiClient &m_api;
    bool m_busy = false;
    // Reads and writes the files. Declared last: destroyed first, it waits for a running file
    // job while this object (its continuation's context) is still alive.
    QThreadPool m_files;
};

} // namespace client
} // namespace emporium
