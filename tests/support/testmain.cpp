#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef DD_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

#include "support/testsupport.h"

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("DialogueDeskTests"));
    TestApplication::setApplicationName(QStringLiteral("dialoguedesk-tests"));
    // Messages are checked in the source language (English); the Vietnamese translation is
    // checked for completeness by lrelease at build time.
    return Catch::Session().run(argc, argv);
}
