#pragma once
// A PostgreSQL database of its own for a test, on the private cluster that scripts/test.sh starts
// (EMPORIUM_TEST_DATABASE: its admin URL, e.g. postgresql://emporium@/postgres?host=/tmp/emporium-pg.x).
// Created empty when asked for, dropped when the object goes. Without a cluster the test is skipped,
// unless EMPORIUM_TEST_REQUIRE_POSTGRES=1 (README's test command), where a missing cluster fails it.
// It talks to the cluster through Qt's QPSQL driver alone, so the client suites (ServerProcess), which do
// not link the server, have one too.
#include <QString>
#include <QVariant>

namespace emporium::test {

class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    // "" when there is no cluster (then skip: GTEST_SKIP() << TestDatabase::why())
    QString url() const { return m_url; }
    static bool available();
    // The first column of the first row of `sql` on a sqlite:// or postgresql:// database, as an operator
    // would read it (invalid when there is none; a failure is reported to the test).
    static QVariant scalar(const QString &databaseUrl, const QString &sql);
    static bool required();
    static QString why();

private:
    QString m_name;
    QString m_url;
};

} // namespace emporium::test
