#include "edit/groupcommand.h"

namespace dd {

GroupCommand::GroupCommand(Session *s, const QString &text)
    : QUndoCommand(text)
    , m_session(s)
{ }

void GroupCommand::add(QUndoCommand *step)
{
    m_steps.emplace_back(step);
}

void GroupCommand::redo()
{
    Transaction t(m_session->database());
    QUndoCommand::redo();
    for (int i = 0; i < childCount(); ++i) {
        if (child(i)->isObsolete()) {
            setObsolete(true);
            return;
        }
    }
    for (const auto &step : m_steps) {
        step->redo();
        if (step->isObsolete()) {
            setObsolete(true);
            return;
        }
    }
    if (!t.commit()) {
        setObsolete(true);
        m_session->reportError(m_session->database().lastError());
    }
}

void GroupCommand::undo()
{
    Transaction t(m_session->database());
    for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it)
        (*it)->undo();
    QUndoCommand::undo();
    t.commit();
}

} // namespace dd
