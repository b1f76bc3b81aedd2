// Issue 12, lists nobody had tried, imported through the window's import dialog by objectName:
// the sender proposed from the file's name or its "Đơn vị:" line, two phones in one cell, a
// workbook with a list on each sheet. The stored people are compared, field by field, with the
// tables written by hand in support/handwrittenlists.h.
#include "support/guipeople.h"
#include "support/guisupport.h"
#include "support/handwrittenlists.h"
#include "support/importwindow.h"
#include "support/testsupport.h"

#include "dialogs/importdialog.h"
#include "mainwindow.h"
#include "models/importpreviewmodel.h"
#include "pages/attendeespage.h"
#include "session/session.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
using namespace handwritten;

using Window = testsupport::lists::Window;

TEST_CASE("lists in the window: the sender from the file's name, names in capitals, phones "
          "typed as numbers",
          "[gui][import][lists]")
{
    Window w;
    ImportDialog *dialog = w.open(QStringLiteral("DS_HuyenDoan_TrangBang.xlsx"));
    auto *sender = dialog->findChild<QComboBox *>(QStringLiteral("importUnitCombo"));
    CHECK(sender->currentText() == QString::fromUtf8(kTb));
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("senderNote"));
    CHECK(note->isVisibleTo(dialog));
    CHECK(note->text().contains(QStringLiteral("DS_HuyenDoan_TrangBang.xlsx")));
    ImportPreviewModel *model = dialog->previewModel();
    REQUIRE(model->rowCount() == 3);
    CHECK(model->index(0, ImportPreviewModel::NameColumn).data().toString()
          == QStringLiteral("Nguyễn Hoàng Phúc"));
    testsupport::shoot(dialog, QStringLiteral("lists-trangbang"));
    Window::importNow(dialog, 3);
    w.check(kTrangBang);
}

TEST_CASE("lists in the window: the sender from an \"Đơn vị:\" line, dates of birth, empty rows, "
          "two phones in one cell",
          "[gui][import][lists]")
{
    Window w;
    ImportDialog *dialog = w.open(QStringLiteral("ct_dates.xlsx"));
    CHECK(dialog->findChild<QComboBox *>(QStringLiteral("importUnitCombo"))->currentText()
          == QString::fromUtf8(kCt));
    REQUIRE(dialog->previewModel()->rowCount() == 4);
    Window::importNow(dialog, 4);
    w.check(kChauThanh);
}

TEST_CASE("lists in the window: a list on each sheet, said so, each sheet under its own union",
          "[gui][import][lists]")
{
    Window w;
    ImportDialog *dialog = w.open(QStringLiteral("two_sheets.xlsx"));
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("senderNote"));
    CHECK(note->text().contains(QStringLiteral("2 lists, one per sheet")));
    CHECK(dialog->findChild<QComboBox *>(QStringLiteral("importUnitCombo"))->currentText()
          == QString::fromUtf8(kTbien));
    Window::importNow(dialog, 2);

    dialog = w.open(QStringLiteral("two_sheets.xlsx"));
    auto *sheet = dialog->findChild<QComboBox *>(QStringLiteral("sheetCombo"));
    REQUIRE(sheet->isEnabled());
    QSignalSpy ready(dialog, &ImportDialog::previewReady);
    sheet->setCurrentIndex(sheet->findText(QStringLiteral("Châu Thành")));
    while (ready.isEmpty() || dialog->isBusy())
        REQUIRE(ready.wait(20000));
    CHECK(dialog->findChild<QComboBox *>(QStringLiteral("importUnitCombo"))->currentText()
          == QString::fromUtf8(kCt));
    Window::importNow(dialog, 2);
    w.check(kTwoSheets);

    // The unit filter of the Đại biểu tab shows each union's two people.
    auto *unitFilter = w.window.findChild<QComboBox *>(QStringLiteral("unitFilter"));
    auto *table = w.window.findChild<QTableView *>(QStringLiteral("attendeeTable"));
    for (const char *unit : { kTbien, kCt }) {
        INFO(unit);
        unitFilter->setCurrentIndex(unitFilter->findData(
            w.window.session()->units().findByName(QString::fromUtf8(unit))->id));
        CHECK(table->model()->rowCount() == 2);
    }
    testsupport::shoot(&w.window, QStringLiteral("lists-unitfilter"));
}
