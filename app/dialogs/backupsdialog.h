#pragma once

#include "storage/backupstore.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dd {

// File ▸ Backups: the automatic backups of the open file, newest first, with what each holds;
// one can be taken now, and one put back (after a backup of the current state).
class BackupsDialog : public QDialog
{
    Q_OBJECT
public:
    BackupsDialog(BackupStore &store, bool canRestore, QWidget *parent = nullptr);

    // Restores the selected backup after asking; true when it was put back.
    bool restoreSelected();
    void backUpNow();
    // Set once a backup was put back: the window then reads the file again.
    bool restored() const { return m_restored; }
    QString beforeRestorePath() const { return m_beforeRestore; }

private:
    void reload();
    void updateButtons();

    BackupStore &m_store;
    bool m_canRestore;
    QList<BackupInfo> m_backups;
    QTableWidget *m_table;
    QLabel *m_message;
    QPushButton *m_restoreButton;
    bool m_restored = false;
    QString m_beforeRestore;
};

} // namespace dd
