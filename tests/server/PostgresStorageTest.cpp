// The storage layer on a real PostgreSQL 15 (a database of its own on the suites' private cluster):
// a connection from a postgresql:// URL over the cluster's Unix socket, in UTC; the PostgreSQL
// migrations applied once (a second start finds nothing to do, a newer schema is refused, two starts at
// once migrate once); the rules the schema states refused by the database itself; and the writer's
// promise on PostgreSQL, where a failed statement poisons the rest of the transaction: a job that
// ignores its failed statement hears the failure and the other jobs of its batch still commit.
#include "server/storage/Database.h"
#include "server/storage/Migrator.h"
#include "server/storage/OutboxRepository.h"
#include "server/storage/SqlError.h"
#include "server/storage/Writer.h"
#include "server/storage/demo/DemoSeeder.h"
#include "tests/common/TestDatabase.h"
#include "tests/common/TestSupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::storage;
using namespace emporium::test;

namespace {

class PostgresStorageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (database.url().isEmpty())
            GTEST_SKIP() << TestDatabase::why().toStdString();
        auto c = DatabaseConfig::fromUrl(database.url());
        ASSERT_TRUE(c.ok()) << c.error().message.toStdString();
        config = c.value();
    }
    void TearDown() override
    {
        for (const QString &name : std::as_const(opened))
            Database::close(name);
    }
    QSqlDatabase open(const QString &name)
    {
        auto db = Database::open(name, config);
        EXPECT_TRUE(db.ok()) << db.error().message.toStdString();
        opened << name;
        return db ? db.value() : QSqlDatabase();
    }
    static QVariant scalar(QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString();
        return q.value(0);
    }
    template <typename T> static Result<T> wait(QFuture<Result<T>> f)
    {
        EXPECT_TRUE(waitUntil([&] { return f.isFinished(); }, 10000));
        return f.result();
    }

    TestDatabase database;
    DatabaseConfig config;
    QStringList opened;
};

TEST_F(PostgresStorageTest, OpensFromItsUrlInUtcOverTheSocket)
{
    EXPECT_EQ(config.backend, Backend::PostgreSQL);
    EXPECT_TRUE(config.host.startsWith(u'/')) << config.host.toStdString(); // the cluster's socket folder
    QSqlDatabase db = open(QStringLiteral("pg-open"));
    EXPECT_EQ(Database::backendOf(db), Backend::PostgreSQL);
    EXPECT_EQ(scalar(db, QStringLiteral("SHOW TimeZone")).toString(), QStringLiteral("UTC"));
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT current_setting('server_version_num')::int / 10000")).toInt(),
              15);

    // a database that is not there: a clear error naming it, and no password anywhere
    DatabaseConfig missing = config;
    missing.name = QStringLiteral("no_such_database");
    const auto refused = Database::open(QStringLiteral("pg-missing"), missing);
    opened << QStringLiteral("pg-missing");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("storage_unavailable"));
    EXPECT_TRUE(refused.error().message.contains(u"no_such_database"))
        << refused.error().message.toStdString();
}

TEST_F(PostgresStorageTest, MigratesOnceAndRefusesANewerSchema)
{
    QSqlDatabase db = open(QStringLiteral("pg-migrate"));
    const int latest = Migrator::latestVersion(Backend::PostgreSQL);
    EXPECT_EQ(latest, Migrator::latestVersion(Backend::SQLite)); // the same numbering on both backends
    auto reached = Migrator(db).migrate();
    ASSERT_TRUE(reached.ok()) << reached.error().message.toStdString();
    EXPECT_EQ(reached.value(), latest);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), latest);
    EXPECT_EQ(Migrator(db).migrate().value(), latest); // nothing left to do

    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO schema_version(version, applied_at) VALUES (%1, 'later')")
                           .arg(latest + 1)));
    const auto tooNew = Migrator(db).migrate();
    ASSERT_FALSE(tooNew.ok());
    EXPECT_EQ(tooNew.error().code, QStringLiteral("schema_too_new"));
}

TEST_F(PostgresStorageTest, TwoServersStartingAtOnceMigrateOnce)
{
    auto migrateOn = [this](const QString &name) {
        auto db = Database::open(name, config);
        Result<int> r = db ? Migrator(db.value()).migrate() : Result<int>(db.error());
        Database::close(name);
        return r;
    };
    auto first = QtConcurrent::run([&] { return migrateOn(QStringLiteral("pg-race-1")); });
    auto second = QtConcurrent::run([&] { return migrateOn(QStringLiteral("pg-race-2")); });
    const Result<int> a = first.result(), b = second.result();
    ASSERT_TRUE(a.ok()) << a.error().message.toStdString();
    ASSERT_TRUE(b.ok()) << b.error().message.toStdString();
    QSqlDatabase db = open(QStringLiteral("pg-race-check"));
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(),
              Migrator::latestVersion(Backend::PostgreSQL));
}

