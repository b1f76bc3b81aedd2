#pragma once

#include "domain/agendaitem.h"
#include "domain/attendee.h"
#include "domain/budgetitem.h"
#include "domain/documentsettings.h"
#include "domain/event.h"
#include "domain/question.h"
#include "domain/task.h"
#include "domain/unit.h"
#include "session/releaser.h"
#include "storage/agendarepository.h"
#include "storage/attendeerepository.h"
#include "storage/budgetrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/mailrepository.h"
#include "storage/questionrepository.h"
#include "storage/taskrepository.h"
#include "storage/unitrepository.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <typeinfo>

#include <memory>

namespace dd {

// One open data file and the event being worked on: the repositories, the undo stack that
// every user edit goes through, and the signals the models and windows listen to.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(std::unique_ptr<Database> db, QObject *parent = nullptr);
    ~Session() override;

    Database &database() { return *m_db; }
    QUndoStack *undoStack() { return &m_undo; }
    bool isReadOnly() const { return m_db->isReadOnly(); }
    // Frees large lists (the rows of an import) on another core; waited for when the session
    // closes.
    Releaser &releaser() { return m_releaser; }

    qint64 eventId() const { return m_eventId; }
    // Chooses the event the windows show; clears the undo history (it belongs to one event).
    void setEventId(qint64 id);
    std::optional<Event> event() { return m_events.get(m_eventId); }
    PlanKind activePlan();

    EventRepository &events() { return m_events; }
    UnitRepository &units() { return m_units; }
    AttendeeRepository &attendees() { return m_attendees; }
    QuestionRepository &questions() { return m_questions; }
    AgendaRepository &agenda() { return m_agenda; }
    TaskRepository &tasks() { return m_tasks; }
    BudgetRepository &budget() { return m_budget; }
    MailRepository &mail() { return m_mail; }

    // Runs a command through the undo stack. Returns false (and reports) when it failed;
    // a failed command leaves nothing behind and is not kept on the stack.
    bool push(QUndoCommand *command);
    // Commands call this when their redo/undo fails; the window shows it.
    void reportError(const QString &message);
    // A command's write was refused because another desk changed the row since it was read:
    // reported like an error (lastError()), and sent as conflictOccurred() for the window's
    // "take theirs / overwrite" question. `conflict.overwrite` builds the edit that overwrites.
    void reportConflict(const QString &message, const RowConflict &conflict);
    QString lastError() const { return m_lastError; }
    // The conflict of the last failed push() or undo(), if that is why it failed.
    const RowConflict *lastConflict() const { return m_lastConflict.get(); }
    // The version this desk last gave a row of type `type` (an undo command's next write goes
    // over it), or `otherwise` when it gave none.
    qint64 writtenVersion(const std::type_info &type, qint64 id, qint64 otherwise) const
    {
        return m_written.value({ QLatin1String(type.name()), id }, otherwise);
    }
    void noteWritten(const std::type_info &type, qint64 id, qint64 version)
    {
        m_written.insert({ QLatin1String(type.name()), id }, version);
    }
    // For scripts (`--overwrite`): an edit refused for a row another desk changed is written
    // over theirs at once (the conflict's overwrite), instead of failing.
    void setOverwriteConflicts(bool overwrite) { m_overwriteConflicts = overwrite; }
    // Undoes the last command. When its undo is refused (another desk changed a row it would
    // write back) nothing changes, the command stays where it was, and false is returned.
    bool undo();

