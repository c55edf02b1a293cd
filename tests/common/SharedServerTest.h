#pragma once
// A server suite whose tests share one real demo server, started in-process once for the suite.
#include "tests/common/SharedServer.h"
#include "tests/common/TestSupport.h"

namespace emporium::test {

template <typename Suite> using SharedServerTest = SharedServer<Suite, TestServer>;

} // namespace emporium::test
