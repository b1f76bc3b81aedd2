#pragma once

#include "domain/mail.h"
#include "session/session.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QUndoCommand>

#include <optional>

namespace dd {

// Builders for the edits the windows and the command line make, with their undo text and
// the rows that depend on what is removed. Pages, dialogs, models and the command line build
// their commands here (or in attendeeactions, questionactions, importcommand), never from the
// command classes themselves.
namespace commands {

// The version of each row (by id) as the user's view last showed it. A removal built from ids
// claims each row at that version, so a row another desk changed after the user last saw it is
// not removed from under them (RowConflict); a row without one is claimed as read now.
using SeenVersions = QHash<qint64, qint64>;

QUndoCommand *addAttendees(Session *s, const QList<Attendee> &rows, const QString &text = {});
QUndoCommand *editAttendees(Session *s, const QList<Attendee> &after, const QString &text = {});
// The same, from the rows as the user read them (a list's rows, a dialog's person): a row
// another desk changed since is refused showing what the user had read (RowConflict).
QUndoCommand *editAttendeesFrom(Session *s, const QList<Attendee> &read,
                                const QList<Attendee> &after, const QString &text = {});
QUndoCommand *removeAttendees(Session *s, const QList<qint64> &ids, const SeenVersions &seen = {});

QUndoCommand *addQuestions(Session *s, const QList<Question> &rows, const QString &text = {});
QUndoCommand *editQuestions(Session *s, const QList<Question> &after, const QString &text = {});
QUndoCommand *editQuestionsFrom(Session *s, const QList<Question> &read,
                                const QList<Question> &after, const QString &text = {});
QUndoCommand *removeQuestions(Session *s, const QList<qint64> &ids, const SeenVersions &seen = {});
// The questions of a mail fetch and the memory of the messages they came from: one
// transaction, one undo step (undo forgets the messages, so the next fetch offers them again).
QUndoCommand *addFetchedMail(Session *s, const QList<Question> &rows,
                             const QList<FetchedMail> &messages);

QUndoCommand *addAgendaItem(Session *s, const AgendaItem &item);
QUndoCommand *editAgendaItem(Session *s, const AgendaItem &after);
// The edits of a list's row (…From): from the row as the list showed it, like
// editAttendeesFrom; only the fields changed from `read` are written.
QUndoCommand *editAgendaItemFrom(Session *s, const AgendaItem &read, const AgendaItem &after);
QUndoCommand *removeAgendaItems(Session *s, const QList<qint64> &ids,
                                const SeenVersions &seen = {});

// The position a new task takes: after the event's last one (not after the number of rows,
// which a deleted task would make a position already taken).
int nextTaskPosition(Session *s);
QUndoCommand *addTask(Session *s, const Task &task);
QUndoCommand *editTask(Session *s, const Task &after);
QUndoCommand *editTaskFrom(Session *s, const Task &read, const Task &after);
QUndoCommand *removeTasks(Session *s, const QList<qint64> &ids, const SeenVersions &seen = {});

QUndoCommand *addTopic(Session *s, const Topic &topic);
QUndoCommand *editTopic(Session *s, const Topic &after);
QUndoCommand *editTopicFrom(Session *s, const Topic &read, const Topic &after);
// `seenVersion`: the topic's version as the user's list showed it (0: as read now).
QUndoCommand *removeTopic(Session *s, qint64 id, qint64 seenVersion = 0);
// Numbers the topics 1..n in the order given (so that "Topic 2" is always the second one), as
// one step; nullptr when the order is the one stored.
QUndoCommand *reorderTopics(Session *s, const QList<Topic> &order);

QUndoCommand *addUnit(Session *s, const Unit &unit, std::optional<EventUnit> part = {});
QUndoCommand *editUnit(Session *s, const Unit &after);
QUndoCommand *editUnitFrom(Session *s, const Unit &read, const Unit &after);
// Edits a unit and sets (or, with no value, clears) its part and quota in the event, from the
// unit and its part as the user's dialog showed them (`read`, `readPart`: no value when the
// unit had no part): a unit or a part another desk changed since is refused (RowConflict)
// showing what the dialog had shown. A part left as shown is not written.
QUndoCommand *editUnitAndPart(Session *s, const Unit &read,
                              const std::optional<EventUnit> &readPart, const Unit &after,
                              std::optional<EventUnit> part);
// Returns nullptr and sets `why` when the unit is still used by people, questions or tasks.
// `seenVersion`: the unit's version as the user's list showed it (0: as read now).
QUndoCommand *removeUnit(Session *s, qint64 id, QString *why, qint64 seenVersion = 0);
// `seenVersion`: the version of the unit's part as the user's list showed it (0: as read now).
QUndoCommand *setQuota(Session *s, qint64 unitId, int quota, qint64 seenVersion = 0);
// The same from the unit's part as the user read it (its version): refused when another desk
// changed it since.
QUndoCommand *setQuotaFrom(Session *s, const EventUnit &read, int quota);

QUndoCommand *editEvent(Session *s, const Event &after);
// The same from the event as the user's form showed it: refused when another desk changed it
// since, showing what the form had shown; only the fields changed from `read` are written.
QUndoCommand *editEventFrom(Session *s, const Event &read, const Event &after);
QUndoCommand *editDocumentSettings(Session *s, const DocumentSettings &before,
                                   const DocumentSettings &after);

// Switches the active plan and records why (at `when`, now when not given); both plans keep
// every row.
QUndoCommand *switchPlan(Session *s, PlanKind to, const QString &reason,
                         const QDateTime &when = {});
QUndoCommand *editPlan(Session *s, const Plan &before, const Plan &after);
// The event's own fields (`after`, when given), the start time of every plan in `plans` (when
// `start` is given: the meeting starts at the same hour whichever plan is held) and its paper
// settings (`settings`, when given), as one step; nullptr when there is nothing to change.
QUndoCommand *setEvent(Session *s, const std::optional<Event> &after, const QList<Plan> &plans,
                       const std::optional<QTime> &start,
                       const std::optional<DocumentSettings> &settings = std::nullopt);

// Puts the programme in the order `after` (ids), from the order `before`.
QUndoCommand *reorderAgenda(Session *s, const QList<qint64> &before, const QList<qint64> &after);

} // namespace commands
} // namespace dd