    // The same operations for every kind of row, so that undo commands can be templates.
    Result<qint64> insert(const Attendee &v) { return m_attendees.insert(v); }
    Result<qint64> insert(const Unit &v) { return m_units.insert(v); }
    Result<qint64> insert(const Question &v) { return m_questions.insert(v); }
    Result<qint64> insert(const Topic &v) { return m_questions.insertTopic(v); }
    Result<qint64> insert(const AgendaItem &v) { return m_agenda.insert(v); }
    Result<qint64> insert(const Task &v) { return m_tasks.insert(v); }
    Result<qint64> insert(const BudgetItem &v) { return m_budget.insert(v); }
    Result<qint64> insert(const Event &v) { return m_events.insert(v); }
    Status update(const Attendee &v, const Attendee *read = nullptr)
    {
        return m_attendees.update(v, read);
    }
    Status claim(const Attendee &v) { return m_attendees.claim(v); }
    Status update(const Unit &v, const Unit *read = nullptr) { return m_units.update(v, read); }
    Status claim(const Unit &v) { return m_units.claim(v); }
    Status update(const Question &v, const Question *read = nullptr)
    {
        return m_questions.update(v, read);
    }
    Status claim(const Question &v) { return m_questions.claim(v); }
    Status update(const Topic &v, const Topic *read = nullptr)
    {
        return m_questions.updateTopic(v, read);
    }
    Status claim(const Topic &v) { return m_questions.claimTopic(v); }
    Status update(const AgendaItem &v, const AgendaItem *read = nullptr)
    {
        return m_agenda.update(v, read);
    }
    Status claim(const AgendaItem &v) { return m_agenda.claim(v); }
    Status update(const Task &v, const Task *read = nullptr) { return m_tasks.update(v, read); }
    Status claim(const Task &v) { return m_tasks.claim(v); }
    Status update(const BudgetItem &v, const BudgetItem *read = nullptr)
    {
        return m_budget.update(v, read);
    }
    Status claim(const BudgetItem &v) { return m_budget.claim(v); }
    Status update(const Event &v, const Event *read = nullptr) { return m_events.update(v, read); }
    Status claim(const Event &v) { return m_events.claim(v); }
    Status update(const Plan &v, const Plan *read = nullptr)
    {
        return m_events.updatePlan(v, read);
    }
    Status remove(const Attendee &v) { return m_attendees.remove(v.id); }
    Status remove(const Unit &v) { return m_units.remove(v.id); }
    Status remove(const Question &v) { return m_questions.remove(v.id); }
    Status remove(const Topic &v) { return m_questions.removeTopic(v.id); }
    Status remove(const AgendaItem &v) { return m_agenda.remove(v.id); }
    Status remove(const Task &v) { return m_tasks.remove(v.id); }
    Status remove(const BudgetItem &v) { return m_budget.remove(v.id); }
    Status remove(const Event &v) { return m_events.remove(v.id); }

    // Sends changed() and dataChanged(): for what this file's database committed, and for what
    // another desk changed in the same data (issue 18: the payload of its NOTIFY, read with
    // ChangeSet::fromText()), so that both reach the windows by one path.
    void announce(const ChangeSet &changes);

signals:
    void eventChanged(qint64 eventId);
    // After every committed write (here or, through announce(), elsewhere): the
    // tables and the rows in them that changed. Models update just those rows.
    void changed(const dd::ChangeSet &changes);
    // The same moment, for listeners that only care which tables changed: changes.tables().
    void dataChanged(unsigned entities);
    void errorOccurred(const QString &message);
    void conflictOccurred(const RowConflict &conflict);

private:
    std::unique_ptr<Database> m_db;
    EventRepository m_events;
    UnitRepository m_units;
    AttendeeRepository m_attendees;
    QuestionRepository m_questions;
    AgendaRepository m_agenda;
    TaskRepository m_tasks;
    BudgetRepository m_budget;
    MailRepository m_mail;
    QUndoStack m_undo;
    qint64 m_eventId = 0;
    QString m_lastError;
    std::shared_ptr<RowConflict> m_lastConflict;
    QHash<QPair<QString, qint64>, qint64> m_written; // see writtenVersion()
    bool m_overwriteConflicts = false;
    bool m_failed = false;
    Releaser m_releaser; // first to go: what it frees may refer to the above
};

} // namespace dd
