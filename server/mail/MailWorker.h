#pragma once
// Sends the mails the order transactions put in the outbox (receipts, shipped, delivered, cancelled,
// refunded). Woken at each commit, and on a timer (so a restart sends what was pending). Several servers
// on one PostgreSQL database send from one outbox, each mail by one of them. Delivery is at least once: a row
// is marked sent only after the transport accepted it, and a receipt sent again after a crash carries the
// same Message-ID. Temporary failures back off exponentially; after too many, or a permanent (5xx) one, the
// row is marked failed and shown; failed rows get another chance when the server starts again (usually with a
// fixed configuration).
#include "server/mail/Transport.h"
#include "server/protocol/OrderTypes.h"
#include "server/storage/Database.h"
#include "server/storage/Writer.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace emporium::storage {
struct DueMail;
class OrderRepository;
class OutboxRepository;
class Writer;
} // namespace emporium::storage
namespace emporium::metrics {
class Metrics;
}

namespace emporium::mail {

struct MailSettings
{
    QString from = QStringLiteral("Emporium <receipts@emporium.invalid>");
    QString currency = QStringLiteral("USD");
    int retryBaseMs = 5000; // first retry after this, doubling up to an hour
    int maxAttempts = 10;
    int pollMs = 30000;
};

class MailWorker
{
public:
    MailWorker(storage::DatabaseConfig db, storage::Writer &writer, std::unique_ptr<Transport> transport,
               MailSettings settings, metrics::Metrics &metrics);
    ~MailWorker();

    void start();
    void stop();
    void wake(); // something was committed to the outbox

    QString transportDescription() const { return m_transport->describe(); }

private:
    void run();
    int sendDue(); // returns ms until the next row is due (or the poll interval)
    OutgoingMail compose(const protocol::Order &order, const storage::DueMail &due) const;
    void write(storage::Writer::Job<Done> change); // waits for the commit
    bool stopping();
    void sendDueInOrder(storage::OrderRepository &orders, storage::OutboxRepository &outbox);
    void sendDueTaking(QSqlDatabase &db, storage::OrderRepository &orders, storage::OutboxRepository &outbox);
    void send(storage::OrderRepository &orders, const storage::DueMail &r,
              const std::function<void(const storage::Writer::Job<Done> &)> &record);

    storage::DatabaseConfig m_dbConfig;
    storage::Writer &m_writer;
    std::unique_ptr<Transport> m_transport;
    MailSettings m_settings;
    metrics::Metrics &m_metrics;
    QString m_connectionName;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_woken = false;
    bool m_stopping = false;
};

} // namespace emporium::mail
