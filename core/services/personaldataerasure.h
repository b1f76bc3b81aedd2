#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>

namespace dd {

class BackupStore;
class Session;

// What File ▸ Erase personal data and `event erase-personal-data` did.
struct ErasureReport
{
    int people = 0; // whose phone, e-mail or birth year was erased
    QString backupPath; // the backup taken just before
    int backupsDeleted = 0; // old backups no longer kept
};

// Erases the phones, e-mails and birth years of the current event's people (Decree 13/2023):
// a backup first, then one step that also records `when` in the event, then the traces: the
// undo history (which holds the old values), the old copies of the pages inside the file, and
// the backups no longer kept.
Result<ErasureReport> erasePersonalDataWithBackup(Session &session, BackupStore &backups,
                                                  const QDateTime &when);

} // namespace dd
