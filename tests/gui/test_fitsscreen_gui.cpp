// Issue 14.5: the window fits a 1024×600 laptop screen on every tab, in both languages. A
// label that does not wrap, or a row of buttons that does not, makes the window's minimum
// width larger than the screen, and the window manager then cuts its right side off.
#include "support/guisupport.h"
#include "util/language.h"

#include <QTabWidget>

using namespace dd;

TEST_CASE("The window fits a 1024x600 screen on every tab, in Vietnamese and English", "[gui]")
{
    for (const QString &language : { QStringLiteral("vi"), QStringLiteral("en") }) {
        installLanguage(language);
        testsupport::WindowFixture f(QStringLiteral("fits-%1.sqlite").arg(language));
        auto *tabs = f.find<QTabWidget>("tabs");
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(5);
            INFO(language.toStdString() << " / " << tabs->tabText(i).toStdString());
            CHECK(f.window.minimumSizeHint().width() <= 1024);
            CHECK(f.window.minimumSizeHint().height() <= 600);
        }
    }
    installLanguage(defaultLanguage());
}
