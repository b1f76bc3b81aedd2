#include "storage/sqlitebackupstore.h"

#include "storage/serveraddress.h"

#include "storage/backupretention.h"
#include "storage/database.h"
#include "storage/databasecheck.h"
#include "storage/fileprobe.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>

namespace dd {

namespace {

constexpr const char *kTimeFormat = "yyyyMMdd-HHmmss";

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// When the data file was last written: its own time, or its write-ahead log's while that holds
// changes not yet copied into it.
QDateTime lastWrite(const QString &path)
{
    QDateTime t = QFileInfo(path).lastModified();
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        t = std::max(t, wal.lastModified());
    return t;
}

} // namespace

std::unique_ptr<BackupStore> BackupStore::of(Database &db)
{
    return std::make_unique<SqliteBackupStore>(
        db, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

SqliteBackupStore::SqliteBackupStore(Database &db, const QString &fallbackRoot, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{
    if (db.isServer()) {
        // A server's copies (`backup now`) are data files in the user's folder, one folder per
        // server database; its automatic backups are the server's own (pg_dump, README).
        const auto address = ServerAddress::parse(db.path());
        const QString name = address ? address->database : QStringLiteral("server");
        const QByteArray key
            = QCryptographicHash::hash(db.path().toUtf8(), QCryptographicHash::Sha1);
        m_prefix = name + QLatin1Char('-');
        m_folder = QDir(fallbackRoot)
                       .filePath(QStringLiteral("backups/") + name + QLatin1Char('-')
                                 + QString::fromLatin1(key.toHex().left(8)));
        return;
    }
    const QFileInfo file(db.path());
    m_prefix = file.completeBaseName() + QLatin1Char('-');
    const QString beside = QDir(file.absolutePath()).filePath(QLatin1String(kFolderName));
    const QFileInfo besideInfo(beside);
    if (besideInfo.isDir() ? besideInfo.isWritable() : FileProbe(db.path()).folderWritable()) {
        m_folder = beside;
    } else {
        // One folder per data file: two files of the same name in different folders do not mix.
        const QByteArray key = QCryptographicHash::hash(QFile::encodeName(file.absoluteFilePath()),
                                                        QCryptographicHash::Sha1);
        m_folder = QDir(fallbackRoot)
                       .filePath(QStringLiteral("backups/") + file.completeBaseName()
                                 + QLatin1Char('-') + QString::fromLatin1(key.toHex().left(8)));
    }
}

QDateTime SqliteBackupStore::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

QString SqliteBackupStore::location() const
{
    return native(m_folder);
}

QList<std::pair<QString, QDateTime>> SqliteBackupStore::files() const
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{8}-\\d{6})(?:-(\\d+))?\\.sqlite$"));
    struct Found
    {
        QString path;
        QDateTime at;
        int number;
    };
    QList<Found> found;
    const QDir dir(m_folder);
    for (const QString &name :
         dir.entryList({ m_prefix + QStringLiteral("*.sqlite") }, QDir::Files)) {
        const auto m = pattern.match(name.mid(m_prefix.size()));
        if (!m.hasMatch())
            continue; // another file's backups, whose name begins like this one's
        const QDateTime at = QDateTime::fromString(m.captured(1), QString::fromLatin1(kTimeFormat));
        if (at.isValid())
            found.append({ dir.filePath(name), at, m.captured(2).toInt() });
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return a.at != b.at ? a.at > b.at : a.number > b.number;
    });
    QList<std::pair<QString, QDateTime>> result;
    for (const Found &f : found)
        result.append({ f.path, f.at });
    return result;
}

BackupInfo SqliteBackupStore::describe(const QString &path, const QDateTime &takenAt) const
{
    BackupInfo info;
    info.path = path;
    info.takenAt = takenAt;
    info.size = QFileInfo(path).size();
    const QString name = QStringLiteral("dialoguedesk-backup-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        // Read as it lies: looking must not add a -wal or -shm beside a kept copy.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(DatabaseCheck::connectionName(path, true));
        db.setConnectOptions(DatabaseCheck::connectOptions(true, true));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM events), "
                                      "(SELECT count(*) FROM attendees), "
                                      "(SELECT count(*) FROM questions)"))
                && q.next()) {
                info.events = q.value(0).toInt();
                info.people = q.value(1).toInt();
                info.questions = q.value(2).toInt();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return info;
}

Result<QList<BackupInfo>> SqliteBackupStore::list() const
{
    QList<BackupInfo> result;
    for (const auto &[path, at] : files())
        result.append(describe(path, at));
    return result;
}

