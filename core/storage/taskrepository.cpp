#include "storage/taskrepository.h"

#include "storage/sqltable.h"
#include "text/vietnamese.h"

#include <QCoreApplication>

namespace dd {

namespace {

using Column = TableColumn<Task>;

// The tasks of the plan's "Tổ chức thực hiện": who does what by when.
const SqlTable<Task> &tasks()
{
    static const SqlTable<Task> table(
        QStringLiteral("tasks"),
        {
            Column::key<&Task::id>("id"),
            Column::integer<&Task::eventId>("event_id"),
            Column::integer<&Task::position>("position"),
            Column::reference<&Task::ownerUnitId>("owner_unit_id"),
            Column::text<&Task::ownerLabel, Tidy::Line>("owner_label"),
            Column::text<&Task::description, Tidy::Block>("description"),
            Column::date<&Task::dueDate>("due_date"),
            Column::flag<&Task::done>("done"),
            Column::version<&Task::rowVersion>("row_version"),
        });
    return table;
}

} // namespace

TaskRepository::TaskRepository(Database &db)
    : m_db(db)
{ }

QList<Task> TaskRepository::list(qint64 eventId)
{
    return tasks().select(m_db, QStringLiteral("WHERE event_id = ? ORDER BY position, id"),
                          { eventId });
}

std::optional<Task> TaskRepository::get(qint64 id)
{
    return tasks().get(m_db, id);
}

Result<qint64> TaskRepository::insert(const Task &task)
{
    if (task.description.trimmed().isEmpty())
        return Error(QCoreApplication::translate("Storage", "A task needs a description."));
    return tasks().insertTidied(m_db, Entity::Tasks, task);
}

Status TaskRepository::update(const Task &task, const Task *read)
{
    if (task.description.trimmed().isEmpty())
        return Error(QCoreApplication::translate("Storage", "A task needs a description."));
    return tasks().updateTidied(m_db, Entity::Tasks, task, read);
}

Status TaskRepository::remove(qint64 id)
{
    return tasks().remove(m_db, Entity::Tasks, { id });
}

Status TaskRepository::claim(const Task &row)
{
    return tasks().claim(m_db, tasks().tidied(row));
}

} // namespace dd
