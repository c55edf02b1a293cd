#pragma once
// A suite whose tests share one real demo server, started once for the suite: `Server` is the
// server suites' in-process TestServer (SharedServerTest.h) or the client suites' child process,
// ServerProcess (SharedServerProcessTest.h). Suite keeps one server per suite.
#include <QString>
#include <gtest/gtest.h>

namespace emporium::test {

template <typename Suite, typename Server> class SharedServer : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        server = new Server;
        QString error;
        ASSERT_TRUE(server->start(&error)) << error.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete server;
        server = nullptr;
    }
    static quint16 port() { return server->port(); }

    static inline Server *server = nullptr;
};

} // namespace emporium::test
