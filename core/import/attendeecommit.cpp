// The commit of an import: what each row writes, handed to the one undoable command
// (commands::importRows) that creates the accepted units, adds the new people and updates
// the chosen existing ones, or adds the questions of a question list; or, for a delegate list,
// written as it comes (the command line).
#include "import/attendeecommit.h"

#include "import/questionimport.h"
#include "import/rememberedmapping.h"
#include "import/unitmatcher.h"

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
    if (!file.workplace.isEmpty())
        existing.workplace = file.workplace;
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
    Writes(Session *s, const ImportPreview &p, const UnitChoices &c,
           const QHash<QString, int> &units)
        : session(s)
        , eventId(p.eventId)
        , defaultUnitId(p.defaultUnitId)
        , roleGiven(p.mapping.has(Field::Role))
        , choices(c)
        , newUnitIndex(units)
    { }

    Session *session;
    qint64 eventId;
    qint64 defaultUnitId;
    bool roleGiven; // the file has a role column
    const UnitChoices &choices;
    const QHash<QString, int> &newUnitIndex; // folded name → index of a unit created first
    // Creates a unit at once and gives its id (the command line's streaming import), instead
    // of leaving it to the command.
    std::function<Result<qint64>(const QString &name)> createNow;
    QString failure;

    QList<AttendeeRepository::Prepared> added;
    QList<int> pending; // per added person, the index of its created unit, or -1
    QList<Attendee> before, after;
    QHash<qint64, int> updatedAt; // two rows updating one person: the later one wins

    // What an unknown unit's name comes to, worked out once per name as the list writes it
    // (a list repeats a few names on every row): the folds and lookups are not redone per row.
    struct UnitWay
    {
        QString folded;
        qint64 picked = 0;
        bool creates = false;
        int index = -1; // in newUnitIndex
        qint64 createdId = 0; // createNow()'s answer, once asked
    };
    QHash<QString, UnitWay> unitWays;
    UnitWay &unitWay(const QString &name)
    {
        auto it = unitWays.find(name);
        if (it == unitWays.end()) {
            UnitWay way;
            way.folded = text::fold(name);
            way.picked = choices.picked(name);
            way.creates = choices.creates(name);
            way.index = newUnitIndex.value(way.folded, -1);
            it = unitWays.insert(name, way);
        }
        return *it;
    }

    // A row lent to `added` (the streaming import): what take() changed in its person, put
    // back with it once the person is written, since later rows still read it.
    struct Lent
    {
        ImportRow *row;
        qsizetype at; // its person in `added`
        qint64 id, eventId, unitId;
        std::optional<QString> note; // when take() changed it
    };
    QList<Lent> lent;
    // Gives the people and values lent by take() back to their rows, as they were.
    void giveBack()
    {
        for (qsizetype k = 0; k < lent.size(); ++k) {
            Lent &l = lent[k];
            AttendeeRepository::Prepared &p = added[l.at];
            ImportRow &r = *l.row;
            r.attendee = std::move(p.a);
            r.attendee.id = l.id;
            r.attendee.eventId = l.eventId;
            r.attendee.unitId = l.unitId;
            if (l.note)
                r.attendee.note = std::move(*l.note);
            r.foldedName = std::move(p.foldedName);
            r.sortKey = std::move(p.sortKey);
            r.searchText = std::move(p.search);
        }
        lent.clear();
    }

    // `owned`, when given, is the row itself, held by no one else: the new person and its
    // prepared values are moved out of it rather than copied. With `lend`, giveBack() puts them
    // back into it once they are written. False when creating a unit failed.
    bool take(const ImportRow &r, ImportRow *owned, bool lend = false)
    {
        if (r.blocked() || r.decision == Decision::Skip)
            return true;
        const bool update
            = (r.decision == Decision::Update || r.decision == Decision::Move) && r.existingId;
        // Whether the row can be left as it is, before anything is moved out of it.
        if (!update && !r.unitUnknown && r.attendee.unitId == 0)
            return true; // neither a unit nor a sender: left out, and reported
        int unitIndex = -1;
        qint64 unitId = r.attendee.unitId;
        bool noteWhere = false; // the unit's name goes into the note
        if (r.unitUnknown) {
            UnitWay &way = unitWay(r.unitName);
            if (way.picked) {
                unitId = way.picked;
            } else if (createNow && way.creates) {
                if (way.createdId == 0) {
                    const auto id = createNow(r.unitName);
                    if (!id) {
                        failure = id.error();
                        return false;
                    }
                    way.createdId = *id;
                }
                unitId = way.createdId;
            } else if ((unitIndex = way.index) < 0) {
                if (defaultUnitId == 0 && !update)
                    return true; // no unit to count them against: left out, and reported
                // The person goes to the union that sent the file, and the unit text is kept
                // where the secretariat will see it.
                unitId = defaultUnitId;
                noteWhere = true;
            }
        }
        // A lent row keeps its values when the preview did not prepare it (prepare() would
        // give back tidied ones): it is copied then.
        const bool moving = owned && !update && (!lend || !r.sortKey.isEmpty());
        std::optional<Lent> lending;
        if (moving && lend)
            lending = Lent { owned,
                             added.size(),
                             r.attendee.id,
                             r.attendee.eventId,
                             r.attendee.unitId,
                             noteWhere || (r.unitUnknown && unitIndex < 0)
                                 ? std::optional(r.attendee.note)
                                 : std::nullopt };
        Attendee a = moving ? std::move(owned->attendee) : r.attendee;
        a.eventId = eventId;
        a.unitId = unitId;
        if (noteWhere) {
            const QString where = QStringLiteral("Đơn vị: %1").arg(r.unitName); // data, not UI
            if (!a.note.contains(where))
                a.note = a.note.isEmpty() ? where : a.note + QLatin1String("; ") + where;
        }
        if (update) {
            const auto existing = session->attendees().get(r.existingId);
            if (!existing)
                return true;
            if (unitIndex >= 0)
                a.unitId = 0; // an update cannot point at a unit created in the same step
            const auto at = updatedAt.constFind(r.existingId);
            const Attendee m
                = merged(at != updatedAt.cend() ? after.at(*at) : *existing, a, roleGiven,
                         r.decision == Decision::Move || (r.unitGiven && !r.otherUnit));
            if (at != updatedAt.cend()) {
                after[*at] = m;
            } else {
                updatedAt.insert(r.existingId, int(after.size()));
                before << *existing;
                after << m;
            }
            return true;
        }
        // As the preview prepared it: the preview's derived values (folded name, sort key,
        // search text) come from the name, position, workplace, e-mail and phone, which nothing
        // above changes. The note may have taken the unit's name: it is cleaned as the
        // repository would.
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
        if (lending)
            lent << std::move(*lending);
        return true;
    }
};

