#include "models/statistics.h"

#include "domain/schedule.h"
#include "storage/sqltable.h"

#include <QCoreApplication>
#include <QHash>

namespace dd {

EventFigures computeFigures(Session &session)
{
    EventFigures f;
    const qint64 eventId = session.eventId();
    f.activePlan = session.activePlan();
    if (const auto plan = session.events().plan(eventId, f.activePlan);
        plan && f.activePlan == PlanKind::InPerson)
        f.capacity = plan->capacity;

    QHash<qint64, int> index;
    QHash<qint64, Unit> units;
    for (const Unit &u : session.units().list())
        units.insert(u.id, u);
    auto figuresFor = [&](qint64 unitId) -> UnitFigures & {
        auto it = index.find(unitId);
        if (it == index.end()) {
            UnitFigures u;
            u.unitId = unitId;
            u.unitName = unitId ? units.value(unitId).name
                                : QCoreApplication::translate("Statistics", "(no unit)");
            it = index.insert(unitId, int(f.units.size()));
            f.units << u;
        }
        return f.units[*it];
    };
    for (const EventUnit &eu : session.units().eventUnits(eventId)) {
        UnitFigures &u = figuresFor(eu.unitId);
        u.role = eu.role;
        u.quota = eu.quota;
    }

    // A branch of a district or affiliated union (a unit whose parent it is, as imports used
    // to create from the companies) counts against the union's quota.
    const auto sendingUnion = [&units](qint64 unitId) {
        const Unit u = units.value(unitId);
        if (u.kind != UnitKind::Branch || u.parentId == 0)
            return unitId;
        const UnitKind parent = units.value(u.parentId).kind;
        return parent == UnitKind::District || parent == UnitKind::Affiliated ? u.parentId : unitId;
    };
    QSqlQuery q(session.database().connection());
    q.prepare(QStringLiteral(
        "SELECT coalesce(unit_id, 0), role = 'delegate', count(*),"
        " sum(invitation_status NOT IN ('declined','replaced')),"
        " sum(invitation_status <> 'not_invited'),"
        " sum(invitation_status = 'confirmed'),"
        " sum(invitation_status = 'declined'),"
        " sum(checked_in_at IS NOT NULL)"
        " FROM attendees WHERE event_id = ? GROUP BY coalesce(unit_id, 0), role = 'delegate'"));
    sql::run(session.database(), q, { eventId });
    while (q.next()) {
        UnitFigures &u = figuresFor(sendingUnion(q.value(0).toLongLong()));
        const bool delegates = q.value(1).toBool();
        const int people = q.value(2).toInt();
        const int expected = q.value(3).toInt();
        u.people += people;
        u.invited += q.value(4).toInt();
        u.confirmed += q.value(5).toInt();
        u.declined += q.value(6).toInt();
        u.checkedIn += q.value(7).toInt();
        if (delegates) {
            u.counted += expected;
            u.delegates.invited += q.value(4).toInt();
            u.delegates.confirmed += q.value(5).toInt();
            u.delegates.declined += q.value(6).toInt();
            u.delegates.checkedIn += q.value(7).toInt();
        }
        f.people += people;
        f.expected += expected;
        f.checkedIn += q.value(7).toInt();
    }

    QSqlQuery qq(session.database().connection());
    qq.prepare(
        QStringLiteral("SELECT coalesce(unit_id, 0), count(*) FROM questions WHERE event_id = ?"
                       " AND status NOT IN ('merged','withdrawn') GROUP BY coalesce(unit_id, 0)"));
    sql::run(session.database(), qq, { eventId });
    while (qq.next()) {
        const qint64 unitId = qq.value(0).toLongLong();
        if (index.contains(unitId) || unitId != 0)
            figuresFor(unitId).questions = qq.value(1).toInt();
    }
    return f;
}

QList<Warning> computeWarnings(Session &session, const QDate &today)
{
    QList<Warning> out;
    const auto event = session.event();
    if (!event)
        return out;
    const EventFigures f = computeFigures(session);
    for (const UnitFigures &u : f.units) {
        if (u.overQuota())
            out << Warning { Warning::Tab::Attendees,
                             QCoreApplication::translate("Statistics",
                                                         "%1 has %2 people for a quota of %3.")
                                 .arg(u.unitName)
                                 .arg(u.counted)
                                 .arg(u.quota) };
        if (u.role == UnitRole::Host && event->minQuestionsPerHost > 0
            && u.questions < event->minQuestionsPerHost && event->questionDeadline.isValid()
            && today > event->questionDeadline)
            out << Warning {
                Warning::Tab::Questions,
                QCoreApplication::translate("Statistics",
                                            "%1 sent %2 of the %3 questions required by %4.")
                    .arg(u.unitName)
                    .arg(u.questions)
                    .arg(event->minQuestionsPerHost)
                    .arg(event->questionDeadline.toString(QStringLiteral("dd/MM/yyyy")))
            };
    }
    if (f.capacityExceeded())
        out << Warning { Warning::Tab::Attendees,
                         QCoreApplication::translate(
                             "Statistics",
                             "%1 people are expected for a capacity of %2 in the hall.")
                             .arg(f.expected)
                             .arg(f.capacity) };
    if (event->latestEndTime.isValid()) {
        const auto plan = session.events().plan(event->id, event->activePlan);
        if (plan && plan->startTime.isValid()) {
            const int minutes = scheduleMinutes(computeSchedule(
                session.agenda().list(event->id), event->activePlan, plan->startTime));
            const int start = plan->startTime.msecsSinceStartOfDay() / 60000;
            const int latest = event->latestEndTime.msecsSinceStartOfDay() / 60000;
            if (start + minutes > latest)
                out << Warning {
                    Warning::Tab::Agenda,
                    QCoreApplication::translate(
                        "Statistics", "The programme ends at %1, after the latest end time %2.")
                        .arg(
                            plan->startTime.addSecs(minutes * 60).toString(QStringLiteral("HH:mm")),
                            event->latestEndTime.toString(QStringLiteral("HH:mm")))
                };
        }
    }
    return out;
}

} // namespace dd
