#pragma once
// A test suite whose tests share one real demo server, started once for the suite.
#include "tests/common/TestSupport.h"

#include <gtest/gtest.h>

namespace emporium::test {

template <typename Suite> class SharedServerTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        server = new TestServer;
        QString error;
        ASSERT_TRUE(server->start(&error)) << error.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete server;
        server = nullptr;
    }
    static quint16 port() { return server->port(); }

    static inline TestServer *server = nullptr;
};

} // namespace emporium::test
