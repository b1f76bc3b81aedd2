#pragma once

#include "domain/agendaitem.h"
#include "storage/database.h"

#include <QList>
#include <optional>

namespace dd {

class AgendaRepository
{
public:
    explicit AgendaRepository(Database &db);

    QList<AgendaItem> list(qint64 eventId); // in programme order
    std::optional<AgendaItem> get(qint64 id);
    Result<qint64> insert(const AgendaItem &item);
    // `read`: the row as the edit read it, for the values a refusal shows (RowConflict).
    Status update(const AgendaItem &item, const AgendaItem *read = nullptr);
    // Before removing: refuses a row another desk changed since `row` was read.
    Status claim(const AgendaItem &row);
    Status remove(qint64 id);
    // Writes positions 1..n in the given order.
    Status reorder(qint64 eventId, const QList<qint64> &ids);

private:
    Database &m_db;
};

} // namespace dd
