// emporium-server --migrate-from (MigrateFrom::run): a demo marketplace served on SQLite, with orders
// placed through the API, copied into a fresh PostgreSQL database: the same rows in every table, the
// same values (flags, timestamps, JSON), identities that continue after the copied ids, sale_days not
// counted twice; a second copy into the now non-empty database and a copy from an out-of-date SQLite
// file are refused; a server on the copy answers an item as the SQLite server did.
#include "server/storage/MigrateFrom.h"
#include "server/storage/Database.h"
#include "server/storage/Migrator.h"
#include "server/storage/SqlValues.h"
#include "tests/common/ApiRequests.h"
#include "tests/common/TestDatabase.h"
#include "tests/common/TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

using namespace emporium;
using namespace emporium::storage;
using namespace emporium::test;

namespace {

// A demo marketplace on SQLite with two orders of our own, served once and stopped.
struct Seeded
{
    TestServer server;
    qint64 itemId = 0;     // an item in stock, bought twice
    QByteArray itemJson;   // GET /api/v1/items/1 as the SQLite server answered it
    QByteArray boughtJson; // GET /api/v1/items/<itemId>
    QString error;
};

class MigrateFromTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_seeded = std::make_unique<Seeded>();
        Seeded &s = *s_seeded;
        if (!TestDatabase::available())
            return; // every test skips
        if (!s.server.start(&s.error))
            return;
        const QString buyer = login(s.server.port(), QStringLiteral("buyer@demo.test"));
        s.itemId =
            s.server
                .sql(QStringLiteral("SELECT MIN(id) FROM items WHERE stock >= 5 AND delisted = 0 AND id > 2"))
                .toLongLong();
        for (const QByteArray key : {QByteArrayLiteral("migrate-1"), QByteArrayLiteral("migrate-2")}) {
            const HttpReply r = placeOrder(s.server.port(), buyer, s.itemId, 1, key);
            if (r.status != 201)
                s.error = QStringLiteral("order %1: %2").arg(r.status).arg(QString::fromUtf8(r.body));
        }
        s.itemJson = httpGet(s.server.port(), "/api/v1/items/1").body;
        s.boughtJson = httpGet(s.server.port(), "/api/v1/items/" + QByteArray::number(s.itemId)).body;
        s.server.stop();
        s.server.sql(QStringLiteral("UPDATE items SET delisted = 1 WHERE id = 2 RETURNING id"));
    }
    static void TearDownTestSuite() { s_seeded.reset(); }

    void SetUp() override
    {
        if (database.url().isEmpty())
            GTEST_SKIP() << TestDatabase::why().toStdString();
        ASSERT_TRUE(s_seeded->error.isEmpty()) << s_seeded->error.toStdString();
        source =
            DatabaseConfig::fromUrl(QStringLiteral("sqlite://") + s_seeded->server.databasePath()).value();
        target = DatabaseConfig::fromUrl(database.url()).value();
    }
    void TearDown() override
    {
        for (const QString &name : std::as_const(opened))
            Database::close(name);
    }
    QSqlDatabase open(const QString &name, const DatabaseConfig &config)
    {
        auto db = Database::open(name, config);
        EXPECT_TRUE(db.ok()) << db.error().message.toStdString();
        opened << name;
        return db ? db.value() : QSqlDatabase();
    }
    static QVariant scalar(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString();
        return q.value(0);
    }
    MigrateFromReport migrate()
    {
        auto report = MigrateFrom::run(source, target);
        EXPECT_TRUE(report.ok()) << report.error().message.toStdString();
        return report ? report.value() : MigrateFromReport{};
    }

    static inline std::unique_ptr<Seeded> s_seeded;
    TestDatabase database;
    DatabaseConfig source, target;
    QStringList opened;
};