Unit newUnit(const QString &name, qint64 senderId)
{
    Unit u;
    u.name = text::clean(name);
    u.parentId = senderId;
    u.kind = guessUnitKind(u.name, u.parentId != 0);
    if (u.kind == UnitKind::District)
        u.parentId = 0;
    return u;
}

// Remembers, for the next list from the same union, how its columns were read and which title
// lines name it.
Status remember(Session &session, const ImportPreview &preview)
{
    if (preview.defaultUnitId == 0)
        return {};
    if (Status s = rememberMapping(session.database(), preview.defaultUnitId,
                                   preview.header.headers, preview.mapping);
        !s)
        return s;
    return rememberSender(session.database(), preview.titleLines, preview.defaultUnitId,
                          UnitMatcher(session.units().list()));
}

// makeImportCommand(); `owned`, when given, is preview.rows' data held by no one else, whose
// prepared values are moved into the command rather than copied.
QUndoCommand *buildImportCommand(Session *session, const ImportPreview &preview,
                                 const UnitChoices &choices, ImportRow *owned)
{
    if (preview.kind == ImportKind::Questions) {
        ImportWrites writes;
        writes.eventId = preview.eventId;
        writes.questions = questionsToImport(preview);
        return commands::importRows(session, std::move(writes));
    }
    // The units to create, in the order the file names them.
    QList<Unit> newUnits;
    QHash<QString, int> newUnitIndex;
    for (const QString &name : preview.unknownUnits) {
        const QString folded = text::fold(name);
        if (!choices.creates(name) || choices.picked(name) || newUnitIndex.contains(folded))
            continue;
        newUnitIndex.insert(folded, int(newUnits.size()));
        newUnits << newUnit(name, preview.defaultUnitId);
    }

    Writes w(session, preview, choices, newUnitIndex);
    w.added.reserve(preview.rows.size());
    w.pending.reserve(preview.rows.size());
    for (qsizetype i = 0; i < preview.rows.size(); ++i)
        w.take(preview.rows.at(i), owned ? owned + i : nullptr);
    return commands::importRows(session,
                                ImportWrites { preview.eventId,
                                               std::move(newUnits),
                                               std::move(w.added),
                                               std::move(w.pending),
                                               std::move(w.before),
                                               std::move(w.after),
                                               {} });
}

} // namespace

