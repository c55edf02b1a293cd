#pragma once
// For the server suites: the JSON request helpers (ApiRequests.h) with the in-process test server
// (TestSupport.h). Client suites include ApiRequests.h and ServerProcess.h, which do not link the server.
#include "tests/common/ApiRequests.h"
#include "tests/common/TestSupport.h"
