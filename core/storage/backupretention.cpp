#include "storage/backupretention.h"

#include <QSet>

namespace dd {

QList<bool> BackupRetention::kept(const QList<QDateTime> &newestFirst, const QDateTime &now)
{
    QList<bool> keep(newestFirst.size(), false);
    const QDate firstDay = now.date().addDays(-(kKeepDays - 1));
    QSet<QDate> daysKept;
    for (qsizetype i = 0; i < newestFirst.size(); ++i) {
        const QDate day = newestFirst.at(i).date();
        if (i < kKeepLast)
            keep[i] = true;
        // The first one met of a day is its newest.
        if (day >= firstDay && !daysKept.contains(day)) {
            daysKept.insert(day);
            keep[i] = true;
        }
    }
    return keep;
}

} // namespace dd
