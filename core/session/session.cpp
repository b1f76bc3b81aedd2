#include "session/session.h"

#include "util/logging.h"

namespace dd {

Session::Session(std::unique_ptr<Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_events(*m_db)
    , m_units(*m_db)
    , m_attendees(*m_db)
    , m_questions(*m_db)
    , m_agenda(*m_db)
    , m_tasks(*m_db)
    , m_budget(*m_db)
    , m_mail(*m_db)
{
    connect(m_db.get(), &Database::changed, this, &Session::announce);
    const QList<Event> all = m_events.list();
    if (!all.isEmpty())
        m_eventId = all.first().id;
}

Session::~Session()
{
    // Commands refer to the repositories; drop them first.
    m_undo.clear();
}

void Session::setEventId(qint64 id)
{
    if (id == m_eventId)
        return;
    m_undo.clear();
    m_eventId = id;
    emit eventChanged(id);
}

PlanKind Session::activePlan()
{
    const auto e = event();
    return e ? e->activePlan : PlanKind::InPerson;
}

bool Session::push(QUndoCommand *command)
{
    if (m_db->isReadOnly()) {
        delete command;
        reportError(tr("The file is open read-only; changes are not possible."));
        return false;
    }
    m_failed = false;
    m_lastConflict.reset();
    m_undo.push(command); // runs redo(); a failed redo marks the command obsolete
    if (m_failed && m_overwriteConflicts && m_lastConflict && m_lastConflict->overwrite) {
        const auto overwrite = m_lastConflict->overwrite;
        m_failed = false;
        m_lastConflict.reset();
        m_undo.push(overwrite());
    }
    return !m_failed;
}

void Session::announce(const ChangeSet &changes)
{
    if (changes.isEmpty())
        return;
    emit changed(changes);
    emit dataChanged(changes.tables());
}

bool Session::undo()
{
    if (!m_undo.canUndo())
        return false;
    m_failed = false;
    m_lastConflict.reset();
    m_undo.undo();
    if (m_failed && m_lastConflict) {
        // The command wrote nothing and knows it (RowCommand::refuseUndo): putting the stack's
        // index back runs its redo, which then writes nothing either.
        m_undo.redo();
        m_failed = true;
    }
    return !m_failed;
}

void Session::reportConflict(const QString &message, const RowConflict &conflict)
{
    m_failed = true;
    m_lastError = message;
    m_lastConflict = std::make_shared<RowConflict>(conflict);
    qCWarning(lcEdit) << message;
    emit conflictOccurred(conflict);
}

void Session::reportError(const QString &message)
{
    m_failed = true;
    m_lastError = message;
    qCWarning(lcEdit) << message;
    emit errorOccurred(message);
}

} // namespace dd
