#pragma once

#include "domain/attendee.h"
#include "storage/database.h"

#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace dd {

namespace import {
struct ImportRow;
struct RowRules;
bool normaliseRow(const QStringList &cells, int fileRow, const RowRules &rules, ImportRow &row,
                  QString *phoneDigits);
} // namespace import

// People of one event. Names are stored NFC with a folded search column and a Vietnamese
// sort key (given, middle, family), both kept here so no caller can forget them.
class AttendeeRepository
{
public:
    explicit AttendeeRepository(Database &db);

    // In Vietnamese name order.
    QList<Attendee> list(qint64 eventId);
    std::optional<Attendee> get(qint64 id);
    QList<Attendee> get(const QList<qint64> &ids);
    int count(qint64 eventId);
    int count(qint64 eventId, qint64 unitId); // the people of one unit
    // The event's people per unit (unitId 0: no unit) and per kind (delegates, who count
    // against a quota, and the others), counted as the overview shows them.
    struct UnitCounts
    {
        qint64 unitId = 0;
        bool delegates = false; // the rows of people whose role is delegate
        bool reserves = false; // the rows of reserve delegates (counted against no quota)
        int people = 0;
        int counted = 0; // neither declined nor replaced
        int invited = 0; // invited at some point
        int confirmed = 0;
        int declined = 0;
        int checkedIn = 0;
    };
    QList<UnitCounts> countsByUnit(qint64 eventId);

    // Reads people one at a time in Vietnamese name order, so that an export of 100,000 rows
    // never holds the whole list. Nothing may be written to the table while a reader is open.
    class Reader
    {
    public:
        Reader(Reader &&other) noexcept;
        Reader &operator=(Reader &&other) noexcept;
        ~Reader();
        // The next person into `a` (every field set); false after the last one, or when
        // reading failed: then error() says why.
        bool next(Attendee &a);
        const QString &error() const;

    private:
        friend class AttendeeRepository;
        struct Private;
        explicit Reader(std::unique_ptr<Private> d);
        std::unique_ptr<Private> d;
    };
    // The event's people, or those of one unit (unitId > 0).
    Reader read(qint64 eventId, qint64 unitId = 0);

    Result<qint64> insert(const Attendee &a); // keeps a.id when set (undo of a delete)
    // Many rows in the caller's transaction (an import); returns the new ids in order.
    Result<QList<qint64>> insertMany(const QList<Attendee> &rows);
    // `read`: the row as the edit read it, for the values a refusal shows (RowConflict).
    Status update(const Attendee &a, const Attendee *read = nullptr);
    // Before removing: refuses a row another desk changed since `row` was read.
    Status claim(const Attendee &row);
    Status remove(qint64 id);
    // Many rows in the caller's transaction (undo of an import), with one prepared statement.
    Status removeMany(const QList<qint64> &ids);

    // A check-in at the door, safe with several desks at once: one short transaction that
    // checks the person in at `when` by `desk` unless someone was first. `done` is false when
    // they were: `at` and `desk` then say when and where.
    struct CheckIn
    {
        bool done = false;
        QDateTime at;
        QString desk;
        qint64 rowVersion = 0; // the person's row after this desk's check-in (done)
    };
    Result<CheckIn> checkIn(qint64 id, const QDateTime &when, const QString &desk);
    // Clears the check-in of `id` made at `at` by `desk` (its undo); false, and nothing
    // changed, when the person's check-in is no longer that one (another desk changed it).
    Result<bool> clearCheckIn(qint64 id, const QDateTime &at, const QString &desk,
                              qint64 *rowVersion = nullptr); // set to the row's new version

    // Checks a record before it is written; the message says what to fix.
    static Status validate(const Attendee &a);
    // The folded text the search box looks in: name, position, workplace, e-mail, phone digits.
    static QString searchText(const Attendee &a);

    // A record as it is written: cleaned, with its derived columns (folded name, Vietnamese
    // sort key, search text). Every write prepares its record; a long import prepares its rows
    // on every core while it checks them, and hands them to insertPrepared() ready.
    struct Prepared
    {
        Attendee a;
        QString foldedName;
        QByteArray sortKey;
        QString search;
        // The record the table's columns are read from (TableColumn).
        friend const Attendee &recordOf(const Prepared &p) { return p.a; }
    };
    static Prepared prepare(Attendee a); // move a person in that is not needed any more
    // What says that a person's text values are already as prepare() would clean them: made
    // only by the import's row check, which cleans each cell as it reads it (a test compares
    // its people with prepare()'s on dirty cells), so that 100,000 rows are not cleaned twice.
    // Every other writer goes through prepare(Attendee) and its cleaning.
    class Tidied
    {
        friend class AttendeeRepository;
        friend bool import::normaliseRow(const QStringList &cells, int fileRow,
                                         const import::RowRules &rules, import::ImportRow &row,
                                         QString *phoneDigits);
        Tidied() = default;
    };
    static Prepared prepare(Attendee a, Tidied); // the derived columns only
    // insertMany() for rows prepare() made, unchanged since but for id, eventId and unitId.
    Result<QList<qint64>> insertPrepared(const QList<Prepared> &rows);

    // insertPrepared() in pieces, as the rows come: an import writes the rows it has checked
    // while it checks the next ones. Everything happens in the caller's transaction; `expected`
    // is how many rows may come (a long list into a nearly empty table has the indexes
    // dropped, and built again by finish()). After a failed add() nothing more is written and
    // the caller rolls back; without finish() the indexes are built again at the end all the
    // same, and the rows written stay in the transaction.
    class BulkInsert
    {
    public:
        BulkInsert(AttendeeRepository &repo, qsizetype expected);
        BulkInsert(const BulkInsert &) = delete;
        BulkInsert &operator=(const BulkInsert &) = delete;
        ~BulkInsert();
        Status add(const Prepared *rows, qsizetype count);
        // The ids of all the rows added, in order.
        Result<QList<qint64>> finish();

    private:
        struct Private;
        std::unique_ptr<Private> d;
    };

private:
    static QString searchTextOf(const QString &foldedName, const Attendee &a);
    Database &m_db;
};

} // namespace dd
