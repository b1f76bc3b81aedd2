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
#include "util/language.h"

#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // --store=server: the [stores] cases on PostgreSQL (support/storesupport.h). They need
    // the cluster of scripts/test: without it they are skipped (ctest's SKIP_RETURN_CODE).
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--store=server") != 0)
            continue;
        if (qEnvironmentVariableIsEmpty("DD_TEST_SERVER_DIR"))
            return 4;
        qputenv("DD_TEST_STORE", "server");
        for (int j = i; j + 1 < argc; ++j)
            argv[j] = argv[j + 1];
        --argc;
        break;
    }
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("DialogueDeskTests"));
    TestApplication::setApplicationName(QStringLiteral("dialoguedesk-tests"));
    // Each test process keeps its settings to itself: ctest runs cases in parallel (and other
    // checkouts on the machine run theirs), and a case that clears the settings must not empty
    // another's mail servers or language between two of its steps.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    // Messages are checked in the source language (English); the Vietnamese translation is
    // checked for completeness by lrelease at build time. DD_TEST_LANG=vi shows the windows
    // in Vietnamese, for looking at the screenshots DD_SHOT_DIR asks for (some checks of
    // English text then fail, as they should); the translations are the app's, so this works
    // in the tests that link it (the window tests).
    if (const QString lang = qEnvironmentVariable("DD_TEST_LANG"); !lang.isEmpty())
        dd::installLanguage(lang);
    return Catch::Session().run(argc, argv);
}
