#include "models/rowdiff.h"

#include <QSet>

namespace dd {

RowDiff diffRows(const QList<qint64> &from, const QList<qint64> &to)
{
    RowDiff d;
    const QSet<qint64> inFrom(from.cbegin(), from.cend());
    const QSet<qint64> inTo(to.cbegin(), to.cend());
    for (int r = int(from.size()) - 1; r >= 0;) {
        if (inTo.contains(from.at(r))) {
            --r;
            continue;
        }
        const int last = r;
        while (r >= 0 && !inTo.contains(from.at(r)))
            --r;
        d.removals.append({ r + 1, last });
    }
    // What stays, in the old and in the new order.
    QList<qint64> kept;
    for (qint64 id : from)
        if (inTo.contains(id))
            kept << id;
    qsizetype k = 0;
    for (qint64 id : to) {
        if (!inFrom.contains(id))
            continue;
        if (kept.at(k++) != id) {
            d.reordered = true;
            break;
        }
    }
    for (int r = 0; r < to.size();) {
        if (inFrom.contains(to.at(r))) {
            ++r;
            continue;
        }
        const int first = r;
        while (r < to.size() && !inFrom.contains(to.at(r)))
            ++r;
        d.insertions.append({ first, r - 1 });
    }
    return d;
}

} // namespace dd
