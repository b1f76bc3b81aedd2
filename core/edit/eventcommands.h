#pragma once

#include "domain/documentsettings.h"
#include "domain/event.h"
#include "domain/unit.h"
#include "session/session.h"

#include <QUndoCommand>

namespace dd {

// Switches the active plan and records it in the log; undo restores the previous plan and
// removes the log row. Nothing else changes: both plans keep every row.
class SwitchPlanCommand : public QUndoCommand
{
public:
    SwitchPlanCommand(Session *session, PlanKind to, QString reason, QDateTime when = {});
    void redo() override;
    void undo() override;

private:
    Session *m_session;
    qint64 m_eventId;
    PlanSwitch m_switch;
};

// Sets (or clears, with no value) a unit's part and quota in the event.
class SetEventUnitCommand : public QUndoCommand
{
public:
    SetEventUnitCommand(Session *session, std::optional<EventUnit> before,
                        std::optional<EventUnit> after, const QString &text,
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<EventUnit> &value, const std::optional<EventUnit> &other);
    Session *m_session;
    std::optional<EventUnit> m_before;
    std::optional<EventUnit> m_after;
};

class EditDocumentSettingsCommand : public QUndoCommand
{
public:
    EditDocumentSettingsCommand(Session *session, DocumentSettings before, DocumentSettings after);
    void redo() override;
    void undo() override;

private:
    Session *m_session;
    DocumentSettings m_before;
    DocumentSettings m_after;
};

class EditPlanCommand : public QUndoCommand
{
public:
    EditPlanCommand(Session *session, Plan before, Plan after);
    void redo() override;
    void undo() override;

private:
    Session *m_session;
    Plan m_before;
    Plan m_after;
};

// Puts the programme in a new order.
class ReorderAgendaCommand : public QUndoCommand
{
public:
    ReorderAgendaCommand(Session *session, QList<qint64> before, QList<qint64> after);
    void redo() override;
    void undo() override;

private:
    Session *m_session;
    qint64 m_eventId;
    QList<qint64> m_before;
    QList<qint64> m_after;
};

} // namespace dd
