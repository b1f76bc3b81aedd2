#include "models/sessiontablemodel.h"

namespace dd {

SessionTableModel::SessionTableModel(Session *session, unsigned watched, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_watched(watched)
{
    connect(session, &Session::dataChanged, this, [this](unsigned entities) {
        if (entities & m_watched)
            reload();
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
    endResetModel();
}

int SessionTableModel::rowOf(qint64 id) const
{
    for (int r = 0; r < rows(); ++r)
        if (idAt(r) == id)
            return r;
    return -1;
}

} // namespace dd
