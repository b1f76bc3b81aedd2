#include "models/statistics.h"

#include "domain/documentsettings.h"
#include "domain/schedule.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace dd {

namespace {
// How many days before the question deadline the short host unions are reminded.
constexpr int kQuestionReminderDays = 7;
} // namespace

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
        u.partVersion = eu.rowVersion;
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
    for (const AttendeeRepository::UnitCounts &c : session.attendees().countsByUnit(eventId)) {
        UnitFigures &u = figuresFor(sendingUnion(c.unitId));
        if (c.reserves) {
            // They come only in the place of a delegate who cannot, once promoted: no quota, no
            // seat, no figure of the union but their number. One who came anyway is present.
            u.reserves += c.people;
            f.reserves += c.people;
            f.checkedIn += c.checkedIn;
            continue;
        }
        u.people += c.people;
        u.invited += c.invited;
        u.confirmed += c.confirmed;
        u.declined += c.declined;
        u.checkedIn += c.checkedIn;
        if (c.delegates) {
            u.counted += c.counted;
            u.delegates.invited += c.invited;
            u.delegates.confirmed += c.confirmed;
            u.delegates.declined += c.declined;
            u.delegates.checkedIn += c.checkedIn;
        }
        f.people += c.people;
        f.expected += c.counted;
        f.checkedIn += c.checkedIn;
    }

    const QMap<qint64, int> questions = session.questions().openCountsByUnit(eventId);
    for (auto it = questions.cbegin(); it != questions.cend(); ++it) {
        if (index.contains(it.key()) || it.key() != 0)
            figuresFor(it.key()).questions = it.value();
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
    // Online the seat quotas do not apply (the seed's plan 2): a union is neither over nor
    // short of them, and the switch dialog has told the clerk so.
    const bool quotasApply = event->activePlan != PlanKind::Online;
    for (const UnitFigures &u : f.units) {
        if (quotasApply && u.overQuota())
            out << Warning { Warning::Tab::Attendees,
                             QCoreApplication::translate("Statistics",
                                                         "%1 has %2 people for a quota of %3.")
                                 .arg(u.unitName)
                                 .arg(u.counted)
                                 .arg(u.quota) };
        // Before the day: a union still short of the people its quota asks for.
        const bool beforeTheDay = !event->date.isValid() || today <= event->date;
        if (quotasApply && beforeTheDay && u.quota > 0 && u.counted < u.quota)
            out << Warning { Warning::Tab::Attendees,
                             QCoreApplication::translate("Statistics",
                                                         "%1 has sent %2 of the %3 people of its "
                                                         "quota.")
                                 .arg(u.unitName)
                                 .arg(u.counted)
                                 .arg(u.quota) };
        const bool short_ = u.role == UnitRole::Host && event->minQuestionsPerHost > 0
            && u.questions < event->minQuestionsPerHost && event->questionDeadline.isValid()
            && !event->sample; // the sample's dates are past
        // A week before the deadline the host unions short of questions are reminded.
        if (short_ && today <= event->questionDeadline
            && today.daysTo(event->questionDeadline) <= kQuestionReminderDays)
            out << Warning {
                Warning::Tab::Questions,
                QCoreApplication::translate("Statistics",
                                            "%1 has sent %2 of the %3 questions required by %4: "
                                            "%n day(s) left.",
                                            nullptr, int(today.daysTo(event->questionDeadline)))
                    .arg(u.unitName)
                    .arg(u.questions)
                    .arg(event->minQuestionsPerHost)
                    .arg(event->questionDeadline.toString(QStringLiteral("dd/MM/yyyy")))
            };
        if (short_ && today > event->questionDeadline)
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
    // Agencies past the day the covering letter asked them to answer by.
    const QDate answerBy = session.events()
                               .documentSettings(event->id)
                               .numbering.value(PaperKind::ForwardLetter)
                               .answerBy;
    if (answerBy.isValid() && today > answerBy) {
        QMap<qint64, int> open;
        for (const Question &q : session.questions().list(event->id))
            if (q.status == QuestionStatus::Forwarded && q.forwardedToUnitId > 0)
                ++open[q.forwardedToUnitId];
        for (auto it = open.cbegin(); it != open.cend(); ++it)
            if (const auto agency = session.units().get(it.key()))
                out << Warning {
                    Warning::Tab::Questions,
                    QCoreApplication::translate(
                        "Statistics", "%1 has not answered %n forwarded question(s), due by %2.",
                        nullptr, it.value())
                        .arg(agency->name, answerBy.toString(QStringLiteral("dd/MM/yyyy")))
                };
    }
    // Papers that did not go by e-mail (the last attempt of a paper to a unit failed): the
    // clerk sends them again, or takes them another way.
    QMap<std::pair<qint64, QString>, MailLogEntry> lastAttempt;
    for (const MailLogEntry &e : session.mail().log(event->id))
        lastAttempt.insert({ e.unitId, e.paper }, e); // in sending order: the last one stays
    for (const MailLogEntry &e : std::as_const(lastAttempt))
        if (e.failed)
            out << Warning {
                Warning::Tab::Overview,
                QCoreApplication::translate("Statistics",
                                            "%1 to %2 did not go by e-mail at %3: "
                                            "%4")
                    .arg(paperKindLabel(paperKindFromKey(e.paper)),
                         session.units().get(e.unitId) ? session.units().get(e.unitId)->name
                                                       : e.recipient,
                         e.sentAt.toString(QStringLiteral("HH:mm dd/MM/yyyy")), e.serverReply)
            };
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
