#include "edit/commands.h"

#include "edit/eventcommands.h"
#include "edit/fetchedmailcommand.h"
#include "edit/groupcommand.h"
#include "edit/rowcommands.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

#include <algorithm>

namespace dd::commands {

namespace {

// The rows of `ids` as stored now, each with the version the user's view showed (`seen`), so
// that the removal claims it at that version.
template<typename T, typename Getter>
QList<T> load(const QList<qint64> &ids, Getter get, const SeenVersions &seen = {})
{
    QList<T> out;
    for (qint64 id : ids) {
        if (auto v = get(id)) {
            v->rowVersion = seen.value(id, v->rowVersion);
            out << *v;
        }
    }
    return out;
}

// The rows among `rows` whose reference (`member`) points at one of the `removed` ids, and
// that are not removed themselves (`removedRows`): the database clears that reference (ON
// DELETE SET NULL), and undo of the removal writes them back as they were.
template<typename T>
void restoreOnUndo(Session *s, const QList<T> &rows, qint64 T::*member,
                   const QList<qint64> &removed, const QList<qint64> &removedRows,
                   QUndoCommand *parent)
{
    QList<T> original, cleared;
    for (const T &row : rows) {
        if (!(row.*member) || !removed.contains(row.*member) || removedRows.contains(row.id))
            continue;
        original << row;
        T c = row;
        c.*member = 0;
        cleared << c;
    }
    if (!original.isEmpty())
        new EditRowsCommand<T>(s, std::move(original), std::move(cleared), {}, parent);
}

} // namespace

QUndoCommand *addAttendees(Session *s, const QList<Attendee> &rows, const QString &text)
{
    QString label = text;
    if (label.isEmpty())
        label = rows.size() == 1
            ? QCoreApplication::translate("Commands", "add %1").arg(rows.first().fullName())
            : QCoreApplication::translate("Commands", "add %n attendee(s)", nullptr,
                                          int(rows.size()));
    return new AddRowsCommand<Attendee>(s, rows, label);
}

QUndoCommand *editAttendees(Session *s, const QList<Attendee> &after, const QString &text)
{
    QList<Attendee> before;
    for (const Attendee &a : after)
        if (auto b = s->attendees().get(a.id))
            before << *b;
    return editAttendeesFrom(s, before, after, text);
}

QUndoCommand *editAttendeesFrom(Session *s, const QList<Attendee> &before,
                                const QList<Attendee> &after, const QString &text)
{
    QString label = text;
    if (label.isEmpty())
        label = after.size() == 1
            ? QCoreApplication::translate("Commands", "edit %1").arg(after.first().fullName())
            : QCoreApplication::translate("Commands", "edit %n attendee(s)", nullptr,
                                          int(after.size()));
    return new EditRowsCommand<Attendee>(s, before, after, label);
}

QUndoCommand *removeAttendees(Session *s, const QList<qint64> &ids, const SeenVersions &seen)
{
    const QList<Attendee> rows = load<Attendee>(
        ids, [&](qint64 id) { return s->attendees().get(id); }, seen);
    auto *cmd = new RemoveRowsCommand<Attendee>(
        s, rows,
        rows.size() == 1
            ? QCoreApplication::translate("Commands", "delete %1").arg(rows.first().fullName())
            : QCoreApplication::translate("Commands", "delete %n attendee(s)", nullptr,
                                          int(rows.size())));
    restoreOnUndo(s, s->attendees().list(s->eventId()), &Attendee::substituteForId, ids, ids, cmd);
    restoreOnUndo(s, s->questions().list(s->eventId()), &Question::submitterAttendeeId, ids, {},
                  cmd);
    return cmd;
}

QUndoCommand *addQuestions(Session *s, const QList<Question> &rows, const QString &text)
{
    return new AddRowsCommand<Question>(
        s, rows,
        text.isEmpty() ? QCoreApplication::translate("Commands", "add %n question(s)", nullptr,
                                                     int(rows.size()))
                       : text);
}

QUndoCommand *addFetchedMail(Session *s, const QList<Question> &rows,
                             const QList<FetchedMail> &messages)
{
    auto *cmd = new GroupCommand(
        s,
        QCoreApplication::translate("Commands", "import %n question(s) from the mailbox", nullptr,
                                    int(rows.size())));
    if (!rows.isEmpty())
        cmd->add(addQuestions(s, rows));
    cmd->add(new FetchedMailCommand(s, messages));
    return cmd;
}

QUndoCommand *editQuestions(Session *s, const QList<Question> &after, const QString &text)
{
    QList<Question> before;
    for (const Question &q : after)
        if (auto b = s->questions().get(q.id))
            before << *b;
    return editQuestionsFrom(s, before, after, text);
}

QUndoCommand *editQuestionsFrom(Session *s, const QList<Question> &before,
                                const QList<Question> &after, const QString &text)
{
    return new EditRowsCommand<Question>(
        s, before, after,
        text.isEmpty() ? QCoreApplication::translate("Commands", "edit %n question(s)", nullptr,
                                                     int(after.size()))
                       : text);
}

QUndoCommand *removeQuestions(Session *s, const QList<qint64> &ids, const SeenVersions &seen)
{
    const QList<Question> rows = load<Question>(
        ids, [&](qint64 id) { return s->questions().get(id); }, seen);
    auto *cmd = new RemoveRowsCommand<Question>(
        s, rows,
        QCoreApplication::translate("Commands", "delete %n question(s)", nullptr,
                                    int(rows.size())));
    restoreOnUndo(s, s->questions().list(s->eventId()), &Question::duplicateOfId, ids, ids, cmd);
    return cmd;
}

QUndoCommand *addAgendaItem(Session *s, const AgendaItem &item)
{
    return new AddRowsCommand<AgendaItem>(
        s, { item },
        QCoreApplication::translate("Commands", "add programme item “%1”").arg(item.title));
}

QUndoCommand *editAgendaItem(Session *s, const AgendaItem &after)
{
    const auto before = s->agenda().get(after.id);
    return new EditRowsCommand<AgendaItem>(
        s, before ? QList<AgendaItem> { *before } : QList<AgendaItem> {}, { after },
        QCoreApplication::translate("Commands", "edit programme item “%1”").arg(after.title));
}

QUndoCommand *editAgendaItemFrom(Session *s, const AgendaItem &read, const AgendaItem &after)
{
    return new EditRowsCommand<AgendaItem>(
        s, { read }, { after },
        QCoreApplication::translate("Commands", "edit programme item “%1”").arg(after.title));
}

QUndoCommand *removeAgendaItems(Session *s, const QList<qint64> &ids, const SeenVersions &seen)
{
    const auto rows = load<AgendaItem>(
        ids, [&](qint64 id) { return s->agenda().get(id); }, seen);
    return new RemoveRowsCommand<AgendaItem>(
        s, rows,
        QCoreApplication::translate("Commands", "delete %n programme item(s)", nullptr,
                                    int(rows.size())));
}

int nextTaskPosition(Session *s)
{
    int last = 0;
    for (const Task &other : s->tasks().list(s->eventId()))
        last = std::max(last, other.position);
    return last + 1;
}

QUndoCommand *addTask(Session *s, const Task &task)
{
    return new AddRowsCommand<Task>(s, { task },
                                    QCoreApplication::translate("Commands", "add a task"));
}

QUndoCommand *editTask(Session *s, const Task &after)
{
    const auto before = s->tasks().get(after.id);
    return new EditRowsCommand<Task>(s, before ? QList<Task> { *before } : QList<Task> {},
                                     { after },
                                     QCoreApplication::translate("Commands", "edit a task"));
}

QUndoCommand *editTaskFrom(Session *s, const Task &read, const Task &after)
{
    return new EditRowsCommand<Task>(s, { read }, { after },
                                     QCoreApplication::translate("Commands", "edit a task"));
}

QUndoCommand *removeTasks(Session *s, const QList<qint64> &ids, const SeenVersions &seen)
{
    const auto rows = load<Task>(
        ids, [&](qint64 id) { return s->tasks().get(id); }, seen);
    return new RemoveRowsCommand<Task>(
        s, rows,
        QCoreApplication::translate("Commands", "delete %n task(s)", nullptr, int(rows.size())));
}

QUndoCommand *addTopic(Session *s, const Topic &topic)
{
    return new AddRowsCommand<Topic>(s, { topic },
                                     QCoreApplication::translate("Commands", "add a topic"));
}

QUndoCommand *editTopic(Session *s, const Topic &after)
{
    QList<Topic> before;
    for (const Topic &t : s->questions().topics(after.eventId))
        if (t.id == after.id)
            before << t;
    return new EditRowsCommand<Topic>(s, before, { after },
                                      QCoreApplication::translate("Commands", "edit a topic"));
}

QUndoCommand *editTopicFrom(Session *s, const Topic &read, const Topic &after)
{
    return new EditRowsCommand<Topic>(s, { read }, { after },
                                      QCoreApplication::translate("Commands", "edit a topic"));
}

QUndoCommand *reorderTopics(Session *s, const QList<Topic> &order)
{
    QHash<qint64, Topic> stored;
    for (const Topic &t : s->questions().topics(s->eventId()))
        stored.insert(t.id, t);
    QList<Topic> before;
    QList<Topic> after;
    for (int i = 0; i < order.size(); ++i) {
        const auto it = stored.constFind(order.at(i).id);
        if (it == stored.cend() || it->position == i + 1)
            continue;
        before << *it;
        Topic t = *it;
        t.position = i + 1;
        after << t;
    }
    if (after.isEmpty())
        return nullptr;
    return new EditRowsCommand<Topic>(s, before, after,
                                      QCoreApplication::translate("Commands", "move a topic"));
}

QUndoCommand *removeTopic(Session *s, qint64 id, qint64 seenVersion)
{
    QList<Topic> rows;
    for (const Topic &t : s->questions().topics(s->eventId()))
        if (t.id == id)
            rows << t;
    if (seenVersion > 0) // claimed as the user saw it, not as it is now
        for (Topic &t : rows)
            t.rowVersion = seenVersion;
    auto *cmd = new RemoveRowsCommand<Topic>(
        s, rows, QCoreApplication::translate("Commands", "delete a topic"));
    restoreOnUndo(s, s->questions().list(s->eventId()), &Question::topicId, { id }, {}, cmd);
    return cmd;
}

QUndoCommand *addUnit(Session *s, const Unit &unit, std::optional<EventUnit> part)
{
    auto *cmd = new GroupCommand(
        s, QCoreApplication::translate("Commands", "add unit %1").arg(unit.name));
    auto *add = new AddRowsCommand<Unit>(s, { unit }, {}, cmd);
    if (part) {
        // The unit's id is known only after the insert: a small command reads it then.
        struct LinkCommand : QUndoCommand
        {
            LinkCommand(Session *s, AddRowsCommand<Unit> *add, EventUnit part, QUndoCommand *parent)
                : QUndoCommand(parent)
                , m_s(s)
                , m_add(add)
                , m_part(part)
            { }
            void redo() override
            {
                if (m_add->isObsolete()) { // the unit was not added; that error is reported
                    setObsolete(true);
                    return;
                }
                m_part.unitId = m_add->rows().first().id;
                if (Status st = m_s->units().saveEventUnit(m_part); !st) {
                    setObsolete(true);
                    m_s->reportError(st.error());
                }
            }
            void undo() override { m_s->units().removeEventUnit(m_part.eventId, m_part.unitId); }
            Session *m_s;
            AddRowsCommand<Unit> *m_add;
            EventUnit m_part;
        };
        new LinkCommand(s, add, *part, cmd);
    }
    return cmd;
}

QUndoCommand *editUnit(Session *s, const Unit &after)
{
    const auto before = s->units().get(after.id);
    return new EditRowsCommand<Unit>(
        s, before ? QList<Unit> { *before } : QList<Unit> {}, { after },
        QCoreApplication::translate("Commands", "edit unit %1").arg(after.name));
}

QUndoCommand *editUnitFrom(Session *s, const Unit &read, const Unit &after)
{
    return new EditRowsCommand<Unit>(
        s, { read }, { after },
        QCoreApplication::translate("Commands", "edit unit %1").arg(after.name));
}

QUndoCommand *editUnitAndPart(Session *s, const Unit &read,
                              const std::optional<EventUnit> &readPart, const Unit &after,
                              std::optional<EventUnit> part)
{
    auto *cmd = new GroupCommand(
        s, QCoreApplication::translate("Commands", "edit unit %1").arg(after.name));
    new EditRowsCommand<Unit>(s, { read }, { after }, {}, cmd);
    if (part && readPart && part->position == 0)
        part->position = readPart->position; // keeps its place in the event's list
    const bool partAsShown = readPart.has_value() == part.has_value()
        && (!part
            || (part->role == readPart->role && part->quota == readPart->quota
                && part->quotaNote == readPart->quotaNote));
    if (!partAsShown) {
        // Over the part as the dialog showed it (a part it showed none of is added).
        std::optional<EventUnit> was = readPart;
        if (was && was->rowVersion <= 0)
            was.reset();
        new SetEventUnitCommand(s, was, part, {}, cmd);
    }
    return cmd;
}

QUndoCommand *removeUnit(Session *s, qint64 id, QString *why, qint64 seenVersion)
{
    auto unit = s->units().get(id);
    if (!unit) {
        *why = QCoreApplication::translate("Commands", "The unit no longer exists.");
        return nullptr;
    }
    const auto uses = s->units().usesOutside(id, s->eventId());
    if (!uses) {
        *why = uses.error();
        return nullptr;
    }
    if (*uses > 0) {
        *why = QCoreApplication::translate(
                   "Commands",
                   "%1 is still used by people, questions, tasks, other units or other events. "
                   "Move or delete those first.")
                   .arg(unit->name);
        return nullptr;
    }
    auto *cmd = new GroupCommand(
        s, QCoreApplication::translate("Commands", "delete unit %1").arg(unit->name));
    if (auto part = s->units().eventUnit(s->eventId(), id))
        new SetEventUnitCommand(s, part, std::nullopt, {}, cmd);
    if (seenVersion > 0) // claimed as the user saw it, not as it is now
        unit->rowVersion = seenVersion;
    new RemoveRowsCommand<Unit>(s, { *unit }, {}, cmd);
    return cmd;
}

QUndoCommand *setQuota(Session *s, qint64 unitId, int quota, qint64 seenVersion)
{
    auto before = s->units().eventUnit(s->eventId(), unitId);
    if (before && seenVersion > 0)
        before->rowVersion = seenVersion;
    return setQuotaFrom(
        s, before.value_or(EventUnit { s->eventId(), unitId, UnitRole::Participant, -1, {} }),
        quota);
}

QUndoCommand *setQuotaFrom(Session *s, const EventUnit &read, int quota)
{
    EventUnit after = read;
    after.quota = quota;
    const auto unit = s->units().get(read.unitId);
    // A part never stored (version 0) is added by the edit.
    return new SetEventUnitCommand(
        s, read.rowVersion > 0 ? std::optional(read) : std::nullopt, after,
        QCoreApplication::translate("Commands", "set the quota of %1 to %2")
            .arg(unit ? unit->name : QString())
            .arg(quota));
}

QUndoCommand *editEvent(Session *s, const Event &after)
{
    const auto before = s->events().get(after.id);
    return new EditRowsCommand<Event>(s, before ? QList<Event> { *before } : QList<Event> {},
                                      { after },
                                      QCoreApplication::translate("Commands", "edit the event"));
}

QUndoCommand *editEventFrom(Session *s, const Event &read, const Event &after)
{
    return new EditRowsCommand<Event>(s, { read }, { after },
                                      QCoreApplication::translate("Commands", "edit the event"));
}

QUndoCommand *editDocumentSettings(Session *s, const DocumentSettings &before,
                                   const DocumentSettings &after)
{
    return new EditDocumentSettingsCommand(s, before, after);
}

QUndoCommand *switchPlan(Session *s, PlanKind to, const QString &reason, const QDateTime &when)
{
    return new SwitchPlanCommand(s, to, reason, when);
}

QUndoCommand *editPlan(Session *s, const Plan &before, const Plan &after)
{
    return new EditRowsCommand<Plan>(
        s, { before }, { after },
        after.kind == PlanKind::Online
            ? QCoreApplication::translate("Commands", "edit the online plan")
            : QCoreApplication::translate("Commands", "edit the in-person plan"));
}

QUndoCommand *setEvent(Session *s, const std::optional<Event> &after, const QList<Plan> &plans,
                       const std::optional<QTime> &start,
                       const std::optional<DocumentSettings> &settings)
{
    if (!after && !start && !settings)
        return nullptr;
    auto *group = new GroupCommand(s, QCoreApplication::translate("Commands", "set the event"));
    if (after)
        group->add(editEvent(s, *after));
    if (start)
        for (const Plan &p : plans) {
            Plan changed = p;
            changed.startTime = *start;
            group->add(editPlan(s, p, changed));
        }
    if (settings)
        group->add(
            editDocumentSettings(s, s->events().documentSettings(settings->eventId), *settings));
    return group;
}

QUndoCommand *reorderAgenda(Session *s, const QList<qint64> &before, const QList<qint64> &after)
{
    return new ReorderAgendaCommand(s, before, after);
}

} // namespace dd::commands
