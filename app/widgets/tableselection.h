#pragma once

#include <QList>

class QAbstractItemView;

namespace dd {

// The ids (SessionTableModel::IdRole) of the rows selected in `view`, in selection order.
QList<qint64> selectedIds(const QAbstractItemView &view);

} // namespace dd
