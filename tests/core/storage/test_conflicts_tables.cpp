// Row versions on the rest of what users edit (issue 18): a unit's part and quota in the event,
// the plans, the paper settings and numbering, the plan switch; removals claimed at the version
// the user's list showed; this desk's own check-ins not counted as another desk's change.
// [stores]: "core:" two sessions on one SQLite file, "core@pg:" on one server database.
#include "support/storesupport.h"
#include "support/testsupport.h"
#include "support/twodesks.h"

#include "edit/attendeeactions.h"
#include "edit/commands.h"
#include "session/session.h"

#include <QSqlQuery>

using namespace dd;
using testsupport::TwoDesks;

namespace {

const QString kDmc = QStringLiteral("Huyện đoàn Dương Minh Châu");

// A value of a row read with SQL, as an administrator would.
QString stored(Session &s, const QString &select, qint64 id)
{
    QSqlQuery q(s.database().connection());
    REQUIRE(q.prepare(select));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString();
}

QString storedQuota(Session &s, qint64 unitId)
{
    return stored(s,
                  QStringLiteral("SELECT quota || ' / ' || quota_note FROM event_units WHERE "
                                 "event_id = ")
                      + QString::number(s.eventId()) + QStringLiteral(" AND unit_id = ?"),
                  unitId);
}

} // namespace

TEST_CASE("conflicts: a quota another desk set since it was read is refused naming the unit and "
          "the field, and can be overwritten",
          "[stores]")
{
    TwoDesks desks;
    Session &a = *desks.a;
    Session &b = *desks.b;
    const Unit dmc = *a.units().findByName(kDmc);
    const EventUnit read = *a.units().eventUnit(a.eventId(), dmc.id); // desk A's quota panel
    REQUIRE(read.quota == 22);
    REQUIRE(b.push(commands::setQuota(&b, dmc.id, 25)));
    const int aSteps = a.undoStack()->count();

    CHECK_FALSE(a.push(commands::setQuotaFrom(&a, read, 30)));
    REQUIRE(a.lastConflict());
    CHECK(a.lastError()
          == QStringLiteral("Another desk changed the quota of Huyện đoàn Dương Minh Châu since "
                            "you read it; nothing was changed. You read “22”; their value: “25” "
                            "/ your value: “30”."));
    CHECK(a.undoStack()->count() == aSteps);
    CHECK(storedQuota(b, dmc.id)
          == QStringLiteral("25 / đồng chí trong Ban Chấp hành các Chi đoàn, Chi hội"));

    // Overwrite: a new edit over their row, undone back to their value.
    const auto overwrite = a.lastConflict()->overwrite;
    REQUIRE(overwrite);
    REQUIRE(a.push(overwrite()));
    CHECK(storedQuota(b, dmc.id)
          == QStringLiteral("30 / đồng chí trong Ban Chấp hành các Chi đoàn, Chi hội"));
    CHECK(a.undoStack()->count() == aSteps + 1);
    REQUIRE(a.undo());
    CHECK(storedQuota(b, dmc.id)
          == QStringLiteral("25 / đồng chí trong Ban Chấp hành các Chi đoàn, Chi hội"));
}

TEST_CASE("conflicts: undo of a quota another desk changed since is refused and the stack stays",
          "[stores]")
{
    TwoDesks desks;
    Session &a = *desks.a;
    Session &b = *desks.b;
    const qint64 dmc = a.units().findByName(kDmc)->id;
    REQUIRE(a.push(commands::setQuota(&a, dmc, 30)));
    REQUIRE(b.push(commands::setQuota(&b, dmc, 31)));
    const int index = a.undoStack()->index();
    CHECK_FALSE(a.undo());
    REQUIRE(a.lastConflict());
    CHECK(a.lastError()
          == QStringLiteral("Another desk changed the quota of Huyện đoàn Dương Minh Châu since "
                            "you read it; nothing was changed. You read “30”; their value: “31” "
                            "/ your value: “22”."));
    CHECK(a.undoStack()->index() == index);
    CHECK(storedQuota(a, dmc)
          == QStringLiteral("31 / đồng chí trong Ban Chấp hành các Chi đoàn, Chi hội"));
    // Two of A's own quota edits undo in turn.
    REQUIRE(b.undo()); // B's 31 → 30, as A left it
    REQUIRE(a.push(commands::setQuota(&a, dmc, 40)));
    REQUIRE(a.undo());
    CHECK(storedQuota(a, dmc).startsWith(QStringLiteral("30 / ")));
    REQUIRE(a.undo());
    CHECK(storedQuota(a, dmc).startsWith(QStringLiteral("22 / ")));
}