TEST_F(PostgresStorageTest, TheSchemaRefusesWhatTheRulesForbid)
{
    QSqlDatabase db = open(QStringLiteral("pg-rules"));
    ASSERT_TRUE(Migrator(db).migrate().ok());
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(QStringLiteral(
        "INSERT INTO users(email, email_norm, password_hash, display_name, role, created_at) VALUES "
        "('a@x.test', 'a@x.test', 'h', 'A', 'seller', now()), ('b@x.test', 'b@x.test', 'h', 'B', 'buyer', "
        "now())")))
        << q.lastError().text().toStdString();
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO shops(owner_id, name, name_norm, created_at) "
                                      "SELECT id, 'S', 's', now() FROM users WHERE email = 'a@x.test'")))
        << q.lastError().text().toStdString();
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO categories(name, slug) VALUES ('C', 'c')")))
        << q.lastError().text().toStdString();
    ASSERT_TRUE(q.exec(
        QStringLiteral("INSERT INTO items(shop_id, category_id, title, price_cents, stock, created_at) "
                       "SELECT s.id, c.id, 'Lamp', 1000, 1, now() FROM shops s, categories c RETURNING id")))
        << q.lastError().text().toStdString();
    ASSERT_TRUE(q.next());
    const qint64 item = q.value(0).toLongLong();

    // stock never below zero
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE items SET stock = stock - 2 WHERE id = %1").arg(item)));
    EXPECT_EQ(q.lastError().nativeErrorCode(), QStringLiteral("23514"));
    // one review per buyer and item
    const QString review =
        QStringLiteral("INSERT INTO reviews(item_id, user_id, rating, body, created_at) "
                       "SELECT %1, id, 5, 'good', now() FROM users WHERE email = 'b@x.test'")
            .arg(item);
    EXPECT_TRUE(q.exec(review)) << q.lastError().text().toStdString();
    EXPECT_FALSE(q.exec(review));
    EXPECT_TRUE(isUniqueViolation(q.lastError())) << q.lastError().nativeErrorCode().toStdString();
}

TEST_F(PostgresStorageTest, AJobThatIgnoresItsFailedStatementHearsItAndTheBatchStillCommits)
{
    {
        QSqlDatabase db = open(QStringLiteral("pg-writer-setup"));
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE notes(id bigint GENERATED BY DEFAULT AS IDENTITY "
                                          "PRIMARY KEY, body text NOT NULL UNIQUE)")));
    }
    Writer writer(config);
    ASSERT_TRUE(writer.start().ok());
    const auto insert = [](const QString &body, bool checked) {
        return [body, checked](QSqlDatabase &db) -> WriteResult<qint64> {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO notes(body) VALUES (?) RETURNING id"));
            q.addBindValue(body);
            if (!q.exec() || !q.next())
                return checked ? WriteResult<qint64>(sqlError(q.lastError())) : WriteResult<qint64>(0);
            return WriteResult<qint64>(q.value(0).toLongLong());
        };
    };
    ASSERT_TRUE(wait(writer.submit<qint64>(insert(QStringLiteral("first"), true))).ok());
    // queued together so they share a batch: the careless job in the middle breaks the transaction
    std::atomic<bool> release = false;
    auto gate = writer.submit<qint64>([&release](QSqlDatabase &) {
        while (!release)
            QThread::msleep(5);
        return WriteResult<qint64>(0);
    });
    auto before = writer.submit<qint64>(insert(QStringLiteral("before"), true));
    auto careless = writer.submit<qint64>(insert(QStringLiteral("first"), false)); // a duplicate, not checked
    auto after = writer.submit<qint64>(insert(QStringLiteral("after"), true));
    release = true;
    EXPECT_TRUE(wait(before).ok());
    const auto failed = wait(careless);
    ASSERT_FALSE(failed.ok()) << "a failed statement reported as success";
    EXPECT_TRUE(wait(after).ok());
    wait(gate);
    writer.stop();

    QSqlDatabase db = open(QStringLiteral("pg-writer-check"));
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT string_agg(body, ',' ORDER BY id) FROM notes")).toString(),
              QStringLiteral("first,before,after"));
}

