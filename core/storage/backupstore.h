#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace dd {

class Database;

// One kept copy of a data store, as File ▸ Backups and `backup list` show it.
struct BackupInfo
{
    QString path; // where the copy lies (for the user: its name)
    QDateTime takenAt;
    qint64 size = 0; // bytes
    int events = -1; // -1: the copy could not be read
    int people = -1;
    int questions = -1;
};

// The automatic backups of a data store (issue 15, point 6): taking one, listing them, keeping
// only some, and putting one back. The window and the command line use only this, so that a
// server store (PostgreSQL, issue 18) can keep its backups its own way.
class BackupStore
{
public:
    virtual ~BackupStore() = default;

    // Where the backups are kept, as the user writes it.
    virtual QString location() const = 0;
    // Newest first.
    virtual Result<QList<BackupInfo>> list() const = 0;
    // Takes a backup of the store as it is now, then drops those no longer kept.
    virtual Result<BackupInfo> backupNow() = 0;
    // Whether the store changed since its newest backup (true when there is none).
    virtual bool changedSinceNewest() const = 0;
    // Puts the backup at `path` (from list(), or any copy of this store) back as the store's
    // content, after taking a backup of the current state. Returns that backup.
    virtual Result<BackupInfo> restore(const QString &path) = 0;
    // Deletes the backups that are no longer kept; returns how many were deleted.
    virtual Result<int> prune() = 0;

    // The backups of the store `db` is open on.
    static std::unique_ptr<BackupStore> of(Database &db);
};

} // namespace dd
