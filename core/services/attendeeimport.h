#pragma once

#include "domain/attendee.h"
#include "domain/unit.h"
#include "io/sheet.h"
#include "storage/attendeerepository.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QUndoCommand;

// Import of the delegate lists the district unions send: a read sheet → the header row below
// any title rows → a column mapping (automatic, correctable, remembered per unit) →
// normalised and validated rows with every problem on its row → duplicates inside the file
// and against the event, each with a decision → one undoable command. Nothing touches the
// database before commitImport(); buildImportPreview() works on plain data so that it can run
// off the GUI thread.
namespace dd {

class Database;
class Session;

namespace import {

// What a column of the file holds.
enum class Field {
    Ignore,
    Number, // STT: read to recognise numbered empty rows, never stored
    FullName,
    FamilyName,
    MiddleName,
    GivenName,
    FamilyAndMiddle, // "Họ và tên đệm" beside a "Tên" column
    Gender,
    BirthYear, // a year, or a date whose year is taken
    Male, // "Nam" under "Năm sinh" (a year), or a column where an X marks a man
    Female, // "Nữ": the same for women
    Position,
    Unit,
    PositionAndUnit, // "Chức vụ, đơn vị": "Bí thư Chi đoàn, Xã Phước Ninh"
    Phone,
    Email,
    Role,
    Note,
};
inline constexpr int kFieldCount = int(Field::Note) + 1;

QString fieldKey(Field f); // stable, for the remembered mappings: "full_name"
std::optional<Field> fieldFromKey(const QString &key);
QString fieldLabel(Field f); // translated, for the mapping combo boxes

// A header's text as mappings are keyed: folded, punctuation as spaces ("Họ và tên:" → "ho va
// ten").
QString headerKey(const QString &header);

// The field a header names, from Vietnamese and English header texts, accents and case
// ignored ("Họ và tên", "HO TEN", "Full name", "Năm sinh Nữ", "SĐT"). Ignore when unknown.
Field fieldForHeader(const QString &header);

// Column index → field; the user may correct it before the preview is built again.
struct ColumnMapping
{
    QList<Field> fields;

    Field at(int column) const
    {
        return column < fields.size() ? fields.at(column) : Field::Ignore;
    }
    int columnOf(Field f) const { return int(fields.indexOf(f)); }
    bool has(Field f) const { return fields.contains(f); }
    bool hasName() const;
    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;
};

ColumnMapping automaticMapping(const QStringList &headers);

// Where the table starts: the header row (0-based) and whether the next row is a second
// header row (a merged "Năm sinh" over "Nam" | "Nữ"), with the combined header texts.
struct HeaderInfo
{
    int row = -1; // -1 when no row looks like a header
    int rowCount = 1; // 1 or 2
    QStringList headers; // one per column: "Năm sinh Nam"
    int firstDataRow() const { return row < 0 ? 0 : row + rowCount; }
};

HeaderInfo findHeader(const io::Sheet &sheet);
// The header texts when the user says which row is the header (0-based).
HeaderInfo headerAt(const io::Sheet &sheet, int row);

// What the preview needs to know about the data file, taken in the GUI thread.
struct ImportContext
{
    qint64 eventId = 0;
    QList<Unit> units; // the directory
    QList<Attendee> attendees; // the event's people
};
ImportContext loadImportContext(Session &session);

enum class Severity { Warning, Error };

struct Problem
{
    Severity severity = Severity::Warning;
    Field field = Field::Ignore;
    QString message; // translated, for the user
};

enum class Duplicate { None, InFile, InEvent };

enum class Decision {
    Import, // a new person
    Skip,
    Update, // write the file's values over the person already in the event
    KeepBoth, // a duplicate, imported as another person
};
QString decisionLabel(Decision d);

struct ImportRow
{
    int fileRow = 0; // 1-based, as the spreadsheet program numbers it
    QStringList cells; // as read, merged cells filled
    Attendee attendee; // normalised; unitId is 0 when the unit is unknown
    QString unitName; // the unit text of the row, or the default unit's name
    bool unitUnknown = false;
    bool unitGiven = false; // the row names a unit (rather than taking the default one)
    QList<Problem> problems;
    Duplicate duplicate = Duplicate::None;
    bool exactDuplicate = false; // nothing in the row differs from what is there already
    qint64 existingId = 0; // InEvent: the person already in the event
    int duplicateOfRow = 0; // InFile: the file row of the first occurrence
    Decision decision = Decision::Import;
    // What the commit writes beside `attendee` (who is already in the form the repository
    // stores): folded name, sort key and search text, prepared with the preview on every
    // core, so that the commit only writes. Empty when the row cannot be imported.
    QString foldedName;
    QByteArray sortKey;
    QString searchText;

