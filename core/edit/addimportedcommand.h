#pragma once

#include "session/session.h"
#include "storage/attendeerepository.h"

#include <QList>
#include <QUndoCommand>

namespace dd {

class CreateUnitsCommand;

// The new people of an import, written with one prepared statement
// (AttendeeRepository::insertPrepared): an import of 100,000 rows must not take minutes. Once
// written, only their ids are kept, not 100,000 people twice over in the undo history: undo
// reads them back before deleting them (they are as the import wrote them, since later steps
// are undone first), and redo writes them again under the same ids.
class AddImportedCommand : public QUndoCommand
{
public:
    // `pendingUnit` gives, per row, the index of its unit among those `units` creates, or -1.
    AddImportedCommand(Session *s, QList<AttendeeRepository::Prepared> rows, QList<int> pendingUnit,
                       CreateUnitsCommand *units, QUndoCommand *parent);
    void redo() override;
    void undo() override;

private:
    Session *m_session;
    QList<AttendeeRepository::Prepared> m_rows; // until written
    QList<int> m_pendingUnit; // index into the created units, or -1
    CreateUnitsCommand *m_units;
    qint64 m_eventId = 0;
    QList<qint64> m_ids; // once written
    QList<Attendee> m_undone; // between an undo and the redo
};

} // namespace dd
