// Reserve delegates (đại biểu dự khuyết): a union sends 3 delegates and 2 reserves for a quota
// of 3. The figures a clerk reads (the quota panel, the overview's warnings) and what the
// substitute action writes are written out here by hand.
#include "support/sessionsupport.h"
#include "support/testsupport.h"

#include "edit/attendeeactions.h"
#include "edit/commands.h"
#include "edit/rowcommands.h"
#include "models/attendeetablemodel.h"
#include "models/simplemodels.h"
#include "models/statistics.h"
#include "session/session.h"

#include <QAbstractItemModelTester>

using namespace dd;
using testsupport::sampleSession;

namespace {

const QString kUnit = QStringLiteral("Huyện đoàn Dương Minh Châu");
const QDate kDay(2021, 9, 2);

struct Union
{
    qint64 unitId = 0;
    QList<qint64> delegates; // Lê Văn An, Lê Văn Bình, Lê Văn Cường (invited)
    QList<qint64> reserves; // Trần Thị Dung, Trần Thị Em (not invited)
    int peopleBefore = 0, invitedBefore = 0, rowsBefore = 0; // the sample's (its co-chair)
};

const UnitFigures &figuresOf(const EventFigures &f, qint64 unitId)
{
    for (const UnitFigures &u : f.units)
        if (u.unitId == unitId)
            return u;
    FAIL("no figures for the unit");
    return f.units.first();
}

Union addUnion(Session &s)
{
    Union u;
    u.unitId = s.units().findByName(kUnit)->id;
    REQUIRE(s.push(commands::setQuota(&s, u.unitId, 3)));
    {
        const EventFigures f = computeFigures(s);
        const UnitFigures &before = figuresOf(f, u.unitId);
        REQUIRE(before.counted == 0); // no delegates of its own in the sample
        u.peopleBefore = before.people;
        u.invitedBefore = before.invited;
        u.rowsBefore = s.attendees().count(s.eventId(), u.unitId);
    }
    QList<Attendee> people;
    for (const char *name :
         { "Lê Văn An", "Lê Văn Bình", "Lê Văn Cường", "Trần Thị Dung", "Trần Thị Em" }) {
        Attendee a = testsupport::person(s, QString::fromUtf8(name));
        a.unitId = u.unitId;
        a.position = QStringLiteral("Bí thư Chi đoàn");
        a.reserve = a.familyName == QStringLiteral("Trần");
        if (!a.reserve) {
            a.status = InvitationStatus::Invited;
            a.invitedOn = QDate(2021, 8, 20);
        }
        people << a;
    }
    auto *cmd = commands::addAttendees(&s, people);
    REQUIRE(s.push(cmd));
    for (const Attendee &a : static_cast<const AddRowsCommand<Attendee> *>(cmd)->rows())
        (a.reserve ? u.reserves : u.delegates) << a.id;
    REQUIRE(u.delegates.size() == 3);
    REQUIRE(u.reserves.size() == 2);
    return u;
}

bool quotaWarning(Session &s)
{
    for (const Warning &w : computeWarnings(s, QDate(2021, 8, 1)))
        if (w.text.contains(kUnit) && w.text.contains(QStringLiteral("quota")))
            return true;
    return false;
}

} // namespace

TEST_CASE("reserves count against no quota: the union with 3 of 3 and 2 reserves is full and not "
          "over",
          "[models][reserve]")
{
    auto s = sampleSession();
    const Union u = addUnion(*s);

    UnitQuotaModel model(s.get());
    QAbstractItemModelTester tester(&model);
    const int row = model.rowOf(u.unitId);
    REQUIRE(row >= 0);
    auto cell = [&](int column) {
        return model.index(row, column).data().toInt();
    };
    CHECK(
        model.headerData(UnitQuotaModel::ReservesColumn, Qt::Horizontal, Qt::DisplayRole).toString()
        == QStringLiteral("Reserves"));
    CHECK(cell(UnitQuotaModel::QuotaColumn) == 3);
    CHECK(cell(UnitQuotaModel::CountedColumn) == 3);
    CHECK(cell(UnitQuotaModel::ReservesColumn) == 2);
    CHECK(cell(UnitQuotaModel::InvitedColumn) == u.invitedBefore + 3);
    CHECK_FALSE(model.figures().units.at(row).overQuota());
    CHECK_FALSE(quotaWarning(*s)); // neither over nor short

    const EventFigures f = computeFigures(*s);
    CHECK(figuresOf(f, u.unitId).people == u.peopleBefore + 3);
    CHECK(f.reserves == 2);

    // Made a delegate again (the window's dialog, `attendee set --reserve no`): over the quota.
    REQUIRE(s->push(attendeeactions::setReserve(s.get(), { u.reserves.first() }, false)));
    CHECK(cell(UnitQuotaModel::CountedColumn) == 4);
    CHECK(cell(UnitQuotaModel::ReservesColumn) == 1);
    CHECK(quotaWarning(*s));
    s->undoStack()->undo();
    CHECK(cell(UnitQuotaModel::CountedColumn) == 3);
    CHECK(cell(UnitQuotaModel::ReservesColumn) == 2);
    CHECK_FALSE(quotaWarning(*s));
    // Nothing to change: no command.
    CHECK(attendeeactions::setReserve(s.get(), u.reserves, true) == nullptr);
}