TEST_F(MigrateFromTest, CopiesEveryTableRowForRow)
{
    const MigrateFromReport report = migrate();
    ASSERT_EQ(report.tables.size(), MigrateFrom::tables().size());
    QSqlDatabase sqlite = open(QStringLiteral("check-sqlite"), source);
    QSqlDatabase pg = open(QStringLiteral("check-pg"), target);
    for (const auto &table : report.tables) {
        const QString count = QStringLiteral("SELECT COUNT(*) FROM ") + table.name;
        EXPECT_EQ(scalar(sqlite, count).toLongLong(), table.rows) << table.name.toStdString();
        EXPECT_EQ(scalar(pg, count).toLongLong(), table.rows) << table.name.toStdString();
    }
    EXPECT_GT(report.totalRows, 1000);
    for (const QString table : {QStringLiteral("users"), QStringLiteral("items"), QStringLiteral("orders"),
                                QStringLiteral("sale_events"), QStringLiteral("sale_days")})
        EXPECT_GT(scalar(pg, QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong(), 0)
            << table.toStdString();
    // sale_days copied as it was, not added to a second time by its trigger
    const QString days = QStringLiteral("SELECT SUM(amount_cents) FROM sale_days");
    EXPECT_EQ(scalar(pg, days).toLongLong(), scalar(sqlite, days).toLongLong());
    EXPECT_EQ(scalar(pg, days).toLongLong(),
              scalar(pg, QStringLiteral("SELECT SUM(amount_cents) FROM sale_events")).toLongLong());
    // the trigger is on again: a new sale counts
    EXPECT_EQ(scalar(pg, QStringLiteral("SELECT tgenabled FROM pg_trigger WHERE tgname = 'sale_events_day'"))
                  .toString(),
              QStringLiteral("O"));
}

TEST_F(MigrateFromTest, KeepsTheValues)
{
    migrate();
    QSqlDatabase sqlite = open(QStringLiteral("values-sqlite"), source);
    QSqlDatabase pg = open(QStringLiteral("values-pg"), target);
    const QString item = QStringLiteral("SELECT %1 FROM items WHERE id = %2");
    for (const QString column : {QStringLiteral("title"), QStringLiteral("price_cents"),
                                 QStringLiteral("stock"), QStringLiteral("sold_count")})
        EXPECT_EQ(scalar(pg, item.arg(column).arg(s_seeded->itemId)).toString(),
                  scalar(sqlite, item.arg(column).arg(s_seeded->itemId)).toString())
            << column.toStdString();
    EXPECT_EQ(scalar(pg, item.arg(QStringLiteral("delisted")).arg(s_seeded->itemId)).toBool(), false);
    // a flag that is set stays set (item 2 was delisted on SQLite)
    EXPECT_EQ(scalar(pg, QStringLiteral("SELECT delisted FROM items WHERE id = 2")).toBool(), true);
    const qint64 delisted =
        scalar(sqlite, QStringLiteral("SELECT COUNT(*) FROM items WHERE delisted = 1")).toLongLong();
    EXPECT_EQ(scalar(pg, QStringLiteral("SELECT COUNT(*) FROM items WHERE delisted")).toLongLong(), delisted);
    const QString role = QStringLiteral("SELECT role FROM users WHERE email = 'alice@demo.test'");
    EXPECT_EQ(scalar(pg, role).toString(), scalar(sqlite, role).toString());
    const QString order = QStringLiteral("SELECT %1 FROM orders WHERE id = (SELECT MAX(id) FROM orders)");
    EXPECT_EQ(scalar(pg, order.arg(QStringLiteral("total_cents"))).toLongLong(),
              scalar(sqlite, order.arg(QStringLiteral("total_cents"))).toLongLong());
    EXPECT_EQ(isoText(scalar(pg, order.arg(QStringLiteral("created_at")))),
              isoText(scalar(sqlite, order.arg(QStringLiteral("created_at")))));
    EXPECT_EQ(scalar(pg, order.arg(QStringLiteral("shipping_json->>'city'"))).toString(),
              QStringLiteral("Testville"));
}

TEST_F(MigrateFromTest, IdentitiesContinueAfterTheCopiedIds)
{
    migrate();
    QSqlDatabase sqlite = open(QStringLiteral("ids-sqlite"), source);
    QSqlDatabase pg = open(QStringLiteral("ids-pg"), target);
    const qint64 maxUser = scalar(sqlite, QStringLiteral("SELECT MAX(id) FROM users")).toLongLong();
    EXPECT_EQ(
        scalar(pg, QStringLiteral("INSERT INTO users(email, email_norm, password_hash, display_name, role, "
                                  "created_at) VALUES ('new@x.test', 'new@x.test', 'x', 'New', 'buyer', "
                                  "now()) RETURNING id"))
            .toLongLong(),
        maxUser + 1);
    const qint64 maxOrder = scalar(sqlite, QStringLiteral("SELECT MAX(id) FROM orders")).toLongLong();
    EXPECT_EQ(
        scalar(pg, QStringLiteral("SELECT nextval(pg_get_serial_sequence('orders', 'id'))")).toLongLong(),
        maxOrder + 1);
}

TEST_F(MigrateFromTest, RefusesADatabaseThatIsNotEmpty)
{
    migrate();
    auto again = MigrateFrom::run(source, target);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("not empty")))
        << again.error().message.toStdString();
    EXPECT_FALSE(again.error().message.contains(QStringLiteral("postgresql://")));
}

