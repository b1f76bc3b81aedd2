#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

namespace dd {

// The tables a change can touch, so that models refresh only what they show.
enum class Entity : unsigned {
    Events = 1u << 0,
    Plans = 1u << 1,
    Units = 1u << 2,
    Attendees = 1u << 3,
    Questions = 1u << 4,
    Topics = 1u << 5,
    Agenda = 1u << 6,
    Tasks = 1u << 7,
    Documents = 1u << 8,
    Budget = 1u << 9,
    All = 0xFFFFu
};

// What one committed action changed: for each table, the ids of the rows it inserted, updated
// or deleted, or "every row" when it cannot name them (an event removed with all it held).
// The models update just those rows. The same value is what another desk's change will bring
// (issue 18: a PostgreSQL NOTIFY whose payload is toText()), so that local and remote changes
// reach the windows by one path.
class ChangeSet
{
public:
    void add(Entity table, qint64 id);
    void add(Entity table, const QList<qint64> &ids);
    // Every row of `table` (or of every table, for Entity::All).
    void addAll(Entity table);
    void merge(const ChangeSet &other);

    bool isEmpty() const { return m_tables == 0; }
    // The changed tables as a mask of Entity bits.
    unsigned tables() const { return m_tables; }
    bool touches(Entity table) const { return (m_tables & unsigned(table)) != 0; }
    bool touchesAny(unsigned tables) const { return (m_tables & tables) != 0; }
    // True when the rows of `table` that changed are not named: all may have.
    bool allRows(Entity table) const;
    // The named rows of `table`; empty when none or all changed (see allRows()).
    QSet<qint64> ids(Entity table) const { return m_ids.value(unsigned(table)); }

    // "attendees:12,15;units:*" — one table per part, * for every row; fromText() skips what it
    // does not know, so a newer desk's message still names the tables this one knows.
    QString toText() const;
    static ChangeSet fromText(const QString &text);

private:
    unsigned m_tables = 0;
    unsigned m_all = 0; // tables whose rows are not named
    QHash<unsigned, QSet<qint64>> m_ids;
};

} // namespace dd

Q_DECLARE_METATYPE(dd::ChangeSet)
