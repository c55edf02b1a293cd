// main() for tests without widgets.
#include "tests/common/TestMain.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return runAllTests(argc, argv);
}
