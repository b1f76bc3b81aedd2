#pragma once

#include "domain/task.h"
#include "storage/database.h"

#include <QList>
#include <optional>

namespace dd {

class TaskRepository
{
public:
    explicit TaskRepository(Database &db);

    QList<Task> list(qint64 eventId);
    std::optional<Task> get(qint64 id);
    Result<qint64> insert(const Task &task);
    // `read`: the row as the edit read it, for the values a refusal shows (RowConflict).
    Status update(const Task &task, const Task *read = nullptr);
    // Before removing: refuses a row another desk changed since `row` was read.
    Status claim(const Task &row);
    Status remove(qint64 id);

private:
    Database &m_db;
};

} // namespace dd
