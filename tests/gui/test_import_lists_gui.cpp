// Issue 12, lists nobody had tried, imported through the window's import dialog by objectName:
// the sender proposed from the file's name or its "Đơn vị:" line, two phones in one cell, a
// workbook with a list on each sheet. The stored people are compared, field by field, with the
// tables written by hand in support/handwrittenlists.h.
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

namespace {

struct Window : testsupport::ImportWindow
{
    QList<qint64> before; // the sample event's people
    Window()
    {
        for (const Attendee &a : people())
            before << a.id;
    }
    QList<Attendee> people()
    {
        return window.session()->attendees().list(window.session()->eventId());
    }
    ImportDialog *open(const QString &file) { return openFixture(QStringLiteral("lists/") + file); }
    static void importNow(ImportDialog *dialog, int expected)
    {
        auto *button = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
        REQUIRE(button->isEnabled());
        CHECK(button->text().contains(QString::number(expected)));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
    }

    // The people added since the window opened are exactly `expected`, field by field.
    template<std::size_t N>
    void check(const Person (&expected)[N])
    {
        QList<Attendee> added;
        for (const Attendee &a : people())
            if (!before.contains(a.id))
                added << a;
        CHECK(added.size() == qsizetype(N));
        Session *s = window.session();
        for (const Person &p : expected) {
            INFO(p.family << ' ' << p.middle << ' ' << p.given);
            int found = 0;
            for (const Attendee &a : std::as_const(added)) {
                if (a.givenName != QString::fromUtf8(p.given)
                    || a.familyName != QString::fromUtf8(p.family))
                    continue;
                ++found;
                CHECK(a.middleName == QString::fromUtf8(p.middle));
                CHECK(genderKey(a.gender) == QString::fromUtf8(p.gender));
                CHECK((a.birthYear ? QString::number(a.birthYear) : QString())
                      == QString::fromUtf8(p.year));
                CHECK(a.position == QString::fromUtf8(p.position));
                const auto unit = s->units().findByName(QString::fromUtf8(p.unit));
                REQUIRE(unit);
                CHECK(a.unitId == unit->id);
                CHECK(a.workplace == QString::fromUtf8(p.workplace));
                CHECK(a.phone == QString::fromUtf8(p.phone));
                CHECK(a.email == QString::fromUtf8(p.email));
                CHECK(a.role == AttendeeRole::Delegate);
                CHECK(a.note == QString::fromUtf8(p.note));
                CHECK(a.reserve == p.reserve);
            }
            CHECK(found == 1);
        }
    }
};

} // namespace

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
