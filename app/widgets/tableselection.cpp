#include "widgets/tableselection.h"

#include "models/sessiontablemodel.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace dd {

QList<qint64> selectedIds(const QAbstractItemView &view)
{
    QList<qint64> ids;
    for (const QModelIndex &i : view.selectionModel()->selectedRows())
        ids << i.data(SessionTableModel::IdRole).toLongLong();
    return ids;
}

} // namespace dd
