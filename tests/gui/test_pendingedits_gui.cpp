// Issue 14.1: nothing typed is lost. A field of the Plans tab is applied as an undo step when
// it is left; the time field takes what clerks type; closing the window or choosing another
// event with a field still being typed in asks "Save / Discard / Cancel".
#include "support/guisupport.h"
#include "support/testsupport.h"

#include "widgets/clocktimeedit.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>

using namespace dd;
using testsupport::typeText;
using testsupport::whenDialogOpens;

namespace {

QTime inPersonStart(Session *s)
{
    return s->events().plan(s->eventId(), PlanKind::InPerson)->startTime;
}

// Replaces the text of a field as a user does: select all, type.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    if (!text.isEmpty())
        typeText(edit, text);
}

} // namespace

TEST_CASE("Plans: a start time typed as 8g30 is applied when the field is left, and undone",
          "[gui][pending]")
{
    testsupport::WindowFixture f(QStringLiteral("plans.sqlite"));
    Session *s = f.session();
    f.find<QTabWidget>("tabs")->setCurrentWidget(f.find<QWidget>("plansPage"));
    auto *start = f.find<ClockTimeEdit>("inPersonStartTime");
    auto *venue = f.find<QLineEdit>("inPersonVenue");
    const QTime before = inPersonStart(s);
    const int steps = s->undoStack()->count();

    retype(start, QStringLiteral("8g30"));
    CHECK(inPersonStart(s) == before); // not yet: the field is still being typed in
    venue->setFocus(); // left
    QTest::qWait(10);
    CHECK(inPersonStart(s) == QTime(8, 30));
    CHECK(start->text() == QStringLiteral("08:30"));
    CHECK(s->undoStack()->count() == steps + 1);

    // A refused value stays as typed, says why, and changes nothing.
    retype(start, QStringLiteral("25h"));
    venue->setFocus();
    QTest::qWait(10);
    CHECK(start->text() == QStringLiteral("25h"));
    CHECK_FALSE(start->problem().isEmpty());
    CHECK(inPersonStart(s) == QTime(8, 30));
    CHECK(s->undoStack()->count() == steps + 1);

    // Emptied: no start time ("not set" is the placeholder, never part of the text).
    retype(start, QString());
    venue->setFocus();
    QTest::qWait(10);
    CHECK(start->problem().isEmpty());
    CHECK_FALSE(inPersonStart(s).isValid());
    CHECK(start->text().isEmpty());
    CHECK_FALSE(start->placeholderText().isEmpty());

    f.undo()->trigger();
    CHECK(inPersonStart(s) == QTime(8, 30));
    CHECK(start->text() == QStringLiteral("08:30"));
    f.undo()->trigger();
    CHECK(inPersonStart(s) == before);
}

TEST_CASE("Closing with a field still being typed in asks Save, Discard or Cancel",
          "[gui][pending]")
{
    testsupport::WindowFixture f(QStringLiteral("pending.sqlite"));
    Session *s = f.session();
    f.find<QTabWidget>("tabs")->setCurrentWidget(f.find<QWidget>("plansPage"));
    auto *venue = f.find<QLineEdit>("inPersonVenue");
    const QString stored = s->events().plan(s->eventId(), PlanKind::InPerson)->venue;
    retype(venue, QStringLiteral("Hội trường Tỉnh đoàn"));
    typeText(venue, QStringLiteral(" Tây Ninh"));

    // Cancel: the window stays, with what was typed.
    bool asked = false;
    whenDialogOpens(QStringLiteral("pendingEditsBox"), [&](QDialog *box) {
        asked = true;
        box->findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
    });
    CHECK_FALSE(f.window.close());
    CHECK(asked);
    CHECK(f.window.isVisible());
    CHECK(venue->text() == QStringLiteral("Hội trường Tỉnh đoàn Tây Ninh"));
    CHECK(s->events().plan(s->eventId(), PlanKind::InPerson)->venue == stored);

    // Save: applied as one undo step, then the window closes.
    asked = false;
    const int steps = s->undoStack()->count();
    whenDialogOpens(QStringLiteral("pendingEditsBox"), [&](QDialog *box) {
        asked = true;
        box->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    });
    CHECK(f.window.close());
    CHECK(asked);
    CHECK(s->events().plan(s->eventId(), PlanKind::InPerson)->venue
          == QStringLiteral("Hội trường Tỉnh đoàn Tây Ninh"));
    CHECK(s->undoStack()->count() == steps + 1);
}

TEST_CASE("Discard drops a typed start time and shows the stored one again", "[gui][pending]")
{
    testsupport::WindowFixture f(QStringLiteral("discard.sqlite"));
    Session *s = f.session();
    f.find<QTabWidget>("tabs")->setCurrentWidget(f.find<QWidget>("plansPage"));
    auto *start = f.find<ClockTimeEdit>("onlineStartTime");
    const QTime stored = s->events().plan(s->eventId(), PlanKind::Online)->startTime;
    retype(start, QStringLiteral("9"));
    const int steps = s->undoStack()->count();
    whenDialogOpens(QStringLiteral("pendingEditsBox"), [](QDialog *box) {
        box->findChild<QPushButton *>(QStringLiteral("discardButton"))->click();
    });
    CHECK(f.window.close());
    CHECK(s->undoStack()->count() == steps);
    CHECK(s->events().plan(s->eventId(), PlanKind::Online)->startTime == stored);
    CHECK(start->time() == stored);
}
