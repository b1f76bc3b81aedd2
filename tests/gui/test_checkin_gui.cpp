// Check-in on the day, as the person at the door does it: a few letters without accents,
// Enter; a wrong check-in undone with Ctrl+Z; a walk-in added with Ctrl+Enter.
#include "support/guisupport.h"
#include "support/testsupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>

using namespace dd;

namespace {

std::optional<Attendee> byName(Session *s, const QString &fullName)
{
    for (const Attendee &a : s->attendees().list(s->eventId()))
        if (a.fullName() == fullName)
            return a;
    return std::nullopt;
}

} // namespace

TEST_CASE("Check-in mode: Enter checks the person in, Ctrl+Z undoes, Ctrl+Enter adds a walk-in",
          "[gui]")
{
    testsupport::WindowFixture f(QStringLiteral("checkin.sqlite"));
    Session *s = f.session();
    f.find<QTabWidget>("tabs")->setCurrentIndex(MainWindow::AttendeesTab);
    f.find<QCheckBox>("checkInModeCheck")->setChecked(true);
    auto *search = f.find<QLineEdit>("attendeeSearch");
    auto *table = f.find<QTableView>("attendeeTable");

    // "doan hong" without accents finds Đoàn Thị Hồng alone; Enter checks her in.
    QTest::keyClicks(search, QStringLiteral("doan hong"));
    REQUIRE(table->model()->rowCount() == 1);
    QTest::keyClick(search, Qt::Key_Return);
    QTest::qWait(20);
    auto hong = byName(s, QStringLiteral("Đoàn Thị Hồng"));
    REQUIRE(hong);
    CHECK(hong->checkedInAt.isValid());
    CHECK(search->text().isEmpty()); // ready for the next person
    CHECK(f.find<QLabel>("attendeeCountLabel")->text().contains(QStringLiteral("1")));

    // A wrong check-in is undone with Ctrl+Z.
    QTest::keyClick(&f.window, Qt::Key_Z, Qt::ControlModifier);
    QTest::qWait(20);
    CHECK_FALSE(byName(s, QStringLiteral("Đoàn Thị Hồng"))->checkedInAt.isValid());

    // A walk-in: type the name, Ctrl+Enter. The person is added, marked as a walk-in and
    // checked in at once.
    const int before = s->attendees().count(s->eventId());
    testsupport::typeText(search, QStringLiteral("Trần Minh Khoa"));
    QTest::keyClick(search, Qt::Key_Return, Qt::ControlModifier);
    QTest::qWait(20);
    CHECK(s->attendees().count(s->eventId()) == before + 1);
    const auto walkIn = byName(s, QStringLiteral("Trần Minh Khoa"));
    REQUIRE(walkIn);
    CHECK(walkIn->walkIn);
    CHECK(walkIn->checkedInAt.isValid());
    CHECK(walkIn->givenName == QStringLiteral("Khoa"));
}
