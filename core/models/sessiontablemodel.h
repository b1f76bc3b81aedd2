#pragma once

#include "models/rowdiff.h"
#include "session/session.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace dd {

// The base of the table models. When the session reports a change to a table it shows, the
// model updates the rows that changed (inserted, removed, moved, or edited in place) with the
// fine-grained signals, so that views keep their selection, current cell and scroll position;
// another event chosen is a reset. Views never write SQL; edits made in a cell go through the
// session's undo stack.
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1, // qint64 id of the row
        SortRole, // value to sort by (Vietnamese sort key for names)
        SearchRole, // folded text the search box looks in
        RawRole, // the domain value behind the cell (an enum key, a date)
    };

    SessionTableModel(Session *session, unsigned watched, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    Session *session() const { return m_session; }
    // Re-reads everything from the repositories (a reset: for another event).
    void reload();
    // The row showing `id`, or -1.
    int rowOf(qint64 id) const { return m_rowOf.value(id, -1); }
    virtual qint64 idAt(int row) const = 0;
    // The version of the row as this model shows it (0: the model keeps none).
    virtual qint64 versionAt(int row) const
    {
        Q_UNUSED(row);
        return 0;
    }
    // The version of each of `ids` as shown (commands::SeenVersions): a removal claims the
    // rows at these, so a change another desk made after the user last saw them is caught.
    QHash<qint64, qint64> shownVersions(const QList<qint64> &ids) const
    {
        QHash<qint64, qint64> seen;
        for (qint64 id : ids)
            if (const int row = rowOf(id); row >= 0 && versionAt(row) > 0)
                seen.insert(id, versionAt(row));
        return seen;
    }

protected:
    // Subclasses read their rows here (between begin/endResetModel).
    virtual void load() = 0;
    // The session changed watched tables: update the rows (by default, all of them are read
    // again and compared with syncRows()).
    virtual void applyChanges(const ChangeSet &changes) = 0;
    virtual int rows() const = 0;
    virtual QStringList headers() const = 0;
    // Called when the rows changed (between the signals of each step): rebuilds what is kept
    // by row. The base keeps the row of each id; subclasses that keep more call it.
    virtual void rowsReplaced();

    // Turns `rows` into `next` (each holding an id once, given by idOf) step by step, sending
    // the signals of each step; then reports the rows of `changed` (all, when null) as
    // changed. A change of thousands of scattered rows is a reset instead.
    template<typename Row, typename IdOf>
    void syncRows(QList<Row> &rows, const QList<Row> &next, IdOf idOf,
                  const QSet<qint64> *changed = nullptr);
    // Reports these rows as changed, in as few signals as there are runs of rows.
    void rowsChanged(QList<int> rowNumbers);

private:
    Session *m_session;
    unsigned m_watched;
    QHash<qint64, int> m_rowOf;
};

template<typename Row, typename IdOf>
void SessionTableModel::syncRows(QList<Row> &rows, const QList<Row> &next, IdOf idOf,
                                 const QSet<qint64> *changed)
{
    constexpr qsizetype kMostSteps = 64;
    QList<qint64> from, to;
    from.reserve(rows.size());
    to.reserve(next.size());
    for (const Row &r : rows)
        from << idOf(r);
    for (const Row &r : next)
        to << idOf(r);
    const RowDiff d = diffRows(from, to);
    if (d.steps() > kMostSteps) {
        beginResetModel();
        rows = next;
        rowsReplaced();
        endResetModel();
        return;
    }
    for (const auto &[first, last] : d.removals) {
        beginRemoveRows({}, first, last);
        rows.remove(first, last - first + 1);
        rowsReplaced();
        endRemoveRows();
    }
    if (d.reordered) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QList<qint64> ids;
        ids.reserve(before.size());
        for (const QModelIndex &i : before)
            ids << (i.row() < rows.size() ? idOf(rows.at(i.row())) : -1);
        const QSet<qint64> present(from.cbegin(), from.cend());
        QList<Row> order;
        order.reserve(rows.size());
        for (const Row &r : next)
            if (present.contains(idOf(r)))
                order << r;
        rows = order;
        rowsReplaced();
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype k = 0; k < before.size(); ++k) {
            const int row = rowOf(ids.at(k));
            after << (row < 0 ? QModelIndex() : index(row, before.at(k).column()));
        }
        changePersistentIndexList(before, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    for (const auto &[first, last] : d.insertions) {
        beginInsertRows({}, first, last);
        for (int r = first; r <= last; ++r)
            rows.insert(r, next.at(r));
        rowsReplaced();
        endInsertRows();
    }
    rows = next;
    rowsReplaced();
    QList<int> edited;
    if (changed) {
        for (qint64 id : *changed)
            if (const int r = rowOf(id); r >= 0)
                edited << r;
    } else if (!rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(rows.size()) - 1, columnCount() - 1));
    }
    rowsChanged(edited);
}

} // namespace dd
