#include "storage/unitrepository.h"

#include "domain/inputrules.h"
#include "storage/emailrule.h"

#include "storage/sqltable.h"
#include "text/vietnamese.h"

#include <QCoreApplication>

namespace dd {

namespace {

using Column = TableColumn<Unit>;
using PartColumn = TableColumn<EventUnit>;

QString foldedNames(const Unit &u)
{
    return text::fold(u.name + QLatin1Char(' ') + u.shortName);
}

// The directory of units, shared by all events.
const SqlTable<Unit> &units()
{
    static const SqlTable<Unit> table(
        QStringLiteral("units"),
        {
            Column::key<&Unit::id>("id"),
            Column::text<&Unit::name, Tidy::Line>("name"),
            Column::derived<&foldedNames>("name_folded"),
            Column::text<&Unit::shortName, Tidy::Line>("short_name"),
            Column::enumKey<&Unit::kind, unitKindKey, unitKindFromKey>("kind"),
            Column::reference<&Unit::parentId>("parent_id"),
            Column::text<&Unit::email, Tidy::Trim>("email"),
            Column::text<&Unit::contactPerson, Tidy::Line>("contact_person"),
            Column::text<&Unit::phone, Tidy::Phone>("phone"),
            Column::version<&Unit::rowVersion>("row_version"),
        });
    return table;
}

// A unit's part in one event, with its seat quota (-1: none set), in the event's order.
const SqlTable<EventUnit> &eventUnitTable()
{
    static const SqlTable<EventUnit> table(
        QStringLiteral("event_units"),
        {
            PartColumn::keyPart(PartColumn::integer<&EventUnit::eventId>("event_id")),
            PartColumn::key<&EventUnit::unitId>("unit_id"),
            PartColumn::enumKey<&EventUnit::role, unitRoleKey, unitRoleFromKey>("role"),
            PartColumn::integer<&EventUnit::quota>("quota"),
            PartColumn::text<&EventUnit::quotaNote, Tidy::Line>("quota_note"),
            PartColumn::integer<&EventUnit::position>("position"),
            PartColumn::version<&EventUnit::rowVersion>("row_version"),
        },
        SqlTable<EventUnit>::Key::Given);
    return table;
}

} // namespace

UnitRepository::UnitRepository(Database &db)
    : m_db(db)
{ }

QList<Unit> UnitRepository::list()
{
    return units().select(m_db, QStringLiteral("ORDER BY kind, name"), {});
}

std::optional<Unit> UnitRepository::get(qint64 id)
{
    return units().get(m_db, id);
}

std::optional<Unit> UnitRepository::findByName(const QString &name)
{
    const QString folded = text::fold(name);
    if (folded.isEmpty())
        return std::nullopt;
    for (const Unit &u : list()) {
        if (text::fold(u.name) == folded
            || (!u.shortName.isEmpty() && text::fold(u.shortName) == folded))
            return u;
    }
    return std::nullopt;
}

std::optional<Unit> UnitRepository::findByEmail(const QString &email)
{
    const QString e = inputrules::emailKey(email);
    if (e.isEmpty())
        return std::nullopt;
    // The directory is a few hundred units: compared here, by the one rule, rather than by the
    // database's lower(), which SQLite applies to ASCII letters only.
    for (const Unit &u : units().select(m_db, QStringLiteral("WHERE email <> ''"), {}))
        if (inputrules::emailKey(u.email) == e)
            return u;
    return std::nullopt;
}

Result<qint64> UnitRepository::insert(const Unit &unit)
{
    if (text::clean(unit.name).isEmpty())
        return Error(QCoreApplication::translate("Storage", "A unit needs a name."));
    if (Status s
        = checkNewEmail(unit.email, unit.id != 0 ? std::optional(unit.email) : std::nullopt);
        !s)
        return Error(s.error());
    return units().insertTidied(m_db, Entity::Units, unit);
}

Status UnitRepository::update(const Unit &unit, const Unit *read)
{
    if (text::clean(unit.name).isEmpty())
        return Error(QCoreApplication::translate("Storage", "A unit needs a name."));
    if (!unit.email.isEmpty() && !inputrules::isEmailAddress(unit.email.trimmed())) {
        const std::optional<Unit> stored = get(unit.id);
        if (Status s
            = checkNewEmail(unit.email, stored ? std::optional(stored->email) : std::nullopt);
            !s)
            return s;
    }
    return units().updateTidied(m_db, Entity::Units, unit, read);
}

Status UnitRepository::remove(qint64 id)
{
    Transaction t(m_db); // the rows named below are announced with the removal
    // The units under it lose their parent, and whatever pointed at it loses the unit (ON
    // DELETE SET NULL): those rows change too.
    m_db.markChanged(
        Entity::Units,
        sql::ids(m_db, QStringLiteral("SELECT id FROM units WHERE parent_id = ?"), { id }));
    m_db.markChanged(
        Entity::Attendees,
        sql::ids(m_db, QStringLiteral("SELECT id FROM attendees WHERE unit_id = ?"), { id }));
    m_db.markChanged(Entity::Questions,
                     sql::ids(m_db,
                              QStringLiteral("SELECT id FROM questions WHERE unit_id = ? OR "
                                             "forwarded_to_unit_id = ?"),
                              { id, id }));
    m_db.markChanged(
        Entity::Tasks,
        sql::ids(m_db, QStringLiteral("SELECT id FROM tasks WHERE owner_unit_id = ?"), { id }));
    if (Status s = units().remove(m_db, { id }); !s)
        return s;
    m_db.markChanged(Entity::Units, id);
    if (!t.commit())
        return Error(m_db.lastError());
    return {};
}

Result<int> UnitRepository::usesOutside(qint64 id, qint64 eventId)
{
    QSqlQuery q(m_db.connection());
    // Plain "?" placeholders: Qt counts each "?" of "?1" as a value of its own, and the
    // numbered form failed with a parameter count mismatch, which let a used unit be deleted.
    q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM attendees WHERE unit_id = ?)"
        " + (SELECT count(*) FROM questions WHERE unit_id = ? OR forwarded_to_unit_id = ?)"
        " + (SELECT count(*) FROM tasks WHERE owner_unit_id = ?)"
        " + (SELECT count(*) FROM units WHERE parent_id = ?)"
        " + (SELECT count(*) FROM event_units WHERE unit_id = ? AND event_id <> ?)"));
    if (!sql::run(m_db, q, { id, id, id, id, id, id, eventId }) || !q.next())
        return Error(m_db.lastError());
    return q.value(0).toInt();
}

