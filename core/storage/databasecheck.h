#pragma once

#include "storage/database.h"

namespace dd {

// The look inside an existing data file before it is opened for use. It reads only, so that
// nothing is written to a file that is another program's, comes from a newer version or is
// damaged; a file about to be upgraded is copied aside first.
class DatabaseCheck
{
public:
    struct Verdict
    {
        Database::OpenError error = Database::OpenError::None;
        QString message; // for the user, when refused
        int version = 0; // the file's data version
        QString backupPath; // the copy taken before an upgrade
    };

    // `immutable`: read the file as it lies (a read-only folder, where SQLite cannot make its
    // -shm file beside it).
    static Verdict inspect(const QString &path, Database::Access access, bool immutable);

    // How to open `path` with Qt's SQLite driver: the database name and the connect options.
    static QString connectionName(const QString &path, bool immutable);
    static QString connectOptions(bool readOnly, bool immutable);
};

} // namespace dd
