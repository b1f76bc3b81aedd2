// The attendee actions of edit/: what the Attendees tab, the attendee dialog, the printed
// letters and the command line write, each one undo step. Expected dates and statuses are
// written out by hand from the rules (DOMAIN.md: not invited → invited → confirmed / declined
// → replaced; check-in is separate).
#include "support/sessionsupport.h"
#include "support/testsupport.h"

#include "edit/attendeeactions.h"
#include "edit/commands.h"
#include "edit/rowcommands.h"
#include "session/session.h"

using namespace dd;
using testsupport::sampleSession;

namespace {

const QDate kEarlier(2021, 8, 20);
const QDate kDay(2021, 9, 2);

qint64 addPerson(Session &s, const QString &fullName, InvitationStatus status = {},
                 QDate invitedOn = {}, qint64 unitId = 0)
{
    Attendee a = testsupport::person(s, fullName);
    a.status = status;
    a.invitedOn = invitedOn;
    a.unitId = unitId;
    a.position = QStringLiteral("Bí thư Chi đoàn");
    auto *cmd = commands::addAttendees(&s, { a });
    REQUIRE(s.push(cmd));
    const auto &rows = static_cast<const AddRowsCommand<Attendee> *>(cmd)->rows();
    return rows.first().id;
}

Attendee get(Session &s, qint64 id)
{
    const auto a = s.attendees().get(id);
    REQUIRE(a);
    return *a;
}

} // namespace

TEST_CASE("The invitation rule: dates of invitation and answer", "[stores][edit][attendee]")
{
    struct Case
    {
        InvitationStatus from;
        QDate invitedBefore;
        InvitationStatus to;
        QDate invitedAfter;
        QDate respondedAfter;
    };
    using S = InvitationStatus;
    // Written by hand: a first invitation is dated the day, an answer records the day, the
    // same status changes nothing.
    const Case cases[] = {
        { S::NotInvited, {}, S::Invited, kDay, {} },
        { S::NotInvited, kEarlier, S::Invited, kDay, {} }, // invited again after a reset
        { S::Confirmed, kEarlier, S::Invited, kEarlier, {} },
        { S::Declined, {}, S::Invited, kDay, {} },
        { S::Invited, kEarlier, S::Invited, kEarlier, {} },
        { S::Invited, kEarlier, S::Confirmed, kEarlier, kDay },
        { S::Invited, kEarlier, S::Declined, kEarlier, kDay },
        { S::NotInvited, {}, S::Confirmed, {}, kDay },
        { S::Confirmed, kEarlier, S::Replaced, kEarlier, {} },
        { S::Confirmed, kEarlier, S::Confirmed, kEarlier, {} },
    };
    for (const Case &c : cases) {
        INFO(invitationStatusKey(c.from).toStdString()
             << " -> " << invitationStatusKey(c.to).toStdString());
        Attendee a;
        a.status = c.from;
        a.invitedOn = c.invitedBefore;
        attendeeactions::applyStatus(a, c.to, kDay);
        CHECK(a.status == c.to);
        CHECK(a.invitedOn == c.invitedAfter);
        CHECK(a.respondedOn == c.respondedAfter);
    }
}

TEST_CASE("Setting the status of several people is one step, those already there left out",
          "[stores][edit][attendee]")
{
    auto s = sampleSession();
    const qint64 an = addPerson(*s, QStringLiteral("Trần Văn An"));
    const qint64 binh
        = addPerson(*s, QStringLiteral("Lê Thị Bình"), InvitationStatus::Invited, kEarlier);
    const int steps = s->undoStack()->count();

    REQUIRE(s->push(
        attendeeactions::setStatus(s.get(), { an, binh }, InvitationStatus::Invited, kDay)));
    CHECK(s->undoStack()->count() == steps + 1);
    CHECK(get(*s, an).status == InvitationStatus::Invited);
    CHECK(get(*s, an).invitedOn == kDay);
    CHECK(get(*s, binh).invitedOn == kEarlier); // already invited: untouched

    CHECK(attendeeactions::setStatus(s.get(), { an, binh }, InvitationStatus::Invited, kDay)
          == nullptr);

    REQUIRE(s->push(
        attendeeactions::setStatus(s.get(), { an, binh }, InvitationStatus::Confirmed, kDay)));
    CHECK(get(*s, an).status == InvitationStatus::Confirmed);
    CHECK(get(*s, binh).respondedOn == kDay);
    s->undoStack()->undo();
    CHECK(get(*s, an).status == InvitationStatus::Invited);
    CHECK_FALSE(get(*s, binh).respondedOn.isValid());
    s->undoStack()->undo();
    CHECK(get(*s, an).status == InvitationStatus::NotInvited);
    CHECK_FALSE(get(*s, an).invitedOn.isValid());
}

TEST_CASE("Printed letters mark only the people not invited yet", "[stores][edit][attendee]")
{
    auto s = sampleSession();
    const qint64 an = addPerson(*s, QStringLiteral("Trần Văn An"));
    const qint64 binh
        = addPerson(*s, QStringLiteral("Lê Thị Bình"), InvitationStatus::Confirmed, kEarlier);
    const qint64 cuong = addPerson(*s, QStringLiteral("Phạm Đức Cường"));

    const QList<Attendee> marked = attendeeactions::toMarkInvited(*s, { an, binh, cuong }, kDay);
    REQUIRE(marked.size() == 2);
    CHECK(marked.at(0).id == an);
    CHECK(marked.at(1).id == cuong);

    REQUIRE(s->push(attendeeactions::markInvited(s.get(), { an, binh, cuong }, kDay)));
    CHECK(s->undoStack()->undoText() == QStringLiteral("mark 2 people as invited"));
    for (qint64 id : { an, cuong }) {
        CHECK(get(*s, id).status == InvitationStatus::Invited);
        CHECK(get(*s, id).invitedOn == kDay);
    }
    CHECK(get(*s, binh).status == InvitationStatus::Confirmed);
    CHECK(get(*s, binh).invitedOn == kEarlier);
    CHECK(attendeeactions::markInvited(s.get(), { an, binh, cuong }, kDay) == nullptr);
    s->undoStack()->undo();
    CHECK(get(*s, an).status == InvitationStatus::NotInvited);
    CHECK(get(*s, cuong).status == InvitationStatus::NotInvited);
}

