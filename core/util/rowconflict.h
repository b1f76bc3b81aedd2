#pragma once

#include <QString>

#include <any>
#include <functional>

class QUndoCommand;

// Why an edit was refused: another desk changed (or removed) the row since this desk read it
// (issue 18, several desks on one store). Carried by the Error of the refused write, so that the
// window can show both values and offer "take theirs" / "overwrite", and the command line can
// print them. Values are the stored text of the field (dates ISO, numbers as digits).
struct RowConflict
{
    QString table; // e.g. "attendees"
    qint64 row = 0;
    bool removed = false; // the row is gone: there is no "their value"
    QString field; // the column the conflict is shown on (one the user changed, if any)
    // That field of that row in a clerk's words, when the edit knows them ("Chỉ tiêu của Huyện
    // đoàn Dương Minh Châu"); empty: the message names the kind of row, its number and the field.
    QString subject;
    QString readValue; // what the user had read
    QString wantedValue; // what the user wants
    QString theirValue; // what the other desk wrote
    // The row as it is now, and the row as it is now with the user's fields written over it
    // (the record type of the table, e.g. Attendee): filled by the store.
    std::any theirRow;
    std::any mergedRow;
    // Builds the edit that writes the user's values over theirs (a new undoable edit); set by
    // the command that was refused. Null when overwriting is not possible (a removed row).
    std::function<QUndoCommand *()> overwrite;
};
