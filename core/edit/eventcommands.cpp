#include "edit/eventcommands.h"

#include <QCoreApplication>

namespace dd {

namespace { } // namespace

SwitchPlanCommand::SwitchPlanCommand(Session *session, PlanKind to, QString reason, QDateTime when)
    : m_session(session)
    , m_eventId(session->eventId())
{
    m_switch.eventId = m_eventId;
    m_switch.from = session->activePlan();
    m_switch.to = to;
    m_switch.reason = std::move(reason);
    m_switch.switchedAt = when.isValid() ? when : QDateTime::currentDateTime();
    setText(to == PlanKind::Online
                ? QCoreApplication::translate("Commands", "switch to the online plan")
                : QCoreApplication::translate("Commands", "switch to the in-person plan"));
}

void SwitchPlanCommand::redo()
{
    if (m_switch.id == 0) {
        auto id = m_session->events().switchPlan(m_eventId, m_switch.to, m_switch.reason,
                                                 m_switch.switchedAt);
        if (!id) {
            setObsolete(true);
            m_session->reportError(id.error());
            return;
        }
        m_switch.id = *id;
        return;
    }
    if (Status s = m_session->events().insertSwitch(m_switch); !s)
        m_session->reportError(s.error());
}

void SwitchPlanCommand::undo()
{
    if (Status s = m_session->events().undoSwitch(m_eventId, m_switch.id, m_switch.from); !s)
        m_session->reportError(s.error());
}

SetEventUnitCommand::SetEventUnitCommand(Session *session, std::optional<EventUnit> before,
                                         std::optional<EventUnit> after, const QString &text,
                                         QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void SetEventUnitCommand::apply(const std::optional<EventUnit> &value,
                                const std::optional<EventUnit> &other)
{
    Status s;
    if (value)
        s = m_session->units().saveEventUnit(*value);
    else if (other)
        s = m_session->units().removeEventUnit(other->eventId, other->unitId);
    if (!s) {
        setObsolete(true);
        m_session->reportError(s.error());
    }
}

void SetEventUnitCommand::redo()
{
    apply(m_after, m_before);
}

void SetEventUnitCommand::undo()
{
    apply(m_before, m_after);
}

EditDocumentSettingsCommand::EditDocumentSettingsCommand(Session *session, DocumentSettings before,
                                                         DocumentSettings after)
    : QUndoCommand(QCoreApplication::translate("Commands", "edit the paper settings"))
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

// Numbers already issued are never handed out again: undoing a settings edit keeps each
// counter at least where it is now.
static DocumentSettings keepIssuedNumbers(Session *session, DocumentSettings target)
{
    const DocumentSettings current = session->events().documentSettings(target.eventId);
    for (auto it = target.numbering.begin(); it != target.numbering.end(); ++it) {
        const auto now = current.numbering.constFind(it.key());
        if (now != current.numbering.cend())
            it->nextNumber = std::max(it->nextNumber, now->nextNumber);
    }
    return target;
}

void EditDocumentSettingsCommand::redo()
{
    if (Status s = m_session->events().saveDocumentSettings(m_after); !s) {
        setObsolete(true);
        m_session->reportError(s.error());
    }
}

void EditDocumentSettingsCommand::undo()
{
    if (Status s = m_session->events().saveDocumentSettings(keepIssuedNumbers(m_session, m_before));
        !s)
        m_session->reportError(s.error());
}

EditPlanCommand::EditPlanCommand(Session *session, Plan before, Plan after)
    : QUndoCommand(after.kind == PlanKind::Online
                       ? QCoreApplication::translate("Commands", "edit the online plan")
                       : QCoreApplication::translate("Commands", "edit the in-person plan"))
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void EditPlanCommand::redo()
{
    if (auto r = m_session->events().savePlan(m_after); !r) {
        setObsolete(true);
        m_session->reportError(r.error());
    }
}

void EditPlanCommand::undo()
{
    if (auto r = m_session->events().savePlan(m_before); !r)
        m_session->reportError(r.error());
}

ReorderAgendaCommand::ReorderAgendaCommand(Session *session, QList<qint64> before,
                                           QList<qint64> after)
    : QUndoCommand(QCoreApplication::translate("Commands", "reorder the programme"))
    , m_session(session)
    , m_eventId(session->eventId())
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void ReorderAgendaCommand::redo()
{
    if (Status s = m_session->agenda().reorder(m_eventId, m_after); !s) {
        setObsolete(true);
        m_session->reportError(s.error());
    }
}

void ReorderAgendaCommand::undo()
{
    if (Status s = m_session->agenda().reorder(m_eventId, m_before); !s)
        m_session->reportError(s.error());
}

} // namespace dd
