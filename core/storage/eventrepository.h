#pragma once

#include "domain/documentsettings.h"
#include "domain/event.h"
#include "storage/database.h"

#include <QList>
#include <optional>
#include <utility>

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
    // An edit's write of a plan: only over the version `read` had (RowConflict otherwise).
    Status updatePlan(const Plan &plan, const Plan *read = nullptr);

    // Makes `to` the active plan and records the switch; returns the log row's id. The
    // event's row must still have `eventVersion` (the version the desk read; RowConflict
    // otherwise) and gets the next, which `eventVersion` is set to.
    Result<qint64> switchPlan(qint64 eventId, PlanKind to, const QString &reason,
                              const QDateTime &when, qint64 *eventVersion);
    // Undo of switch `s`: its `from` plan becomes active again and the log row goes; over
    // `eventVersion` as for switchPlan.
    Status undoSwitch(const PlanSwitch &s, qint64 *eventVersion);
    QList<PlanSwitch> switches(qint64 eventId);
    Status insertSwitch(const PlanSwitch &s, qint64 *eventVersion); // restores a log row (redo)

    DocumentSettings documentSettings(qint64 eventId);
    // Writes the settings and every paper's numbering as given (setting up an event).
    Status saveDocumentSettings(const DocumentSettings &settings);
    // An edit's write: the settings row and the numbering of each paper the edit changed, each
    // only over the version `read` had (RowConflict otherwise); `settings` gets the versions
    // written.
    Status saveDocumentSettings(DocumentSettings &settings, const DocumentSettings &read);
    // The number the next paper of this kind gets; increments the counter. `versions`, when
    // given, gets the numbering row's version before and after the take (the desk that took it
    // records the write as its own, see paperedits::takeNumber).
    Result<int> takeNextNumber(qint64 eventId, PaperKind kind,
                               std::pair<qint64, qint64> *versions = nullptr);

private:
    // Makes `s.to` active and writes the log row (with s.id when set); returns its id.
    Result<qint64> writeSwitch(const PlanSwitch &s, qint64 *eventVersion);
    // Makes `to` the active plan instead of `from`, over `eventVersion` (see switchPlan).
    Status setActivePlan(qint64 eventId, PlanKind from, PlanKind to, qint64 *eventVersion);
    Database &m_db;
};

} // namespace dd
