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
    Status update(const Task &task);
    Status remove(qint64 id);

private:
    Database &m_db;
};

} // namespace dd
