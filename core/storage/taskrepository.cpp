#include "storage/taskrepository.h"

#include "text/vietnamese.h"

#include <QCoreApplication>

namespace dd {

TaskRepository::TaskRepository(Database &db)
    : m_db(db)
    , m_table(QStringLiteral("tasks"),
              { QStringLiteral("event_id"), QStringLiteral("position"),
                QStringLiteral("owner_unit_id"), QStringLiteral("owner_label"),
                QStringLiteral("description"), QStringLiteral("due_date"), QStringLiteral("done") })
{ }

QVariantList TaskRepository::values(const Task &t) const
{
    return { t.eventId,
             t.position,
             sql::id(t.ownerUnitId),
             text::clean(t.ownerLabel),
             text::cleanBlock(t.description),
             sql::date(t.dueDate),
             t.done ? 1 : 0 };
}

QList<Task> TaskRepository::list(qint64 eventId)
{
    QList<Task> out;
    QSqlQuery q = m_table.select(m_db, QStringLiteral("WHERE event_id = ? ORDER BY position, id"),
                                 { eventId });
    while (q.next()) {
        Task t;
        t.id = q.value(0).toLongLong();
        t.eventId = q.value(1).toLongLong();
        t.position = q.value(2).toInt();
        t.ownerUnitId = q.value(3).toLongLong();
        t.ownerLabel = q.value(4).toString();
        t.description = q.value(5).toString();
        t.dueDate = sql::toDate(q.value(6));
        t.done = q.value(7).toInt() != 0;
        out << t;
    }
    return out;
}

std::optional<Task> TaskRepository::get(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT event_id FROM tasks WHERE id = ?"));
    sql::run(m_db, q, { id });
    if (!q.next())
        return std::nullopt;
    for (const Task &t : list(q.value(0).toLongLong()))
        if (t.id == id)
            return t;
    return std::nullopt;
}

Result<qint64> TaskRepository::insert(const Task &task)
{
    if (task.description.trimmed().isEmpty())
        return Error(QCoreApplication::translate("Storage", "A task needs a description."));
    const qint64 id = m_table.insert(m_db, task.id, values(task));
    if (id == 0)
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Tasks, id);
    return id;
}

Status TaskRepository::update(const Task &task)
{
    if (task.description.trimmed().isEmpty())
        return Error(QCoreApplication::translate("Storage", "A task needs a description."));
    if (!m_table.update(m_db, task.id, values(task)))
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Tasks, task.id);
    return {};
}

Status TaskRepository::remove(qint64 id)
{
    if (!m_table.remove(m_db, id))
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Tasks, id);
    return {};
}

} // namespace dd
