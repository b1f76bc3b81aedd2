// Issue 14.6: one e-mail rule. The repositories refuse an address that breaks it when it is new
// (the dialog, a table cell), with a message that says why; a row that already holds one (a
// file written before the rule) keeps it through a check-in, an edit of another field and the
// undo of its removal.
#include "support/sessionsupport.h"

#include "edit/attendeeactions.h"
#include "edit/commands.h"
#include "storage/attendeerepository.h"
#include "storage/unitrepository.h"

#include <QSqlQuery>

using namespace dd;

namespace {

const QString kRefused = QStringLiteral(
    "The e-mail address “%1” is not valid: it needs one “@” and a domain with a dot, such "
    "as bantochuc@tinhdoan.vn.");

} // namespace

TEST_CASE("A new e-mail address that breaks the rule is refused by the repositories",
          "[edit][email]")
{
    auto s = testsupport::sampleSession();
    const int before = s->attendees().count(s->eventId());
    for (const QString &bad :
         { QStringLiteral("abc"), QStringLiteral("an@gmail"), QStringLiteral("binh gmail.com"),
           QStringLiteral("cuong@@gmail.com") }) {
        INFO(bad.toStdString());
        Attendee a = testsupport::person(*s, QStringLiteral("Trần Văn An"));
        a.email = bad;
        const auto id = s->attendees().insert(a);
        REQUIRE_FALSE(id);
        CHECK(id.error() == kRefused.arg(bad));
        CHECK_FALSE(s->push(commands::addAttendees(s.get(), { a })));
        CHECK(s->attendees().count(s->eventId()) == before);

        Unit u;
        u.name = QStringLiteral("Đoàn Khối các cơ quan tỉnh");
        u.email = bad;
        const auto unitId = s->units().insert(u);
        REQUIRE_FALSE(unitId);
        CHECK(unitId.error() == kRefused.arg(bad));
    }

    // An address that keeps the rule is stored, trimmed; changing it to a bad one is refused
    // and leaves the stored one.
    Attendee a = testsupport::person(*s, QStringLiteral("Trần Văn An"));
    a.email = QStringLiteral(" an@tinhdoan.vn ");
    const auto id = s->attendees().insert(a);
    REQUIRE(id);
    Attendee changed = *s->attendees().get(*id);
    CHECK(changed.email == QStringLiteral("an@tinhdoan.vn"));
    changed.email = QStringLiteral("an@tinhdoan");
    const Status refused = s->attendees().update(changed);
    REQUIRE_FALSE(refused);
    CHECK(refused.error() == kRefused.arg(QStringLiteral("an@tinhdoan")));
    CHECK_FALSE(s->push(commands::editAttendees(s.get(), { changed })));
    CHECK(s->attendees().get(*id)->email == QStringLiteral("an@tinhdoan.vn"));

    Unit unit = s->units().list().first();
    const QString unitEmail = unit.email;
    unit.email = QStringLiteral("doan@");
    REQUIRE_FALSE(s->units().update(unit));
    CHECK(s->units().get(unit.id)->email == unitEmail);
}

TEST_CASE("A person stored with a bad address before the rule can still be checked in, edited "
          "and restored",
          "[edit][email]")
{
    auto s = testsupport::sampleSession();
    const Attendee someone = s->attendees().list(s->eventId()).first();
    // Written by an older version, which did not check.
    QSqlQuery q(s->database().connection());
    REQUIRE(q.prepare(QStringLiteral("UPDATE attendees SET email = 'abc' WHERE id = ?")));
    q.addBindValue(someone.id);
    REQUIRE(q.exec());

    REQUIRE(s->push(attendeeactions::checkIn(s.get(), { someone.id },
                                             QDateTime(QDate(2021, 10, 15), QTime(7, 30)))));
    CHECK(s->attendees().get(someone.id)->checkedInAt
          == QDateTime(QDate(2021, 10, 15), QTime(7, 30)));
    Attendee edited = *s->attendees().get(someone.id);
    edited.position = QStringLiteral("Phó Bí thư Huyện đoàn");
    REQUIRE(s->push(commands::editAttendees(s.get(), { edited })));
    CHECK(s->attendees().get(someone.id)->position == QStringLiteral("Phó Bí thư Huyện đoàn"));
    CHECK(s->attendees().get(someone.id)->email == QStringLiteral("abc"));

    REQUIRE(s->push(commands::removeAttendees(s.get(), { someone.id })));
    CHECK_FALSE(s->attendees().get(someone.id));
    s->undoStack()->undo();
    REQUIRE(s->attendees().get(someone.id));
    CHECK(s->attendees().get(someone.id)->email == QStringLiteral("abc"));
}