TEST_F(MigrateFromTest, RefusesAnOutOfDateSqliteFile)
{
    QTemporaryDir dir;
    DatabaseConfig old;
    old.path = dir.filePath(QStringLiteral("old.db"));
    {
        QSqlDatabase db = open(QStringLiteral("old-sqlite"), old);
        ASSERT_TRUE(Migrator(db).migrate(Migrator::latestVersion() - 1).ok());
    }
    Database::close(QStringLiteral("old-sqlite"));
    opened.removeAll(QStringLiteral("old-sqlite"));
    auto refused = MigrateFrom::run(old, target);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("start emporium-server on it once")))
        << refused.error().message.toStdString();
    // nothing was copied, and a missing file is not created
    auto missing = old;
    missing.path = dir.filePath(QStringLiteral("missing.db"));
    EXPECT_FALSE(MigrateFrom::run(missing, target).ok());
    EXPECT_FALSE(QFileInfo::exists(missing.path));
    EXPECT_TRUE(MigrateFrom::run(source, target).ok()); // the target stayed empty
}

TEST_F(MigrateFromTest, ARowPostgresqlRefusesRollsEverythingBack)
{
    QTemporaryDir dir;
    DatabaseConfig broken;
    broken.path = dir.filePath(QStringLiteral("broken.db"));
    for (const QString suffix : {QString(), QStringLiteral("-wal")}) {
        if (QFileInfo::exists(source.path + suffix))
            ASSERT_TRUE(QFile::copy(source.path + suffix, broken.path + suffix));
    }
    {
        QSqlDatabase db = open(QStringLiteral("broken-sqlite"), broken);
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE orders SET shipping_json = 'not json' WHERE id = 7")))
            << q.lastError().text().toStdString();
    }
    Database::close(QStringLiteral("broken-sqlite"));
    opened.removeAll(QStringLiteral("broken-sqlite"));
    auto refused = MigrateFrom::run(broken, target);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("copying orders failed")))
        << refused.error().message.toStdString();
    QSqlDatabase pg = open(QStringLiteral("broken-pg"), target);
    EXPECT_EQ(scalar(pg, QStringLiteral("SELECT COUNT(*) FROM users")).toLongLong(), 0);
    EXPECT_EQ(scalar(pg, QStringLiteral("SELECT tgenabled FROM pg_trigger WHERE tgname = 'sale_events_day'"))
                  .toString(),
              QStringLiteral("O"));
    EXPECT_TRUE(MigrateFrom::run(source, target).ok()); // and a good copy goes in afterwards
}

TEST_F(MigrateFromTest, AServerOnTheCopyAnswersAsTheSqliteOneDid)
{
    migrate();
    ServerConfig c;
    c.databaseUrl = database.url();
    c.dataDir = s_seeded->server.dataDir(); // the pictures
    c.address = QHostAddress::LocalHost;
    c.port = 0;
    c.demo = false;
    c.threads = 2;
    Server server(c);
    auto started = server.start();
    ASSERT_TRUE(started.ok()) << started.error().message.toStdString();
    const HttpReply first = httpGet(server.port(), "/api/v1/items/1");
    const HttpReply bought = httpGet(server.port(), "/api/v1/items/" + QByteArray::number(s_seeded->itemId));
    server.stop();
    ASSERT_EQ(first.status, 200) << first.body.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(first.body), QJsonDocument::fromJson(s_seeded->itemJson))
        << first.body.toStdString() << "\n"
        << s_seeded->itemJson.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(bought.body), QJsonDocument::fromJson(s_seeded->boughtJson))
        << bought.body.toStdString() << "\n"
        << s_seeded->boughtJson.toStdString();
}

} // namespace
