#pragma once

#include "import/attendeepreview.h"
#include "io/sheet.h"
#include "util/result.h"

#include <QStringList>

#include <functional>

class QUndoCommand;

namespace dd {

class Session;

namespace import {

// The one undoable command that writes the preview: for a delegate list it creates the unknown
// units the choices create (with their part in the event), adds the new people and updates the
// chosen existing ones; for a question list it adds the questions that are ready. Rows whose unit
// is unknown and neither created nor picked get the default unit, and are left out without one.
// Returns nullptr when there is nothing to write.
QUndoCommand *makeImportCommand(Session *session, const ImportPreview &preview,
                                const UnitChoices &choices);

struct ImportOutcome
{
    int added = 0;
    int updated = 0;
    int unitsCreated = 0;
};

// Pushes makeImportCommand() through the session's undo stack (one transaction, one undo
// step) and remembers, for the default unit, the mapping and the title lines that name it. The
// preview is taken by value: a caller that no longer needs it moves it in, and its rows are then
// freed on another core while SQLite writes (a copy only shares them).
Result<ImportOutcome> commitImport(Session &session, ImportPreview preview,
                                   const UnitChoices &choices);

// The command line's import, in one go and without a preview to confirm: the rows are checked
// as buildImportPreview() checks them, with the decisions it proposes, and each row is written
// as soon as it is final (AttendeeRepository::BulkInsert), while the other core goes on
// checking the rows after it. One transaction: nothing is written when anything fails, or
// when nothing can be imported. Units not in the directory that the choices create are created
// as their first person comes; the others' people get the default unit (the unit's name going
// into the note, as with commitImport()) or are left out without one. The mapping is
// remembered. There is no undo step: the command line has no undo. `checked`, when
// given, sees the whole preview (its problems and counts) once every row is checked, before
// the indexes are built and the transaction committed; the rows and the sheet (given by value:
// move it in) are freed on another core after it returns.
Result<ImportOutcome>
importStreaming(Session &session, io::Sheet sheet, const ImportContext &context,
                const ImportOptions &options, const UnitChoices &choices,
                const std::function<void(const ImportPreview &)> &checked = {});

} // namespace import
} // namespace dd
