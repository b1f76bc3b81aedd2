// Issue 14.11: File ▸ Import and export, Ctrl+F to the tab's search, Help ▸ User guide shown
// inside the program with its pictures, and the language changed without a restart.
#include "support/guisupport.h"
#include "support/testsupport.h"

#include "dialogs/preferencesdialog.h"
#include "util/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>

using namespace dd;
using testsupport::whenDialogOpens;

TEST_CASE("Ctrl+F puts the cursor in the search box of the tab shown", "[gui][menus]")
{
    testsupport::WindowFixture f(QStringLiteral("find.sqlite"));
    auto *tabs = f.find<QTabWidget>("tabs");
    tabs->setCurrentIndex(MainWindow::QuestionsTab);
    QTest::keyClick(&f.window, Qt::Key_F, Qt::ControlModifier);
    QTest::qWait(10);
    CHECK(QApplication::focusWidget() == f.find<QLineEdit>("questionSearch"));
    tabs->setCurrentIndex(MainWindow::AttendeesTab);
    QTest::keyClick(&f.window, Qt::Key_F, Qt::ControlModifier);
    QTest::qWait(10);
    CHECK(QApplication::focusWidget() == f.find<QLineEdit>("attendeeSearch"));
    // The imports and exports are in the File menu too.
    for (const char *name : { "importAttendeesAction", "exportAttendeesAction",
                              "importQuestionsAction", "exportQuestionsAction" })
        CHECK(f.find<QAction>(name)->isEnabled());
}

TEST_CASE("Help > User guide shows the illustrated guide in the window's language", "[gui][menus]")
{
    testsupport::WindowFixture f(QStringLiteral("guide.sqlite"));
    f.find<QAction>("guideAction")->trigger();
    QTest::qWait(20);
    auto *browser = f.window.findChild<QTextBrowser *>(QStringLiteral("guideBrowser"));
    REQUIRE(browser);
    const QString text = browser->toPlainText();
    // The six tasks of the issue, in the English of the test run.
    for (const char *heading : { "Import a list of attendees", "Send invitations",
                                 "Collect questions", "Switch the plan", "Check in", "Print" })
        CHECK(text.contains(QLatin1String(heading)));
    // Its pictures are found in the resources.
    CHECK_FALSE(browser
                    ->loadResource(QTextDocument::ImageResource,
                                   QUrl(QStringLiteral("qrc:/guide/images/plans.png")))
                    .isNull());
    // Check-in is shown as the English window shows it, and both pictures are shipped.
    CHECK(browser->toHtml().contains(QStringLiteral("images/checkin-en.png")));
    for (const char *picture : { "checkin-en.png", "checkin-vi.png" })
        CHECK(QImage(QStringLiteral(":/guide/images/") + QLatin1String(picture)).size()
              == QSize(800, 450));
    browser->window()->close();
}

TEST_CASE("The language changes without a restart", "[gui][menus]")
{
    testsupport::WindowFixture f(QStringLiteral("language.sqlite"));
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("en")); // as the tests run
    whenDialogOpens(QStringLiteral("preferencesDialog"), [](QDialog *d) {
        auto *language = d->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("vi")));
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    QMenu *edit = f.window.menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"));
    REQUIRE(edit);
    for (QAction *a : edit->actions())
        if (a->text().contains(QStringLiteral("Preferences")))
            a->trigger();
    QTest::qWait(50);
    auto *tabs = f.find<QTabWidget>("tabs");
    CHECK(tabs->tabText(MainWindow::QuestionsTab) == QStringLiteral("Ý kiến"));
    CHECK(f.window.menuBar()->actions().first()->text() == QStringLiteral("&Tệp"));
    installLanguage(QStringLiteral("en"));
    QSettings().clear();
}
