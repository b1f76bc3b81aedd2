// `list events|units|attendees|quotas|questions|agenda|tasks|budget|reminders|mail`: tab-separated
// tables for scripts and spreadsheets, with English column keys and the same search rule as the
// window.
#include "cli/clicontext.h"

#include "domain/attendeecode.h"
#include "domain/schedule.h"
#include "models/questiontablemodel.h"
#include "models/statistics.h"
#include "text/numberwords.h"
#include "text/vietnamese.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>

namespace dd::cli {

namespace {

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString dateTime(const QDateTime &dt)
{
    return dt.isValid() ? dt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString number(qint64 n, bool emptyWhenZero = true)
{
    return (n == 0 && emptyWhenZero) ? QString() : QString::number(n);
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

QString scopeWord(PlanScope s)
{
    switch (s) {
    case PlanScope::InPersonOnly:
        return planWord(PlanKind::InPerson);
    case PlanScope::OnlineOnly:
        return planWord(PlanKind::Online);
    case PlanScope::Both:
        break;
    }
    return QStringLiteral("both");
}

QString clock(const QTime &t, int day)
{
    if (!t.isValid())
        return {};
    QString s = t.toString(QStringLiteral("HH:mm"));
    if (day > 0)
        s += QStringLiteral(" +%1").arg(day); // on the next day
    return s;
}

// The filters given on the command line, checked against what the table supports.
struct Filters
{
    QStringList tokens; // --filter
    QString status; // --status, a status key
    qint64 unitId = 0; // --unit
    qint64 agencyId = 0; // --agency
    bool checkedInOnly = false; // --checked-in
    bool codes = false; // --codes: a last column with the code on the letters and badges
};

struct Table
{
    const char *name;
    bool needsEvent;
    QList<const char *> options; // the filter options that apply
    int (*print)(Context &, Session &, const Filters &);
};

template<typename E, std::size_t N>
std::optional<E> fromKey(const std::array<E, N> &values, QString (*key)(E), const QString &text)
{
    for (E e : values)
        if (key(e) == text)
            return e;
    return std::nullopt;
}

template<typename E, std::size_t N>
QString keyList(const std::array<E, N> &values, QString (*key)(E))
{
    QStringList keys;
    for (E e : values)
        keys << key(e);
    return keys.join(QStringLiteral(", "));
}

constexpr std::array<InvitationStatus, 5> kInvitationStatuses {
    InvitationStatus::NotInvited, InvitationStatus::Invited, InvitationStatus::Confirmed,
    InvitationStatus::Declined, InvitationStatus::Replaced
};
constexpr std::array<QuestionStatus, 6> kQuestionStatuses {
    QuestionStatus::Received, QuestionStatus::Classified, QuestionStatus::Forwarded,
    QuestionStatus::Answered, QuestionStatus::Withdrawn,  QuestionStatus::Merged
};

QHash<qint64, Unit> unitsById(Session &s)
{
    QHash<qint64, Unit> map;
    for (const Unit &u : s.units().list())
        map.insert(u.id, u);
    return map;
}

int printEvents(Context &ctx, Session &s, const Filters &)
{
    ctx.writeRow({ QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("organiser"),
                   QStringLiteral("planned"), QStringLiteral("date"), QStringLiteral("active_plan"),
                   QStringLiteral("attendees"), QStringLiteral("questions") });
    for (const Event &e : s.events().list()) {
        QString planned;
        if (e.plannedYear > 0)
            planned = e.plannedMonth > 0 ? QStringLiteral("%1-%2")
                                               .arg(e.plannedYear)
                                               .arg(e.plannedMonth, 2, 10, QLatin1Char('0'))
                                         : QString::number(e.plannedYear);
        ctx.writeRow({ QString::number(e.id), e.title, e.organiser, planned, date(e.date),
                       planWord(e.activePlan), QString::number(s.attendees().count(e.id)),
                       QString::number(s.questions().list(e.id).size()) });
    }
    return Success;
}

int printUnits(Context &ctx, Session &s, const Filters &)
{
    QHash<qint64, EventUnit> parts;
    if (s.eventId() != 0)
        for (const EventUnit &eu : s.units().eventUnits(s.eventId()))
            parts.insert(eu.unitId, eu);
    const QList<Unit> units = s.units().list();
    QHash<qint64, QString> names;
    for (const Unit &u : units)
        names.insert(u.id, u.name);

    ctx.writeRow({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("short_name"),
                   QStringLiteral("kind"), QStringLiteral("role"), QStringLiteral("quota"),
                   QStringLiteral("quota_note"), QStringLiteral("parent"), QStringLiteral("email"),
                   QStringLiteral("phone"), QStringLiteral("contact_person") });
    for (const Unit &u : units) {
        const auto part = parts.constFind(u.id);
        const bool inEvent = part != parts.constEnd();
        ctx.writeRow({ QString::number(u.id), u.name, u.shortName, unitKindKey(u.kind),
                       inEvent ? unitRoleKey(part->role) : QString(),
                       inEvent && part->quota >= 0 ? QString::number(part->quota) : QString(),
                       inEvent ? part->quotaNote : QString(), names.value(u.parentId), u.email,
                       u.phone, u.contactPerson });
    }
    return Success;
}

int printAttendees(Context &ctx, Session &s, const Filters &f)
{
    const QHash<qint64, Unit> units = unitsById(s);
    QStringList header { QStringLiteral("id"),          QStringLiteral("family_name"),
                         QStringLiteral("middle_name"), QStringLiteral("given_name"),
                         QStringLiteral("full_name"),   QStringLiteral("gender"),
                         QStringLiteral("birth_year"),  QStringLiteral("position"),
                         QStringLiteral("unit"),        QStringLiteral("workplace"),
                         QStringLiteral("phone"),       QStringLiteral("email"),
                         QStringLiteral("role"),        QStringLiteral("status"),
                         QStringLiteral("checked_in"),  QStringLiteral("walk_in"),
                         QStringLiteral("note"),        QStringLiteral("checked_in_desk") };
    // Added after the others (so that each stays where scripts read it), before the code that
    // --codes puts last.
    header << QStringLiteral("reserve");
    if (f.codes)
        header << QStringLiteral("code");
    ctx.writeRow(header);
    // In Vietnamese name order (the repository's order).
    for (const Attendee &a : s.attendees().list(s.eventId())) {
        const Unit unit = units.value(a.unitId);
        if (f.unitId && a.unitId != f.unitId)
            continue;
        if (f.checkedInOnly && !a.checkedInAt.isValid())
            continue;
        if (!f.status.isEmpty() && invitationStatusKey(a.status) != f.status)
            continue;
        if (!f.tokens.isEmpty()) {
            // The window's rule (AttendeeTableModel): the person's search text and the unit.
            const QString haystack = AttendeeRepository::searchText(a) + QLatin1Char(' ')
                + text::fold(unit.name + QLatin1Char(' ') + unit.shortName);
            if (!text::matchesTokens(haystack, f.tokens))
                continue;
        }
        QStringList row { QString::number(a.id),
                          a.familyName,
                          a.middleName,
                          a.givenName,
                          a.fullName(),
                          genderKey(a.gender),
                          number(a.birthYear),
                          a.position,
                          unit.name,
                          a.workplace,
                          a.phone,
                          a.email,
                          attendeeRoleKey(a.role),
                          invitationStatusKey(a.status),
                          dateTime(a.checkedInAt),
                          yesNo(a.walkIn),
                          a.note,
                          a.checkedInDesk };
        row << yesNo(a.reserve);
        if (f.codes)
            row << attendeeCode(a.eventId, a.id);
        ctx.writeRow(row);
    }
    return Success;
}

// One row per unit with a part in the event: its seat quota and its delegates, counted by the
// union that sends them (the overview's and the quota panel's figures).
int printQuotas(Context &ctx, Session &s, const Filters &)
{
    ctx.writeRow({ QStringLiteral("unit"), QStringLiteral("role"), QStringLiteral("quota"),
                   QStringLiteral("people"), QStringLiteral("invited"), QStringLiteral("confirmed"),
                   QStringLiteral("declined"), QStringLiteral("present") });
    QSet<qint64> withPart;
    for (const EventUnit &eu : s.units().eventUnits(s.eventId()))
        withPart.insert(eu.unitId);
    for (const UnitFigures &u : computeFigures(s).units) {
        if (!withPart.contains(u.unitId))
            continue;
        ctx.writeRow(
            { u.unitName, unitRoleKey(u.role), u.quota >= 0 ? QString::number(u.quota) : QString(),
              QString::number(u.counted), QString::number(u.delegates.invited),
              QString::number(u.delegates.confirmed), QString::number(u.delegates.declined),
              QString::number(u.delegates.checkedIn) });
    }
    return Success;
}

int printQuestions(Context &ctx, Session &s, const Filters &f)
{
    const QHash<qint64, Unit> units = unitsById(s);
    QHash<qint64, int> topicNumbers;
    for (const Topic &t : s.questions().topics(s.eventId()))
        topicNumbers.insert(t.id, t.position);
    ctx.writeRow(
        { QStringLiteral("id"), QStringLiteral("running_order"), QStringLiteral("received_on"),
          QStringLiteral("unit"), QStringLiteral("submitter"), QStringLiteral("kind"),
          QStringLiteral("topic"), QStringLiteral("channel"), QStringLiteral("status"),
          QStringLiteral("forwarded_to"), QStringLiteral("forwarded_on"), QStringLiteral("text"),
          QStringLiteral("answer"), QStringLiteral("answered_by"), QStringLiteral("answered_at"),
          QStringLiteral("duplicate_of"), QStringLiteral("note") });
    for (const Question &q : s.questions().list(s.eventId())) {
        if (f.unitId && q.unitId != f.unitId)
            continue;
        if (f.agencyId && q.forwardedToUnitId != f.agencyId)
            continue;
        if (!f.status.isEmpty() && questionStatusKey(q.status) != f.status)
            continue;
        const Unit unit = units.value(q.unitId);
        if (!f.tokens.isEmpty()) {
            // The window's rule: text, submitter, unit, answer, note.
            const QString unitName = unit.shortName.isEmpty() ? unit.name : unit.shortName;
            if (!text::matchesTokens(QuestionTableModel::searchTextOf(q, unitName), f.tokens))
                continue;
        }
        ctx.writeRow({ QString::number(q.id), number(q.runningOrder), date(q.receivedOn), unit.name,
                       q.submitter, questionKindKey(q.kind), number(topicNumbers.value(q.topicId)),
                       questionChannelKey(q.channel), questionStatusKey(q.status),
                       units.value(q.forwardedToUnitId).name, date(q.forwardedOn), q.text, q.answer,
                       q.answeredBy, dateTime(q.answeredAt), number(q.duplicateOfId), q.note });
    }
    return Success;
}

int printAgenda(Context &ctx, Session &s, const Filters &)
{
    const PlanKind active = s.activePlan();
    const auto plan = s.events().plan(s.eventId(), active);
    const QList<AgendaItem> items = s.agenda().list(s.eventId());
    QHash<qint64, AgendaSlot> placed;
    for (const AgendaSlot &slot : computeSchedule(items, active, plan ? plan->startTime : QTime()))
        placed.insert(slot.item.id, slot);

    ctx.writeRow({ QStringLiteral("position"), QStringLiteral("start"), QStringLiteral("end"),
                   QStringLiteral("title"), QStringLiteral("presenter"), QStringLiteral("minutes"),
                   QStringLiteral("plans"), QStringLiteral("applies"), QStringLiteral("notes") });
    for (const AgendaItem &i : items) {
        const auto slot = placed.constFind(i.id);
        const bool applies = slot != placed.constEnd();
        QString start, end;
        if (applies) {
            const int endDay = slot->startDay + (slot->crossesMidnight ? 1 : 0);
            start = clock(slot->start, slot->startDay);
            end = clock(slot->end, endDay);
        }
        ctx.writeRow({ QString::number(i.position), start, end, i.titleFor(active), i.presenter,
                       QString::number(i.durationMinutes), scopeWord(i.scope), yesNo(applies),
                       i.notes });
    }
    return Success;
}

int printTasks(Context &ctx, Session &s, const Filters &f)
{
    const QHash<qint64, Unit> units = unitsById(s);
    ctx.writeRow({ QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("owner"),
                   QStringLiteral("description"), QStringLiteral("due_date"),
                   QStringLiteral("done") });
    for (const Task &t : s.tasks().list(s.eventId())) {
        if (f.unitId && t.ownerUnitId != f.unitId)
            continue;
        const QString owner = t.ownerUnitId ? units.value(t.ownerUnitId).name : t.ownerLabel;
        ctx.writeRow({ QString::number(t.id), QString::number(t.position), owner, t.description,
                       date(t.dueDate), yesNo(t.done) });
    }
    return Success;
}

// What needs doing before the day, as the overview lists it: the tab where it is fixed and the
// reminder.
int printReminders(Context &ctx, Session &s, const Filters &)
{
    static const char *const kTabs[] = { "overview", "attendees", "questions", "agenda", "plans" };
    ctx.writeRow({ QStringLiteral("where"), QStringLiteral("reminder") });
    for (const Warning &w : computeWarnings(s, QDate::currentDate()))
        ctx.writeRow({ QLatin1String(kTabs[int(w.tab)]), w.text });
    return Success;
}

int printBudget(Context &ctx, Session &s, const Filters &)
{
    ctx.writeRow({ QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("section"),
                   QStringLiteral("content"), QStringLiteral("measure"), QStringLiteral("quantity"),
                   QStringLiteral("unit_price"), QStringLiteral("amount"), QStringLiteral("plan"),
                   QStringLiteral("note"), QStringLiteral("actual") });
    for (const BudgetItem &b : s.budget().list(s.eventId())) {
        const QString plan = b.plans == BudgetPlans::Both
            ? QStringLiteral("both")
            : planWord(b.plans == BudgetPlans::Online ? PlanKind::Online : PlanKind::InPerson);
        ctx.writeRow({ QString::number(b.id), QString::number(b.position), b.section, b.content,
                       b.measure, text::thousandthsText(b.quantityMilli, false),
                       QString::number(b.unitPrice), QString::number(b.amount()), plan, b.note,
                       b.actualAmount ? QString::number(*b.actualAmount) : QString() });
    }
    return Success;
}

int printMail(Context &ctx, Session &s, const Filters &f)
{
    const QHash<qint64, Unit> units = unitsById(s);
    ctx.writeRow({ QStringLiteral("id"), QStringLiteral("sent_at"), QStringLiteral("unit"),
                   QStringLiteral("recipient"), QStringLiteral("paper"),
                   QStringLiteral("attachment"), QStringLiteral("subject"),
                   QStringLiteral("server_reply"), QStringLiteral("status") });
    for (const MailLogEntry &e : s.mail().log(s.eventId())) {
        if (f.unitId && e.unitId != f.unitId)
            continue;
        ctx.writeRow({ QString::number(e.id), e.sentAt.toString(Qt::ISODate),
                       units.value(e.unitId).name, e.recipient, e.paper, e.attachment, e.subject,
                       e.serverReply,
                       e.failed ? QStringLiteral("failed") : QStringLiteral("sent") });
    }
    return Success;
}

const QList<Table> &tables()
{
    static const QList<Table> list {
        { "events", false, {}, &printEvents },
        { "units", false, {}, &printUnits },
        { "attendees",
          true,
          { opt::filter, opt::status, opt::unit, opt::checkedIn, opt::codes },
          &printAttendees },
        { "quotas", true, {}, &printQuotas },
        { "questions",
          true,
          { opt::filter, opt::status, opt::unit, opt::agency },
          &printQuestions },
        { "agenda", true, {}, &printAgenda },
        { "tasks", true, { opt::unit }, &printTasks },
        { "budget", true, {}, &printBudget },
        { "reminders", true, {}, &printReminders },
        { "mail", true, { opt::unit }, &printMail },
    };
    return list;
}

} // namespace

int runList(Context &ctx)
{
    QStringList names;
    for (const Table &t : tables())
        names << QLatin1String(t.name);
    if (ctx.args.isEmpty())
        return ctx.fail(QCoreApplication::translate("Cli", "Say what to list: %1.")
                            .arg(names.join(QStringLiteral(", "))),
                        UsageError);
    const QString what = ctx.args.first();
    const Table *table = nullptr;
    for (const Table &t : tables())
        if (what == QLatin1String(t.name))
            table = &t;
    if (!table)
        return ctx.fail(QCoreApplication::translate("Cli", "Cannot list “%1”; the lists are: %2.")
                            .arg(what, names.join(QStringLiteral(", "))),
                        UsageError);
    if (ctx.args.size() > 1)
        return ctx.fail(
            QCoreApplication::translate("Cli", "Unexpected argument “%1”.").arg(ctx.args.at(1)),
            UsageError);
    for (const char *option :
         { opt::filter, opt::status, opt::unit, opt::agency, opt::checkedIn, opt::codes })
        if (ctx.parser.isSet(QLatin1String(option))
            && std::none_of(table->options.cbegin(), table->options.cend(),
                            [option](const char *o) { return qstrcmp(o, option) == 0; }))
            return ctx.fail(
                QCoreApplication::translate("Cli", "The option --%1 does not apply to “list %2”.")
                    .arg(QLatin1String(option), what),
                UsageError);

    Filters filters;
    if (ctx.parser.isSet(QLatin1String(opt::status))) {
        filters.status = ctx.parser.value(QLatin1String(opt::status)).trimmed();
        const bool known = what == QLatin1String("attendees")
            ? bool(fromKey(kInvitationStatuses, &invitationStatusKey, filters.status))
            : bool(fromKey(kQuestionStatuses, &questionStatusKey, filters.status));
        if (!known)
            return ctx.fail(
                QCoreApplication::translate("Cli", "Unknown status “%1”; use one of: %2.")
                    .arg(filters.status,
                         what == QLatin1String("attendees")
                             ? keyList(kInvitationStatuses, &invitationStatusKey)
                             : keyList(kQuestionStatuses, &questionStatusKey)),
                UsageError);
    }
    filters.checkedInOnly = ctx.parser.isSet(QLatin1String(opt::checkedIn));
    filters.codes = ctx.parser.isSet(QLatin1String(opt::codes));
    if (ctx.parser.isSet(QLatin1String(opt::filter)))
        filters.tokens = text::queryTokens(ctx.parser.value(QLatin1String(opt::filter)));

    Session *session = ctx.openSession(Database::Access::ReadOnly);
    if (!session)
        return ctx.failureCode();
    if (table->needsEvent && !ctx.requireEvent())
        return ctx.failureCode();
    if (ctx.parser.isSet(QLatin1String(opt::unit))) {
        const auto id = ctx.unitOption(*session, opt::unit);
        if (!id)
            return Failure;
        filters.unitId = *id;
    }
    if (ctx.parser.isSet(QLatin1String(opt::agency))) {
        const auto id = ctx.unitOption(*session, opt::agency);
        if (!id)
            return Failure;
        filters.agencyId = *id;
    }
    return table->print(ctx, *session, filters);
}

} // namespace dd::cli
