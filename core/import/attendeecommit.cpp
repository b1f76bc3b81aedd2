// The commit of an attendee import: what each row writes, handed to the one undoable command
// (commands::importAttendees) that creates the accepted units, adds the new people and updates
// the chosen existing ones, or written as it comes (the command line).
#include "import/attendeecommit.h"

#include "import/rememberedmapping.h"

#include "edit/importcommand.h"
#include "session/session.h"
#include "text/vietnamese.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>
#include <utility>

namespace dd::import {

namespace {

UnitKind guessUnitKind(const QString &name, bool hasParent)
{
    const QString f = text::fold(name);
    for (const char *p : { "huyen doan", "thi doan", "thanh doan" })
        if (f.startsWith(QLatin1String(p)))
            return UnitKind::District;
    for (const char *p : { "chi doan", "chi hoi", "doan xa", "doan phuong", "xa ", "phuong ",
                           "thi tran ", "doan co so" })
        if (f.startsWith(QLatin1String(p)))
            return UnitKind::Branch;
    return hasParent ? UnitKind::Branch : UnitKind::Other;
}

// The existing person with the values the file gives written over theirs; what the file
// leaves empty stays as it was, and the invitation and check-in are never touched.
bool hasDiacritics(const Attendee &a)
{
    for (const QString *p : { &a.familyName, &a.middleName, &a.givenName })
        for (const QChar c : *p)
            if (c.unicode() > 0x7f)
                return true;
    return false;
}

Attendee merged(Attendee existing, const Attendee &file, bool roleGiven, bool unitGiven)
{
    // "Doan Thi Hong" typed without accents does not replace "Đoàn Thị Hồng".
    if (hasDiacritics(file) || !hasDiacritics(existing)) {
        existing.familyName = file.familyName;
        existing.middleName = file.middleName;
        existing.givenName = file.givenName;
    }
    if (file.gender != Gender::Unknown)
        existing.gender = file.gender;
    if (file.birthYear != 0)
        existing.birthYear = file.birthYear;
    if (!file.position.isEmpty())
        existing.position = file.position;
    if (unitGiven && file.unitId != 0)
        existing.unitId = file.unitId;
    if (!file.phone.isEmpty())
        existing.phone = file.phone;
    if (!file.email.isEmpty())
        existing.email = file.email;
    if (roleGiven)
        existing.role = file.role;
    if (!file.note.isEmpty() && !existing.note.contains(file.note))
        existing.note
            = existing.note.isEmpty() ? file.note : existing.note + QLatin1String("; ") + file.note;
    return existing;
}

// What an import writes for its rows, taken one by one in file order: the new people,
// prepared, and the existing people the rows update.
struct Writes
{
    Writes(Session *s, const ImportPreview &p, const QHash<QString, int> &units)
        : session(s)
        , eventId(p.eventId)
        , defaultUnitId(p.defaultUnitId)
        , roleGiven(p.mapping.has(Field::Role))
        , newUnitIndex(units)
    { }

    Session *session;
    qint64 eventId;
    qint64 defaultUnitId;
    bool roleGiven; // the file has a role column
    const QHash<QString, int> &newUnitIndex; // folded name → index of a unit created first

    QList<AttendeeRepository::Prepared> added;
    QList<int> pending; // per added person, the index of its created unit, or -1
    QList<Attendee> before, after;
    QHash<qint64, int> updatedAt; // two rows updating one person: the later one wins

