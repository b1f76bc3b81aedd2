// Small window defects the window tester left (branch polish2): the preferences dialog's Tab
// order.
#include "support/guisupport.h"
#include "support/testsupport.h"

#include "dialogs/preferencesdialog.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QTabWidget>

using namespace dd;

namespace {

// What Tab reaches, in order, from the dialog itself round to it again: each widget by its
// objectName, a button by its text.
QStringList tabStops(QWidget *dialog)
{
    QStringList stops;
    QWidget *w = dialog->nextInFocusChain();
    for (int i = 0; i < 1000 && w != dialog; ++i, w = w->nextInFocusChain()) {
        // A widget that hands its focus to another (the QTabWidget to its tab bar) is no stop.
        if (!w->isVisibleTo(dialog) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus)
            || w->focusProxy())
            continue;
        auto *button = qobject_cast<QAbstractButton *>(w);
        stops << (button ? button->text() : w->objectName());
    }
    return stops;
}

} // namespace

TEST_CASE("Tab goes down the preferences from their tab bar to the buttons", "[gui]")
{
    testsupport::WindowFixture f(QStringLiteral("preferencestabs.sqlite"));
    PreferencesDialog dialog(&f.window);
    dialog.show();
    QCoreApplication::processEvents();
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("preferencesTabs"));
    REQUIRE(tabs);
    REQUIRE(tabs->currentIndex() == 0);
    // Top to bottom: the tab bar (General, E-mail), the two fields of the first tab, then
    // Save and Cancel.
    CHECK(tabStops(&dialog)
          == QStringList { QStringLiteral("qt_tabwidget_tabbar"), QStringLiteral("languageCombo"),
                           QStringLiteral("deskNameEdit"), QStringLiteral("Save"),
                           QStringLiteral("Cancel") });
}