QList<EventUnit> UnitRepository::eventUnits(qint64 eventId)
{
    // Ties in position (rows written before positions were kept) go by the unit's name.
    return eventUnitTable().select(
        m_db,
        QStringLiteral("WHERE event_id = ? ORDER BY position, (SELECT u.name FROM units u "
                       "WHERE u.id = event_units.unit_id)"),
        { eventId });
}

std::optional<EventUnit> UnitRepository::eventUnit(qint64 eventId, qint64 unitId)
{
    EventUnit key;
    key.eventId = eventId;
    key.unitId = unitId;
    return eventUnitTable().find(m_db, key);
}

// What both writes of a part share: a quota below -1 is "none", and a new part goes last
// while an existing one keeps its place in the list.
EventUnit UnitRepository::placed(EventUnit eu)
{
    eventUnitTable().tidy(eu);
    eu.quota = eu.quota < 0 ? -1 : eu.quota;
    if (eu.position <= 0) {
        if (const auto now = eventUnitTable().find(m_db, eu)) {
            eu.position = now->position;
        } else {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "SELECT coalesce(max(position), 0) + 1 FROM event_units WHERE event_id = ?"));
            if (sql::run(m_db, q, { eu.eventId }) && q.next())
                eu.position = q.value(0).toInt();
        }
    }
    return eu;
}

Status UnitRepository::saveEventUnit(const EventUnit &eu)
{
    if (Status s = eventUnitTable().upsert(m_db, placed(eu)); !s)
        return s;
    m_db.markChanged(Entity::Units, eu.unitId);
    return {};
}

Status UnitRepository::saveEventUnit(const EventUnit &eu, const EventUnit &read)
{
    EventUnit w = placed(eu);
    w.rowVersion = qMax(w.rowVersion, read.rowVersion + 1);
    EventUnit was = read;
    eventUnitTable().tidy(was);
    if (Status s = eventUnitTable().write(m_db, w, was); !s)
        return namedPartConflict(s.errorValue());
    m_db.markChanged(Entity::Units, eu.unitId);
    return {};
}

Status UnitRepository::removeEventUnit(qint64 eventId, qint64 unitId)
{
    EventUnit key;
    key.eventId = eventId;
    key.unitId = unitId;
    if (Status s = eventUnitTable().removeRow(m_db, key); !s)
        return s;
    m_db.markChanged(Entity::Units, unitId);
    return {};
}

Status UnitRepository::removeEventUnit(const EventUnit &read)
{
    Transaction t(m_db);
    if (Status s = eventUnitTable().claim(m_db, read); !s)
        return namedPartConflict(s.errorValue());
    if (Status s = eventUnitTable().removeRow(m_db, read); !s)
        return s;
    m_db.markChanged(Entity::Units, read.unitId);
    if (!t.commit())
        return Error(m_db.lastError());
    return {};
}

// A conflict on a unit's part, in a clerk's words: "chỉ tiêu của Huyện đoàn Dương Minh Châu".
Error UnitRepository::namedPartConflict(const Error &e)
{
    const RowConflict *c = e.conflict();
    if (!c)
        return e;
    RowConflict named = *c;
    const std::optional<Unit> unit = get(named.row);
    const QString name = unit ? unit->name : QString::number(named.row);
    if (named.removed)
        named.subject
            = QCoreApplication::translate("RowConflict", "the part of %1 in the event").arg(name);
    else if (named.field == QLatin1String("role"))
        named.subject = QCoreApplication::translate("RowConflict", "the role of %1").arg(name);
    else if (named.field == QLatin1String("quota_note"))
        named.subject
            = QCoreApplication::translate("RowConflict", "the quota note of %1").arg(name);
    else
        named.subject = QCoreApplication::translate("RowConflict", "the quota of %1").arg(name);
    QString message = sql::conflictMessage(named);
    return Error(std::move(message), std::move(named));
}

Status UnitRepository::claim(const Unit &row)
{
    return units().claim(m_db, units().tidied(row));
}

} // namespace dd