QUndoCommand *makeImportCommand(Session *session, const ImportPreview &preview,
                                const UnitChoices &choices)
{
    return buildImportCommand(session, preview, choices, nullptr);
}

Result<ImportOutcome> commitImport(Session &session, ImportPreview preview,
                                   const UnitChoices &choices)
{
    ImportOutcome outcome;
    const bool questions = preview.kind == ImportKind::Questions;
    if (questions) {
        outcome.added = int(questionsToImport(preview).size());
    } else {
        for (const QString &u : preview.unknownUnits)
            if (choices.creates(u) && !choices.picked(u))
                ++outcome.unitsCreated;
        const ImportCounts c = preview.counts(choices);
        outcome.added = c.toAdd;
        outcome.updated = c.toUpdate;
    }

    // A preview moved in by its caller is not shared: its rows give their prepared people to
    // the command instead of copying them.
    ImportRow *owned = preview.rows.isDetached() ? preview.rows.data() : nullptr;
    QUndoCommand *cmd = buildImportCommand(&session, preview, choices, owned);
    if (!cmd)
        return Error(QCoreApplication::translate("Import", "Nothing in the file can be imported."));
    // The command holds what it writes; the rest of the rows (cells as read, problems) is
    // freed on another core meanwhile.
    session.releaser().release(std::exchange(preview.rows, {}));
    const bool pushed = session.push(cmd);
    if (!pushed)
        return Error(session.lastError());
    if (!session.isReadOnly() && !questions)
        remember(session, preview);
    qCInfo(lcImport) << "imported" << outcome.added << "added," << outcome.updated << "updated,"
                     << outcome.unitsCreated << "units";
    return outcome;
}

Result<ImportOutcome> importStreaming(Session &session, io::Sheet sheet,
                                      const ImportContext &context, const ImportOptions &options,
                                      const UnitChoices &choices,
                                      const std::function<void(const ImportPreview &)> &checked)
{
    Database &db = session.database();
    if (session.isReadOnly())
        return Error(QCoreApplication::translate(
            "Import", "The file is open read-only; nothing was imported."));
    Transaction t(db);
    if (!t.ok())
        return Error(db.lastError());
    const QHash<QString, int> noUnits; // created at once, not by a command
    ImportOutcome outcome;
    QHash<QString, qint64> created; // folded name → id
    std::optional<Writes> w;
    AttendeeRepository::BulkInsert bulk(session.attendees(), sheet.rows.size());
    QString failure;
    // On the calling thread, between two pieces of its share of the checking: the other core
    // goes on checking meanwhile.
    const RowsFinal write = [&](ImportPreview &p, qsizetype from, qsizetype to) {
        if (!w) {
            w.emplace(&session, p, choices, noUnits);
            w->createNow = [&](const QString &name) -> Result<qint64> {
                const QString folded = text::fold(name);
                if (const auto it = created.constFind(folded); it != created.cend())
                    return *it;
                const Unit u = newUnit(name, p.defaultUnitId);
                const auto id = session.units().insert(u);
                if (!id)
                    return Error(id.error());
                if (Status s = session.units().saveEventUnit(
                        EventUnit { p.eventId, *id, UnitRole::Participant, -1, {} });
                    !s)
                    return Error(s.error());
                created.insert(folded, *id);
                ++outcome.unitsCreated;
                return *id;
            };
        }
        // Later rows still read these rows: their people are lent to the writes, not copied,
        // and given back once written.
        ImportRow *const rows = p.rows.data();
        for (qsizetype i = from; i < to; ++i)
            if (!w->take(rows[i], rows + i, true)) {
                w->giveBack();
                failure = w->failure;
                return false;
            }
        if (w->added.isEmpty())
            return true;
        const Status s = bulk.add(w->added.constData(), w->added.size());
        w->giveBack();
        if (!s) {
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
    const ImportCounts c = preview.counts(choices);
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
        if (Status s = remember(session, preview); !s)
            return Error(s.error());
        if (!t.commit())
            return Error(db.lastError());
        if (outcome.unitsCreated > 0)
            db.markChanged(Entity::Units);
        qCInfo(lcImport) << "imported" << outcome.added << "added," << outcome.updated << "updated,"
                         << outcome.unitsCreated << "units, streaming";
    }
    return outcome;
}

} // namespace dd::import
