#include "tests/common/TestDatabase.h"

#include "server/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <gtest/gtest.h>

namespace emporium::test {
namespace {

QString adminUrl()
{
    return qEnvironmentVariable("EMPORIUM_TEST_DATABASE");
}

// Runs one statement on the cluster's admin database (CREATE/DROP DATABASE cannot run in a transaction).
bool onCluster(const QString &statement)
{
    const QString connection = QStringLiteral("emporium-test-admin-%1").arg(QUuid::createUuid().toString());
    bool ok = false;
    {
        auto config = storage::DatabaseConfig::fromUrl(adminUrl());
        auto db = config ? storage::Database::open(connection, config.value())
                         : Result<QSqlDatabase>(config.error());
        if (!db) {
            ADD_FAILURE() << "cannot reach the test cluster: " << db.error().message.toStdString();
        } else {
            QSqlQuery q(db.value());
            ok = q.exec(statement);
            if (!ok)
                ADD_FAILURE() << statement.toStdString() << ": " << q.lastError().text().toStdString();
        }
    }
    storage::Database::close(connection);
    return ok;
}

} // namespace

bool TestDatabase::available()
{
    return !adminUrl().isEmpty();
}

bool TestDatabase::required()
{
    return qEnvironmentVariable("EMPORIUM_TEST_REQUIRE_POSTGRES") == u"1";
}

QString TestDatabase::why()
{
    return QStringLiteral(
        "no PostgreSQL cluster: EMPORIUM_TEST_DATABASE is not set (scripts/test.sh starts one)");
}

TestDatabase::TestDatabase()
{
    if (!available()) {
        if (required())
            ADD_FAILURE() << why().toStdString();
        return;
    }
    m_name = QStringLiteral("emporium_t_") + QUuid::createUuid().toString(QUuid::Id128);
    if (!onCluster(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'")
                       .arg(m_name)))
        return;
    QUrl url(adminUrl());
    url.setPath(u'/' + m_name);
    m_url = url.toString();
}

TestDatabase::~TestDatabase()
{
    if (!m_url.isEmpty())
        onCluster(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_name));
}

} // namespace emporium::test