TEST_CASE("A substitute takes the place, unit and role of the person replaced, in one step",
          "[stores][edit][attendee]")
{
    auto s = sampleSession();
    const qint64 unit = s->units().list().first().id;
    const qint64 an
        = addPerson(*s, QStringLiteral("Trần Văn An"), InvitationStatus::Invited, kEarlier, unit);
    const Attendee replaced = get(*s, an);

    Attendee sub = attendeeactions::substituteFor(replaced, kDay);
    CHECK(sub.id == 0);
    CHECK(sub.eventId == s->eventId());
    CHECK(sub.unitId == unit);
    CHECK(sub.role == replaced.role);
    CHECK(sub.position == QStringLiteral("Bí thư Chi đoàn"));
    CHECK(sub.substituteForId == an);
    CHECK(sub.status == InvitationStatus::Invited);
    CHECK(sub.invitedOn == kDay);
    // Nobody was invited yet: neither is the substitute.
    Attendee notInvited = replaced;
    notInvited.status = InvitationStatus::NotInvited;
    CHECK(attendeeactions::substituteFor(notInvited, kDay).status == InvitationStatus::NotInvited);
    CHECK_FALSE(attendeeactions::substituteFor(notInvited, kDay).invitedOn.isValid());

    sub.familyName = QStringLiteral("Lê");
    sub.middleName = QStringLiteral("Thị");
    sub.givenName = QStringLiteral("Bình");
    const int before = s->attendees().count(s->eventId());
    REQUIRE(s->push(attendeeactions::substitute(s.get(), replaced, sub)));
    CHECK(s->undoStack()->undoText() == QStringLiteral("substitute for Trần Văn An"));
    CHECK(get(*s, an).status == InvitationStatus::Replaced);
    CHECK(s->attendees().count(s->eventId()) == before + 1);
    bool found = false;
    for (const Attendee &a : s->attendees().list(s->eventId()))
        if (a.substituteForId == an) {
            found = true;
            CHECK(a.fullName() == QStringLiteral("Lê Thị Bình"));
            CHECK(a.unitId == unit);
        }
    CHECK(found);
    s->undoStack()->undo(); // both at once
    CHECK(get(*s, an).status == InvitationStatus::Invited);
    CHECK(s->attendees().count(s->eventId()) == before);
}

TEST_CASE("Check-in keeps the first arrival, and a walk-in is added checked in",
          "[stores][edit][attendee]")
{
    auto s = sampleSession();
    const qint64 an = addPerson(*s, QStringLiteral("Trần Văn An"));
    const qint64 binh = addPerson(*s, QStringLiteral("Lê Thị Bình"));
    const QDateTime first(kDay, QTime(7, 40));
    const QDateTime later(kDay, QTime(8, 5));

    REQUIRE(s->push(attendeeactions::checkIn(s.get(), { an }, first)));
    CHECK(s->undoStack()->undoText() == QStringLiteral("check in Trần Văn An"));
    REQUIRE(s->push(attendeeactions::checkIn(s.get(), { an, binh }, later)));
    CHECK(s->undoStack()->undoText() == QStringLiteral("check in Lê Thị Bình"));
    CHECK(get(*s, an).checkedInAt == first);
    CHECK(get(*s, binh).checkedInAt == later);
    CHECK(attendeeactions::checkIn(s.get(), { an, binh }, later) == nullptr);

    REQUIRE(s->push(attendeeactions::undoCheckIn(s.get(), { an, binh })));
    CHECK(s->undoStack()->undoText() == QStringLiteral("undo the check-in of 2 attendee(s)"));
    CHECK_FALSE(get(*s, an).checkedInAt.isValid());
    CHECK_FALSE(get(*s, binh).checkedInAt.isValid());
    CHECK(attendeeactions::undoCheckIn(s.get(), { an, binh }) == nullptr);

    const qint64 unit = s->units().list().first().id;
    CHECK(attendeeactions::addWalkIn(s.get(), QStringLiteral("   "), unit, later) == nullptr);
    auto *walkIn
        = attendeeactions::addWalkIn(s.get(), QStringLiteral(" Trần  Minh  Khoa "), unit, later);
    REQUIRE(s->push(walkIn));
    const Attendee k
        = get(*s, static_cast<const AddRowsCommand<Attendee> *>(walkIn)->rows().first().id);
    CHECK(k.familyName == QStringLiteral("Trần"));
    CHECK(k.middleName == QStringLiteral("Minh"));
    CHECK(k.givenName == QStringLiteral("Khoa"));
    CHECK(k.walkIn);
    CHECK(k.status == InvitationStatus::Confirmed);
    CHECK(k.checkedInAt == later);
    CHECK(k.unitId == unit);
    CHECK(s->undoStack()->undoText() == QStringLiteral("add walk-in Trần Minh Khoa"));
}
