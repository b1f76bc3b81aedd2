#include "services/personaldataerasure.h"

#include "edit/personaldataactions.h"
#include "session/session.h"
#include "storage/backupstore.h"

#include <QCoreApplication>

#include <algorithm>

namespace dd {

Result<ErasureReport> erasePersonalDataWithBackup(Session &session, BackupStore &backups,
                                                  const QDateTime &when)
{
    if (session.isReadOnly())
        return Error(QCoreApplication::translate(
            "PersonalData", "The file is open read-only; personal data cannot be erased."));
    if (!session.event())
        return Error(QCoreApplication::translate(
            "PersonalData", "There is no event whose personal data could be erased."));
    ErasureReport report;
    report.people = peopleWithPersonalData(session);
    const Result<QList<BackupInfo>> kept = backups.list();
    const qsizetype keptBefore = kept ? kept->size() : 0;
    const Result<BackupInfo> backup = backups.backupNow();
    if (!backup)
        return Error(
            QCoreApplication::translate(
                "PersonalData", "Nothing was erased, because no backup could be taken first. %1")
                .arg(backup.error()));
    report.backupPath = backup->path;
    if (!session.push(erasePersonalData(session, when)))
        return Error(session.lastError());
    // Undo would write the erased values back: they must not stay in the history.
    session.undoStack()->clear();
    if (Status s = session.database().eraseFreedSpace(); !s)
        return Error(s.error());
    if (const Result<int> deleted = backups.prune(); !deleted)
        return Error(deleted.error());
    const Result<QList<BackupInfo>> keptAfter = backups.list();
    // Taking the backup first may already have deleted some.
    report.backupsDeleted = int(
        std::max<qsizetype>(0, keptBefore + 1 - (keptAfter ? keptAfter->size() : keptBefore + 1)));
    return report;
}

} // namespace dd
