#include "storage/database.h"

#include "storage/sqltable.h"
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
#include <QUuid>

#include <sqlite3.h>

namespace dd {
namespace {

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).fileName());
}

struct Header
{
    bool readable = false;
    bool sqlite = false;
    qint32 userVersion = 0;
    qint32 applicationId = 0;
};

// The first 100 bytes of an SQLite file tell what it is without opening it through SQLite.
Header readHeader(const QString &path)
{
    Header h;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return h;
    h.readable = true;
    const QByteArray bytes = f.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return h;
    h.sqlite = true;
    auto be32 = [&](int offset) {
        const auto *p = reinterpret_cast<const uchar *>(bytes.constData() + offset);
        return qint32((quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8)
                      | quint32(p[3]));
    };
    h.userVersion = be32(60);
    h.applicationId = be32(68);
    return h;
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

QByteArray migrationScript(int version)
{
    const QDir dir(QStringLiteral(":/migrations"));
    const QString prefix = QStringLiteral("%1_").arg(version, 4, 10, QLatin1Char('0'));
    for (const QString &name :
         dir.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name)) {
        if (name.startsWith(prefix)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                return f.readAll();
        }
    }
    return {};
}

} // namespace

Database::OpenResult Database::open(const QString &path, Access access)
{
    OpenResult result;
    auto fail = [&](OpenError e, const QString &message) {
        result.database.reset();
        result.error = e;
        result.message = message;
        qCWarning(lcStorage) << "open failed:" << path << message;
        return std::move(result);
    };

    const bool memory = path == QLatin1String(":memory:");
    const QFileInfo info(path);
    const bool fresh = memory || !info.exists() || info.size() == 0;
    if (!memory && info.exists() && !info.isFile())
        return fail(OpenError::Io,
                    tr("\"%1\" is a folder, not a data file.").arg(nativeName(path)));
    if (fresh && access == Access::ReadOnly)
        return fail(OpenError::Io, tr("The file \"%1\" does not exist.").arg(nativeName(path)));

    int fromVersion = 0;
    if (!fresh) {
        const Header h = readHeader(path);
        if (!h.readable)
            return fail(OpenError::Io,
                        tr("The file \"%1\" cannot be read. Check that you may "
                           "open it and that it is not on a disconnected drive.")
                            .arg(nativeName(path)));
        if (!h.sqlite || (h.applicationId != kApplicationId && h.applicationId != 0))
            return fail(OpenError::Foreign,
                        tr("The file \"%1\" is not a DialogueDesk data file. It was not changed. "
                           "Choose another file, or create a new one with File ▸ New.")
                            .arg(nativeName(path)));
        if (h.userVersion > kSchemaVersion)
            return fail(OpenError::NewerVersion,
                        tr("The file \"%1\" was saved by a newer version of DialogueDesk (data "
                           "version %2; this program reads up to version %3). It was not "
                           "changed. Please install the newer version to open it.")
                            .arg(nativeName(path))
                            .arg(h.userVersion)
                            .arg(kSchemaVersion));

        // Look inside read-only: nothing is written before we know the file is ours and sound.
        // A read-only look at a WAL file creates its -wal and -shm; a refused file keeps none.
        const QString walPath = path + QStringLiteral("-wal");
        const QString shmPath = path + QStringLiteral("-shm");
        const bool hadWal = QFile::exists(walPath);
        const bool hadShm = QFile::exists(shmPath);
        auto removeCheckFiles = [&] {
            if (!hadWal && QFileInfo(walPath).size() == 0)
                QFile::remove(walPath);
            if (!hadShm)
                QFile::remove(shmPath);
        };
        const QString checkName = uniqueConnectionName();
        QString problem;
        bool foreignTables = false;
        {
            QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), checkName);
            check.setDatabaseName(path);
            check.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!check.open()) {
                problem = check.lastError().text();
            } else {
                QSqlQuery q(check);
                if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
                    problem = q.lastError().text();
                } else {
                    const int objects = q.value(0).toInt();
                    foreignTables = h.applicationId != kApplicationId && objects > 0;
                    if (!foreignTables && q.exec(QStringLiteral("PRAGMA quick_check"))
                        && q.next()) {
                        const QString verdict = q.value(0).toString();
                        if (verdict != QLatin1String("ok"))
                            problem = verdict;
                        q.finish(); // VACUUM INTO below refuses to run beside an open statement
                    } else if (!foreignTables) {
                        problem = q.lastError().text();
                    }
                    if (problem.isEmpty() && !foreignTables && access == Access::ReadWrite
                        && h.userVersion > 0 && h.userVersion < kSchemaVersion) {
                        // Copy aside before migrating; VACUUM INTO includes any WAL content.
                        const QString backup = QStringLiteral("%1.v%2-%3.bak.sqlite")
                                                   .arg(path)
                                                   .arg(h.userVersion)
                                                   .arg(QDateTime::currentDateTime().toString(
                                                       QStringLiteral("yyyyMMdd-HHmmss")));
                        QSqlQuery b(check);
                        b.prepare(QStringLiteral("VACUUM INTO ?"));
                        b.addBindValue(backup);
                        if (!b.exec())
                            problem = tr("could not make a copy before upgrading: %1")
                                          .arg(b.lastError().text());
                        else
                            result.backupPath = backup;
                    }
                }
            }
            check.close();
        }
        QSqlDatabase::removeDatabase(checkName);
        if (foreignTables || !problem.isEmpty())
            removeCheckFiles();
        if (foreignTables)
            return fail(OpenError::Foreign,
                        tr("The file \"%1\" is a database of another program, not a DialogueDesk "
                           "data file. It was not changed.")
                            .arg(nativeName(path)));
        if (!problem.isEmpty())
            return fail(OpenError::Corrupt,
                        tr("The file \"%1\" is damaged and cannot be opened safely (%2). It was "
                           "not changed. Open a copy saved earlier with File ▸ Save a copy.")
                            .arg(nativeName(path), problem));
        fromVersion = h.userVersion;
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_readOnly = access == Access::ReadOnly;

    if (!memory && access == Access::ReadWrite) {
        db->m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        db->m_lock->setStaleLockTime(0); // held while the program runs; dead owners are detected
        if (!db->m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, app;
            db->m_lock->getLockInfo(&pid, &host, &app);
            return fail(OpenError::InUse,
                        tr("The file \"%1\" is already open in DialogueDesk (process %2 on %3). "
                           "You can open it read-only to look at it.")
                            .arg(nativeName(path))
                            .arg(pid)
                            .arg(host.isEmpty() ? tr("this computer") : host));
        }
    }

    db->m_connectionName = uniqueConnectionName();
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(path);
    if (db->m_readOnly)
        db->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db->m_db.open())
        return fail(OpenError::Io,
                    tr("The file \"%1\" cannot be opened: %2")
                        .arg(nativeName(path), db->m_db.lastError().text()));
    if (Status s = db->configure(fresh && !memory); !s)
        return fail(OpenError::Io, s.error());

    if (!db->m_readOnly && fromVersion < kSchemaVersion) {
        if (Status s = db->migrate(fromVersion, result); !s)
            return fail(OpenError::Io, s.error());
    }
    result.created = fresh || fromVersion == 0;
    result.database = std::move(db);
    return result;
}

