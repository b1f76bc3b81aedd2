// The preview of an attendee import: every row normalised on all cores, then, in file order,
// what depends on the rows before (unknown units in the order the file names them, duplicates
// inside the file and against the event), each row handed over as soon as it is final.
#include "import/attendeepreview.h"

#include "session/session.h"
#include "text/vietnamese.h"
#include "util/fastkey.h"
#include "util/parallel.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

#include <algorithm>
#include <utility>
#include <vector>

namespace dd::import {

namespace {

QString unitKey(const ImportRow &row)
{
    return row.attendee.unitId ? QString::number(row.attendee.unitId) : text::fold(row.unitName);
}

bool sameValues(const Attendee &file, const Attendee &existing, bool unitGiven = true)
{
    auto same = [](const QString &a, const QString &b) {
        return a.isEmpty() || a == b;
    };
    return file.familyName == existing.familyName && file.middleName == existing.middleName
        && file.givenName == existing.givenName
        && (file.gender == Gender::Unknown || file.gender == existing.gender)
        && (file.birthYear == 0 || file.birthYear == existing.birthYear)
        && same(file.position, existing.position) && same(file.phone, existing.phone)
        && same(file.email, existing.email)
        && (file.note.isEmpty() || existing.note.contains(file.note))
        && (!unitGiven || file.unitId == 0 || file.unitId == existing.unitId);
}

} // namespace

ImportContext loadImportContext(Session &session)
{
    ImportContext c;
    c.eventId = session.eventId();
    c.units = session.units().list();
    c.attendees = session.attendees().list(c.eventId);
    return c;
}

ImportCounts ImportPreview::counts() const
{
    ImportCounts c;
    c.ignoredRows = ignoredRows;
    for (const ImportRow &r : rows) {
        if (r.blocked()) {
            ++c.errors;
            continue;
        }
        if (r.hasWarning())
            ++c.warnings;
        if (r.duplicate != Duplicate::None)
            ++c.duplicates;
        switch (r.decision) {
        case Decision::Import:
        case Decision::KeepBoth:
            ++c.toAdd;
            break;
        case Decision::Update:
            ++c.toUpdate;
            break;
        case Decision::Skip:
            ++c.skipped;
            break;
        }
    }
    return c;
}

void ImportPreview::setDecision(int index, Decision d)
{
    if (index < 0 || index >= rows.size())
        return;
    ImportRow &r = rows[index];
    if (r.duplicate == Duplicate::None)
        return; // a new person is imported (or, with an error, not)
    if (d == Decision::Import)
        d = Decision::KeepBoth;
    if (d == Decision::Update && r.duplicate != Duplicate::InEvent)
        return;
    r.decision = d;
}

ImportPreview buildImportPreview(const io::Sheet &sheet, const ImportContext &context,
                                 const ImportOptions &options, const Progress &progress,
                                 const RowsFinal &rowsFinal)
{
    ImportPreview p;
    p.eventId = context.eventId;
    p.defaultUnitId = options.defaultUnitId;
    p.header = options.headerRow >= 0 ? headerAt(sheet, options.headerRow) : findHeader(sheet);
    p.mapping = options.mapping ? *options.mapping : automaticMapping(p.header.headers);
    const ColumnMapping &m = p.mapping;

    const UnitIndex units(context.units);
    const QString defaultUnitName = units.names.value(options.defaultUnitId);

    QHash<FastKey, QList<const Attendee *>> existingByName;
    for (const Attendee &a : context.attendees)
        existingByName[text::fold(a.fullName())].append(&a);
    // The rows of the file by folded name, in file order: the first and the last of each name
    // (indexes into p.rows), and per row the next one of the same name.
    struct SameName
    {
        int first = -1;
        int last = -1;
    };
    QHash<FastKey, SameName> fileByName;
    std::vector<int> nextSameName;
    QSet<QString> unknownSeen;

    // Merges reaching into the data (a unit written once for several rows) are filled on the
    // fly; a copy of the whole sheet is made only when there are any.
    const int first = p.header.firstDataRow();
    QList<QStringList> filledRows;
    bool anyDataMerge = false;
    for (const io::CellRange &r : sheet.merges)
        if (r.lastRow >= first && r.lastRow > r.firstRow)
            anyDataMerge = true;
    if (anyDataMerge) {
        filledRows = sheet.rows;
        fillMerges(filledRows, sheet.merges, p.header.row, p.header.row + p.header.rowCount - 1);
    }
    const QList<QStringList> &rows = anyDataMerge ? filledRows : sheet.rows;

    const int total = int(rows.size());
    const int count = qMax(0, total - first);
    // Every row on its own first, on all cores; then, in file order, what depends on the rows
    // before: the unknown units in the order the file names them, and the duplicates.
    const RowRules rules { m,
                           units,
                           context.eventId,
                           options.defaultUnitId,
                           defaultUnitName,
                           QDate::currentDate().year() };
    // The rows are normalised in place, in a list as long as the sheet, on all cores; the pass
    // in file order follows them (on the calling thread, between its chunks) and closes the
    // gaps the rows without a person leave.
    p.rows.resize(count);
    ImportRow *const placed = p.rows.data();
    std::vector<char> holdsPerson(size_t(count), 0);
    std::vector<QString> phoneOf(static_cast<size_t>(count)); // phone digits, by p.rows index
    nextSameName.reserve(size_t(count));
    fileByName.reserve(count);
    qsizetype kept = 0;
    qsizetype passed = 0; // rows the pass in file order has seen
    // Returns false when rowsFinal() says stop.
    auto inOrder = [&](qsizetype upTo) {
        const qsizetype keptBefore = kept;
        for (qsizetype i = passed; i < upTo; ++i) {
            if (!holdsPerson[size_t(i)]) {
                ++p.ignoredRows;
                continue;
            }
            ImportRow &row = placed[i];
            const Attendee &a = row.attendee;
            if (row.unitUnknown) {
                const QString folded = text::fold(row.unitName);
                if (!unknownSeen.contains(folded)) {
                    unknownSeen.insert(folded);
                    p.unknownUnits << row.unitName;
                }
            }
            // Duplicates: the same name (accents and case ignored) and the same unit or phone.
            if (!row.blocked()) {
                const QString &name = row.foldedName;
                const QString &phoneDigits = phoneOf[size_t(i)];
                const auto inEvent = existingByName.constFind(name);
                for (const Attendee *e :
                     inEvent == existingByName.cend() ? QList<const Attendee *>() : *inEvent) {
                    const bool sameUnit
                        = row.unitGiven && !row.unitUnknown && e->unitId == a.unitId;
                    const bool samePhone
                        = !phoneDigits.isEmpty() && text::normalizePhone(e->phone) == phoneDigits;
                    if (sameUnit || samePhone) {
                        row.duplicate = Duplicate::InEvent;
                        row.existingId = e->id;
                        row.exactDuplicate = sameValues(a, *e, row.unitGiven);
                        row.decision = row.exactDuplicate ? Decision::Skip : Decision::Update;
                        row.problems << Problem {
                            Severity::Warning, Field::FullName,
                            row.exactDuplicate
                                ? QCoreApplication::translate(
                                      "Import", "%1 is already in the event with the same details.")
                                      .arg(e->fullName())
                                : QCoreApplication::translate(
                                      "Import", "%1 is already in the event (same name and %2).")
                                      .arg(e->fullName(),
                                           sameUnit
                                               ? QCoreApplication::translate("Import", "unit")
                                               : QCoreApplication::translate("Import", "phone"))
                        };
                        break;
                    }
                }
                // One lookup: this name's rows so far, an empty entry when there are none.
                SameName &same = fileByName[name];
                if (row.duplicate == Duplicate::None && same.first >= 0) {
                    const QString uk = unitKey(row);
                    for (int j = same.first; j >= 0; j = nextSameName[size_t(j)]) {
                        const ImportRow &o = placed[j];
                        const bool sameUnit = unitKey(o) == uk;
                        const bool samePhone
                            = !phoneDigits.isEmpty() && phoneOf[size_t(j)] == phoneDigits;
                        if (sameUnit || samePhone) {
                            row.duplicate = Duplicate::InFile;
                            row.duplicateOfRow = o.fileRow;
                            Attendee other = o.attendee;
                            row.exactDuplicate = sameValues(a, other) && sameValues(other, a);
                            row.decision = Decision::Skip;
                            row.problems
                                << Problem { Severity::Warning, Field::FullName,
                                             QCoreApplication::translate(
                                                 "Import", "The same person as row %1 of the file.")
                                                 .arg(o.fileRow) };
                            break;
                        }
                    }
                }
                if (row.duplicate == Duplicate::None) {
                    const int at = int(kept);
                    if (same.first < 0)
                        same.first = at;
                    else
                        nextSameName[size_t(same.last)] = at;
                    same.last = at;
                }
            }
            nextSameName.push_back(-1);
            if (kept != i) {
                placed[kept] = std::move(row);
                phoneOf[size_t(kept)] = std::move(phoneOf[size_t(i)]);
            }
            ++kept;
        }
        passed = std::max(passed, upTo);
        return !rowsFinal || kept == keptBefore || rowsFinal(p, keptBefore, kept);
    };
    const bool finished = parallelChunks(
        count, 512,
        [&](qsizetype begin, qsizetype end) {
            for (qsizetype i = begin; i < end; ++i)
                holdsPerson[size_t(i)] = normaliseRow(rows.at(first + i), first + int(i) + 1, rules,
                                                      placed[i], &phoneOf[size_t(i)]);
        },
        [&](qsizetype ready) {
            return inOrder(ready) && (!progress || progress(int(ready), count));
        });
    if (!finished || !inOrder(count)) {
        p.rows.clear();
        p.cancelled = true;
        return p;
    }
    p.rows.resize(kept);
    if (progress)
        progress(count, count);
    return p;
}

} // namespace dd::import
