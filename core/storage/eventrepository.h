#pragma once

#include "domain/documentsettings.h"
#include "domain/event.h"
#include "storage/database.h"

#include <QList>
#include <optional>

namespace dd {

// Events with their two plans, the log of plan switches and the settings of their papers.
class EventRepository
{
public:
    explicit EventRepository(Database &db);

    QList<Event> list();
    std::optional<Event> get(qint64 id);
    Result<qint64> insert(const Event &event); // keeps event.id when set
    // `read`: the row as the edit read it, for the values a refusal shows (RowConflict).
    Status update(const Event &event, const Event *read = nullptr);
    // Before removing: refuses a row another desk changed since `row` was read.
    Status claim(const Event &row);
    Status remove(qint64 id);

    QList<Plan> plans(qint64 eventId); // in plan number order
    std::optional<Plan> plan(qint64 eventId, PlanKind kind);
    Result<qint64> savePlan(const Plan &plan); // insert (id 0) or update

    // Makes `to` the active plan and records the switch; returns the log row's id.
    Result<qint64> switchPlan(qint64 eventId, PlanKind to, const QString &reason,
                              const QDateTime &when);
    // Undo of a switch: the previous plan becomes active again and the log row goes.
    Status undoSwitch(qint64 eventId, qint64 switchId, PlanKind previous);
    QList<PlanSwitch> switches(qint64 eventId);
    Status insertSwitch(const PlanSwitch &s); // restores a log row (redo)

    DocumentSettings documentSettings(qint64 eventId);
    Status saveDocumentSettings(const DocumentSettings &settings);
    // The number the next paper of this kind gets; increments the counter.
    Result<int> takeNextNumber(qint64 eventId, PaperKind kind);

private:
    // Makes `s.to` active and writes the log row (with s.id when set); returns its id.
    Result<qint64> writeSwitch(const PlanSwitch &s);
    Database &m_db;
};

} // namespace dd
