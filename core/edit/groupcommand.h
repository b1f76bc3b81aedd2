#pragma once

#include "session/session.h"

#include <QUndoCommand>

#include <memory>
#include <vector>

namespace dd {

// A command made of several steps (its children), run in one transaction: when one step
// fails, the others are rolled back and the command is not kept on the stack.
class GroupCommand : public QUndoCommand
{
public:
    GroupCommand(Session *s, const QString &text);
    // Takes a command that a builder made on its own as the next step (after the children).
    void add(QUndoCommand *step);
    void redo() override;
    void undo() override;

private:
    Session *m_session;
    std::vector<std::unique_ptr<QUndoCommand>> m_steps;
};

} // namespace dd