bool SqliteBackupStore::changedSinceNewest() const
{
    if (m_db.isServer()) // the server's own backups run on the server, not on each desk
        return false;
    const auto all = files();
    if (all.isEmpty())
        return true;
    return lastWrite(m_db.path()) > QFileInfo(all.first().first).lastModified();
}

Result<BackupInfo> SqliteBackupStore::backupNow()
{
    if (!QDir().mkpath(m_folder))
        return Error(
            QCoreApplication::translate("Storage", "The backup folder “%1” could not be made.")
                .arg(native(m_folder)));
    const QDateTime at = now();
    const QString stem = m_prefix + at.toString(QString::fromLatin1(kTimeFormat));
    QString target = QDir(m_folder).filePath(stem + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(target); ++n) // two in the same second
        target = QDir(m_folder).filePath(QStringLiteral("%1-%2.sqlite").arg(stem).arg(n));
    if (Status s = m_db.saveCopy(target); !s)
        return Error(
            QCoreApplication::translate("Storage", "No backup could be taken: %1").arg(s.error()));
    qCInfo(lcStorage) << "backup of" << m_db.path() << "taken as" << target;
    if (Result<int> pruned = prune(); !pruned)
        qCWarning(lcStorage) << "pruning the backups failed:" << pruned.error();
    return describe(target,
                    QDateTime::fromString(at.toString(QString::fromLatin1(kTimeFormat)),
                                          QString::fromLatin1(kTimeFormat)));
}

Result<int> SqliteBackupStore::prune()
{
    const auto all = files();
    QList<QDateTime> times;
    for (const auto &f : all)
        times.append(f.second);
    const QList<bool> keep = BackupRetention::kept(times, now());
    int deleted = 0;
    QStringList failed;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (keep.at(i))
            continue;
        if (QFile::remove(all.at(i).first))
            ++deleted;
        else
            failed << native(all.at(i).first);
    }
    if (!failed.isEmpty())
        return Error(
            QCoreApplication::translate("Storage", "These old backups could not be deleted: %1")
                .arg(failed.join(u", ")));
    return deleted;
}

Result<QString> SqliteBackupStore::prepareSource(const QString &path, const QString &scratch) const
{
    const DatabaseCheck::Verdict v = DatabaseCheck::inspect(path, Database::Access::ReadOnly, true);
    if (v.error != Database::OpenError::None)
        return Error(v.message);
    // Put back from a copy of its own: taking the backup of the current state may drop old
    // backups, this one among them.
    const QString copy = QDir(scratch).filePath(QStringLiteral("restore.sqlite"));
    if (!QFile::copy(path, copy))
        return Error(QCoreApplication::translate(
                         "Storage", "The backup “%1” could not be copied to be restored.")
                         .arg(QFileInfo(path).fileName()));
    if (v.version == Database::kSchemaVersion)
        return copy;
    // A backup from before an upgrade is upgraded in the copy, as opening it would be.
    Database::OpenResult opened = Database::open(copy, Database::Access::ReadWrite);
    if (!opened.database)
        return Error(opened.message);
    opened.database.reset();
    return copy;
}

Result<BackupInfo> SqliteBackupStore::restore(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Error(
            QCoreApplication::translate("Storage", "There is no backup “%1”.").arg(native(path)));
    if (info.canonicalFilePath() == QFileInfo(m_db.path()).canonicalFilePath())
        return Error(
            QCoreApplication::translate("Storage", "A file cannot be restored from itself."));
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error(
            QCoreApplication::translate("Storage", "No room was found to prepare the backup."));
    const Result<QString> source = prepareSource(info.absoluteFilePath(), scratch.path());
    if (!source)
        return Error(
            QCoreApplication::translate(
                "Storage", "The backup “%1” cannot be restored, and nothing was changed: %2")
                .arg(info.fileName(), source.error()));
    // The state being replaced is kept first: a restore can itself be undone.
    const Result<BackupInfo> before = backupNow();
    if (!before)
        return Error(QCoreApplication::translate(
                         "Storage",
                         "The current state could not be backed up, so the backup was not "
                         "restored. %1")
                         .arg(before.error()));
    if (Status s = m_db.replaceContentWith(*source); !s)
        return Error(
            QCoreApplication::translate(
                "Storage", "The backup “%1” could not be restored, and nothing was changed: %2")
                .arg(info.fileName(), s.error()));
    qCInfo(lcStorage) << "restored" << path << "into" << m_db.path();
    return before;
}

} // namespace dd
