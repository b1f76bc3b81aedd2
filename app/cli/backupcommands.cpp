// `backup list|now|restore FILE` and `event erase-personal-data` (issue 15, points 6 and 7),
// through the store's BackupStore, as File ▸ Backups and File ▸ Erase personal data.
#include "cli/clicontext.h"

#include "services/personaldataerasure.h"
#include "storage/backupstore.h"
#include "storage/storecopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace dd::cli {

namespace {

QString count(int n)
{
    return n < 0 ? QStringLiteral("?") : QString::number(n);
}

int unexpected(Context &ctx, qsizetype from)
{
    if (ctx.args.size() > from)
        return ctx.fail(
            QCoreApplication::translate("Cli", "Unexpected argument “%1”.").arg(ctx.args.at(from)),
            UsageError);
    return Success;
}

} // namespace

int runBackupList(Context &ctx)
{
    if (int rc = unexpected(ctx, 1); rc != Success)
        return rc;
    const std::unique_ptr<Database> db = ctx.openDatabase(Database::Access::ReadOnly);
    if (!db)
        return ctx.failureCode();
    const std::unique_ptr<BackupStore> store = BackupStore::of(*db);
    const Result<QList<BackupInfo>> backups = store->list();
    if (!backups)
        return ctx.fail(backups.error());
    ctx.writeRow({ QStringLiteral("taken"), QStringLiteral("bytes"), QStringLiteral("events"),
                   QStringLiteral("people"), QStringLiteral("questions"), QStringLiteral("file") });
    for (const BackupInfo &b : *backups)
        ctx.writeRow({ b.takenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                       QString::number(b.size), count(b.events), count(b.people),
                       count(b.questions), QDir::toNativeSeparators(b.path) });
    return Success;
}

int runBackupNow(Context &ctx)
{
    if (int rc = unexpected(ctx, 1); rc != Success)
        return rc;
    // A copy only reads the file: it can be taken while the window has it open.
    const std::unique_ptr<Database> db = ctx.openDatabase(Database::Access::ReadOnly);
    if (!db)
        return ctx.failureCode();
    const Result<BackupInfo> taken = BackupStore::of(*db)->backupNow();
    if (!taken)
        return ctx.fail(taken.error());
    ctx.out << "backup: " << QDir::toNativeSeparators(taken->path) << '\n';
    return Success;
}

int runCopyTo(Context &ctx)
{
    if (ctx.args.isEmpty())
        return ctx.fail(
            QCoreApplication::translate(
                "Cli", "Say where to: copy-to FILE or copy-to postgresql://SERVER/DATABASE."),
            UsageError);
    if (int rc = unexpected(ctx, 1); rc != Success)
        return rc;
    const std::unique_ptr<Database> source = ctx.openDatabase(Database::Access::ReadOnly);
    if (!source)
        return ctx.failureCode();
    const QString targetName = ctx.args.at(0);
    if (!targetName.contains(QLatin1String("://"))
        && QFileInfo(targetName).absoluteFilePath() == QFileInfo(source->path()).absoluteFilePath())
        return ctx.fail(QCoreApplication::translate("Cli", "The target is the store itself."));
    // A new file is made with the schema only (no sample event), ready to be filled.
    Database::OpenResult target = Database::open(targetName);
    if (!target.database)
        return ctx.fail(target.message);
    const auto copied = StoreCopy::copy(*source, *target.database);
    if (!copied) {
        const bool made = target.created && !target.database->isServer();
        target.database.reset();
        if (made) // the file this command just created, empty: nothing of the user's
            for (const char *suffix : { "", "-wal", "-shm" })
                QFile::remove(targetName + QLatin1String(suffix));
        return ctx.fail(copied.error());
    }
    ctx.writeRow({ QStringLiteral("table"), QStringLiteral("rows") });
    for (const StoreCopy::TableCount &t : *copied)
        ctx.writeRow({ t.table, QString::number(t.rows) });
    return Success;
}

int runBackupRestore(Context &ctx)
{
    if (ctx.args.size() < 2)
        return ctx.fail(QCoreApplication::translate(
                            "Cli", "Say which backup: backup restore FILE (see backup list)."),
                        UsageError);
    if (int rc = unexpected(ctx, 2); rc != Success)
        return rc;
    const std::unique_ptr<Database> db = ctx.openDatabase(Database::Access::ReadWrite);
    if (!db)
        return ctx.failureCode();
    const std::unique_ptr<BackupStore> store = BackupStore::of(*db);
    // A name as `backup list` shows it, or the path of any copy.
    QString file = ctx.args.at(1);
    if (!QFileInfo::exists(file) && QFileInfo::exists(QDir(store->location()).filePath(file)))
        file = QDir(store->location()).filePath(file);
    const Result<BackupInfo> before = store->restore(file);
    if (!before)
        return ctx.fail(before.error());
    ctx.out << "restored: " << QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()) << '\n'
            << "the state before was kept as: " << QDir::toNativeSeparators(before->path) << '\n';
    return Success;
}

int runEventErasePersonalData(Context &ctx)
{
    if (int rc = unexpected(ctx, 1); rc != Success)
        return rc;
    Session *s = ctx.openEventSession(Database::Access::ReadWrite);
    if (!s)
        return ctx.failureCode();
    const std::unique_ptr<BackupStore> store = BackupStore::of(s->database());
    const Result<ErasureReport> done
        = erasePersonalDataWithBackup(*s, *store, QDateTime::currentDateTime());
    if (!done)
        return ctx.fail(done.error());
    const Event event = s->event().value_or(Event {});
    ctx.out << "event: " << event.id << " – " << event.title << '\n'
            << "personal data erased: " << done->people << " people\n"
            << "backup before: " << QDir::toNativeSeparators(done->backupPath) << '\n'
            << "old backups deleted: " << done->backupsDeleted << '\n';
    return Success;
}

} // namespace dd::cli
