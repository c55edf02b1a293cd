#include "tests/common/TestDatabase.h"

#include <QSqlDatabase>
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

// The cluster's admin connection, straight through Qt's QPSQL driver (so that the client suites, which do
// not link the server, can have a database too): postgresql://user@host:port/dbname?host=/socket/dir&...
bool openUrl(const QString &connection, const QString &urlText, QString *error)
{
    const QUrl url(urlText, QUrl::StrictMode);
    if (url.scheme() == u"sqlite") {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(url.path());
        if (!db.open())
            *error = db.lastError().text();
        return db.isOpen();
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = QStringLiteral("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)");
        return false;
    }
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres")) {
        *error = QStringLiteral("not a sqlite:// or postgresql:// URL: %1").arg(urlText);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    db.setDatabaseName(url.path().mid(1));
    db.setUserName(url.userName());
    if (const QString password = qEnvironmentVariable("EMPORIUM_DATABASE_PASSWORD"); !password.isEmpty())
        db.setPassword(password); // as the server takes it (else libpq's own: PGPASSWORD, ~/.pgpass)
    QStringList options{QStringLiteral("connect_timeout=10")};
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == u"host")
            db.setHostName(value);
        else
            options << QStringLiteral("%1='%2'").arg(key, value);
    }
    db.setConnectOptions(options.join(u' '));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

// Runs one statement on the cluster's admin database (CREATE/DROP DATABASE cannot run in a transaction).
bool onCluster(const QString &statement)
{
    const QString connection = QStringLiteral("emporium-test-admin-%1").arg(QUuid::createUuid().toString());
    bool ok = false;
    {
        QString error;
        if (!openUrl(connection, adminUrl(), &error)) {
            ADD_FAILURE() << "cannot reach the test cluster: " << error.toStdString();
        } else {
            QSqlQuery q(QSqlDatabase::database(connection, false));
            ok = q.exec(statement);
            if (!ok)
                ADD_FAILURE() << statement.toStdString() << ": " << q.lastError().text().toStdString();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace

QVariant TestDatabase::scalar(const QString &databaseUrl, const QString &sql)
{
    const QString connection = QStringLiteral("emporium-test-scalar-%1").arg(QUuid::createUuid().toString());
    QVariant value;
    {
        QString error;
        if (!openUrl(connection, databaseUrl, &error)) {
            ADD_FAILURE() << "cannot open " << databaseUrl.toStdString() << ": " << error.toStdString();
        } else {
            QSqlQuery q(QSqlDatabase::database(connection, false));
            if (!q.exec(sql))
                ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString();
            else if (q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

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
