#pragma once

#include "edit/eventcommands.h"
#include "edit/rowcommands.h"

#include <QUndoCommand>

namespace dd {

// Builders for the edits the windows and the command line make, with their undo text and
// the rows that depend on what is removed.
namespace commands {

QUndoCommand *addAttendees(Session *s, const QList<Attendee> &rows, const QString &text = {});
QUndoCommand *editAttendees(Session *s, const QList<Attendee> &after, const QString &text = {});
QUndoCommand *removeAttendees(Session *s, const QList<qint64> &ids);

QUndoCommand *addQuestions(Session *s, const QList<Question> &rows, const QString &text = {});
QUndoCommand *editQuestions(Session *s, const QList<Question> &after, const QString &text = {});
QUndoCommand *removeQuestions(Session *s, const QList<qint64> &ids);

QUndoCommand *addAgendaItem(Session *s, const AgendaItem &item);
QUndoCommand *editAgendaItem(Session *s, const AgendaItem &after);
QUndoCommand *removeAgendaItems(Session *s, const QList<qint64> &ids);

QUndoCommand *addTask(Session *s, const Task &task);
QUndoCommand *editTask(Session *s, const Task &after);
QUndoCommand *removeTasks(Session *s, const QList<qint64> &ids);

QUndoCommand *addTopic(Session *s, const Topic &topic);
QUndoCommand *editTopic(Session *s, const Topic &after);
QUndoCommand *removeTopic(Session *s, qint64 id);

QUndoCommand *addUnit(Session *s, const Unit &unit, std::optional<EventUnit> part = {});
QUndoCommand *editUnit(Session *s, const Unit &after);
// Edits a unit and sets (or, with no value, clears) its part and quota in the event.
QUndoCommand *editUnitAndPart(Session *s, const Unit &after, std::optional<EventUnit> part);
// Returns nullptr and sets `why` when the unit is still used by people, questions or tasks.
QUndoCommand *removeUnit(Session *s, qint64 id, QString *why);
QUndoCommand *setQuota(Session *s, qint64 unitId, int quota);

QUndoCommand *editEvent(Session *s, const Event &after);

} // namespace commands
} // namespace dd
