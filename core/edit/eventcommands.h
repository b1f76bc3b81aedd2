#pragma once

#include "domain/documentsettings.h"
#include "domain/event.h"
#include "domain/unit.h"
#include "session/session.h"

#include <QUndoCommand>

namespace dd {

// The numbering of one kind of paper in the session's record of its own writes
// (Session::noteWritten).
qint64 numberingId(qint64 eventId, PaperKind kind);

// Switches the active plan and records it in the log; undo restores the previous plan and
// removes the log row. Nothing else changes: both plans keep every row. The switch is a write
// of the event's row: refused (RowConflict) when another desk changed the event since.
class SwitchPlanCommand : public QUndoCommand
{
public:
    SwitchPlanCommand(Session *session, PlanKind to, QString reason, QDateTime when = {});
    void redo() override;
    void undo() override;

private:
    bool refused(const Status &s);
    Session *m_session;
    qint64 m_eventId;
    qint64 m_eventVersion = 0; // as the command read the event
    PlanSwitch m_switch;
    bool m_undoRefused = false;
};

// Sets (or clears, with no value) a unit's part and quota in the event. Each write goes over
// the version of the part the edit read (then the one this desk last gave it); a part another
// desk changed since is refused with a RowConflict, like the rows of EditRowsCommand.
class SetEventUnitCommand : public QUndoCommand
{
public:
    SetEventUnitCommand(Session *session, std::optional<EventUnit> before,
                        std::optional<EventUnit> after, const QString &text,
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    bool apply(const std::optional<EventUnit> &value, const std::optional<EventUnit> &other);
    Session *m_session;
    std::optional<EventUnit> m_before;
    std::optional<EventUnit> m_after;
    bool m_written = false;
    bool m_undoRefused = false;
};

// The letterhead, signer and recipients of the papers and the numbering of the papers the
// edit changed; over the versions the dialog read, like SetEventUnitCommand.
class EditDocumentSettingsCommand : public QUndoCommand
{
public:
    EditDocumentSettingsCommand(Session *session, DocumentSettings before, DocumentSettings after);
    void redo() override;
    void undo() override;

private:
    bool write(DocumentSettings target, const DocumentSettings &read, DocumentSettings *written);
    Session *m_session;
    DocumentSettings m_before;
    DocumentSettings m_after;
    bool m_written = false;
    bool m_undoRefused = false;
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