TEST_CASE("a reserve takes a delegate's place in one step and one undo takes it back",
          "[models][edit][reserve]")
{
    auto s = sampleSession();
    const Union u = addUnion(*s);
    const Attendee an = *s->attendees().get(u.delegates.at(0));

    // The union's reserves, in name order; a delegate of another union has none.
    QList<qint64> offered;
    for (const Attendee &r : attendeeactions::reservesFor(*s, an))
        offered << r.id;
    CHECK(offered == u.reserves);

    const Attendee dung = *s->attendees().get(u.reserves.at(0));
    const int steps = s->undoStack()->count();
    REQUIRE(s->push(
        attendeeactions::substitute(s.get(), an, attendeeactions::promoted(an, dung, kDay))));
    CHECK(s->undoStack()->count() == steps + 1);

    const Attendee replaced = *s->attendees().get(an.id);
    CHECK(replaced.status == InvitationStatus::Replaced);
    const Attendee now = *s->attendees().get(dung.id);
    CHECK_FALSE(now.reserve);
    CHECK(now.substituteForId == an.id);
    CHECK(now.status == InvitationStatus::Invited); // An had been invited
    CHECK(now.invitedOn == kDay);
    CHECK(now.fullName() == QStringLiteral("Trần Thị Dung"));
    CHECK(now.position == QStringLiteral("Bí thư Chi đoàn"));
    // No one was added: the reserve is the substitute.
    CHECK(s->attendees().count(s->eventId(), u.unitId) == u.rowsBefore + 5);

    // The quota: An replaced, Dung in; Em still a reserve.
    UnitQuotaModel model(s.get());
    const int row = model.rowOf(u.unitId);
    CHECK(model.index(row, UnitQuotaModel::CountedColumn).data().toInt() == 3);
    CHECK(model.index(row, UnitQuotaModel::ReservesColumn).data().toInt() == 1);
    QList<qint64> left;
    for (const Attendee &r : attendeeactions::reservesFor(*s, *s->attendees().get(u.delegates[1])))
        left << r.id;
    CHECK(left == QList<qint64> { u.reserves.at(1) });

    s->undoStack()->undo();
    CHECK(s->attendees().get(an.id)->status == InvitationStatus::Invited);
    const Attendee back = *s->attendees().get(dung.id);
    CHECK(back.reserve);
    CHECK(back.substituteForId == 0);
    CHECK(back.status == InvitationStatus::NotInvited);
    CHECK_FALSE(back.invitedOn.isValid());
}

TEST_CASE("the Attendees table marks reserves in the role column and filters them",
          "[models][reserve]")
{
    auto s = sampleSession();
    const Union u = addUnion(*s);
    AttendeeTableModel model(s.get());
    AttendeeFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter);

    filter.setRoleFilter(AttendeeFilterModel::kReservesOnly);
    QStringList shown;
    for (int r = 0; r < filter.rowCount(); ++r) {
        shown << filter.index(r, AttendeeTableModel::NameColumn).data().toString();
        CHECK(filter.index(r, AttendeeTableModel::RoleColumn).data().toString()
              == QStringLiteral("Delegate (reserve)"));
    }
    CHECK(shown == QStringList { QStringLiteral("Trần Thị Dung"), QStringLiteral("Trần Thị Em") });

    // Made a delegate again, the row leaves the filter.
    REQUIRE(s->push(attendeeactions::setReserve(s.get(), { u.reserves.at(1) }, false)));
    REQUIRE(filter.rowCount() == 1);
    CHECK(filter.index(0, AttendeeTableModel::NameColumn).data().toString()
          == QStringLiteral("Trần Thị Dung"));
    filter.setRoleFilter(-1);
    CHECK(filter.rowCount() > 5);
}
