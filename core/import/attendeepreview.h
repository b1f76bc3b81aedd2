#pragma once

#include "domain/attendee.h"
#include "domain/unit.h"
#include "import/attendeefields.h"
#include "import/attendeerows.h"
#include "io/sheet.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

// Import of the delegate lists the district unions send: a read sheet → the header row below
// any title rows → a column mapping (automatic, correctable, remembered per unit) →
// normalised and validated rows with every problem on its row → duplicates inside the file
// and against the event, each with a decision → one undoable command (attendeecommit.h).
// Nothing touches the database before the commit; buildImportPreview() works on plain data so
// that it can run off the GUI thread.
namespace dd {

class Session;

namespace import {

// What the preview needs to know about the data file, taken in the GUI thread.
struct ImportContext
{
    qint64 eventId = 0;
    QList<Unit> units; // the directory
    QList<Attendee> attendees; // the event's people
};
ImportContext loadImportContext(Session &session);

struct ImportCounts
{
    int toAdd = 0; // new people (Import and KeepBoth)
    int toUpdate = 0; // existing people updated or moved to this list's unit
    int duplicates = 0;
    int possible = 0; // possibly the same person as another ("có thể trùng")
    int skipped = 0; // duplicates the user skips
    int errors = 0; // rows that cannot be imported
    int noUnit = 0; // new people left out: no unit, or one not in the directory and not chosen
    int warnings = 0;
    int ignoredRows = 0; // blank, STT-only and total rows
    int hiddenLeftOut = 0; // people on rows the file hides, left out (not among `skipped`)
    int total() const { return toAdd + toUpdate; }
};

// What becomes of the units a unit column names that are not in the directory: created, or
// taken as a unit of the directory. The people of the others go to the sender when there is
// one (their unit's name kept in their note), and are left out otherwise.
struct UnitChoices
{
    QStringList create; // the names to create
    bool createAll = false; // every one (the command line's --create-units)
    QHash<QString, qint64> pick; // folded name → a unit of the directory
    bool creates(const QString &name) const;
    qint64 picked(const QString &name) const;
};

struct ImportOptions
{
    qint64 defaultUnitId = 0; // given to rows without a unit (the union that sent the file)
    std::optional<ColumnMapping> mapping; // automatic when not given
    int headerRow = -1; // found when -1
    // The rows the file hides are read like the others; otherwise they are shown, marked, and
    // left out unless the user includes them one by one.
    bool includeHiddenRows = false;
};

// What an import brings in. One preview serves both: a question list uses the rows' question
// fields, the file's source and the problems; the header, mapping and units are the delegate
// list's.
enum class ImportKind { Attendees, Questions };

struct ImportPreview
{
    ImportKind kind = ImportKind::Attendees;
    qint64 eventId = 0;
    qint64 defaultUnitId = 0;
    HeaderInfo header;
    QStringList titleLines; // above the header: where the sender is written
    ColumnMapping mapping;
    QList<ImportRow> rows; // the rows that hold a person or an attempt at one
    QStringList unknownUnits; // unit names not in the directory, in file order
    // What the file hides that the user should know of, one sentence each: the hidden
    // columns not read, an .xls whose hidden rows cannot be seen.
    QStringList hiddenNotes;
    int ignoredRows = 0;
    bool cancelled = false;

    ImportCounts counts(const UnitChoices &choices = {}) const;
    // Whether a row that adds a person has a unit to be written under.
    bool hasUnit(const ImportRow &row, const UnitChoices &choices) const;
    // Sets a row's decision, one of its choices().
    void setDecision(int index, Decision d);
};

// Called now and then with rows done and total; returning false cancels.
using Progress = std::function<bool(int done, int total)>;

// Called with rows [from, to) of preview.rows as soon as they are final: everything the
// preview says of them (problems, duplicates, decisions) is known, and nothing will change
// them any more, though later rows may still read them: a caller may move values out of
// those rows for a while (the command line's import lends the people to its writes) if it
// puts them back as they were before it returns. Returning false stops the preview like a
// cancel.
using RowsFinal = std::function<bool(ImportPreview &preview, qsizetype from, qsizetype to)>;

// The sentences of ImportPreview::hiddenNotes for a sheet read with `mapping`: each hidden
// column that holds something and was not read (a visible column holds its field, or it is
// named nothing the import knows), and for an .xls that its hidden rows cannot be seen.
QStringList hiddenNotes(const io::Sheet &sheet, const HeaderInfo &header,
                        const ColumnMapping &mapping);

ImportPreview buildImportPreview(const io::Sheet &sheet, const ImportContext &context,
                                 const ImportOptions &options, const Progress &progress = {},
                                 const RowsFinal &rowsFinal = {});

} // namespace import
} // namespace dd
