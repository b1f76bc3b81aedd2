#include "storage/agendarepository.h"

#include "text/vietnamese.h"

#include <QCoreApplication>

namespace dd {

AgendaRepository::AgendaRepository(Database &db)
    : m_db(db)
    , m_table(QStringLiteral("agenda_items"),
              { QStringLiteral("event_id"), QStringLiteral("position"), QStringLiteral("title"),
                QStringLiteral("presenter"), QStringLiteral("duration_minutes"),
                QStringLiteral("notes"), QStringLiteral("applies_to"),
                QStringLiteral("online_title") })
{ }

QVariantList AgendaRepository::values(const AgendaItem &i) const
{
    return { i.eventId,
             i.position,
             text::clean(i.title),
             text::clean(i.presenter),
             i.durationMinutes,
             text::cleanBlock(i.notes),
             planScopeKey(i.scope),
             text::clean(i.onlineTitle) };
}

QList<AgendaItem> AgendaRepository::list(qint64 eventId)
{
    QList<AgendaItem> out;
    QSqlQuery q = m_table.select(m_db, QStringLiteral("WHERE event_id = ? ORDER BY position, id"),
                                 { eventId });
    while (q.next()) {
        AgendaItem i;
        i.id = q.value(0).toLongLong();
        i.eventId = q.value(1).toLongLong();
        i.position = q.value(2).toInt();
        i.title = q.value(3).toString();
        i.presenter = q.value(4).toString();
        i.durationMinutes = q.value(5).toInt();
        i.notes = q.value(6).toString();
        i.scope = planScopeFromKey(q.value(7).toString());
        i.onlineTitle = q.value(8).toString();
        out << i;
    }
    return out;
}

std::optional<AgendaItem> AgendaRepository::get(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT event_id FROM agenda_items WHERE id = ?"));
    sql::run(m_db, q, { id });
    if (!q.next())
        return std::nullopt;
    for (const AgendaItem &i : list(q.value(0).toLongLong()))
        if (i.id == id)
            return i;
    return std::nullopt;
}

static Status checkItem(const AgendaItem &i)
{
    if (text::clean(i.title).isEmpty())
        return Error(QCoreApplication::translate("Storage", "A programme item needs a title."));
    if (i.durationMinutes < 0 || i.durationMinutes > 1440)
        return Error(QCoreApplication::translate(
            "Storage", "The duration must be between 0 and 1440 minutes."));
    return {};
}

Result<qint64> AgendaRepository::insert(const AgendaItem &item)
{
    if (Status s = checkItem(item); !s)
        return Error(s.error());
    const qint64 id = m_table.insert(m_db, item.id, values(item));
    if (id == 0)
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Agenda);
    return id;
}

Status AgendaRepository::update(const AgendaItem &item)
{
    if (Status s = checkItem(item); !s)
        return s;
    if (!m_table.update(m_db, item.id, values(item)))
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Agenda);
    return {};
}

Status AgendaRepository::remove(qint64 id)
{
    if (!m_table.remove(m_db, id))
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Agenda);
    return {};
}

Status AgendaRepository::reorder(qint64 eventId, const QList<qint64> &ids)
{
    Transaction t(m_db);
    for (int i = 0; i < ids.size(); ++i)
        if (!m_db.exec(QStringLiteral(
                           "UPDATE agenda_items SET position = ? WHERE id = ? AND event_id = ?"),
                       { i + 1, ids.at(i), eventId }))
            return Error(m_db.lastError());
    m_db.markChanged(Entity::Agenda);
    if (!t.commit())
        return Error(m_db.lastError());
    return {};
}

} // namespace dd
