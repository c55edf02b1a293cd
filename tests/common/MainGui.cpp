// main() for widget tests (run with QT_QPA_PLATFORM=offscreen).
#include "tests/common/TestMain.h"

#include <QApplication>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return runAllTests(argc, argv);
}
