#pragma once

#include "session/session.h"

#include <QList>
#include <QUndoCommand>

namespace dd {

// The units an import creates, each with its part in the event. Redo after undo puts them
// back under the same ids, so that the people added after them find them.
class CreateUnitsCommand : public QUndoCommand
{
public:
    CreateUnitsCommand(Session *s, QList<Unit> units, qint64 eventId, QUndoCommand *parent);
    void redo() override;
    void undo() override;
    qint64 idAt(int i) const { return m_units.at(i).id; }

private:
    void fail(const QString &message);
    Session *m_session;
    QList<Unit> m_units;
    qint64 m_eventId;
};

} // namespace dd