TEST_CASE("conflicts: a plan another desk changed since it was read is refused, nothing written",
          "[stores]")
{
    TwoDesks desks;
    Session &a = *desks.a;
    Session &b = *desks.b;
    const Plan read = *a.events().plan(a.eventId(), PlanKind::InPerson);
    Plan theirs = *b.events().plan(b.eventId(), PlanKind::InPerson);
    theirs.venue = QStringLiteral("Hội trường Tỉnh đoàn");
    REQUIRE(
        b.push(commands::editPlan(&b, *b.events().plan(b.eventId(), PlanKind::InPerson), theirs)));
    Plan mine = read;
    mine.capacity = 150;
    const int aSteps = a.undoStack()->count();
    CHECK_FALSE(a.push(commands::editPlan(&a, read, mine)));
    REQUIRE(a.lastConflict());
    CHECK(a.lastConflict()->table == QStringLiteral("plans"));
    CHECK(a.lastConflict()->field == QStringLiteral("capacity"));
    CHECK(a.lastConflict()->theirValue == QString::number(read.capacity));
    CHECK(a.lastConflict()->wantedValue == QStringLiteral("150"));
    CHECK(a.undoStack()->count() == aSteps);
    const Plan now = *b.events().plan(b.eventId(), PlanKind::InPerson);
    CHECK(now.venue == QStringLiteral("Hội trường Tỉnh đoàn"));
    CHECK(now.capacity == read.capacity);
    // Overwrite writes A's capacity and keeps B's venue.
    const auto overwrite = a.lastConflict()->overwrite;
    REQUIRE(overwrite);
    REQUIRE(a.push(overwrite()));
    const Plan after = *b.events().plan(b.eventId(), PlanKind::InPerson);
    CHECK(after.venue == QStringLiteral("Hội trường Tỉnh đoàn"));
    CHECK(after.capacity == 150);
}

TEST_CASE("conflicts: paper settings another desk changed since are refused, while a number "
          "taken at another desk does not refuse a new signer",
          "[stores]")
{
    TwoDesks desks;
    Session &a = *desks.a;
    Session &b = *desks.b;
    const DocumentSettings read = a.events().documentSettings(a.eventId());
    const int before = read.numbering.value(PaperKind::UnitInvitation).nextNumber;
    // B prints a letter: its number moves on.
    const Result<int> taken = b.events().takeNextNumber(b.eventId(), PaperKind::UnitInvitation);
    REQUIRE(taken);
    CHECK(*taken == before);
    // A's new signer, from the settings as A's dialog read them: written, B's number kept.
    DocumentSettings signer = read;
    signer.signerName = QStringLiteral("Nguyễn Văn Tâm");
    REQUIRE(a.push(commands::editDocumentSettings(&a, read, signer)));
    const DocumentSettings now = b.events().documentSettings(b.eventId());
    CHECK(now.signerName == QStringLiteral("Nguyễn Văn Tâm"));
    CHECK(now.numbering.value(PaperKind::UnitInvitation).nextNumber == before + 1);

    // B changes the place; A's edit of the place from its older read is refused.
    DocumentSettings place = now;
    place.placeName = QStringLiteral("Hòa Thành");
    REQUIRE(b.push(commands::editDocumentSettings(&b, now, place)));
    DocumentSettings mine = a.events().documentSettings(a.eventId());
    mine.placeName = QStringLiteral("Tây Ninh, Việt Nam");
    mine.rowVersion = signer.rowVersion; // as A's dialog read it, before B's change
    DocumentSettings stale = mine;
    stale.placeName = read.placeName;
    CHECK_FALSE(a.push(commands::editDocumentSettings(&a, stale, mine)));
    REQUIRE(a.lastConflict());
    CHECK(a.lastConflict()->field == QStringLiteral("place_name"));
    CHECK(a.lastConflict()->theirValue == QStringLiteral("Hòa Thành"));
    CHECK(a.lastConflict()->wantedValue == QStringLiteral("Tây Ninh, Việt Nam"));
    CHECK(b.events().documentSettings(b.eventId()).placeName == QStringLiteral("Hòa Thành"));

    // A's numbering edit of a paper B has just printed is refused with the paper's name.
    DocumentSettings numbersRead = a.events().documentSettings(a.eventId());
    REQUIRE(b.events().takeNextNumber(b.eventId(), PaperKind::UnitInvitation));
    DocumentSettings numbers = numbersRead;
    numbers.numbering[PaperKind::UnitInvitation].symbol = QStringLiteral("GM/TĐTN-BTC");
    CHECK_FALSE(a.push(commands::editDocumentSettings(&a, numbersRead, numbers)));
    REQUIRE(a.lastConflict());
    CHECK(a.lastConflict()->table == QStringLiteral("document_numbers"));
    CHECK(a.lastConflict()->subject
          == QStringLiteral("the symbol of ") + paperKindLabel(PaperKind::UnitInvitation));
}

