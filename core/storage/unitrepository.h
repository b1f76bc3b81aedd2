#pragma once

#include "domain/unit.h"
#include "storage/database.h"

#include <QList>
#include <optional>

namespace dd {

// The directory of units (reused across events) and each unit's part and quota in an event.
class UnitRepository
{
public:
    explicit UnitRepository(Database &db);

    QList<Unit> list();
    std::optional<Unit> get(qint64 id);
    // Accent- and case-insensitive match on the name or short name.
    std::optional<Unit> findByName(const QString &name);
    std::optional<Unit> findByEmail(const QString &email);
    Result<qint64> insert(const Unit &unit); // keeps unit.id when set (undo of a delete)
    // `read`: the row as the edit read it, for the values a refusal shows (RowConflict).
    Status update(const Unit &unit, const Unit *read = nullptr);
    // Before removing: refuses a row another desk changed since `row` was read.
    Status claim(const Unit &row);
    Status remove(qint64 id);
    // How many rows still refer to the unit, apart from its own part in `eventId`: people,
    // questions (sent or forwarded), tasks, child units and its part in other events.
    Result<int> usesOutside(qint64 id, qint64 eventId);

    QList<EventUnit> eventUnits(qint64 eventId);
    std::optional<EventUnit> eventUnit(qint64 eventId, qint64 unitId);
    Status saveEventUnit(const EventUnit &eu); // insert or replace
    Status removeEventUnit(qint64 eventId, qint64 unitId);
    // An edit's writes of a unit's part: only over the version `read` had (0: the edit found
    // none, so it is added unless another desk added it since); RowConflict otherwise.
    Status saveEventUnit(const EventUnit &eu, const EventUnit &read);
    Status removeEventUnit(const EventUnit &read);

private:
    EventUnit placed(EventUnit eu);
    Error namedPartConflict(const Error &e);
    Database &m_db;
};

} // namespace dd
