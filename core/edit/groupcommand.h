#pragma once

#include "session/session.h"

#include <QUndoCommand>

namespace dd {

// A command made of several steps (its children), run in one transaction: when one step
// fails, the others are rolled back and the command is not kept on the stack.
class GroupCommand : public QUndoCommand
{
public:
    GroupCommand(Session *s, const QString &text);
    void redo() override;
    void undo() override;

private:
    Session *m_session;
};

} // namespace dd
