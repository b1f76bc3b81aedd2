#pragma once

#include "storage/backupstore.h"

#include <QObject>

#include <memory>

class QTimer;

namespace dd {

class Database;

// The window's automatic backups of the file it has open for writing: one when it is opened
// if it changed since the newest backup, then at most one an hour while it changed.
class AutoBackup : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 60 * 60 * 1000;

    // `takeNow`: back up at once if the file changed (not for a file just made).
    AutoBackup(Database &db, bool takeNow, QObject *parent = nullptr);
    ~AutoBackup() override;

    BackupStore &store() { return *m_store; }
    // Takes a backup when the file changed since the newest one.
    void takeIfChanged();

signals:
    // A backup was taken, or could not be (the message says which), for the status bar.
    void reported(const QString &message);

private:
    std::unique_ptr<BackupStore> m_store;
    QTimer *m_timer;
};

} // namespace dd
