// The client's session against a real server: sign-up, sign-in, the token kept between runs
// (owner-only file here; EMPORIUM_TOKEN_STORE=file), restore, sign-out, and a token the
// server stopped accepting being dropped cleanly.
#include "app/api/Session.h"
#include "app/api/ApiClient.h"
#include "app/api/TokenStore.h"
#include "tests/common/ApiRequests.h"
#include "tests/common/ServerProcess.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace emporium;
using namespace emporium::client;
using namespace emporium::test;

namespace {

class SessionTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        qputenv("EMPORIUM_TOKEN_STORE", "file");
        server = new ServerProcess;
        ASSERT_TRUE(server->start());
    }
    static void TearDownTestSuite()
    {
        delete server;
        server = nullptr;
    }
    void SetUp() override { api.setBaseUrl(server->url()); }

    static inline ServerProcess *server = nullptr;
    QTemporaryDir dir;
    ApiClient api;
};

TEST_F(SessionTest, TokenFileIsOwnerOnly)
{
    TokenStore store(dir.path());
    EXPECT_FALSE(store.usesKeychain());
    store.save(QStringLiteral("server-a"), QStringLiteral("emp_abc"));
    store.save(QStringLiteral("server-b"), QStringLiteral("emp_def"));
    struct stat st
    {
    };
    ASSERT_EQ(::stat(QFile::encodeName(store.filePath()).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    QString loaded;
    store.load(QStringLiteral("server-a"), [&](const QString &t) { loaded = t; });
    EXPECT_EQ(loaded, QStringLiteral("emp_abc"));
    store.remove(QStringLiteral("server-a"));
    store.load(QStringLiteral("server-a"), [&](const QString &t) { loaded = t; });
    EXPECT_TRUE(loaded.isEmpty());
    store.load(QStringLiteral("server-b"), [&](const QString &t) { loaded = t; });
    EXPECT_EQ(loaded, QStringLiteral("emp_def"));
}

TEST_F(SessionTest, SignUpThenRestoreAfterRestart)
{
    {
        TokenStore store(dir.path());
        Session session(api, store);
        session.setStorageKey(QStringLiteral("test"));
        SignUpForm form;
        form.email = QStringLiteral("restart@example.test");
        form.password = QStringLiteral("long enough");
        form.displayName = QStringLiteral("Restarter");
        form.role = protocol::Role::Seller;
        form.shopName = QStringLiteral("Restart Shop");
        session.signUp(form);
        ASSERT_TRUE(waitUntil([&] { return session.isSignedIn(); }));
        EXPECT_EQ(session.user().role, protocol::Role::Seller);
        EXPECT_EQ(session.user().shopName, QStringLiteral("Restart Shop"));
        EXPECT_FALSE(api.token().isEmpty());
    }
    // "restart": new objects, same token file
    ApiClient api2;
    api2.setBaseUrl(server->url());
    TokenStore store(dir.path());
    Session session(api2, store);
    session.setStorageKey(QStringLiteral("test"));
    session.restore();
    ASSERT_TRUE(waitUntil([&] { return session.isSignedIn(); }));
    EXPECT_EQ(session.user().email, QStringLiteral("restart@example.test"));
    EXPECT_EQ(session.user().role, protocol::Role::Seller);

    // another server's key has no token
    Session other(api2, store);
    other.setStorageKey(QStringLiteral("another server"));
    other.restore();
    ASSERT_TRUE(waitUntil([&] { return !other.isBusy(); }));
    EXPECT_FALSE(other.isSignedIn());
}

TEST_F(SessionTest, WrongPasswordFailsWithTheContractCode)
{
    TokenStore store(dir.path());
    Session session(api, store);
    QSignalSpy failed(&session, &Session::failed);
    session.signIn(QStringLiteral("buyer@demo.test"), QStringLiteral("not the password"));
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));
    EXPECT_EQ(failed.at(0).at(0).value<Error>().code, QStringLiteral("unauthenticated"));
    EXPECT_FALSE(session.isSignedIn());
}

TEST_F(SessionTest, SignOutRevokesOnTheServer)
{
    TokenStore store(dir.path());
    Session session(api, store);
    session.signIn(QStringLiteral("carol@demo.test"), QStringLiteral("demo1234"));
    ASSERT_TRUE(waitUntil([&] { return session.isSignedIn(); }));
    const QString token = api.token();
    session.signOut();
    EXPECT_FALSE(session.isSignedIn());
    EXPECT_TRUE(api.token().isEmpty());
    ASSERT_TRUE(
        waitUntil([&] { return httpGet(server->port(), "/api/v1/me", bearer(token)).status == 401; }));
    QString stored = QStringLiteral("x");
    store.load(QStringLiteral("default"), [&](const QString &t) { stored = t; });
    EXPECT_TRUE(stored.isEmpty());
}

TEST_F(SessionTest, TokenRefusedByTheServerIsDroppedCleanly)
{
    TokenStore store(dir.path());
    Session session(api, store);
    session.setStorageKey(QStringLiteral("revoked"));
    session.signIn(QStringLiteral("dave@demo.test"), QStringLiteral("demo1234"));
    ASSERT_TRUE(waitUntil([&] { return session.isSignedIn(); }));
    // the token is revoked behind the client's back (another window signed out)
    ASSERT_EQ(httpRequest(server->port(), "POST", "/api/v1/auth/logout", {}, bearer(api.token())).status,
              204);
    QSignalSpy expired(&session, &Session::expired);
    bool answered = false;
    api.me(&session, [&](Result<protocol::User>) { answered = true; });
    ASSERT_TRUE(waitUntil([&] { return answered; }));
    EXPECT_EQ(expired.count(), 1);
    EXPECT_FALSE(session.isSignedIn());
    EXPECT_TRUE(api.token().isEmpty());
    QString stored = QStringLiteral("x");
    store.load(QStringLiteral("revoked"), [&](const QString &t) { stored = t; });
    EXPECT_TRUE(stored.isEmpty());
}

} // namespace