// A job PostgreSQL refused for a deadlock or a serialization failure (another server's writes) runs again,
// twice at most; other errors are the job's answer at once.
TEST_F(PostgresStorageTest, AJobRefusedAsBusyRunsAgainTwiceAtMost)
{
    Writer writer(config);
    ASSERT_TRUE(writer.start().ok());
    const Error busy{QStringLiteral("storage_busy"), QStringLiteral("deadlock detected"), {}};
    int runs = 0;
    auto once = writer.submit<int>([&runs, busy](QSqlDatabase &) {
        return ++runs == 1 ? WriteResult<int>(busy) : WriteResult<int>(runs);
    });
    const auto r = wait(once);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r.value(), 2);
    runs = 0;
    const auto always = wait(writer.submit<int>([&runs, busy](QSqlDatabase &) {
        ++runs;
        return WriteResult<int>(busy);
    }));
    EXPECT_EQ(always.error().code, QStringLiteral("storage_busy"));
    EXPECT_EQ(runs, 3);
    runs = 0;
    wait(writer.submit<int>([&runs](QSqlDatabase &) {
        ++runs;
        return WriteResult<int>(Error::internal(QStringLiteral("no")));
    }));
    EXPECT_EQ(runs, 1);
    writer.stop();
}

// Two servers' mail workers send from one outbox: each takes a mail in a transaction that holds its row, so
// the other passes it by; a server that dies while sending lets go of its mail at once; and taking mails
// from both at once, every mail is taken exactly once.
TEST_F(PostgresStorageTest, TwoServersTakeEachDueMailOnceAndADeadServersMailIsFreeAtOnce)
{
    QTemporaryDir images;
    QSqlDatabase setup = open(QStringLiteral("pg-outbox-setup"));
    ASSERT_TRUE(Migrator(setup).migrate().ok());
    ASSERT_TRUE(demo::DemoSeeder(setup, images.path()).seedIfEmpty().ok()); // orders with their buyers
    QSqlQuery q(setup);
    ASSERT_TRUE(
        q.exec(QStringLiteral("INSERT INTO outbox(kind, order_id, next_attempt_at, created_at) SELECT "
                              "'receipt', id, now() - interval '1 second', now() FROM orders")))
        << q.lastError().text().toStdString();
    const int due = scalar(setup, QStringLiteral("SELECT COUNT(*) FROM outbox")).toInt();
    ASSERT_GE(due, 20);

    QSqlDatabase first = open(QStringLiteral("pg-outbox-first"));
    QSqlDatabase second = open(QStringLiteral("pg-outbox-second"));
    ASSERT_TRUE(first.transaction());
    const auto a = OutboxRepository(first).takeNext();
    ASSERT_TRUE(a.ok() && a.value());
    ASSERT_TRUE(second.transaction());
    const auto b = OutboxRepository(second).takeNext();
    ASSERT_TRUE(b.ok() && b.value());
    EXPECT_NE(a.value()->id, b.value()->id);  // held by the first: passed by
    EXPECT_FALSE(a.value()->email.isEmpty()); // with what its mail needs
    ASSERT_TRUE(OutboxRepository::markSent(second, b.value()->id).value.ok());
    ASSERT_TRUE(second.commit());

    first.close(); // the first server dies while sending: its connection goes, its transaction with it
    first = QSqlDatabase();
    Database::close(QStringLiteral("pg-outbox-first"));
    opened.removeAll(QStringLiteral("pg-outbox-first"));
    // free as soon as PostgreSQL has seen the connection go (moments; no lease to run out)
    QElapsedTimer freed;
    freed.start();
    qint64 again = 0;
    while (again != a.value()->id && freed.elapsed() < 2000) {
        ASSERT_TRUE(second.transaction());
        const auto next = OutboxRepository(second).takeNext();
        ASSERT_TRUE(next.ok() && next.value());
        again = next.value()->id;
        ASSERT_TRUE(second.rollback());
    }
    EXPECT_EQ(again, a.value()->id) << "the dead server's mail was still held after 2 s";

    // both servers take and mark mails as fast as they can
    const auto drain = [this](const QString &name) {
        QList<qint64> taken;
        QSqlDatabase db = Database::open(name, config).value();
        for (;;) {
            if (!db.transaction())
                break;
            const auto next = OutboxRepository(db).takeNext();
            if (!next || !next.value() || !OutboxRepository::markSent(db, next.value()->id).value.ok()) {
                db.rollback();
                break;
            }
            if (db.commit())
                taken << next.value()->id;
        }
        db = {};
        Database::close(name);
        return taken;
    };
    auto one = QtConcurrent::run(drain, QStringLiteral("pg-outbox-a"));
    auto other = QtConcurrent::run(drain, QStringLiteral("pg-outbox-b"));
    QList<qint64> taken = one.result() + other.result();
    std::sort(taken.begin(), taken.end());
    EXPECT_EQ(taken.size(), due - 1); // all but the one sent above, each once
    EXPECT_EQ(std::adjacent_find(taken.begin(), taken.end()), taken.end());
    EXPECT_EQ(scalar(setup, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'pending'")).toInt(),
              0);
}

} // namespace
