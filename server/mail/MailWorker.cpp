#include "server/mail/MailWorker.h"

#include "server/mail/OrderUpdateRenderer.h"
#include "server/mail/ReceiptRenderer.h"
#include "server/metrics/Metrics.h"
#include "server/storage/AccountRepository.h"
#include "server/storage/OrderRepository.h"
#include "server/storage/OutboxRepository.h"
#include "server/storage/Writer.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <algorithm>
#include <atomic>
#include <cstdlib>

Q_LOGGING_CATEGORY(lcMail, "emporium.server.mail")

namespace emporium::mail {
namespace {
std::atomic<int> g_mailSerial{0};
}

MailWorker::MailWorker(storage::DatabaseConfig db, storage::Writer &writer,
                       std::unique_ptr<Transport> transport, MailSettings settings, metrics::Metrics &metrics)
    : m_dbConfig(std::move(db)), m_writer(writer), m_transport(std::move(transport)),
      m_settings(std::move(settings)), m_metrics(metrics),
      m_connectionName(QStringLiteral("emporium-mail-%1").arg(g_mailSerial++))
{
}

MailWorker::~MailWorker()
{
    stop();
}

void MailWorker::start()
{
    qCInfo(lcMail) << "receipts go to" << m_transport->describe();
    // Failed receipts get another chance with this (perhaps corrected) configuration.
    write(storage::OutboxRepository::retryFailed);
    m_thread = std::thread([this] { run(); });
}

void MailWorker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_cv.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void MailWorker::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_cv.notify_all();
}

void MailWorker::write(storage::Writer::Job<Done> change)
{
    m_writer.submit<Done>(std::move(change)).waitForFinished();
}

void MailWorker::run()
{
    {
        auto db = storage::Database::open(m_connectionName, m_dbConfig);
        if (!db) {
            qCCritical(lcMail) << "mail worker cannot open the database:" << db.error().message;
            storage::Database::close(m_connectionName);
            return;
        }
    }
    for (;;) {
        const int waitMs = sendDue();
        std::unique_lock lock(m_mutex);
        m_cv.wait_for(lock, std::chrono::milliseconds(waitMs), [this] { return m_stopping || m_woken; });
        if (m_stopping)
            break;
        m_woken = false;
    }
    storage::Database::close(m_connectionName);
}

// The receipt, or the mail of what happened since (shipped, delivered, cancelled, refunded).
OutgoingMail MailWorker::compose(const protocol::Order &order, const storage::DueMail &due) const
{
    OutgoingMail mail;
    mail.from = ReceiptRenderer::address(m_settings.from);
    mail.to = due.email;
    mail.orderId = due.orderId;
    if (due.kind == u"receipt") {
        mail.messageId = ReceiptRenderer::messageId(due.orderId, m_settings.from);
        mail.message = ReceiptRenderer::render(order, due.name, due.email, m_settings.from);
        return mail;
    }
    const OrderUpdate update{due.kind, due.id, due.refId, due.refundCents, due.refundReason};
    mail.messageId = OrderUpdateRenderer::messageId(due.orderId, update, m_settings.from);
    mail.message = OrderUpdateRenderer::render(order, update, due.name, due.email, m_settings.from);
    mail.fileName = due.kind + u'-' + QString::number(due.orderId) + u'-' + QString::number(due.id) +
                    QStringLiteral(".eml");
    return mail;
}

bool MailWorker::stopping()
{
    std::lock_guard lock(m_mutex);
    return m_stopping;
}

int MailWorker::sendDue()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    storage::OrderRepository orders(db, m_settings.currency);
    storage::OutboxRepository outbox(db);
    if (storage::Database::backendOf(db) == storage::Backend::PostgreSQL)
        sendDueTaking(db, orders, outbox);
    else
        sendDueInOrder(orders, outbox);
    // sleep until the next pending row is due (at most the poll interval)
    const auto next = outbox.nextDue();
    if (!next)
        return m_settings.pollMs;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(*next);
    return int(std::clamp<qint64>(ms + 5, 10, m_settings.pollMs));
}