    bool blocked() const; // has an error: not imported whatever the decision
    bool hasWarning() const;
    QString problemText() const; // all problems, one per line
};

struct ImportCounts
{
    int toAdd = 0; // new people (Import and KeepBoth)
    int toUpdate = 0;
    int duplicates = 0;
    int skipped = 0; // duplicates the user skips
    int errors = 0; // rows that cannot be imported
    int warnings = 0;
    int ignoredRows = 0; // blank, STT-only and total rows
    int total() const { return toAdd + toUpdate; }
};

struct ImportOptions
{
    qint64 defaultUnitId = 0; // given to rows without a unit (the union that sent the file)
    std::optional<ColumnMapping> mapping; // automatic when not given
    int headerRow = -1; // found when -1
};

struct ImportPreview
{
    qint64 eventId = 0;
    qint64 defaultUnitId = 0;
    HeaderInfo header;
    ColumnMapping mapping;
    QList<ImportRow> rows; // the rows that hold a person or an attempt at one
    QStringList unknownUnits; // unit names not in the directory, in file order
    int ignoredRows = 0;
    bool cancelled = false;

    ImportCounts counts() const;
    // Sets a row's decision; only duplicates can be skipped, updated or kept.
    void setDecision(int index, Decision d);
};

// Called now and then with rows done and total; returning false cancels.
using Progress = std::function<bool(int done, int total)>;

// Called with rows [from, to) of preview.rows as soon as they are final: everything the
// preview says of them (problems, duplicates, decisions) is known, and nothing will change
// them any more, though later rows may still read them. Returning false stops the preview
// like a cancel.
using RowsFinal = std::function<bool(const ImportPreview &preview, qsizetype from, qsizetype to)>;

ImportPreview buildImportPreview(const io::Sheet &sheet, const ImportContext &context,
                                 const ImportOptions &options, const Progress &progress = {},
                                 const RowsFinal &rowsFinal = {});

// The one undoable command that writes the preview: it creates the unknown units listed in
// `createUnits` (with their part in the event), adds the new people and updates the chosen
// existing ones. Rows whose unit is unknown and not created get the default unit. Returns
// nullptr when there is nothing to write.
QUndoCommand *makeImportCommand(Session *session, const ImportPreview &preview,
                                const QStringList &createUnits);

struct ImportOutcome
{
    int added = 0;
    int updated = 0;
    int unitsCreated = 0;
};

// Pushes makeImportCommand() through the session's undo stack (one transaction, one undo
// step) and remembers the mapping for the default unit. The preview is taken by value: a
// caller that no longer needs it moves it in, and its rows are then freed on another core
// while SQLite writes (a copy only shares them).
Result<ImportOutcome> commitImport(Session &session, ImportPreview preview,
                                   const QStringList &createUnits);

// The command line's import, in one go and without a preview to confirm: the rows are checked
// as buildImportPreview() checks them, with the decisions it proposes, and each row is written
// as soon as it is final (AttendeeRepository::BulkInsert), while the other core goes on
// checking the rows after it. One transaction: nothing is written when anything fails, or
// when nothing can be imported. Units not in the directory are not created (their people
// get the default unit, the unit's name going into the note, as with commitImport()). The
// mapping is remembered. There is no undo step: the command line has no undo. `checked`, when
// given, sees the whole preview (its problems and counts) once every row is checked, before
// the indexes are built and the transaction committed; the rows and the sheet (given by value:
// move it in) are freed on another core after it returns.
Result<ImportOutcome> importStreaming(Session &session, io::Sheet sheet,
                                      const ImportContext &context, const ImportOptions &options,
                                      const std::function<void(const ImportPreview &)> &checked
                                      = {});

// The mapping a unit's files used last time: folded header text → field.
QHash<QString, Field> rememberedMapping(Database &db, qint64 unitId);
Status rememberMapping(Database &db, qint64 unitId, const QStringList &headers,
                       const ColumnMapping &mapping);
// The automatic mapping corrected by what was remembered for the unit.
ColumnMapping mappingFor(Database &db, qint64 unitId, const QStringList &headers);

// Helpers of the normalisation, public for tests.
int parseBirthYear(const QString &cell, bool *understood = nullptr);
Gender parseGender(const QString &cell);
bool isTotalRow(const QStringList &cells);

} // namespace import
} // namespace dd
