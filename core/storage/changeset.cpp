#include "storage/changeset.h"

#include <QStringList>

#include <algorithm>

namespace dd {

namespace {

constexpr std::pair<Entity, const char *> kTableNames[] = {
    { Entity::Events, "events" },       { Entity::Plans, "plans" },
    { Entity::Units, "units" },         { Entity::Attendees, "attendees" },
    { Entity::Questions, "questions" }, { Entity::Topics, "topics" },
    { Entity::Agenda, "agenda" },       { Entity::Tasks, "tasks" },
    { Entity::Documents, "documents" }, { Entity::Budget, "budget" },
};

} // namespace

void ChangeSet::add(Entity table, qint64 id)
{
    m_tables |= unsigned(table);
    if (!(m_all & unsigned(table)))
        m_ids[unsigned(table)].insert(id);
}

void ChangeSet::add(Entity table, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    m_tables |= unsigned(table);
    if (m_all & unsigned(table))
        return;
    QSet<qint64> &set = m_ids[unsigned(table)];
    set.reserve(set.size() + ids.size());
    for (qint64 id : ids)
        set.insert(id);
}

void ChangeSet::addAll(Entity table)
{
    for (const auto &[t, name] : kTableNames) {
        Q_UNUSED(name)
        if (unsigned(table) & unsigned(t)) {
            m_tables |= unsigned(t);
            m_all |= unsigned(t);
            m_ids.remove(unsigned(t));
        }
    }
}

void ChangeSet::merge(const ChangeSet &other)
{
    for (const auto &[t, name] : kTableNames) {
        Q_UNUSED(name)
        if (!other.touches(t))
            continue;
        if (other.allRows(t))
            addAll(t);
        else
            add(t, other.ids(t).values());
    }
}

bool ChangeSet::allRows(Entity table) const
{
    return (m_all & unsigned(table)) != 0;
}

QString ChangeSet::toText() const
{
    QStringList parts;
    for (const auto &[t, name] : kTableNames) {
        if (!touches(t))
            continue;
        QString part = QLatin1String(name) + QLatin1Char(':');
        if (allRows(t)) {
            part += QLatin1Char('*');
        } else {
            QList<qint64> ids = m_ids.value(unsigned(t)).values();
            std::sort(ids.begin(), ids.end());
            QStringList numbers;
            for (qint64 id : ids)
                numbers << QString::number(id);
            part += numbers.join(QLatin1Char(','));
        }
        parts << part;
    }
    return parts.join(QLatin1Char(';'));
}

ChangeSet ChangeSet::fromText(const QString &text)
{
    ChangeSet c;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString name = part.section(QLatin1Char(':'), 0, 0).trimmed();
        const QString rows = part.section(QLatin1Char(':'), 1).trimmed();
        for (const auto &[t, known] : kTableNames) {
            if (name != QLatin1String(known))
                continue;
            if (rows == QLatin1String("*")) {
                c.addAll(t);
                break;
            }
            bool any = false;
            for (const QString &n : rows.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                const qint64 id = n.trimmed().toLongLong(&ok);
                if (ok) {
                    c.add(t, id);
                    any = true;
                }
            }
            if (!any)
                c.addAll(t); // a table named without readable rows: take all as changed
            break;
        }
    }
    return c;
}

} // namespace dd
