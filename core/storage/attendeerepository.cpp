#include "storage/attendeerepository.h"

#include "text/vietnamese.h"

#include <QCoreApplication>

namespace dd {

namespace {
} // namespace

AttendeeRepository::AttendeeRepository(Database &db)
    : m_db(db)
    , m_table(QStringLiteral("attendees"),
              {QStringLiteral("event_id"), QStringLiteral("family_name"),
               QStringLiteral("middle_name"), QStringLiteral("given_name"),
               QStringLiteral("name_folded"), QStringLiteral("name_sort_key"),
               QStringLiteral("search_folded"), QStringLiteral("gender"),
               QStringLiteral("birth_year"), QStringLiteral("position"), QStringLiteral("unit_id"),
               QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("role"),
               QStringLiteral("invitation_status"), QStringLiteral("invited_on"),
               QStringLiteral("responded_on"), QStringLiteral("substitute_for_id"),
               QStringLiteral("checked_in_at"), QStringLiteral("walk_in"), QStringLiteral("note")})
{
}

QString AttendeeRepository::searchText(const Attendee &a)
{
    QString s = text::fold(a.fullName() + QLatin1Char(' ') + a.position + QLatin1Char(' ') + a.email);
    const QString phone = text::normalizePhone(a.phone);
    if (!phone.isEmpty())
        s += QLatin1Char(' ') + phone;
    return s;
}

Status AttendeeRepository::validate(const Attendee &a)
{
    if (a.birthYear != 0 && (a.birthYear < 1900 || a.birthYear > 2100))
        return Error(QCoreApplication::translate("Storage", "The birth year %1 is not possible.").arg(a.birthYear));
    if (a.substituteForId != 0 && a.substituteForId == a.id)
        return Error(QCoreApplication::translate("Storage", "A person cannot replace themselves."));
    return {};
}

QVariantList AttendeeRepository::values(const Attendee &in) const
{
    Attendee a = in;
    a.familyName = text::clean(a.familyName);
    a.middleName = text::clean(a.middleName);
    a.givenName = text::clean(a.givenName);
    a.position = text::clean(a.position);
    a.email = a.email.trimmed();
    a.phone = a.phone.trimmed();
    return {a.eventId,
            a.familyName,
            a.middleName,
            a.givenName,
            text::fold(a.fullName()),
            text::nameSortKey(a.familyName, a.middleName, a.givenName),
            searchText(a),
            genderKey(a.gender),
            a.birthYear,
            a.position,
            sql::id(a.unitId),
            a.phone,
            a.email,
            attendeeRoleKey(a.role),
            invitationStatusKey(a.status),
            sql::date(a.invitedOn),
            sql::date(a.respondedOn),
            sql::id(a.substituteForId),
            sql::dateTime(a.checkedInAt),
            a.walkIn ? 1 : 0,
            a.note.normalized(QString::NormalizationForm_C).trimmed()};
}

Attendee AttendeeRepository::fromQuery(const QSqlQuery &q)
{
    Attendee a;
    a.id = q.value(0).toLongLong();
    a.eventId = q.value(1).toLongLong();
    a.familyName = q.value(2).toString();
    a.middleName = q.value(3).toString();
    a.givenName = q.value(4).toString();
    a.nameSortKey = q.value(6).toByteArray();
    a.gender = genderFromKey(q.value(8).toString());
    a.birthYear = q.value(9).toInt();
    a.position = q.value(10).toString();
    a.unitId = q.value(11).toLongLong();
    a.phone = q.value(12).toString();
    a.email = q.value(13).toString();
    a.role = attendeeRoleFromKey(q.value(14).toString());
    a.status = invitationStatusFromKey(q.value(15).toString());
    a.invitedOn = sql::toDate(q.value(16));
    a.respondedOn = sql::toDate(q.value(17));
    a.substituteForId = q.value(18).toLongLong();
    a.checkedInAt = sql::toDateTime(q.value(19));
    a.walkIn = q.value(20).toInt() != 0;
    a.note = q.value(21).toString();
    return a;
}

QList<Attendee> AttendeeRepository::list(qint64 eventId)
{
    QList<Attendee> out;
    QSqlQuery q = m_table.select(m_db, QStringLiteral("WHERE event_id = ? ORDER BY name_sort_key, id"),
                                 {eventId});
    while (q.next())
        out << fromQuery(q);
    return out;
}

std::optional<Attendee> AttendeeRepository::get(qint64 id)
{
    QSqlQuery q = m_table.select(m_db, QStringLiteral("WHERE id = ?"), {id});
    if (q.next())
        return fromQuery(q);
    return std::nullopt;
}

QList<Attendee> AttendeeRepository::get(const QList<qint64> &ids)
{
    QList<Attendee> out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        if (auto a = get(id))
            out << *a;
    return out;
}

int AttendeeRepository::count(qint64 eventId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM attendees WHERE event_id = ?"));
    sql::run(m_db, q, {eventId});
    return q.next() ? q.value(0).toInt() : 0;
}

Result<qint64> AttendeeRepository::insert(const Attendee &a)
{
    if (Status s = validate(a); !s)
        return Error(s.error());
    const qint64 id = m_table.insert(m_db, a.id, values(a));
    if (id == 0)
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Attendees);
    return id;
}

Result<QList<qint64>> AttendeeRepository::insertMany(const QList<Attendee> &rows)
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    QSqlQuery q(m_db.connection());
    q.prepare(m_table.insertSql());
    for (const Attendee &a : rows) {
        if (Status s = validate(a); !s)
            return Error(s.error());
        QVariantList v{sql::id(a.id)};
        v += values(a);
        if (!sql::run(m_db, q, v))
            return Error(m_db.lastError());
        ids << q.lastInsertId().toLongLong();
    }
    m_db.markChanged(Entity::Attendees);
    return ids;
}

Status AttendeeRepository::update(const Attendee &a)
{
    if (Status s = validate(a); !s)
        return s;
    if (!m_table.update(m_db, a.id, values(a)))
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Attendees);
    return {};
}

Status AttendeeRepository::remove(qint64 id)
{
    if (!m_table.remove(m_db, id))
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Attendees);
    return {};
}

} // namespace dd
