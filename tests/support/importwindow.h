#pragma once

// The main window on a new file holding the sample event, on the Đại biểu tab, and the import
// dialog opened on a fixture with its preview ready: what every import test in the window
// starts from.
#include "support/testsupport.h"

#include "dialogs/importdialog.h"
#include "mainwindow.h"
#include "pages/attendeespage.h"

#include <QCoreApplication>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace testsupport {

// Opens the attendee import dialog of `window` on `path` and waits for its preview.
inline dd::ImportDialog *openImportDialog(dd::MainWindow &window, const QString &path)
{
    auto *page = window.findChild<dd::AttendeesPage *>(QStringLiteral("attendeesPage"));
    REQUIRE(page);
    page->importFile(path);
    // The dialog just opened (one closed before may not be deleted yet).
    dd::ImportDialog *dialog = nullptr;
    for (dd::ImportDialog *d :
         window.findChildren<dd::ImportDialog *>(QStringLiteral("importDialog")))
        if (d->isVisible())
            dialog = d;
    REQUIRE(dialog);
    QSignalSpy ready(dialog, &dd::ImportDialog::previewReady);
    REQUIRE((ready.count() > 0 || ready.wait(20000)));
    // A first preview may be followed by one for the guessed sending unit.
    while (dialog->isBusy())
        REQUIRE(ready.wait(20000));
    return dialog;
}

struct ImportWindow
{
    QTemporaryDir dir;
    dd::MainWindow window;
    ImportWindow()
    {
        QSettings().clear();
        REQUIRE(window.openFile(dir.filePath(QStringLiteral("import.sqlite"))));
        window.resize(1366, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        // A new file opens on the welcome page: the import goes into the sample event.
        window.findChild<QPushButton *>(QStringLiteral("sampleButton"))->click();
        QTest::qWait(0);
        QCoreApplication::processEvents();
        window.showTab(dd::MainWindow::AttendeesTab);
    }

    // Opens the dialog on a fixture (its path under tests/fixtures) and waits for its preview.
    dd::ImportDialog *openFixture(const QString &relativePath)
    {
        return openImportDialog(window, fixture(relativePath));
    }

    int tableRows()
    {
        return window.findChild<QTableView *>(QStringLiteral("attendeeTable"))->model()->rowCount();
    }
};

} // namespace testsupport
