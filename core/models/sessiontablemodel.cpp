#include "models/sessiontablemodel.h"

#include <algorithm>

namespace dd {

SessionTableModel::SessionTableModel(Session *session, unsigned watched, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_watched(watched)
{
    connect(session, &Session::changed, this, [this](const ChangeSet &changes) {
        if (changes.touchesAny(m_watched))
            applyChanges(changes);
    });
    connect(session, &Session::eventChanged, this, &SessionTableModel::reload);
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(headers().size());
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < headers().size())
        return headers().at(section);
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return {};
}

void SessionTableModel::reload()
{
    beginResetModel();
    load();
    rowsReplaced();
    endResetModel();
}

void SessionTableModel::rowsReplaced()
{
    const int n = rows();
    m_rowOf.clear();
    m_rowOf.reserve(n);
    for (int r = 0; r < n; ++r)
        m_rowOf.insert(idAt(r), r);
}

void SessionTableModel::rowsChanged(QList<int> rowNumbers)
{
    std::sort(rowNumbers.begin(), rowNumbers.end());
    const int last = columnCount() - 1;
    for (qsizetype i = 0; i < rowNumbers.size();) {
        qsizetype j = i;
        while (j + 1 < rowNumbers.size() && rowNumbers.at(j + 1) <= rowNumbers.at(j) + 1)
            ++j;
        emit dataChanged(index(rowNumbers.at(i), 0), index(rowNumbers.at(j), last));
        i = j + 1;
    }
}

} // namespace dd