    // `owned`, when given, is the row itself, held by no one else: the new person and its
    // prepared values are moved out of it rather than copied.
    void take(const ImportRow &r, ImportRow *owned)
    {
        if (r.blocked() || r.decision == Decision::Skip)
            return;
        const bool update
            = r.decision == Decision::Update && r.duplicate == Duplicate::InEvent && r.existingId;
        Attendee a = owned && !update ? std::move(owned->attendee) : r.attendee;
        a.eventId = eventId;
        int unitIndex = -1;
        if (r.unitUnknown) {
            unitIndex = newUnitIndex.value(text::fold(r.unitName), -1);
            if (unitIndex < 0) {
                // Not created: the person stays with the union that sent the file, and the unit
                // text is kept where the secretariat will see it.
                a.unitId = defaultUnitId;
                const QString where = QStringLiteral("Đơn vị: %1").arg(r.unitName); // data, not UI
                a.note = a.note.isEmpty() ? where : a.note + QLatin1String("; ") + where;
            }
        }
        if (update) {
            const auto existing = session->attendees().get(r.existingId);
            if (!existing)
                return;
            if (unitIndex >= 0)
                a.unitId = 0; // an update cannot point at a unit created in the same step
            const auto at = updatedAt.constFind(r.existingId);
            const Attendee m = merged(at != updatedAt.cend() ? after.at(*at) : *existing, a,
                                      roleGiven, r.unitGiven);
            if (at != updatedAt.cend()) {
                after[*at] = m;
            } else {
                updatedAt.insert(r.existingId, int(after.size()));
                before << *existing;
                after << m;
            }
            return;
        }
        // As the preview prepared it: the preview's derived values (folded name, sort key,
        // search text) come from the name, position, e-mail and phone, which nothing above
        // changes. The note may have taken the unit's name: it is cleaned as the repository
        // would.
        a.id = 0;
        if (r.unitUnknown && unitIndex < 0)
            a.note = text::cleanBlock(a.note);
        if (r.sortKey.isEmpty()) { // not prepared by the preview
            added << AttendeeRepository::prepare(a);
        } else if (owned) {
            added << AttendeeRepository::Prepared { std::move(a), std::move(owned->foldedName),
                                                    std::move(owned->sortKey),
                                                    std::move(owned->searchText) };
        } else {
            added << AttendeeRepository::Prepared { std::move(a), r.foldedName, r.sortKey,
                                                    r.searchText };
        }
        pending << unitIndex;
    }
};

// makeImportCommand(); `owned`, when given, is preview.rows' data held by no one else, whose
// prepared values are moved into the command rather than copied.
QUndoCommand *buildImportCommand(Session *session, const ImportPreview &preview,
                                 const QStringList &createUnits, ImportRow *owned)
{
    QSet<QString> wanted;
    for (const QString &u : createUnits)
        wanted.insert(text::fold(u));

    // The units to create, in the order the file names them.
    QList<Unit> newUnits;
    QHash<QString, int> newUnitIndex;
    for (const QString &name : preview.unknownUnits) {
        const QString folded = text::fold(name);
        if (!wanted.contains(folded) || newUnitIndex.contains(folded))
            continue;
        Unit u;
        u.name = text::clean(name);
        u.parentId = preview.defaultUnitId;
        u.kind = guessUnitKind(u.name, u.parentId != 0);
        if (u.kind == UnitKind::District)
            u.parentId = 0;
        newUnitIndex.insert(folded, int(newUnits.size()));
        newUnits << u;
    }

    Writes w(session, preview, newUnitIndex);
    w.added.reserve(preview.rows.size());
    w.pending.reserve(preview.rows.size());
    for (qsizetype i = 0; i < preview.rows.size(); ++i)
        w.take(preview.rows.at(i), owned ? owned + i : nullptr);
    return commands::importAttendees(session,
                                     ImportWrites { preview.eventId, std::move(newUnits),
                                                    std::move(w.added), std::move(w.pending),
                                                    std::move(w.before), std::move(w.after) });
}

} // namespace

QUndoCommand *makeImportCommand(Session *session, const ImportPreview &preview,
                                const QStringList &createUnits)
{
    return buildImportCommand(session, preview, createUnits, nullptr);
}

Result<ImportOutcome> commitImport(Session &session, ImportPreview preview,
                                   const QStringList &createUnits)
{
    ImportOutcome outcome;
    QSet<QString> wanted;
    for (const QString &u : createUnits)
        wanted.insert(text::fold(u));
    for (const QString &u : preview.unknownUnits)
        if (wanted.contains(text::fold(u)))
            ++outcome.unitsCreated;
    const ImportCounts c = preview.counts();
    outcome.added = c.toAdd;
    outcome.updated = c.toUpdate;

    // A preview moved in by its caller is not shared: its rows give their prepared people to
    // the command instead of copying them.
    ImportRow *owned = preview.rows.isDetached() ? preview.rows.data() : nullptr;
    QUndoCommand *cmd = buildImportCommand(&session, preview, createUnits, owned);
    if (!cmd)
        return Error(QCoreApplication::translate("Import", "Nothing in the file can be imported."));
    // The command holds what it writes; the rest of the rows (cells as read, problems) is
    // freed on another core meanwhile.
    session.releaser().release(std::exchange(preview.rows, {}));
    const bool pushed = session.push(cmd);
    if (!pushed)
        return Error(session.lastError());
    if (!session.isReadOnly())
        rememberMapping(session.database(), preview.defaultUnitId, preview.header.headers,
                        preview.mapping);
    qCInfo(lcImport) << "imported" << outcome.added << "added," << outcome.updated << "updated,"
                     << outcome.unitsCreated << "units";
    return outcome;
}

Result<ImportOutcome> importStreaming(Session &session, io::Sheet sheet,
                                      const ImportContext &context, const ImportOptions &options,
                                      const std::function<void(const ImportPreview &)> &checked)
{
    Database &db = session.database();
    if (session.isReadOnly())
        return Error(QCoreApplication::translate(
            "Import", "The file is open read-only; nothing was imported."));
    Transaction t(db);
    if (!t.ok())
        return Error(db.lastError());
    const QHash<QString, int> noUnits; // none are created
    std::optional<Writes> w;
    AttendeeRepository::BulkInsert bulk(session.attendees(), sheet.rows.size());
    QString failure;
    // On the calling thread, between two pieces of its share of the checking: the other core
    // goes on checking meanwhile.
    const RowsFinal write = [&](const ImportPreview &p, qsizetype from, qsizetype to) {
        if (!w)
            w.emplace(&session, p, noUnits);
        for (qsizetype i = from; i < to; ++i)
            w->take(p.rows.at(i), nullptr); // copies: later rows still read these
        if (w->added.isEmpty())
            return true;
        if (Status s = bulk.add(w->added.constData(), w->added.size()); !s) {
            failure = s.error();
            return false;
        }
        w->added.clear();
        w->pending.clear();
        return true;
    };
    ImportPreview preview = buildImportPreview(sheet, context, options, {}, write);
    if (preview.cancelled) // only write() stops it, when SQLite failed
        return Error(failure);

    if (checked)
        checked(preview);
    ImportOutcome outcome;
    const ImportCounts c = preview.counts();
    outcome.added = c.toAdd;
    outcome.updated = c.toUpdate;
    // What is left to do is SQLite's (the indexes, the commit): the rows and the cells are
    // freed on the other core meanwhile.
    session.releaser().release(std::exchange(preview.rows, {}));
    session.releaser().release(std::move(sheet));
    if (c.total() > 0) {
        const auto ids = bulk.finish();
        if (!ids)
            return Error(ids.error());
        if (w)
            for (const Attendee &m : std::as_const(w->after))
                if (Status s = session.update(m); !s)
                    return Error(s.error());
        if (Status s
            = rememberMapping(db, preview.defaultUnitId, preview.header.headers, preview.mapping);
            !s)
            return Error(s.error());
        if (!t.commit())
            return Error(db.lastError());
        qCInfo(lcImport) << "imported" << outcome.added << "added," << outcome.updated
                         << "updated, streaming";
    }
    return outcome;
}

} // namespace dd::import
