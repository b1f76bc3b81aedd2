#include "storage/agendarepository.h"

#include "storage/sqltable.h"
#include "text/vietnamese.h"

#include <QCoreApplication>

namespace dd {

namespace {

using Column = TableColumn<AgendaItem>;

// The programme ("Chương trình chi tiết"), in order, each item for one plan or both.
const SqlTable<AgendaItem> &items()
{
    static const SqlTable<AgendaItem> table(
        QStringLiteral("agenda_items"),
        {
            Column::key<&AgendaItem::id>("id"),
            Column::integer<&AgendaItem::eventId>("event_id"),
            Column::integer<&AgendaItem::position>("position"),
            Column::text<&AgendaItem::title, Tidy::Line>("title"),
            Column::text<&AgendaItem::presenter, Tidy::Line>("presenter"),
            Column::integer<&AgendaItem::durationMinutes>("duration_minutes"),
            Column::text<&AgendaItem::notes, Tidy::Block>("notes"),
            Column::enumKey<&AgendaItem::scope, planScopeKey, planScopeFromKey>("applies_to"),
            Column::text<&AgendaItem::onlineTitle, Tidy::Line>("online_title"),
            Column::version<&AgendaItem::rowVersion>("row_version"),
        });
    return table;
}

} // namespace

AgendaRepository::AgendaRepository(Database &db)
    : m_db(db)
{ }

QList<AgendaItem> AgendaRepository::list(qint64 eventId)
{
    return items().select(m_db, QStringLiteral("WHERE event_id = ? ORDER BY position, id"),
                          { eventId });
}

std::optional<AgendaItem> AgendaRepository::get(qint64 id)
{
    return items().get(m_db, id);
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
    return items().insertTidied(m_db, Entity::Agenda, item);
}

Status AgendaRepository::update(const AgendaItem &item, const AgendaItem *read)
{
    if (Status s = checkItem(item); !s)
        return s;
    return items().updateTidied(m_db, Entity::Agenda, item, read);
}

Status AgendaRepository::remove(qint64 id)
{
    return items().remove(m_db, Entity::Agenda, { id });
}

Status AgendaRepository::reorder(qint64 eventId, const QList<qint64> &ids)
{
    Transaction t(m_db);
    for (int i = 0; i < ids.size(); ++i)
        if (!m_db.exec(QStringLiteral(
                           "UPDATE agenda_items SET position = ? WHERE id = ? AND event_id = ?"),
                       { i + 1, ids.at(i), eventId }))
            return Error(m_db.lastError());
    m_db.markChanged(Entity::Agenda, ids);
    if (!t.commit())
        return Error(m_db.lastError());
    return {};
}

Status AgendaRepository::claim(const AgendaItem &row)
{
    return items().claim(m_db, items().tidied(row));
}

} // namespace dd
