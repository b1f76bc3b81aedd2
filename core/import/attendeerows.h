#pragma once

#include "domain/attendee.h"
#include "domain/question.h"
#include "domain/unit.h"
#include "import/attendeefields.h"
#include "import/unitmatcher.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// One row of an imported file (a delegate list or a list of questions), normalised and checked
// on its own, with every problem on the row; for a delegate list: NFC, trimmed, names split,
// phone formats.
namespace dd::import {

enum class Severity { Warning, Error };

// What a problem is about, the same for people and questions where it means the same.
enum class ProblemKind {
    Other,
    MissingField, // a required value is empty (the name, the question's text)
    TooLong, // a cell longer than its field may be
    BadDate, // a date or a year that cannot be read
    UnknownUnit, // a unit (or an e-mail's sender) that is not in the directory
    UnknownValue, // a kind, topic, channel or gender the import does not know
    Duplicate, // the same as an earlier row of the file, or as a row already in the event
    Unreadable, // the file itself could not be read
    HiddenRow, // the spreadsheet program does not show the row (hidden, filtered, collapsed)
};

struct Problem
{
    Severity severity = Severity::Warning;
    Field field = Field::Ignore; // attendee rows: the column it is about
    QString message; // translated, for the user
    ProblemKind kind = ProblemKind::Other;
};

// What a row of a question list holds beside the parts every row has: the question as it will
// be stored, where it came from and who sent it.
struct QuestionFields
{
    Question question; // unitId 0 while the unit is unknown
    QString source; // "dmc.eml, item 2", "cau-hoi.xlsx, row 7"
    QString sender; // e-mail: "Name <address>"
    int topicPosition = 0; // the topic found: its number, as the question table shows it
    QString topicTitle; // and its title, for the tooltip
    QString sheet; // the sheet of a workbook with several, else empty
    QList<qint64> unitCandidates; // the units a shortened unit name may be, when several
};

// Whether a row is someone already met: the same folded name and the same phone or e-mail, or
// the same unit and nothing that contradicts it (birth year, phone, e-mail, gender) is the
// same person; the same name and unit with one differing detail is possibly the same person
// ("có thể trùng"), for the user to decide; anything else is a namesake, another person.
enum class Duplicate {
    None,
    InFile, // the same person as an earlier row of the file: skipped, every time
    InEvent, // the same person is already in the event
    Possible, // possibly the same person as an earlier row or someone in the event
};

enum class Decision {
    Import, // a new person
    Skip,
    Update, // write the file's values over the person already in the event
    KeepBoth, // a duplicate, imported as another person
    Move, // the person is in the event under another unit: move them to this row's unit
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
    qint64 existingId = 0; // InEvent, Possible: the person already in the event
    qint64 existingUnitId = 0; // their unit
    bool otherUnit = false; // InEvent: the person is already there, sent by another unit
    int duplicateOfRow = 0; // InFile, Possible: the file row of the first occurrence
    // The file hides the row (hiddenRowProblem()): left out (Skip) unless the user includes
    // the hidden rows or this one.
    bool hiddenInFile = false;
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
    // The decisions the user may choose between (none for a person who is simply new; Import
    // and Skip for a question that can be imported).
    QList<Decision> choices() const;

    // A row of a question list (ImportKind::Questions): its own fields, shared between copies
    // of the row until one of them is changed. An attendee row carries none (no cost per row).
    bool isQuestion() const { return m_question != nullptr; }
    const QuestionFields &questionFields() const;
    QuestionFields &questionFields();
    const Question &question() const { return questionFields().question; }
    Question &question() { return questionFields().question; }
    // A question row is imported: not blocked, not skipped, and with a unit when it needs one.
    bool ready() const;

private:
    std::shared_ptr<QuestionFields> m_question;
};

// What every row is checked against.
struct RowRules
{
    const ColumnMapping &m;
    const UnitMatcher &units;
    qint64 eventId;
    qint64 defaultUnitId;
    QString defaultUnitName;
    int thisYear;
};

// One row of the sheet normalised on its own, without looking at the other rows: the part of
// the preview that runs on every core. Returns false for a row without a person (blank,
// numbered but empty, a total, a section heading). `phoneDigits` receives the phone's digits,
// compared with the other rows' to find the same person.
bool normaliseRow(const QStringList &cells, int fileRow, const RowRules &rules, ImportRow &row,
                  QString *phoneDigits);

// What a row without a person says about the people under it. A branch's heading ("Chi đoàn xã
// Thạnh Đức", "CHI HỘI THANH NIÊN CÔNG NHÂN ẤP CÂY ĐA", written in the name column alone or
// merged across the table) gives its text, as written: the workplace of the people under it
// whose own cell is empty, as a district list means it. Another heading ("Khối doanh nghiệp",
// "I. HUYỆN ĐOÀN DƯƠNG MINH CHÂU") gives an empty text, ending the branch before it. Any other
// row (blank, a total, a person) gives nothing.
std::optional<QString> branchHeading(const QStringList &cells, const ColumnMapping &m,
                                     const UnitMatcher &units);

// What a row the file hides says in the preview: "Hàng bị ẩn trong tệp", for people and
// questions alike.
Problem hiddenRowProblem();

// Helpers of the normalisation, public for tests.
int parseBirthYear(const QString &cell, bool *understood = nullptr);
Gender parseGender(const QString &cell);

} // namespace dd::import
