#pragma once

#include "session/session.h"
#include "storage/attendeerepository.h"

#include <QList>
#include <QUndoCommand>

namespace dd {

// What an import writes, as the import decided it row by row (import/): for a delegate list the
// units to create, the new people and the existing people it updates; for a question list the
// new questions.
struct ImportWrites
{
    qint64 eventId = 0;
    QList<Unit> newUnits; // created first, each a participant of the event
    QList<AttendeeRepository::Prepared> added; // the new people, prepared as stored
    QList<int> addedUnit; // per new person: the index of its unit in newUnits, or -1
    QList<Attendee> before; // the people updated, as they are
    QList<Attendee> after; // and as the import leaves them
    QList<Question> questions; // the new questions

    bool isEmpty() const
    {
        return newUnits.isEmpty() && added.isEmpty() && after.isEmpty() && questions.isEmpty();
    }
};

namespace commands {
// The one undoable command of an import, of people or of questions: the units, then the new
// people, then the updates, then the questions, in one transaction; undo removes what it added
// and restores what it updated. nullptr when there is nothing to write.
QUndoCommand *importRows(Session *s, ImportWrites writes);
} // namespace commands

} // namespace dd
