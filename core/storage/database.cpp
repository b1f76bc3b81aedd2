#include "storage/database.h"

#include "storage/databasecheck.h"
#include "storage/fileprobe.h"
#include "storage/migrationscript.h"
#include "storage/serveraddress.h"
#include "storage/sqlitedialect.h"
#include "storage/sqlstatement.h"
#include "storage/storagemessages.h"
#include "storage/storecopy.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUuid>

#include <sqlite3.h>

namespace dd {
namespace {

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).fileName());
}

sqlite3 *handleOf(QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

QString uniqueConnectionName()
{
    return QStringLiteral("dialoguedesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Less than this free on the disk, and a lock file that cannot be written, mean a full disk.
constexpr qint64 kRoomForLock = 64 * 1024;

void removeWithCompanions(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

Database::OpenResult Database::open(const QString &path, Access access,
                                    const Initialiser &initialise)
{
    if (ServerAddress::isServerUri(path))
        return openServer(path, access, initialise);
    OpenResult result;
    auto fail = [&](OpenError e, const QString &message) {
        result.database.reset();
        result.error = e;
        result.message = message;
        qCWarning(lcStorage) << "open failed:" << path << message;
        return std::move(result);
    };

    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_readOnly = access == Access::ReadOnly;
    if (path == QLatin1String(":memory:")) {
        Status s = db->connect(path, false);
        if (s)
            s = db->configure(false);
        if (s)
            s = db->migrate(0);
        if (s && initialise)
            s = initialise(*db);
        if (!s)
            return fail(OpenError::Io, s.error());
        result.created = true;
        result.database = std::move(db);
        return result;
    }

    const FileProbe probe(path);
    const QString name = probe.name();
    switch (probe.kind()) {
    case FileProbe::Kind::Folder:
        return fail(OpenError::Io, storagemessages::isFolder(name));
    case FileProbe::Kind::Special:
        return fail(OpenError::Io, storagemessages::notAFile(name));
    case FileProbe::Kind::Missing:
        if (db->m_readOnly)
            return fail(OpenError::Io, tr("The file “%1” does not exist.").arg(name));
        break;
    case FileProbe::Kind::Empty:
        if (db->m_readOnly)
            return fail(OpenError::Io, storagemessages::emptyFile(name));
        break;
    case FileProbe::Kind::File:
        break;
    }
    // SQLite keeps its -wal and -shm beside the file, and the lock is there too: writing needs
    // the folder as well as the file.
    if (!db->m_readOnly && !probe.writable() && probe.kind() != FileProbe::Kind::Missing)
        return fail(OpenError::ReadOnly, storagemessages::readOnlyFile(name));
    if (!db->m_readOnly && !probe.folderWritable())
        return fail(OpenError::ReadOnly, storagemessages::readOnlyFolder(name, probe.folder()));

    auto takeLock = [&]() -> bool {
        db->m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        db->m_lock->setStaleLockTime(0); // held while the program runs; dead owners are detected
        if (db->m_lock->tryLock(0))
            return true;
        if (db->m_lock->error() == QLockFile::PermissionError) {
            result.error = OpenError::ReadOnly;
            result.message = storagemessages::readOnlyFolder(name, probe.folder());
            return false;
        }
        if (db->m_lock->error() != QLockFile::LockFailedError) {
            // The lock file could not be written: most often a full disk.
            const QStorageInfo disk(QFileInfo(path).absolutePath());
            result.error = OpenError::Io;
            result.message = disk.isValid() && disk.bytesAvailable() < kRoomForLock
                ? storagemessages::diskFull(name)
                : storagemessages::cannotOpen(name);
            return false;
        }
        qint64 pid = 0;
        QString host, app;
        db->m_lock->getLockInfo(&pid, &host, &app);
        result.error = OpenError::InUse;
        result.message = tr("The file “%1” is already open in DialogueDesk (process %2 on %3). "
                            "You can open it read-only to look at it.")
                             .arg(name)
                             .arg(pid)
                             .arg(host.isEmpty() ? tr("this computer") : host);
        return false;
    };

    const bool fresh
        = probe.kind() == FileProbe::Kind::Missing || probe.kind() == FileProbe::Kind::Empty;
    if (fresh) {
        if (!takeLock())
            return fail(result.error, result.message);
        if (Status s = create(path, initialise); !s)
            return fail(OpenError::Io, s.error());
    }

    // In a read-only folder SQLite cannot make the -shm file that reading a WAL file needs:
    // the file is then read as it lies, unless changes are still waiting in its -wal.
    const bool immutable = db->m_readOnly && !probe.folderWritable()
        && QFileInfo(path + QStringLiteral("-wal")).size() == 0;
    const DatabaseCheck::Verdict verdict = DatabaseCheck::inspect(path, access, immutable);
    if (verdict.error != OpenError::None)
        return fail(verdict.error, verdict.message);
    result.backupPath = verdict.backupPath;

    if (!db->m_readOnly && !db->m_lock && !takeLock())
        return fail(result.error, result.message);
    if (Status s = db->connect(path, immutable); !s)
        return fail(OpenError::Io, s.error());
    if (Status s = db->configure(false); !s)
        return fail(OpenError::Io, s.error());
    if (!db->m_readOnly && verdict.version < kSchemaVersion) {
        // A file this program made has the whole schema; version 0 is an empty SQLite file.
        Status s = db->migrate(verdict.version);
        if (s && verdict.version == 0 && initialise)
            s = initialise(*db);
        if (!s)
            return fail(OpenError::Io, s.error());
    }
    result.created = fresh || verdict.version == 0;
    result.database = std::move(db);
    return result;
}

Status Database::create(const QString &path, const Initialiser &initialise)
{
    const QString temp = path + QStringLiteral(".new");
    removeWithCompanions(temp); // left by a creation that was cut short
    {
        std::unique_ptr<Database> db(new Database);
        db->m_path = path; // messages name the file the user asked for
        Status s = db->connect(temp, false);
        if (s)
            s = db->configure(true);
        if (s)
            s = db->migrate(0);
        if (s && initialise)
            s = initialise(*db);
        if (s) {
            // Everything into the file itself, so that it is whole without its -wal.
            QSqlQuery q = db->query(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            if (!q.next() || q.value(0).toInt() != 0)
                s = Error(db->m_lastError.isEmpty() ? db->describeError(SQLITE_BUSY)
                                                    : db->m_lastError);
        }
        if (!s) {
            db.reset();
            removeWithCompanions(temp);
            return s;
        }
    }
    // Only an empty file can be in the way: a file with anything in it is never replaced.
    if ((QFileInfo::exists(path) && QFileInfo(path).size() == 0 && !QFile::remove(path))
        || !QFile::rename(temp, path)) {
        removeWithCompanions(temp);
        return Error(storagemessages::cannotOpen(nativeName(path)));
    }
    return {};
}

Status Database::connect(const QString &file, bool immutable)
{
    m_connectionName = uniqueConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(DatabaseCheck::connectionName(file, immutable));
    m_db.setConnectOptions(DatabaseCheck::connectOptions(m_readOnly, immutable));
    if (!m_db.open()) {
        recordError(QStringLiteral("open"), m_db.lastError());
        return Error(m_lastError);
    }
    m_dialect = std::make_unique<SqliteDialect>(handleOf(m_db));
    return {};
}

Database::~Database()
{
    if (m_db.isOpen()) {
        if (!m_readOnly && !m_server) {
            // As SQLite advises at close; the limit keeps it quick after an import of 100,000
            // people, when it would otherwise read the whole table to build its statistics.
            exec(QStringLiteral("PRAGMA analysis_limit = 400"));
            exec(QStringLiteral("PRAGMA optimize"));
        }
        m_dialect.reset();
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

Status Database::configure(bool fresh)
{
    QStringList pragmas = { QStringLiteral("PRAGMA foreign_keys = ON"),
                            QStringLiteral("PRAGMA busy_timeout = 5000") };
    // A new file gets 16 KiB pages, not SQLite's 4 KiB: an import of 100,000 people is stored
    // a fifth faster, and the list reads in fewer pages. Only possible before the first table
    // and before WAL; files made earlier keep their page size.
    if (fresh && !m_readOnly)
        pragmas.prepend(QStringLiteral("PRAGMA page_size = 16384"));
    if (!m_readOnly) {
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = NORMAL");
    }
    for (const QString &p : pragmas) {
        if (!exec(p))
            return Error(m_lastError);
    }
    return {};
}

Status Database::migrate(int from)
{
    sqlite3 *handle = handleOf(m_db);
    if (!handle)
        return Error(tr("The SQLite driver is not available."));
    // A step may rebuild a table (create the new one, copy, drop the old one, rename), as
    // SQLite's ALTER TABLE cannot change constraints. Foreign keys are off meanwhile, or dropping
    // the old table would clear the links to it; each step checks them itself before it
    // commits. The pragma has no effect inside a transaction, hence here.
    exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto keysOn = qScopeGuard([this] { exec(QStringLiteral("PRAGMA foreign_keys = ON")); });
    for (int v = from + 1; v <= kSchemaVersion; ++v) {
        const QByteArray script = migrationScript(v, false);
        if (script.isEmpty())
            return Error(tr("The upgrade step %1 of the data file is missing.").arg(v));
        if (!begin())
            return Error(m_lastError);
        auto failed = [&](const QString &message) {
            rollback();
            return Error(tr("Upgrading the data file to version %1 failed, so the file was not "
                            "changed: %2")
                             .arg(v)
                             .arg(message));
        };
        // Links already broken before (written by another tool) do not stop the upgrade;
        // links the step breaks do.
        auto brokenLinks = [this] {
            QSqlQuery check = query(QStringLiteral("PRAGMA foreign_key_check"));
            QStringList tables;
            while (check.next())
                tables << check.value(0).toString();
            return tables;
        };
        const qsizetype brokenBefore = brokenLinks().size();
        char *err = nullptr;
        const QByteArray sql = script + QByteArrayLiteral("\nPRAGMA application_id = ")
            + QByteArray::number(kApplicationId) + QByteArrayLiteral(";\nPRAGMA user_version = ")
            + QByteArray::number(v) + QByteArrayLiteral(";\n");
        if (sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &err) != SQLITE_OK) {
            qCWarning(lcStorage) << "migration" << v << "failed:" << (err ? err : "?");
            sqlite3_free(err);
            return failed(describeError(sqlite3_extended_errcode(handle)));
        }
        if (const QStringList broken = brokenLinks(); broken.size() > brokenBefore)
            return failed(
                tr("links from the table %1 no longer lead anywhere").arg(broken.constLast()));
        if (!commit())
            return Error(m_lastError);
        qCDebug(lcStorage) << "migrated" << m_path << "to version" << v;
    }
    // The next open reads the application id and version from the file's header before SQLite
    // sees the WAL: write them into the main file now, not at the next checkpoint.
    exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    exec(m_dialect->upsertSql(QStringLiteral("meta"), { QStringLiteral("key") },
                              { QStringLiteral("value") }),
         { QStringLiteral("app_version"), QCoreApplication::applicationVersion() });
    return {};
}

int Database::schemaVersion()
{
    if (m_server)
        return serverSchemaVersion();
    QSqlQuery q = query(QStringLiteral("PRAGMA user_version"));
    return q.next() ? q.value(0).toInt() : -1;
}

std::unique_ptr<SqlStatement> Database::prepare(const QString &sql)
{
    return m_dialect->prepare(*this, sql);
}

QString Database::describeError(int code) const
{
    return describeError(code, m_path);
}

QString Database::describeError(int code, const QString &path) const
{
    return m_dialect ? m_dialect->describeError(code, path)
                     : SqliteDialect(nullptr).describeError(code, path);
}

void Database::recordError(const QString &sql, const QSqlError &error)
{
    qCWarning(lcStorage) << "query failed:" << sql << "-" << error.text();
    m_lastError = m_dialect ? m_dialect->describe(error, m_path)
                            : describeError(error.nativeErrorCode().toInt());
}

bool Database::deferForeignKeys()
{
    return exec(m_dialect->deferForeignKeysSql());
}

QSqlQuery Database::query(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        recordError(sql, q.lastError());
    return q;
}

bool Database::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    if (m_server && values.isEmpty()) {
        // The server prepares only queries and data changes, not BEGIN, SET or DDL.
        if (!q.exec(sql)) {
            recordError(sql, q.lastError());
            return false;
        }
        return true;
    }
    if (!q.prepare(sql)) {
        recordError(sql, q.lastError());
        return false;
    }
    for (const QVariant &v : values) {
        // As in sql::run: a null QString would be bound as NULL, which text columns refuse.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
    if (!q.exec()) {
        recordError(sql, q.lastError());
        return false;
    }
    return true;
}

QString Database::integrityCheck()
{
    if (m_server) // the server keeps its own pages whole; a question it answers is the check
        return query(QStringLiteral("SELECT count(*) FROM meta")).next() ? QStringLiteral("ok")
                                                                         : m_lastError;
    QSqlQuery q = query(QStringLiteral("PRAGMA integrity_check"));
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.isEmpty() ? m_lastError : lines.join(QLatin1Char('\n'));
}

Status Database::saveCopy(const QString &targetPath)
{
    const QFileInfo target(targetPath);
    if (QFileInfo(m_path).canonicalFilePath() == target.canonicalFilePath() && target.exists())
        return Error(tr("A copy cannot replace the file that is open."));
    // Written beside the target first, so a failure never leaves a half copy under its name.
    const QString temp = targetPath + QStringLiteral(".part");
    QFile::remove(temp);
    if (m_server) {
        // A server's content becomes a new data file: the same tables, copied in one
        // transaction of the server (one moment, whatever other desks write meanwhile).
        QFile::remove(temp);
        Status s;
        {
            OpenResult copy = open(temp);
            if (!copy.database)
                s = Error(copy.message);
            else if (auto copied = StoreCopy::copy(*this, *copy.database); !copied)
                s = Error(copied.error());
        }
        if (s && target.exists() && !QFile::remove(targetPath))
            s = Error(tr("“%1” exists and cannot be replaced (is it open in another program?).")
                          .arg(QDir::toNativeSeparators(targetPath)));
        if (s && !QFile::rename(temp, targetPath))
            s = Error(tr("The copy could not be saved as “%1”.")
                          .arg(QDir::toNativeSeparators(targetPath)));
        removeWithCompanions(temp);
        QFile::remove(temp + QStringLiteral(".lock"));
        return s;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(temp);
    if (!q.exec()) {
        qCWarning(lcStorage) << "copy to" << temp << "failed:" << q.lastError().text();
        QFile::remove(temp);
        return Error(tr("The copy could not be written to “%1”: %2")
                         .arg(QDir::toNativeSeparators(targetPath),
                              describeError(q.lastError().nativeErrorCode().toInt(), targetPath)));
    }
    if (target.exists() && !QFile::remove(targetPath)) {
        QFile::remove(temp);
        return Error(tr("“%1” exists and cannot be replaced (is it open in another program?).")
                         .arg(QDir::toNativeSeparators(targetPath)));
    }
    if (!QFile::rename(temp, targetPath)) {
        QFile::remove(temp);
        return Error(
            tr("The copy could not be saved as “%1”.").arg(QDir::toNativeSeparators(targetPath)));
    }
    return {};
}

Status Database::replaceContentWith(const QString &sourcePath)
{
    if (m_server)
        return Error(tr("A copy is not put back onto a server from this desk: copy it into a new "
                        "empty database with copy-to, or restore the server's own backup "
                        "(pg_restore)."));
    sqlite3 *target = handleOf(m_db);
    if (!target)
        return Error(tr("The SQLite driver is not available."));
    if (m_readOnly)
        return Error(storagemessages::readOnlyFile(nativeName(m_path)));
    if (m_depth > 0)
        return Error(tr("A change is still being written; try again when it is done."));
    sqlite3 *source = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(sourcePath).constData(), &source,
                             SQLITE_OPEN_READONLY, nullptr);
    if (rc == SQLITE_OK) {
        // The page-by-page copy of SQLite's backup API, into the open file under its own lock.
        sqlite3_backup *copy = sqlite3_backup_init(target, "main", source, "main");
        if (!copy) {
            rc = sqlite3_extended_errcode(target);
        } else {
            do {
                rc = sqlite3_backup_step(copy, -1);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(50);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            const int finished = sqlite3_backup_finish(copy);
            if (rc == SQLITE_DONE)
                rc = finished;
        }
    }
    if (rc != SQLITE_OK) {
        qCWarning(lcStorage) << "restoring" << sourcePath << "into" << m_path
                             << "failed:" << sqlite3_errstr(rc);
    }
    sqlite3_close_v2(source);
    if (rc != SQLITE_OK)
        return Error(describeError(rc));
    // The copy brings the source's journal mode; this file stays in WAL like every open one.
    exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    markChanged(Entity::All);
    return {};
}

Status Database::eraseFreedSpace()
{
    if (m_depth > 0)
        return Error(tr("A change is still being written; try again when it is done."));
    if (m_server) // rewrites every table without the old versions of its rows
        return exec(QStringLiteral("VACUUM FULL")) ? Status() : Status(Error(m_lastError));
    for (const char *sql :
         { "PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)" }) {
        if (!exec(QLatin1String(sql)))
            return Error(m_lastError);
    }
    return {};
}

bool Database::begin()
{
    if (!exec(m_dialect->beginSql(m_depth)))
        return false;
    ++m_depth;
    return true;
}

bool Database::commit()
{
    if (m_depth == 0)
        return false;
    --m_depth;
    if (m_depth > 0)
        return exec(m_dialect->commitSql(m_depth));
    if (!exec(m_dialect->commitSql(0))) {
        undoTransaction(0);
        m_pending = {};
        return false;
    }
    announce();
    return true;
}

void Database::rollback()
{
    if (m_depth == 0)
        return;
    --m_depth;
    undoTransaction(m_depth);
    if (m_depth == 0)
        m_pending = {};
}

void Database::undoTransaction(int depth)
{
    // After a full disk or an I/O error the engine may have ended the transaction itself: a
    // ROLLBACK would then only fail, and its message would hide the one that matters.
    if (m_dialect->transactionEnded(*this))
        return;
    const QString reason = m_lastError;
    exec(m_dialect->rollbackSql(depth));
    if (depth > 0)
        exec(m_dialect->commitSql(depth)); // a savepoint rolled back to is still open
    m_lastError = reason;
}

void Database::announce()
{
    if (m_pending.isEmpty())
        return;
    const ChangeSet pending = std::exchange(m_pending, ChangeSet());
    if (m_server)
        notifyOtherDesks(pending);
    emit changed(pending);
}

void Database::markChanged(Entity table)
{
    m_pending.addAll(table);
    if (m_depth == 0)
        announce();
}

void Database::markChanged(Entity table, qint64 id)
{
    m_pending.add(table, id);
    if (m_depth == 0)
        announce();
}

void Database::markChanged(Entity table, const QList<qint64> &ids)
{
    m_pending.add(table, ids);
    if (m_depth == 0)
        announce();
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_active(db.begin())
{ }

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return m_db.commit();
}

} // namespace dd
