// The database writer on a real SQLite file: typed results after the commit, a job's error rolls
// back only that job, the commit hook sees the batch's changes before anyone hears of the commit,
// and failures arrive as errors that name their cause (a full database, a stopped writer, a
// throwing job), never as a value of another type.
#include "server/storage/Writer.h"
#include "server/storage/SqlError.h"
#include "tests/common/TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>
#include <gtest/gtest.h>
#include <stdexcept>

using namespace emporium;
using namespace emporium::storage;
using namespace emporium::test;

namespace {

class WriterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        config.path = dir.filePath(QStringLiteral("writer.db"));
        writer = std::make_unique<Writer>(config);
        writer->setCommitHook([this](QSqlDatabase &db, const ChangeSet &changes) {
            QSqlQuery q(QStringLiteral("SELECT COUNT(*) FROM notes"), db);
            q.next();
            seen.append({changes, q.value(0).toInt()}); // what a reader would see now
        });
        ASSERT_TRUE(writer->start());
        ASSERT_TRUE(wait(writer->submit<Done>([](QSqlDatabase &db) {
                        QSqlQuery(
                            QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT NOT NULL)"),
                            db);
                        return WriteResult<Done>(Done{});
                    })).ok());
    }
    template <typename T> Result<T> wait(QFuture<Result<T>> f)
    {
        EXPECT_TRUE(waitUntil([&] { return f.isFinished(); }, 5000));
        return f.result();
    }
    static WriteResult<qint64> insert(QSqlDatabase &db, const QString &body, qint64 changedItem)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO notes(body) VALUES (?)"));
        q.addBindValue(body);
        if (!q.exec())
            return Error::internal(QStringLiteral("insert failed"));
        return WriteResult<qint64>(q.lastInsertId().toLongLong(), ChangeSet::item(changedItem));
    }
    int rows()
    {
        int n = 0;
        writer
            ->submit<int>([](QSqlDatabase &db) {
                QSqlQuery q(QStringLiteral("SELECT COUNT(*) FROM notes"), db);
                q.next();
                return WriteResult<int>(q.value(0).toInt());
            })
            .then([&n](Result<int> r) { n = r.value(); })
            .waitForFinished();
        return n;
    }

    QTemporaryDir dir;
    DatabaseConfig config;
    std::unique_ptr<Writer> writer;
    QList<std::pair<ChangeSet, int>> seen;
};

TEST_F(WriterTest, TypedValuesArriveAfterTheCommitAndTheHookSeesTheChangesFirst)
{
    const auto first =
        wait(writer->submit<qint64>([](QSqlDatabase &db) { return insert(db, QStringLiteral("a"), 7); }));
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first.value(), 1);
    ASSERT_FALSE(seen.isEmpty());
    EXPECT_TRUE(seen.last().first.items.contains(7));
    EXPECT_EQ(seen.last().second, 1); // committed when the hook ran
}

TEST_F(WriterTest, AJobsErrorRollsBackThatJobOnlyAndIsNotAnnounced)
{
    auto good =
        writer->submit<qint64>([](QSqlDatabase &db) { return insert(db, QStringLiteral("kept"), 1); });
    auto bad = writer->submit<qint64>([](QSqlDatabase &db) {
        insert(db, QStringLiteral("undone"), 2);
        return WriteResult<qint64>(Error{QStringLiteral("conflict"), QStringLiteral("no"), {}});
    });
    EXPECT_TRUE(wait(good).ok());
    const auto refused = wait(bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("conflict"));
    EXPECT_EQ(rows(), 1);
    for (const auto &s : std::as_const(seen))
        EXPECT_FALSE(s.first.items.contains(2));
}

TEST_F(WriterTest, AThrowingJobIsAnInternalErrorOfItsOwnType)
{
    const auto r = wait(writer->submit<QString>(
        [](QSqlDatabase &) -> WriteResult<QString> { throw std::runtime_error("boom"); }));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("internal"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("boom")));
    EXPECT_TRUE(wait(writer->submit<qint64>([](QSqlDatabase &db) {
                    return insert(db, QStringLiteral("after"), 3);
                })).ok());
}

// The database may not grow any more: the next page it needs is refused, as on a full disk.
void fillUp(QSqlDatabase &db)
{
    QSqlQuery q(QStringLiteral("PRAGMA page_count"), db);
    q.next();
    QSqlQuery(QStringLiteral("PRAGMA max_page_count = %1").arg(q.value(0).toInt()), db);
}

WriteResult<qint64> insertLarge(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO notes(body) VALUES (?)"));
    q.addBindValue(QString(200000, u'x'));
    if (!q.exec())
        return sqlError(q.lastError());
    return WriteResult<qint64>(q.lastInsertId().toLongLong());
}

TEST_F(WriterTest, AFullDatabaseIsStorageFull)
{
    ASSERT_TRUE(wait(writer->submit<Done>([](QSqlDatabase &db) {
                    fillUp(db);
                    return WriteResult<Done>(Done{});
                })).ok());
    const auto r = wait(writer->submit<qint64>(insertLarge));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("storage_full")) << r.error().message.toStdString();
}

// SQLite rolls the whole transaction back on a full disk: the jobs before the failing one lost their
// work and must say so; the ones after it run again and commit, told the truth.
TEST_F(WriterTest, AWholeBatchRolledBackByTheDatabaseTellsEveryJobTheTruth)
{
    ASSERT_TRUE(wait(writer->submit<qint64>([](QSqlDatabase &db) {
                    return insert(db, QStringLiteral("seed"), 1);
                })).ok());
    std::atomic<bool> started{false};
    auto busy =
        writer->submit<Done>([&started](QSqlDatabase &db) { // holds the writer while the next three queue up
            fillUp(db);
            started = true;
            QThread::msleep(200);
            return WriteResult<Done>(Done{});
        });
    ASSERT_TRUE(waitUntil([&] { return started.load(); }, 5000));
    auto before =
        writer->submit<qint64>([](QSqlDatabase &db) { return insert(db, QStringLiteral("before"), 2); });
    auto large = writer->submit<qint64>(insertLarge);
    auto after =
        writer->submit<qint64>([](QSqlDatabase &db) { return insert(db, QStringLiteral("after"), 3); });
    EXPECT_TRUE(wait(busy).ok());
    const auto b = wait(before), l = wait(large), a = wait(after);
    ASSERT_FALSE(l.ok());
    EXPECT_EQ(l.error().code, QStringLiteral("storage_full"));
    ASSERT_FALSE(b.ok()); // rolled back with the batch
    EXPECT_EQ(b.error().code, QStringLiteral("storage_full"));
    ASSERT_TRUE(a.ok()) << a.error().message.toStdString(); // ran again, committed
    const auto bodies = wait(writer->submit<QStringList>([](QSqlDatabase &db) {
        QSqlQuery q(QStringLiteral("SELECT body FROM notes ORDER BY id"), db);
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return WriteResult<QStringList>(out);
    }));
    EXPECT_EQ(bodies.value(), (QStringList{QStringLiteral("seed"), QStringLiteral("after")}));
}

TEST_F(WriterTest, AStoppedWriterAnswersServiceStopping)
{
    writer->stop();
    const auto r =
        wait(writer->submit<qint64>([](QSqlDatabase &db) { return insert(db, QStringLiteral("late"), 1); }));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("service_stopping"));
}

} // namespace