TEST_CASE("conflicts: undo of a plan switch after another desk changed the event is refused",
          "[stores]")
{
    TwoDesks desks;
    Session &a = *desks.a;
    Session &b = *desks.b;
    REQUIRE(a.activePlan() == PlanKind::InPerson);
    REQUIRE(a.push(commands::switchPlan(&a, PlanKind::Online, QStringLiteral("mưa bão"))));
    Event theirs = *b.events().get(b.eventId());
    REQUIRE(theirs.activePlan == PlanKind::Online);
    theirs.title = QStringLiteral("Đối thoại giữa lãnh đạo Tỉnh đoàn với thanh niên năm 2021");
    REQUIRE(b.push(commands::editEvent(&b, theirs)));
    const int index = a.undoStack()->index();
    CHECK_FALSE(a.undo());
    REQUIRE(a.lastConflict());
    CHECK(a.lastConflict()->table == QStringLiteral("events"));
    CHECK(a.undoStack()->index() == index);
    CHECK(b.events().get(b.eventId())->activePlan == PlanKind::Online);
    CHECK(b.events().switches(b.eventId()).size() == 1);
    // A new switch from what A reads now goes through.
    REQUIRE(a.push(commands::switchPlan(&a, PlanKind::InPerson, QStringLiteral("trời đã tạnh"))));
    CHECK(b.events().get(b.eventId())->activePlan == PlanKind::InPerson);
    CHECK(b.events().get(b.eventId())->title == theirs.title);
}

TEST_CASE("conflicts: a removal from a list claims each row at the version the list showed",
          "[stores]")
{
    TwoDesks desks;
    Session &a = *desks.a;
    Session &b = *desks.b;
    // Desk A's list shows two people; desk B then changes one of them.
    const Attendee changed = desks.personAt(a, QStringLiteral("Đoàn Thị Hồng"));
    Attendee theirs = *b.attendees().get(changed.id);
    theirs.phone = QStringLiteral("0913222333");
    REQUIRE(b.push(commands::editAttendees(&b, { theirs })));
    const int aSteps = a.undoStack()->count();

    // A deletes her as the list showed her: refused, she stays with B's phone.
    CHECK_FALSE(a.push(
        commands::removeAttendees(&a, { changed.id }, { { changed.id, changed.rowVersion } })));
    REQUIRE(a.lastConflict());
    CHECK(a.lastConflict()->row == changed.id);
    CHECK(a.lastError()
          == QStringLiteral("Another desk changed this person (row %1) since you read it; "
                            "nothing was changed.")
                 .arg(changed.id));
    CHECK(a.undoStack()->count() == aSteps);
    REQUIRE(b.attendees().get(changed.id));
    CHECK(b.attendees().get(changed.id)->phone == QStringLiteral("0913222333"));

    // A row nobody changed since the list showed it is removed.
    Attendee other;
    for (const Attendee &x : a.attendees().list(a.eventId()))
        if (x.id != changed.id)
            other = x;
    REQUIRE(other.id > 0);
    REQUIRE(
        a.push(commands::removeAttendees(&a, { other.id }, { { other.id, other.rowVersion } })));
    CHECK_FALSE(b.attendees().get(other.id));
}

