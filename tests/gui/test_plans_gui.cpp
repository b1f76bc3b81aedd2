// Issue 14.9: under the online plan the overview shows who follows online and the questions, not
// seat quotas; the switch dialog says what the switch changes before it is confirmed.
#include "support/guisupport.h"
#include "support/testsupport.h"

#include "edit/attendeeactions.h"
#include "edit/commands.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextDocumentFragment>

using namespace dd;
using testsupport::whenDialogOpens;

TEST_CASE("The plan switch lists what it changes, and the overview online shows viewers",
          "[gui][plans]")
{
    testsupport::WindowFixture f(QStringLiteral("switch.sqlite"));
    Session *s = f.session();
    // Three of the sample's five people invited to the hall, one of whom declined.
    QList<qint64> ids;
    for (const Attendee &a : s->attendees().list(s->eventId()))
        ids << a.id;
    REQUIRE(ids.size() == 5);
    REQUIRE(s->push(attendeeactions::markInvited(s, ids.mid(0, 3), QDate(2021, 8, 20))));
    REQUIRE(s->push(attendeeactions::setStatus(s, { ids.at(2) }, InvitationStatus::Declined,
                                               QDate(2021, 8, 22))));
    auto *seats = f.find<QGroupBox>("seatsBox");
    CHECK(seats->title() == QStringLiteral("Seats per unit (counted / quota)"));

    f.find<QTabWidget>("tabs")->setCurrentWidget(f.find<QWidget>("plansPage"));
    QString listed;
    whenDialogOpens(QStringLiteral("switchPlanDialog"), [&](QDialog *d) {
        listed = QTextDocumentFragment::fromHtml(
                     d->findChild<QLabel *>(QStringLiteral("switchConsequences"))->text())
                     .toPlainText();
        testsupport::typeText(d->findChild<QLineEdit *>(QStringLiteral("reasonEdit")),
                              QStringLiteral("Chỉ thị 15/CT-TTg"));
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    f.find<QPushButton>("switchPlanButton")->click();
    QTest::qWait(20);
    // Two still invited (the third declined), no letter numbered yet.
    CHECK(listed.contains(QStringLiteral("2 person(s) were already invited to the hall")));
    CHECK_FALSE(listed.contains(QStringLiteral("invitation letter")));
    CHECK(
        listed.contains(QStringLiteral("The seat quotas and the hall capacity no longer apply.")));
    CHECK(s->event()->activePlan == PlanKind::Online);
    CHECK(seats->title() == QStringLiteral("Viewers per unit online (joined / expected)"));
    f.undo()->trigger();
    CHECK(seats->title() == QStringLiteral("Seats per unit (counted / quota)"));
}
