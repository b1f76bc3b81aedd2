#include "edit/addimportedcommand.h"

#include "edit/createunitscommand.h"

#include <QSet>

#include <utility>

namespace dd {

AddImportedCommand::AddImportedCommand(Session *s, QList<AttendeeRepository::Prepared> rows,
                                       QList<int> pendingUnit, CreateUnitsCommand *units,
                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_session(s)
    , m_rows(std::move(rows))
    , m_pendingUnit(std::move(pendingUnit))
    , m_units(units)
{ }

void AddImportedCommand::redo()
{
    if (!m_ids.isEmpty()) { // again, after an undo: the units are back under their ids
        const auto ids = m_session->attendees().insertMany(std::exchange(m_undone, {}));
        if (!ids) {
            setObsolete(true);
            m_session->reportError(ids.error());
        }
        return;
    }
    if (m_units) {
        if (m_units->isObsolete()) {
            setObsolete(true);
            return;
        }
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_pendingUnit.at(i) >= 0)
                m_rows[i].a.unitId = m_units->idAt(m_pendingUnit.at(i));
    }
    const auto ids = m_session->attendees().insertPrepared(m_rows);
    if (!ids) {
        setObsolete(true);
        m_session->reportError(ids.error());
        return;
    }
    m_eventId = m_rows.isEmpty() ? 0 : m_rows.constFirst().a.eventId;
    m_ids = *ids;
    m_session->releaser().release(std::exchange(m_rows, {}));
    m_pendingUnit = {};
}

void AddImportedCommand::undo()
{
    const QSet<qint64> mine(m_ids.cbegin(), m_ids.cend());
    m_undone.clear();
    m_undone.reserve(m_ids.size());
    for (const Attendee &a : m_session->attendees().list(m_eventId))
        if (mine.contains(a.id))
            m_undone << a;
    QList<qint64> ids(m_ids.crbegin(), m_ids.crend());
    if (Status s = m_session->attendees().removeMany(ids); !s)
        m_session->reportError(s.error());
}

} // namespace dd
