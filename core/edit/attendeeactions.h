#pragma once

#include "session/session.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QUndoCommand>

// What the attendees tab, the attendee dialog, the printed letters and the command line do to
// people: each action is ONE undo step however many people it touches, and each rule that
// decides what it writes (the invitation dates, who a substitute is, a check-in) is here only.
// The builders return nullptr when there is nothing to change.
namespace dd::attendeeactions {

// The invitation rule: `a` moved to status `to` on `day`. A first invitation (from not
// invited, or without a date yet) is dated `day`; a confirmation or a refusal records `day`
// as the day of the answer. Nothing changes when the status stays the same.
void applyStatus(Attendee &a, InvitationStatus to, const QDate &day);

// The people `ids` moved to status `to` (applyStatus), those already there left out.
QUndoCommand *setStatus(Session *s, const QList<qint64> &ids, InvitationStatus to,
                        const QDate &day);

// The people among `ids` whom a printed invitation letter invites: those not invited yet,
// with status invited on `day`; for the "mark as invited" after printing.
QList<Attendee> toMarkInvited(Session &s, const QList<qint64> &ids, const QDate &day);
QUndoCommand *markInvited(Session *s, const QList<qint64> &ids, const QDate &day);

// A new person in the place of `replaced`: the same unit (whose quota they count against),
// role and position, and invited on `day` when the replaced person had been invited.
Attendee substituteFor(const Attendee &replaced, const QDate &day);
// The people `ids` made reserve delegates (dự khuyết), or delegates again with `reserve` false;
// those already so left out.
QUndoCommand *setReserve(Session *s, const QList<qint64> &ids, bool reserve);

// The reserve delegates (dự khuyết) of `replaced`'s unit who can take their place: reserves
// neither declined nor replaced, in Vietnamese name order.
QList<Attendee> reservesFor(Session &s, const Attendee &replaced);
// `reserve` (one of reservesFor()) promoted into `replaced`'s place: no longer a reserve, the
// substitute of `replaced` in their role, and invited on `day` when the replaced person had
// been invited; their own name, position, workplace and contacts stay.
Attendee promoted(const Attendee &replaced, const Attendee &reserve, const QDate &day);
// `replaced` becomes replaced, and `substitute` takes their place: a new person (made from
// substituteFor()) is added, a person already stored (made by promoted()) is written over.
QUndoCommand *substitute(Session *s, const Attendee &replaced, const Attendee &substitute);

// Checks in, at `when` and at `desk` (the clerk's name for their desk, may be empty), those of
// `ids` who are not checked in yet (an arrival keeps its first time and desk); undoCheckIn()
// clears the check-in of those who have one.
QUndoCommand *checkIn(Session *s, const QList<qint64> &ids, const QDateTime &when,
                      const QString &desk = QString());
QUndoCommand *undoCheckIn(Session *s, const QList<qint64> &ids);

// Someone who came without an invitation, by their full name: a walk-in of `unitId`,
// confirmed and checked in at `when`.
QUndoCommand *addWalkIn(Session *s, const QString &fullName, qint64 unitId, const QDateTime &when);

} // namespace dd::attendeeactions