TEST_CASE("conflicts: this desk's own check-in does not refuse the undo of its earlier edit of "
          "the person, another desk's change in between does",
          "[stores]")
{
    TwoDesks desks;
    Session &a = *desks.a;
    Session &b = *desks.b;
    const QDateTime at(QDate(2021, 7, 24), QTime(7, 45));
    const Attendee read = desks.personAt(a, QStringLiteral("Đoàn Thị Hồng"));
    Attendee edited = read;
    edited.phone = QStringLiteral("0905111222");
    REQUIRE(a.push(commands::editAttendeesFrom(&a, { read }, { edited })));
    REQUIRE(a.push(attendeeactions::checkIn(&a, { read.id }, at, QStringLiteral("Cửa Đông"))));
    REQUIRE(a.undo()); // the check-in
    REQUIRE(a.undo()); // the phone: only this desk wrote the row since
    const Attendee now = *b.attendees().get(read.id);
    CHECK(now.phone == read.phone);
    CHECK_FALSE(now.checkedInAt.isValid());

    // The same with desk B changing her note in between: the undo of the phone is refused.
    const Attendee read2 = *a.attendees().get(read.id);
    Attendee edited2 = read2;
    edited2.phone = QStringLiteral("0905111222");
    REQUIRE(a.push(commands::editAttendeesFrom(&a, { read2 }, { edited2 })));
    Attendee theirs = *b.attendees().get(read.id);
    theirs.note = QStringLiteral("Đến muộn 10 phút");
    REQUIRE(b.push(commands::editAttendees(&b, { theirs })));
    REQUIRE(a.push(attendeeactions::checkIn(&a, { read.id }, at, QStringLiteral("Cửa Đông"))));
    REQUIRE(a.undo()); // the check-in: its own columns, still as A made them
    CHECK_FALSE(a.undo());
    REQUIRE(a.lastConflict());
    const Attendee kept = *b.attendees().get(read.id);
    CHECK(kept.phone == QStringLiteral("0905111222"));
    CHECK(kept.note == QStringLiteral("Đến muộn 10 phút"));
}

TEST_CASE("conflicts: a topic or a unit removed from its dialog is claimed at the version the "
          "dialog showed",
          "[stores]")
{
    TwoDesks desks;
    Session &a = *desks.a;
    Session &b = *desks.b;

    // A's Topics dialog shows the sample's topics; B then renames one of them.
    const QList<Topic> shown = a.questions().topics(a.eventId());
    REQUIRE_FALSE(shown.isEmpty());
    const Topic topic = shown.first();
    Topic renamed = topic;
    for (const Topic &t : b.questions().topics(b.eventId()))
        if (t.id == topic.id)
            renamed = t;
    renamed.title = QStringLiteral("Việc làm và thu nhập của công nhân trẻ");
    REQUIRE(b.push(commands::editTopic(&b, renamed)));
    const int aSteps = a.undoStack()->count();
    CHECK_FALSE(a.push(commands::removeTopic(&a, topic.id, topic.rowVersion)));
    REQUIRE(a.lastConflict());
    CHECK(a.lastConflict()->row == topic.id);
    CHECK(a.undoStack()->count() == aSteps);
    QStringList titles;
    for (const Topic &t : b.questions().topics(b.eventId()))
        titles << t.title;
    CHECK(titles.contains(QStringLiteral("Việc làm và thu nhập của công nhân trẻ")));

    // A unit nobody uses, shown in A's Units dialog; B then changes its phone.
    const Unit seen = desks.unitChangedByB();
    const qint64 id = seen.id;
    QString why;
    QUndoCommand *remove = commands::removeUnit(&a, id, &why, seen.rowVersion);
    REQUIRE(remove);
    CHECK_FALSE(a.push(remove));
    REQUIRE(a.lastConflict());
    CHECK(a.lastConflict()->row == id);
    REQUIRE(b.units().get(id));
    CHECK(b.units().get(id)->phone == QStringLiteral("02963999000"));

    // Seen again (the dialog refreshed), it goes.
    remove = commands::removeUnit(&a, id, &why, a.units().get(id)->rowVersion);
    REQUIRE(remove);
    const bool removed = a.push(remove);
    INFO(a.lastError().toStdString());
    CHECK(removed);
    CHECK_FALSE(b.units().get(id));
}
