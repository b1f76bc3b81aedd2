#pragma once

#include "storage/backupstore.h"

#include <functional>

namespace dd {

// The backups of an SQLite data file: consistent copies (VACUUM INTO) named
// "<file>-yyyyMMdd-HHmmss.sqlite" in a DialogueDesk-backups folder beside the file, or, when
// that folder cannot be written (a CD, a shared folder opened read-only), in a folder of its
// own under `fallbackRoot` (the application data folder).
class SqliteBackupStore : public BackupStore
{
public:
    using Clock = std::function<QDateTime()>;

    static constexpr const char *kFolderName = "DialogueDesk-backups";

    SqliteBackupStore(Database &db, const QString &fallbackRoot, Clock clock = {});

    QString location() const override;
    Result<QList<BackupInfo>> list() const override;
    Result<BackupInfo> backupNow() override;
    bool changedSinceNewest() const override;
    Result<BackupInfo> restore(const QString &path) override;
    Result<int> prune() override;

    QString folder() const { return m_folder; }

private:
    QDateTime now() const;
    // The backups' files, newest first, with the time in their names.
    QList<std::pair<QString, QDateTime>> files() const;
    BackupInfo describe(const QString &path, const QDateTime &takenAt) const;
    // The backup to put back, made current when it comes from an older version.
    Result<QString> prepareSource(const QString &path, const QString &scratch) const;

    Database &m_db;
    QString m_folder;
    QString m_prefix; // "<file name without .sqlite>-"
    Clock m_clock;
};

} // namespace dd
