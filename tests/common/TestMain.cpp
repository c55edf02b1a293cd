#include "tests/common/TestMain.h"

#include <gtest/gtest.h>

int runAllTests(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