Database::~Database()
{
    if (m_db.isOpen()) {
        if (!m_readOnly) {
            // As SQLite advises at close; the limit keeps it quick after an import of 100,000
            // people, when it would otherwise read the whole table to build its statistics.
            exec(QStringLiteral("PRAGMA analysis_limit = 400"));
            exec(QStringLiteral("PRAGMA optimize"));
        }
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
            return Error(tr("The data file cannot be prepared: %1").arg(m_lastError));
    }
    return {};
}

Status Database::migrate(int from, OpenResult &result)
{
    Q_UNUSED(result);
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
        const QByteArray script = migrationScript(v);
        if (script.isEmpty())
            return Error(tr("The upgrade step %1 of the data file is missing.").arg(v));
        if (!begin())
            return Error(m_lastError);
        auto failed = [&](const QString &message) {
            rollback();
            return Error(tr("Upgrading the data file to version %1 failed: %2. The file was not "
                            "changed.")
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
            const QString message = QString::fromUtf8(err ? err : "?");
            sqlite3_free(err);
            return failed(message);
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
    exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('app_version', ?)"),
         { QCoreApplication::applicationVersion() });
    return {};
}

int Database::schemaVersion()
{
    QSqlQuery q = query(QStringLiteral("PRAGMA user_version"));
    return q.next() ? q.value(0).toInt() : -1;
}

QSqlQuery Database::query(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        m_lastError = q.lastError().text();
    return q;
}

bool Database::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql)) {
        m_lastError = q.lastError().text();
        qCWarning(lcStorage) << "prepare failed:" << sql << m_lastError;
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
        m_lastError = q.lastError().text();
        qCWarning(lcStorage) << "exec failed:" << sql << m_lastError;
        return false;
    }
    return true;
}

QString Database::integrityCheck()
{
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
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(temp);
    if (!q.exec()) {
        QFile::remove(temp);
        return Error(tr("The copy could not be written to \"%1\": %2")
                         .arg(QDir::toNativeSeparators(targetPath), q.lastError().text()));
    }
    if (target.exists() && !QFile::remove(targetPath)) {
        QFile::remove(temp);
        return Error(tr("\"%1\" exists and cannot be replaced (is it open in another program?).")
                         .arg(QDir::toNativeSeparators(targetPath)));
    }
    if (!QFile::rename(temp, targetPath)) {
        QFile::remove(temp);
        return Error(
            tr("The copy could not be saved as \"%1\".").arg(QDir::toNativeSeparators(targetPath)));
    }
    return {};
}

bool Database::begin()
{
    const QString sql = m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                     : QStringLiteral("SAVEPOINT sp%1").arg(m_depth);
    if (!exec(sql))
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
        return exec(QStringLiteral("RELEASE sp%1").arg(m_depth));
    if (!exec(QStringLiteral("COMMIT"))) {
        exec(QStringLiteral("ROLLBACK"));
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
    if (m_depth > 0) {
        exec(QStringLiteral("ROLLBACK TO sp%1").arg(m_depth));
        exec(QStringLiteral("RELEASE sp%1").arg(m_depth));
        return;
    }
    exec(QStringLiteral("ROLLBACK"));
    m_pending = {};
}

void Database::announce()
{
    if (m_pending.isEmpty())
        return;
    const ChangeSet pending = std::exchange(m_pending, ChangeSet());
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
