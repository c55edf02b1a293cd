#pragma once
// A client suite whose tests share one real demo server, started once for the suite as a child
// process (ServerProcess): the suite does not link the server.
#include "tests/common/ServerProcess.h"
#include "tests/common/SharedServer.h"

namespace emporium::test {

template <typename Suite> using SharedServerProcessTest = SharedServer<Suite, ServerProcess>;

} // namespace emporium::test
