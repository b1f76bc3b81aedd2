#include "edit/attendeeactions.h"

#include "edit/checkincommand.h"

#include "edit/commands.h"
#include "edit/groupcommand.h"
#include "edit/rowcommands.h"
#include "text/vietnamese.h"

#include <QCoreApplication>

namespace dd::attendeeactions {

void applyStatus(Attendee &a, InvitationStatus to, const QDate &day)
{
    if (to == a.status)
        return;
    if (to == InvitationStatus::Invited
        && (a.status == InvitationStatus::NotInvited || !a.invitedOn.isValid()))
        a.invitedOn = day;
    if (to == InvitationStatus::Confirmed || to == InvitationStatus::Declined)
        a.respondedOn = day;
    a.status = to;
}

QUndoCommand *setStatus(Session *s, const QList<qint64> &ids, InvitationStatus to, const QDate &day)
{
    QList<Attendee> rows;
    for (Attendee a : s->attendees().get(ids)) {
        if (a.status == to)
            continue;
        applyStatus(a, to, day);
        rows << a;
    }
    if (rows.isEmpty())
        return nullptr;
    return commands::editAttendees(s, rows,
                                   QCoreApplication::translate("AttendeeActions",
                                                               "mark %n attendee(s) %1", nullptr,
                                                               int(rows.size()))
                                       .arg(invitationStatusLabel(to).toLower()));
}

QList<Attendee> toMarkInvited(Session &s, const QList<qint64> &ids, const QDate &day)
{
    QList<Attendee> out;
    for (Attendee a : s.attendees().get(ids)) {
        if (a.status != InvitationStatus::NotInvited)
            continue;
        applyStatus(a, InvitationStatus::Invited, day);
        out << a;
    }
    return out;
}

QUndoCommand *markInvited(Session *s, const QList<qint64> &ids, const QDate &day)
{
    const QList<Attendee> rows = toMarkInvited(*s, ids, day);
    if (rows.isEmpty())
        return nullptr;
    return commands::editAttendees(s, rows,
                                   QCoreApplication::translate("AttendeeActions",
                                                               "mark %n people as invited", nullptr,
                                                               int(rows.size())));
}

Attendee substituteFor(const Attendee &replaced, const QDate &day)
{
    Attendee substitute;
    substitute.eventId = replaced.eventId;
    substitute.unitId = replaced.unitId; // counts against the same unit's quota
    substitute.role = replaced.role;
    substitute.position = replaced.position;
    substitute.workplace = replaced.workplace; // usually from the same branch
    substitute.substituteForId = replaced.id;
    if (replaced.status != InvitationStatus::NotInvited)
        applyStatus(substitute, InvitationStatus::Invited, day);
    return substitute;
}

QUndoCommand *setReserve(Session *s, const QList<qint64> &ids, bool reserve)
{
    QList<Attendee> rows;
    for (Attendee a : s->attendees().get(ids)) {
        if (a.reserve == reserve)
            continue;
        a.reserve = reserve;
        rows << a;
    }
    if (rows.isEmpty())
        return nullptr;
    const int n = int(rows.size());
    return commands::editAttendees(
        s, rows,
        reserve ? QCoreApplication::translate("AttendeeActions",
                                              "make %n attendee(s) reserve delegates", nullptr, n)
                : QCoreApplication::translate("AttendeeActions",
                                              "make %n reserve delegate(s) delegates", nullptr, n));
}

QList<Attendee> reservesFor(Session &s, const Attendee &replaced)
{
    QList<Attendee> out;
    for (const Attendee &a : s.attendees().list(replaced.eventId))
        if (a.reserve && a.id != replaced.id && a.unitId == replaced.unitId
            && a.status != InvitationStatus::Declined && a.status != InvitationStatus::Replaced)
            out << a;
    return out;
}

Attendee promoted(const Attendee &replaced, const Attendee &reserve, const QDate &day)
{
    Attendee a = reserve;
    a.reserve = false;
    a.role = replaced.role;
    a.substituteForId = replaced.id;
    if (replaced.status != InvitationStatus::NotInvited && a.status == InvitationStatus::NotInvited)
        applyStatus(a, InvitationStatus::Invited, day);
    return a;
}

QUndoCommand *substitute(Session *s, const Attendee &replaced, const Attendee &substitute)
{
    Attendee old = replaced;
    old.status = InvitationStatus::Replaced;
    // A reserve promoted is written over as this desk read them: another desk's edit since is
    // found by the row version, as with any edit.
    std::optional<Attendee> stored;
    if (substitute.id != 0) {
        stored = s->attendees().get(substitute.id);
        if (!stored)
            return nullptr;
    }
    auto *cmd = new GroupCommand(s,
                                 QCoreApplication::translate("AttendeeActions", "substitute for %1")
                                     .arg(replaced.fullName()));
    // Children of one command, so that one undo reverts both.
    new EditRowsCommand<Attendee>(s, { replaced }, { old }, {}, cmd);
    if (stored)
        new EditRowsCommand<Attendee>(s, { *stored }, { substitute }, {}, cmd);
    else
        new AddRowsCommand<Attendee>(s, { substitute }, {}, cmd);
    return cmd;
}

QUndoCommand *checkIn(Session *s, const QList<qint64> &ids, const QDateTime &when,
                      const QString &desk)
{
    // Those not checked in as far as this desk knows; another desk may still be first, which
    // the command finds out in its transaction (CheckInCommand).
    QList<Attendee> rows;
    for (const Attendee &a : s->attendees().get(ids))
        if (!a.checkedInAt.isValid())
            rows << a;
    if (rows.isEmpty())
        return nullptr;
    QList<qint64> waiting;
    for (const Attendee &a : rows)
        waiting << a.id;
    return new CheckInCommand(
        s, waiting, when, desk.simplified(),
        rows.size() == 1 ? QCoreApplication::translate("AttendeeActions", "check in %1")
                               .arg(rows.first().fullName())
                         : QCoreApplication::translate("AttendeeActions", "check in %n attendee(s)",
                                                       nullptr, int(rows.size())));
}

QUndoCommand *undoCheckIn(Session *s, const QList<qint64> &ids)
{
    QList<Attendee> rows;
    for (Attendee a : s->attendees().get(ids)) {
        if (!a.checkedInAt.isValid())
            continue;
        a.checkedInAt = QDateTime();
        a.checkedInDesk.clear();
        rows << a;
    }
    if (rows.isEmpty())
        return nullptr;
    return commands::editAttendees(s, rows,
                                   QCoreApplication::translate("AttendeeActions",
                                                               "undo the check-in of %n "
                                                               "attendee(s)",
                                                               nullptr, int(rows.size())));
}

QUndoCommand *addWalkIn(Session *s, const QString &fullName, qint64 unitId, const QDateTime &when)
{
    const QString name = text::clean(fullName);
    if (name.isEmpty())
        return nullptr;
    Attendee a;
    a.eventId = s->eventId();
    const text::NameParts n = text::splitFullName(name);
    a.familyName = n.family;
    a.middleName = n.middle;
    a.givenName = n.given;
    a.walkIn = true;
    a.status = InvitationStatus::Confirmed;
    a.checkedInAt = when;
    a.unitId = unitId;
    return commands::addAttendees(
        s, { a }, QCoreApplication::translate("AttendeeActions", "add walk-in %1").arg(name));
}

} // namespace dd::attendeeactions
