#include "edit/createunitscommand.h"

namespace dd {

CreateUnitsCommand::CreateUnitsCommand(Session *s, QList<Unit> units, qint64 eventId,
                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_session(s)
    , m_units(std::move(units))
    , m_eventId(eventId)
{ }

void CreateUnitsCommand::redo()
{
    for (Unit &u : m_units) {
        const auto id = m_session->insert(u);
        if (!id) {
            fail(id.error());
            return;
        }
        u.id = *id;
        if (Status st = m_session->units().saveEventUnit(
                EventUnit { m_eventId, u.id, UnitRole::Participant, -1, {} });
            !st) {
            fail(st.error());
            return;
        }
    }
}

void CreateUnitsCommand::undo()
{
    for (auto it = m_units.crbegin(); it != m_units.crend(); ++it) {
        m_session->units().removeEventUnit(m_eventId, it->id);
        if (Status st = m_session->remove(*it); !st)
            m_session->reportError(st.error());
    }
}

void CreateUnitsCommand::fail(const QString &message)
{
    setObsolete(true);
    m_session->reportError(message);
}

} // namespace dd
