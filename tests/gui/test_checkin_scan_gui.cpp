// Check-in by scanning (issue 17, point 3): in check-in mode a USB scanner types the code of a
// letter or a badge into the scan field and presses Enter; the person is checked in at once
// and named. Codes are typed here as the scanner types them: character by character, then
// Enter. A code of another event, a mistyped code and a name are refused and change nothing.
#include "support/guisupport.h"
#include "support/sessionsupport.h"
#include "support/testsupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>

#include "domain/attendeecode.h"
#include "edit/commands.h"

using namespace dd;

namespace {

qint64 add(Session *s, const QString &name)
{
    Attendee a = testsupport::person(*s, name);
    a.status = InvitationStatus::Confirmed;
    REQUIRE(s->push(commands::addAttendees(s, { a })));
    for (const Attendee &x : s->attendees().list(s->eventId()))
        if (x.fullName() == name)
            return x.id;
    return 0;
}

bool checkedIn(Session *s, qint64 id)
{
    return s->attendees().get(id)->checkedInAt.isValid();
}

} // namespace

TEST_CASE("Check-in by scanning: a code and Enter check the person in, others are refused", "[gui]")
{
    testsupport::WindowFixture f(QStringLiteral("scan.sqlite"));
    Session *s = f.session();
    const qint64 ha = add(s, QStringLiteral("Nguyễn Thị Thu Hà"));
    const qint64 tam = add(s, QStringLiteral("Lê Văn Tám"));
    f.find<QTabWidget>("tabs")->setCurrentIndex(MainWindow::AttendeesTab);
    f.find<QCheckBox>("checkInModeCheck")->setChecked(true);
    auto *scan = f.find<QLineEdit>("checkinScanField");
    auto *banner = f.find<QLabel>("checkInBanner");
    CHECK(scan->isVisible());
    CHECK(scan->hasFocus()); // the scanner types where the focus is

    const auto scanCode = [&](const QString &code) {
        QTest::keyClicks(scan, code);
        QTest::keyClick(scan, Qt::Key_Return);
        QTest::qWait(20);
    };
    const QString haCode = attendeeCode(s->eventId(), ha);
    scanCode(haCode);
    CHECK(checkedIn(s, ha));
    CHECK_FALSE(checkedIn(s, tam));
    CHECK(banner->text().contains(QStringLiteral("Nguyễn Thị Thu Hà")));
    CHECK(scan->text().isEmpty()); // ready for the next letter

    // A code of another event (its number is not this one's) is refused.
    const QString other = attendeeCode(s->eventId() + 1, tam);
    scanCode(other);
    CHECK_FALSE(checkedIn(s, tam));
    CHECK(banner->text().contains(other));
    // A misread digit: the check digit no longer matches.
    QString misread = attendeeCode(s->eventId(), tam);
    misread[0]
        = misread[0] == QLatin1Char('9') ? QLatin1Char('8') : QChar(misread[0].unicode() + 1);
    scanCode(misread);
    CHECK_FALSE(checkedIn(s, tam));
    // A name is no code: the search field is for names.
    scanCode(QStringLiteral("Le Van Tam"));
    CHECK_FALSE(checkedIn(s, tam));
    CHECK(banner->text().contains(QStringLiteral("Le Van Tam")));

    scanCode(attendeeCode(s->eventId(), tam));
    CHECK(checkedIn(s, tam));
    CHECK(banner->text().contains(QStringLiteral("Lê Văn Tám")));
    // The same letter again: said so, nothing changes.
    const QDateTime first = s->attendees().get(tam)->checkedInAt;
    scanCode(attendeeCode(s->eventId(), tam));
    CHECK(s->attendees().get(tam)->checkedInAt == first);

    // Ctrl+Z takes the last check-in back.
    QTest::keyClick(&f.window, Qt::Key_Z, Qt::ControlModifier);
    QTest::qWait(20);
    CHECK_FALSE(checkedIn(s, tam));
    CHECK(checkedIn(s, ha));
}
