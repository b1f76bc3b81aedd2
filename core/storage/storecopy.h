#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

namespace dd {

class Database;

// Copies everything a store holds (every event, unit, setting, remembered mapping) into
// another store of either kind, in one transaction of the target: a server's content into a
// file (the archive of the year, a backup), a file's onto a server (moving to several desks),
// or back after a day at the hall. The target must be empty; one that is not is refused and
// left untouched. The tables are read from the stores themselves, so a table a later version
// adds is copied without changing this.
class StoreCopy
{
public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };

    static Result<QList<TableCount>> copy(Database &source, Database &target);

    // The data tables of a store (not its meta table nor an engine's own index tables).
    static QStringList dataTables(Database &db);
    // Whether every data table of `db` is empty.
    static Result<bool> isEmpty(Database &db);
};

} // namespace dd
