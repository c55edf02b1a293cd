#pragma once
// Several servers on one PostgreSQL database: the other servers' committed changes reach this server's
// copies (search index, cached answers, the stock its item pages' watchers hear) through the same seam as
// its own, CatalogChanges, and its watchers (purchases, orders, carts: PeerAnnouncements), within a second. A
// thread of its own, with its own connection, LISTENs on the change log's channel; at each notification, and
// once a second in case one was missed or the connection dropped (then it reconnects), it reads the log rows
// after the last one it applied: nothing is missed and nothing applied twice.
#include "server/protocol/Result.h"
#include "server/storage/ChangeSet.h"
#include "server/storage/Database.h"

#include <QString>
#include <QThread>
#include <atomic>
#include <functional>
#include <future>
#include <memory>

namespace emporium::domain {

class ChangeFeed
{
public:
    // Applies the other servers' changes, merged, on the feed's thread and connection.
    using Apply = std::function<void(QSqlDatabase &db, const storage::ChangeSet &theirs)>;

    ChangeFeed(storage::DatabaseConfig config, QString instance, Apply apply);
    ~ChangeFeed();

    // Returns once the feed knows where it begins (the last committed change): whatever a copy built after
    // this reads is at least that recent, and everything later is applied.
    Result<Done> start();
    void stop();

private:
    void run(const std::shared_ptr<std::promise<Result<Done>>> &started);
    bool listen(); // (re)opens the connection and listens; false: the database is away, tried again later
    void catchUp();
    bool applyNewRows(); // false: the connection failed

    storage::DatabaseConfig m_config;
    QString m_instance;
    Apply m_apply;
    QString m_connectionName;
    std::unique_ptr<QThread> m_thread;
    // on the feed's thread only:
    qint64 m_last = 0; // the last log row applied
    bool m_listening = false;
    bool m_catchUpQueued = false; // a look at the log is on its way
    int m_ticks = 0;
};

} // namespace emporium::domain
