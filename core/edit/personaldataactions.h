#pragma once

#include "session/session.h"

#include <QDateTime>
#include <QUndoCommand>

namespace dd {

// Decree 13/2023/NĐ-CP: once an event is over, the phones, e-mails and birth years of its
// people are erased. Names, units, roles, invitations and check-ins stay, so every count and
// every paper's total is the same afterwards. The event keeps when it was done.

// The people of the current event that hold a phone, an e-mail or a birth year.
int peopleWithPersonalData(Session &s);

// One step that erases them and records `when` in the event (nullptr when there is no event).
QUndoCommand *erasePersonalData(Session &s, const QDateTime &when);

} // namespace dd
