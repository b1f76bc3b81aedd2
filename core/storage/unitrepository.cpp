#include "storage/unitrepository.h"

#include "domain/inputrules.h"
#include "storage/emailrule.h"

#include "storage/sqltable.h"
#include "text/vietnamese.h"

#include <QCoreApplication>

namespace dd {

namespace {

using Column = TableColumn<Unit>;

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

Unit tidied(Unit u)
{
    units().tidy(u);
    return u;
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
    const QString e = email.trimmed().toLower();
    if (e.isEmpty())
        return std::nullopt;
    const QList<Unit> found = units().select(m_db, QStringLiteral("WHERE lower(email) = ?"), { e });
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Result<qint64> UnitRepository::insert(const Unit &unit)
{
    if (text::clean(unit.name).isEmpty())
        return Error(QCoreApplication::translate("Storage", "A unit needs a name."));
    if (Status s
        = checkNewEmail(unit.email, unit.id != 0 ? std::optional(unit.email) : std::nullopt);
        !s)
        return Error(s.error());
    const Result<qint64> id = units().insert(m_db, tidied(unit));
    if (id)
        m_db.markChanged(Entity::Units, *id);
    return id;
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
    std::optional<Unit> readTidied;
    if (Status s
        = units().update(m_db, tidied(unit), read ? &readTidied.emplace(tidied(*read)) : nullptr);
        !s)
        return s;
    m_db.markChanged(Entity::Units, unit.id);
    return {};
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
    QList<EventUnit> out;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT eu.unit_id, eu.role, eu.quota, eu.quota_note FROM event_units eu "
                       "JOIN units u ON u.id = eu.unit_id WHERE eu.event_id = ? "
                       "ORDER BY eu.position, u.name"));
    sql::run(m_db, q, { eventId });
    while (q.next()) {
        EventUnit eu;
        eu.eventId = eventId;
        eu.unitId = q.value(0).toLongLong();
        eu.role = unitRoleFromKey(q.value(1).toString());
        eu.quota = q.value(2).toInt();
        eu.quotaNote = q.value(3).toString();
        out << eu;
    }
    return out;
}

std::optional<EventUnit> UnitRepository::eventUnit(qint64 eventId, qint64 unitId)
{
    for (const EventUnit &eu : eventUnits(eventId))
        if (eu.unitId == unitId)
            return eu;
    return std::nullopt;
}

Status UnitRepository::saveEventUnit(const EventUnit &eu)
{
    // Keep the display position of an existing row; new rows go last.
    if (!m_db.exec(
            QStringLiteral(
                "INSERT INTO event_units(event_id, unit_id, role, quota, quota_note, position) "
                "VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM "
                "event_units WHERE event_id = ?)) "
                "ON CONFLICT(event_id, unit_id) DO UPDATE SET role = excluded.role, "
                "quota = excluded.quota, quota_note = excluded.quota_note"),
            { eu.eventId, eu.unitId, unitRoleKey(eu.role), eu.quota < 0 ? -1 : eu.quota,
              eu.quotaNote, eu.eventId }))
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Units, eu.unitId);
    return {};
}

Status UnitRepository::removeEventUnit(qint64 eventId, qint64 unitId)
{
    if (!m_db.exec(QStringLiteral("DELETE FROM event_units WHERE event_id = ? AND unit_id = ?"),
                   { eventId, unitId }))
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Units, unitId);
    return {};
}

Status UnitRepository::claim(const Unit &row)
{
    return units().claim(m_db, tidied(row));
}

} // namespace dd
