// Migrations on an empty database, on an older one holding data, and refusal of a newer one.
#include "server/storage/Database.h"
#include "server/storage/Migrator.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace emporium;
using namespace emporium::storage;

namespace {

class MigrationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        config.path = dir.filePath(QStringLiteral("m.db"));
        auto opened = Database::open(QStringLiteral("migration-test"), config);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        db = opened.value();
    }
    void TearDown() override
    {
        db = QSqlDatabase();
        Database::close(QStringLiteral("migration-test"));
    }
    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    QTemporaryDir dir;
    DatabaseConfig config;
    QSqlDatabase db;
};

TEST_F(MigrationTest, EmptyDatabaseReachesLatest)
{
    Migrator m(db);
    auto r = m.migrate();
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r.value(), Migrator::latestVersion());
    EXPECT_GE(Migrator::latestVersion(), 2);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")), Migrator::latestVersion());
    EXPECT_EQ(scalar(QStringLiteral(
                  "SELECT COUNT(*) FROM sqlite_master WHERE type='index' AND name='items_category_sold'")),
              1);
    EXPECT_EQ(scalar(QStringLiteral("PRAGMA foreign_keys")), 1);
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    // running again changes nothing
    EXPECT_EQ(Migrator(db).migrate().value(), Migrator::latestVersion());
}

TEST_F(MigrationTest, OlderDatabaseKeepsItsData)
{
    ASSERT_TRUE(Migrator(db).migrate(1).ok());
    QSqlQuery q(db);
    // fixture: what a version-1 database holds
    ASSERT_TRUE(q.exec(QStringLiteral(
        "INSERT INTO users(id, email, email_norm, password_hash, display_name, role, created_at) "
        "VALUES (1, 'S@x.test', 's@x.test', 'h', 'S', 'seller', '2026-01-01T00:00:00Z')")));
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO shops(id, owner_id, name, name_norm, created_at) VALUES "
                                      "(1, 1, 'Shop', 'shop', '2026-01-01T00:00:00Z')")));
    ASSERT_TRUE(
        q.exec(QStringLiteral("INSERT INTO categories(id, name, slug) VALUES (1, 'Books', 'books')")));
    ASSERT_TRUE(q.exec(
        QStringLiteral("INSERT INTO items(id, shop_id, category_id, title, price_cents, stock, created_at) "
                       "VALUES (1, 1, 1, 'Old book', 1234, 3, '2026-01-01T00:00:00Z')")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT MAX(version) FROM schema_version")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name='items_category_sold'")),
              0);

    auto r = Migrator(db).migrate();
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r.value(), Migrator::latestVersion());
    EXPECT_EQ(scalar(QStringLiteral("SELECT price_cents FROM items WHERE title = 'Old book'")), 1234);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name='items_category_sold'")),
              1);
}

TEST_F(MigrationTest, NewerDatabaseIsRefused)
{
    ASSERT_TRUE(Migrator(db).migrate().ok());
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO schema_version(version, applied_at) VALUES (999, 'x')")));
    auto r = Migrator(db).migrate();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("schema_too_new"));
    EXPECT_TRUE(r.error().message.contains(u"999"));
}

TEST(MigratorSplit, KeepsTriggersWhole)
{
    const QStringList s =
        Migrator::splitStatements(QStringLiteral("-- comment\nCREATE TABLE a (x INTEGER);\nCREATE TRIGGER t "
                                                 "AFTER INSERT ON a BEGIN\n  UPDATE a SET x = 1;\n"
                                                 "  UPDATE a SET x = 2;\nEND;\nCREATE INDEX i ON a(x);\n"));
    ASSERT_EQ(s.size(), 3);
    EXPECT_TRUE(s[1].startsWith(u"CREATE TRIGGER"));
    EXPECT_TRUE(s[1].endsWith(u"END;"));
}

TEST(DatabaseUrl, Parsing)
{
    EXPECT_EQ(DatabaseConfig::fromUrl(QStringLiteral("sqlite:///var/lib/e.db")).value().path,
              QStringLiteral("/var/lib/e.db"));
    EXPECT_EQ(DatabaseConfig::fromUrl(QStringLiteral("sqlite:rel.db")).value().path,
              QStringLiteral("rel.db"));
    EXPECT_FALSE(DatabaseConfig::fromUrl(QStringLiteral("mysql://x")).ok());

    // PostgreSQL: user, host, port and database; a socket folder as ?host=; libpq's parameters passed on
    auto pg = DatabaseConfig::fromUrl(QStringLiteral("postgresql://shop@db.example.com:6432/emporium"));
    ASSERT_TRUE(pg.ok()) << pg.error().message.toStdString();
    EXPECT_EQ(pg->backend, Backend::PostgreSQL);
    EXPECT_EQ(pg->user, QStringLiteral("shop"));
    EXPECT_EQ(pg->host, QStringLiteral("db.example.com"));
    EXPECT_EQ(pg->port, 6432);
    EXPECT_EQ(pg->name, QStringLiteral("emporium"));
    EXPECT_EQ(pg->describe(), QStringLiteral("postgresql shop@db.example.com:6432/emporium"));
    pg = DatabaseConfig::fromUrl(
        QStringLiteral("postgres://shop@/emporium?host=/run/postgresql&sslmode=disable"));
    ASSERT_TRUE(pg.ok()) << pg.error().message.toStdString();
    EXPECT_EQ(pg->host, QStringLiteral("/run/postgresql"));
    EXPECT_EQ(pg->port, 0);
    EXPECT_EQ(pg->options, QStringLiteral("sslmode='disable'"));
    // no database, a password in the URL (it would show in `ps` and logs), a parameter libpq would misread
    EXPECT_FALSE(DatabaseConfig::fromUrl(QStringLiteral("postgresql://shop@db.example.com")).ok());
    const auto password = DatabaseConfig::fromUrl(QStringLiteral("postgresql://shop:secret@db/emporium"));
    ASSERT_FALSE(password.ok());
    EXPECT_TRUE(password.error().message.contains(u"EMPORIUM_DATABASE_PASSWORD"));
    EXPECT_FALSE(password.error().message.contains(u"secret"));
    EXPECT_FALSE(
        DatabaseConfig::fromUrl(QStringLiteral("postgresql://shop@db/emporium?password=secret")).ok());
    EXPECT_FALSE(DatabaseConfig::fromUrl(QStringLiteral("postgresql://shop@db/emporium?sslmode=a'b")).ok());
}

} // namespace