// SQLite: this server is the database's only one; the writer records what became of each mail.
void MailWorker::sendDueInOrder(storage::OrderRepository &orders, storage::OutboxRepository &outbox)
{
    const auto due = outbox.due(50);
    if (!due) {
        qCWarning(lcMail) << "outbox query failed:" << due.error().message;
        return;
    }
    for (const storage::DueMail &r : due.value()) {
        if (stopping())
            return;
        send(orders, r, [this](const storage::Writer::Job<Done> &record) { write(record); });
    }
}

// PostgreSQL: other servers may send from the same outbox. Each mail is taken in a transaction of this
// worker's connection that holds its row until what became of it is recorded (the others skip it); a
// server that dies while sending lets go of it at once, and the next one to look sends it again (with
// the same Message-ID: at least once, as after any crash between sending and recording).
void MailWorker::sendDueTaking(QSqlDatabase &db, storage::OrderRepository &orders,
                               storage::OutboxRepository &outbox)
{
    for (int n = 0; n < 50 && !stopping(); ++n) {
        if (!db.transaction()) {
            qCWarning(lcMail) << "outbox transaction failed:" << db.lastError().text();
            return;
        }
        const auto next = outbox.takeNext();
        if (!next || !next.value()) {
            if (!next)
                qCWarning(lcMail) << "outbox query failed:" << next.error().message;
            db.rollback();
            return;
        }
        bool recorded = false;
        send(orders, *next.value(),
             [&](const storage::Writer::Job<Done> &record) { recorded = record(db).value.ok(); });
        if (!recorded || !db.commit()) {
            qCWarning(lcMail) << "mail" << next.value()->id << "not recorded:" << db.lastError().text();
            db.rollback();
            return; // tried again at the next poll
        }
    }
}

// Sends one due mail; `record` writes what became of it (sent, or when to try again).
void MailWorker::send(storage::OrderRepository &orders, const storage::DueMail &r,
                      const std::function<void(const storage::Writer::Job<Done> &)> &record)
{
    const auto order = orders.order(r.buyerId, r.orderId);
    if (!order || !order.value())
        return;
    const OutgoingMail mail = compose(*order.value(), r);
    const SendResult sent = m_transport->send(mail);
    if (sent.ok && qEnvironmentVariableIsSet("EMPORIUM_FAULT_CRASH_AFTER_SEND")) {
        // test hook: die between sending and marking, as a power cut would
        qCCritical(lcMail) << "EMPORIUM_FAULT_CRASH_AFTER_SEND: exiting after sending" << mail.messageId;
        std::_Exit(3);
    }
    if (sent.ok) {
        ++m_metrics.mailSent;
        record([id = r.id](QSqlDatabase &db) { return storage::OutboxRepository::markSent(db, id); });
        qCInfo(lcMail) << r.kind << "mail for order" << r.orderId << "sent as" << mail.messageId;
        return;
    }
    ++m_metrics.mailFailures;
    const int attempts = r.attempts + 1;
    const bool giveUp = sent.permanent || attempts >= m_settings.maxAttempts;
    const qint64 delay = qMin<qint64>(qint64(m_settings.retryBaseMs) << qMin(attempts - 1, 20), 3600 * 1000);
    const QString next = QDateTime::currentDateTimeUtc().addMSecs(delay).toString(Qt::ISODateWithMs);
    qCWarning(lcMail) << r.kind << "mail for order" << r.orderId << (giveUp ? "failed:" : "will be retried:")
                      << sent.error;
    record([id = r.id, giveUp, next, error = sent.error](QSqlDatabase &db) {
        return storage::OutboxRepository::markAttempt(db, id, giveUp, next, error);
    });
}

} // namespace emporium::mail
