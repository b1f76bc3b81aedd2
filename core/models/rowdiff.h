#pragma once

#include <QList>

#include <utility>

namespace dd {

// How to turn one list of rows (by id) into another in the steps a view follows without
// losing its selection, current cell or scroll position: removals, one reordering of what
// stays, insertions. Each range is [first, last] in the list as it is when the step is taken:
// removals from the bottom up, insertions from the top down.
struct RowDiff
{
    QList<std::pair<int, int>> removals;
    bool reordered = false;
    QList<std::pair<int, int>> insertions;
    qsizetype steps() const { return removals.size() + insertions.size() + (reordered ? 1 : 0); }
};

// `from` and `to` hold each id once.
RowDiff diffRows(const QList<qint64> &from, const QList<qint64> &to);

} // namespace dd
