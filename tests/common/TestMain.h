#pragma once
// Shared test main: creates the Qt application object, then runs GoogleTest.
int runAllTests(int argc, char **argv);
