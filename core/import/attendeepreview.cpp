// The preview of an attendee import: every row normalised on all cores, then, in file order,
// what depends on the rows before (unknown units in the order the file names them, duplicates
// inside the file and against the event), each row handed over as soon as it is final.
#include "import/attendeepreview.h"
#include "domain/inputrules.h"
#include "import/replacement.h"
#include "io/readlimits.h"

#include "session/session.h"
#include "storage/attendeerepository.h"
#include "text/vietnamese.h"
#include "util/fastkey.h"
#include "util/parallel.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <memory>
#include <new>
#include <utility>
#include <vector>

namespace dd::import {

namespace {

// Whether a heading row (one branchHeading() gives) opens the reserves: "ĐẠI BIỂU DỰ KHUYẾT",
// "Danh sách dự khuyết". The people under it are reserve delegates (Attendee::reserve): they
// count against no quota and are not invited with the delegates.
bool isReservesHeading(const QStringList &cells)
{
    static const QRegularExpression reserves(QStringLiteral("\\bdu khuyet\\b"));
    for (const QString &c : cells)
        if (!c.trimmed().isEmpty())
            return reserves.match(text::fold(c)).hasMatch();
    return false;
}

// What tells one person from a namesake, for the rows and for the people already there.
struct Who
{
    QString unit; // the unit id, or "?" and the folded name of a unit not in the directory
    QString phone; // digits
    QString email; // inputrules::emailKey()
    int birthYear = 0;
    Gender gender = Gender::Unknown;
    // Hashes of the three texts: a name's rows are compared with each other, and most of them
    // differ, which the hashes tell without reading the texts.
    size_t unitHash = 0, phoneHash = 0, emailHash = 0;
};

Who whoOf(const Attendee &a, const QString &unitKey, const QString &phoneDigits)
{
    Who w { unitKey, phoneDigits, inputrules::emailKey(a.email), a.birthYear, a.gender };
    w.unitHash = qHash(w.unit);
    w.phoneHash = qHash(w.phone);
    w.emailHash = qHash(w.email);
    return w;
}

bool sameText(const QString &a, size_t aHash, const QString &b, size_t bHash)
{
    return aHash == bHash && a == b;
}

QString unitKeyOf(const ImportRow &row)
{
    if (row.attendee.unitId)
        return QString::number(row.attendee.unitId);
    return row.unitGiven ? QLatin1Char('?') + text::fold(row.unitName) : QString();
}

enum class Likeness { Other, Possible, Same };

// DOMAIN.md's rule for two people of the same folded name. `strong` is set when the phone or
// the e-mail is the same; `differs` names the one detail in the way of a "possible".
Likeness compare(const Who &a, const Who &b, bool *strong, QString *differs)
{
    *strong = (!a.phone.isEmpty() && sameText(a.phone, a.phoneHash, b.phone, b.phoneHash))
        || (!a.email.isEmpty() && sameText(a.email, a.emailHash, b.email, b.emailHash));
    if (*strong)
        return Likeness::Same;
    if (a.unit.isEmpty() || !sameText(a.unit, a.unitHash, b.unit, b.unitHash))
        return Likeness::Other;
    // Counted first, and worded only for the one "possible" detail: most namesakes of one union
    // differ in two or more, and the words are looked up in the translations.
    const bool year = a.birthYear && b.birthYear && a.birthYear != b.birthYear;
    const bool phone = !a.phone.isEmpty() && !b.phone.isEmpty();
    const bool email = !a.email.isEmpty() && !b.email.isEmpty();
    const bool gender
        = a.gender != Gender::Unknown && b.gender != Gender::Unknown && a.gender != b.gender;
    const int different = int(year) + int(phone) + int(email) + int(gender);
    if (different == 0)
        return Likeness::Same;
    if (different > 1)
        return Likeness::Other;
    *differs = year ? QCoreApplication::translate("Import", "birth year %1/%2")
                          .arg(a.birthYear)
                          .arg(b.birthYear)
        : phone ? QCoreApplication::translate("Import", "phone")
        : email ? QCoreApplication::translate("Import", "e-mail")
                : QCoreApplication::translate("Import", "gender");
    return Likeness::Possible;
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
        && same(file.position, existing.position) && same(file.workplace, existing.workplace)
        && same(file.phone, existing.phone)
        && (file.email.isEmpty() || inputrules::sameEmail(file.email, existing.email))
        && (file.note.isEmpty() || existing.note.contains(file.note))
        && (!unitGiven || file.unitId == 0 || file.unitId == existing.unitId);
}

// Where the people end: at the signature block or the place and date under the table, looked
// for among the last rows only (a list of 100,000 rows is not read twice).
int tableEnd(const QList<QStringList> &rows, int first)
{
    constexpr int kFooterRows = 30;
    int end = int(rows.size());
    int seen = 0;
    for (int r = int(rows.size()) - 1; r >= first && seen < kFooterRows; --r) {
        bool empty = true;
        for (const QString &c : rows.at(r))
            empty = empty && c.trimmed().isEmpty();
        if (empty)
            continue;
        ++seen;
        if (isFooterRow(rows.at(r)))
            end = r;
    }
    return end;
}

} // namespace

QStringList hiddenNotes(const io::Sheet &sheet, const HeaderInfo &header,
                        const ColumnMapping &mapping)
{
    QStringList notes;
    if (!sheet.visibilityKnown)
        notes << QCoreApplication::translate(
            "Import",
            "DialogueDesk cannot see which rows an Excel 97–2003 file (.xls) hides: every row is "
            "read. If the list hides rows (people struck off, an earlier version), open it in "
            "Excel and save it as .xlsx, then import that file.");
    // Only a column that would have been read matters: a hidden "Mã đoàn viên" or "Số CCCD"
    // is not read either way.
    const int columns = int(header.headers.size());
    for (const int c : sheet.hiddenColumns) {
        if (c >= columns)
            break;
        const QString h = header.headers.at(c).simplified();
        const Field f = fieldForHeader(h);
        if (f == Field::Ignore || mapping.at(c) != Field::Ignore)
            continue; // nothing it would give, or the user reads it
        const int visible = mapping.columnOf(f);
        notes << (visible >= 0
                      ? QCoreApplication::translate(
                            "Import",
                            "Column %1 (“%2”) is hidden in the file and was not read: "
                            "column %3 is read as %4.")
                            .arg(io::columnName(c), h, io::columnName(visible), fieldLabel(f))
                      : QCoreApplication::translate(
                            "Import",
                            "Column %1 (“%2”) is hidden in the file and was not "
                            "read.")
                            .arg(io::columnName(c), h));
    }
    return notes;
}

bool UnitChoices::creates(const QString &name) const
{
    if (createAll)
        return true;
    const QString f = text::fold(name);
    for (const QString &c : create)
        if (text::fold(c) == f)
            return true;
    return false;
}

qint64 UnitChoices::picked(const QString &name) const
{
    return pick.value(text::fold(name));
}

ImportContext loadImportContext(Session &session)
{
    ImportContext c;
    c.eventId = session.eventId();
    c.units = session.units().list();
    c.attendees = session.attendees().list(c.eventId);
    return c;
}

bool ImportPreview::hasUnit(const ImportRow &r, const UnitChoices &choices) const
{
    if (r.unitUnknown)
        return defaultUnitId != 0 || choices.creates(r.unitName) || choices.picked(r.unitName) != 0;
    return r.attendee.unitId != 0;
}

ImportCounts ImportPreview::counts(const UnitChoices &choices) const
{
    ImportCounts c;
    c.ignoredRows = ignoredRows;
    for (const ImportRow &r : rows) {
        if (r.hiddenInFile && r.decision == Decision::Skip) {
            ++c.hiddenLeftOut;
            continue;
        }
        if (r.blocked()) {
            ++c.errors;
            continue;
        }
        if (r.hasWarning())
            ++c.warnings;
        if (r.duplicate == Duplicate::Possible)
            ++c.possible;
        else if (r.duplicate != Duplicate::None)
            ++c.duplicates;
        switch (r.decision) {
        case Decision::Import:
        case Decision::KeepBoth:
            if (hasUnit(r, choices))
                ++c.toAdd;
            else
                ++c.noUnit;
            break;
        case Decision::Update:
        case Decision::Move:
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
    if (d == Decision::Import && !r.isQuestion() && !r.choices().contains(Decision::Import))
        d = Decision::KeepBoth;
    if (r.choices().contains(d))
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
    p.titleLines = titleLines(sheet, p.header);
    UnitMatcher units(context.units);
    if (options.mapping) {
        p.mapping = *options.mapping;
    } else {
        p.mapping = automaticMapping(p.header.headers, sheet.hiddenColumns);
        decideNameColumns(p.mapping, sheet, p.header);
        decideUnitColumns(p.mapping, sheet, p.header, units);
    }
    const ColumnMapping &m = p.mapping;
    p.hiddenNotes = hiddenNotes(sheet, p.header, m);
    // Rows the file hides: shown, marked, and left out unless the user includes them.
    const bool leaveHiddenOut = !options.includeHiddenRows && !sheet.hiddenRows.isEmpty();
    // The few names a unit column repeats, looked up once instead of on every row.
    if (const int c = m.columnOf(Field::Unit); c >= 0) {
        QSet<FastKey> written;
        QSet<QString> names;
        for (int r = p.header.firstDataRow(); r < sheet.rowCount(); ++r)
            if (const QStringList &cells = sheet.rows.at(r); c < cells.size())
                if (!written.contains(cells.at(c))) {
                    written.insert(cells.at(c));
                    names.insert(text::clean(cells.at(c).trimmed()));
                }
        units.remember(names);
    }
    const QString defaultUnitName = units.name(options.defaultUnitId);

    // The people already there by folded name, with what tells them from a namesake.
    struct Existing
    {
        const Attendee *a;
        Who who;
    };
    QHash<FastKey, QList<Existing>> existingByName;
    for (const Attendee &a : context.attendees)
        existingByName[text::fold(a.fullName())].append(
            { &a,
              whoOf(a, a.unitId ? QString::number(a.unitId) : QString(),
                    text::normalizePhone(a.phone)) });
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

    const int total = tableEnd(rows, first);
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
    // The list's memory is taken uninitialised and each row is made by the core that fills
    // it: the calling thread neither constructs nor first touches ~45 MB of rows before the
    // first one is checked. Until the chunks are all done, only the rows a chunk has made are
    // objects (`made`); the pass in file order and rowsFinal() read no others.
    if (count > 0)
        p.rows = QList<ImportRow>(
            QArrayDataPointer<ImportRow>(QTypedArrayData<ImportRow>::allocate(count), count));
    ImportRow *const placed = p.rows.data();
    enum : char { kUnmade, kNoPerson, kPerson };
    std::vector<char> made(size_t(count), kUnmade); // and whether the row holds a person
    // What the pass compares, by p.rows index, made with the row on its core too.
    Who *const whoOfRow = std::allocator<Who>().allocate(size_t(count));
    auto freeWho = [&](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i)
            if (made[size_t(i)] != kUnmade)
                whoOfRow[i].~Who();
    };
    nextSameName.reserve(size_t(count));
    // Not reserved for every row: names repeat, and a table sized as if none did is so sparse
    // that each lookup misses the cache; it grows as the names come.
    qsizetype kept = 0;
    qsizetype passed = 0; // rows the pass in file order has seen
    // Returns false when rowsFinal() says stop.
    QString branch; // the branch heading the rows sit under (branchHeading())
    bool reserves = false; // under "ĐẠI BIỂU DỰ KHUYẾT"
    auto inOrder = [&](qsizetype upTo) {
        const qsizetype keptBefore = kept;
        for (qsizetype i = passed; i < upTo; ++i) {
            // A row the file hides and the user leaves out: nothing in it (a heading, a first
            // occurrence of a name) bears on the rows it shows.
            const bool leftOut = leaveHiddenOut && sheet.isRowHidden(first + int(i));
            if (made[size_t(i)] != kPerson) {
                ++p.ignoredRows;
                if (leftOut)
                    continue;
                if (const auto heading = branchHeading(rows.at(first + int(i)), m, units)) {
                    branch = *heading;
                    reserves = isReservesHeading(rows.at(first + int(i)));
                }
                continue;
            }
            ImportRow &row = placed[i];
            if (!branch.isEmpty() && row.attendee.workplace.isEmpty() && !row.blocked()) {
                row.attendee.workplace = branch;
                row.searchText = AttendeeRepository::searchText(row.attendee);
            }
            if (reserves)
                row.attendee.reserve = true;
            const Attendee &a = row.attendee;
            if (row.unitUnknown) {
                const QString folded = text::fold(row.unitName);
                if (!unknownSeen.contains(folded)) {
                    unknownSeen.insert(folded);
                    p.unknownUnits << row.unitName;
                }
            }
            // The same person or a namesake (DOMAIN.md): first an earlier row of the file, a
            // repeat being skipped every time, then the people already in the event.
            if (!row.blocked()) {
                const QString &name = row.foldedName;
                const Who &who = whoOfRow[i]; // made with the row, on its core
                // One lookup: this name's rows so far, an empty entry when there are none.
                SameName &same = fileByName[name];
                int possibleRow = -1;
                QString possibleDiffers;
                for (int j = same.first; j >= 0; j = nextSameName[size_t(j)]) {
                    const ImportRow &o = placed[j];
                    bool strong = false;
                    QString differs;
                    const Likeness l = compare(who, whoOfRow[j], &strong, &differs);
                    if (l == Likeness::Same) {
                        row.duplicate = Duplicate::InFile;
                        row.duplicateOfRow = o.fileRow;
                        row.exactDuplicate = sameValues(a, o.attendee) && sameValues(o.attendee, a);
                        row.decision = Decision::Skip;
                        row.problems
                            << Problem { Severity::Warning, Field::FullName,
                                         QCoreApplication::translate(
                                             "Import", "The same person as row %1 of the file.")
                                             .arg(o.fileRow),
                                         ProblemKind::Duplicate };
                        break;
                    }
                    if (l == Likeness::Possible && possibleRow < 0) {
                        possibleRow = j;
                        possibleDiffers = differs;
                    }
                }
                const auto inEvent = existingByName.constFind(name);
                const Existing *possible = nullptr;
                QString possibleEventDiffers;
                if (row.duplicate == Duplicate::None && inEvent != existingByName.cend()) {
                    for (const Existing &e : *inEvent) {
                        bool strong = false;
                        QString differs;
                        const Likeness l = compare(who, e.who, &strong, &differs);
                        if (l == Likeness::Possible && !possible) {
                            possible = &e;
                            possibleEventDiffers = differs;
                        }
                        if (l != Likeness::Same)
                            continue;
                        row.duplicate = Duplicate::InEvent;
                        row.existingId = e.a->id;
                        row.existingUnitId = e.a->unitId;
                        const bool sameUnit = !who.unit.isEmpty() && who.unit == e.who.unit;
                        if (!sameUnit && e.a->unitId != 0) {
                            // Sent by another union first: they stay there unless moved.
                            row.otherUnit = true;
                            row.decision = Decision::Skip;
                            row.problems << Problem { Severity::Warning, Field::Unit,
                                                      QCoreApplication::translate(
                                                          "Import", "Already in the list of %1.")
                                                          .arg(units.name(e.a->unitId)),
                                                      ProblemKind::Duplicate };
                            break;
                        }
                        row.exactDuplicate = sameValues(a, *e.a, row.unitGiven);
                        row.decision = row.exactDuplicate ? Decision::Skip : Decision::Update;
                        row.problems << Problem {
                            Severity::Warning, Field::FullName,
                            row.exactDuplicate
                                ? QCoreApplication::translate(
                                      "Import", "%1 is already in the event with the same details.")
                                      .arg(e.a->fullName())
                                : QCoreApplication::translate(
                                      "Import", "%1 is already in the event (same name and %2).")
                                      .arg(
                                          e.a->fullName(),
                                          strong ? (
                                              who.phone == e.who.phone && !who.phone.isEmpty()
                                                  ? QCoreApplication::translate("Import", "phone")
                                                  : QCoreApplication::translate("Import", "e-mail"))
                                                 : QCoreApplication::translate("Import", "unit")),
                            ProblemKind::Duplicate
                        };
                        break;
                    }
                }
                if (row.duplicate == Duplicate::None && (possible || possibleRow >= 0)) {
                    // One detail differs: imported as another person unless the user decides.
                    row.duplicate = Duplicate::Possible;
                    row.decision = Decision::KeepBoth;
                    if (possible) {
                        row.existingId = possible->a->id;
                        row.existingUnitId = possible->a->unitId;
                    } else {
                        row.duplicateOfRow = placed[possibleRow].fileRow;
                    }
                    row.problems << Problem {
                        Severity::Warning, Field::FullName,
                        possible ? QCoreApplication::translate(
                                       "Import",
                                       "Possibly the same person as %1, already in the event "
                                       "(%2 differs); imported as another person.")
                                       .arg(possible->a->fullName(), possibleEventDiffers)
                                 : QCoreApplication::translate(
                                       "Import",
                                       "Possibly the same person as row %1 of the file (%2 "
                                       "differs); imported as another person.")
                                       .arg(placed[possibleRow].fileRow)
                                       .arg(possibleDiffers),
                        ProblemKind::Duplicate
                    };
                }
                // "Thay thế cho đ/c …": the person replaced, if the union sent them before.
                if (const QString replaced = replacedName(a.note); !replaced.isEmpty()) {
                    if (const auto it = existingByName.constFind(replaced);
                        it != existingByName.cend())
                        for (const Existing &e : *it)
                            if (e.a->unitId == a.unitId && a.unitId != 0
                                && e.a->status != InvitationStatus::Replaced) {
                                row.problems << Problem { Severity::Warning, Field::Note,
                                                          replacementProblem(
                                                              *e.a, units.name(e.a->unitId)) };
                                break;
                            }
                }
                if (row.duplicate != Duplicate::InFile && !leftOut) {
                    const int at = int(kept);
                    if (same.first < 0)
                        same.first = at;
                    else
                        nextSameName[size_t(same.last)] = at;
                    same.last = at;
                }
            }
            if (leftOut)
                row.decision = Decision::Skip;
            nextSameName.push_back(-1);
            if (kept != i) {
                placed[kept] = std::move(row);
                whoOfRow[kept] = std::move(whoOfRow[i]);
            }
            ++kept;
        }
        passed = std::max(passed, upTo);
        return !rowsFinal || kept == keptBefore || rowsFinal(p, keptBefore, kept);
    };
    const bool finished = parallelChunks(
        count, 512,
        [&](qsizetype begin, qsizetype end) {
            QString phoneDigits;
            for (qsizetype i = begin; i < end; ++i) {
                phoneDigits.clear();
                ImportRow &row = *new (placed + i) ImportRow();
                const bool person = normaliseRow(rows.at(first + i), first + int(i) + 1, rules, row,
                                                 &phoneDigits);
                if (person && sheet.isRowHidden(first + int(i))) {
                    row.hiddenInFile = true;
                    row.problems.prepend(hiddenRowProblem());
                }
                // What the pass in file order compares, made here rather than on its core.
                if (person && !row.blocked())
                    new (whoOfRow + i) Who(whoOf(row.attendee, unitKeyOf(row), phoneDigits));
                else
                    new (whoOfRow + i) Who();
                made[size_t(i)] = person ? kPerson : kNoPerson;
            }
        },
        [&](qsizetype ready) {
            return inOrder(ready) && (!progress || progress(int(ready), count));
        });
    if (!finished || !inOrder(count)) {
        // The rows no chunk reached are made, so that the list holds only objects.
        for (qsizetype i = 0; i < count; ++i)
            if (made[size_t(i)] == kUnmade)
                new (placed + i) ImportRow();
        freeWho(0, count);
        std::allocator<Who>().deallocate(whoOfRow, size_t(count));
        p.rows.clear();
        p.cancelled = true;
        return p;
    }
    p.rows.resize(kept);
    // What told the rows apart (three strings a row) is freed on every core: the other ones
    // are idle now, and the caller goes on to write.
    parallelChunks(count, 8192, freeWho);
    std::allocator<Who>().deallocate(whoOfRow, size_t(count));
    if (progress)
        progress(count, count);
    return p;
}

} // namespace dd::import
