#include "edit/groupcommand.h"

namespace dd {

GroupCommand::GroupCommand(Session *s, const QString &text)
    : QUndoCommand(text)
    , m_session(s)
{ }

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
    if (!t.commit()) {
        setObsolete(true);
        m_session->reportError(m_session->database().lastError());
    }
}

void GroupCommand::undo()
{
    Transaction t(m_session->database());
    QUndoCommand::undo();
    t.commit();
}

} // namespace dd
