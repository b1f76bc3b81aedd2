#pragma once

#include "domain/budgetitem.h"
#include "storage/database.h"

#include <QList>
#include <optional>

namespace dd {

// The lines of an event's budget estimate (table budget_items).
class BudgetRepository
{
public:
    explicit BudgetRepository(Database &db);

    QList<BudgetItem> list(qint64 eventId); // by position, then as entered
    std::optional<BudgetItem> get(qint64 id);
    Result<qint64> insert(const BudgetItem &item);
    // `read`: the row as the edit read it, for the values a refusal shows (RowConflict).
    Status update(const BudgetItem &item, const BudgetItem *read = nullptr);
    // Before removing: refuses a row another desk changed since `row` was read.
    Status claim(const BudgetItem &row);
    Status remove(qint64 id);

private:
    Database &m_db;
};

} // namespace dd
