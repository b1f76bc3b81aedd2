#include "autobackup.h"

#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace dd {

AutoBackup::AutoBackup(Database &db, bool takeNow, QObject *parent)
    : QObject(parent)
    , m_store(BackupStore::of(db))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("autoBackup"));
    m_timer->setObjectName(QStringLiteral("backupTimer"));
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &AutoBackup::takeIfChanged);
    m_timer->start();
    if (takeNow)
        takeIfChanged();
}

AutoBackup::~AutoBackup() = default;

void AutoBackup::takeIfChanged()
{
    if (!m_store->changedSinceNewest())
        return;
    const Result<BackupInfo> taken = m_store->backupNow();
    emit reported(taken ? tr("A backup was kept as %1").arg(QDir::toNativeSeparators(taken->path))
                        : taken.error());
}

} // namespace dd
