#include "storage/databasecheck.h"

#include "storage/sqlitedialect.h"
#include "storage/storagemessages.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

namespace dd {

namespace {

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

} // namespace

QString DatabaseCheck::connectionName(const QString &path, bool immutable)
{
    if (!immutable)
        return path;
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
        + QStringLiteral("?immutable=1");
}

QString DatabaseCheck::connectOptions(bool readOnly, bool immutable)
{
    QStringList options;
    if (readOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    if (immutable)
        options << QStringLiteral("QSQLITE_OPEN_URI");
    return options.join(QLatin1Char(';'));
}

DatabaseCheck::Verdict DatabaseCheck::inspect(const QString &path, Database::Access access,
                                              bool immutable)
{
    using OpenError = Database::OpenError;
    Verdict v;
    const QString name = QDir::toNativeSeparators(QFileInfo(path).fileName());
    auto refuse = [&](OpenError error, const QString &message) {
        v.error = error;
        v.message = message;
        v.backupPath.clear();
        return v;
    };

    const Header h = readHeader(path);
    if (!h.readable)
        return refuse(
            OpenError::Io,
            QCoreApplication::translate("dd::Database",
                                        "The file “%1” cannot be read. Check that you may "
                                        "open it and that it is not on a disconnected drive.")
                .arg(name));
    if (!h.sqlite || (h.applicationId != Database::kApplicationId && h.applicationId != 0))
        return refuse(OpenError::Foreign,
                      QCoreApplication::translate(
                          "dd::Database",
                          "The file “%1” is not a DialogueDesk data file. It was not changed. "
                          "Choose another file, or create a new one with File ▸ New.")
                          .arg(name));
    if (h.userVersion > Database::kSchemaVersion)
        return refuse(OpenError::NewerVersion,
                      QCoreApplication::translate(
                          "dd::Database",
                          "The file “%1” was saved by a newer version of DialogueDesk (data "
                          "version %2; this program reads up to version %3). It was not "
                          "changed. Please install the newer version to open it.")
                          .arg(name)
                          .arg(h.userVersion)
                          .arg(Database::kSchemaVersion));
    v.version = h.userVersion;

    // A read-only look at a WAL file creates its -wal and -shm; a refused file keeps none.
    const QString walPath = path + QStringLiteral("-wal");
    const QString shmPath = path + QStringLiteral("-shm");
    const bool hadWal = QFile::exists(walPath);
    const bool hadShm = QFile::exists(shmPath);
    const QString checkName = QStringLiteral("dialoguedesk-check-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
    int code = 0; // SQLite's, when something failed
    QString verdict; // of quick_check
    bool foreignTables = false;
    bool copyFailed = false;
    {
        QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), checkName);
        check.setDatabaseName(connectionName(path, immutable));
        check.setConnectOptions(connectOptions(true, immutable));
        auto failed = [&](const QSqlError &e) {
            code = e.nativeErrorCode().toInt();
            qCWarning(lcStorage) << "checking" << path << "failed:" << e.text();
            if (code == 0)
                code = SQLITE_CANTOPEN;
        };
        if (!check.open()) {
            failed(check.lastError());
        } else {
            QSqlQuery q(check);
            if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
                failed(q.lastError());
            } else {
                foreignTables
                    = h.applicationId != Database::kApplicationId && q.value(0).toInt() > 0;
                if (!foreignTables) {
                    if (q.exec(QStringLiteral("PRAGMA quick_check")) && q.next())
                        verdict = q.value(0).toString();
                    else
                        failed(q.lastError());
                    q.finish(); // VACUUM INTO below refuses to run beside an open statement
                }
            }
            if (code == 0 && verdict == QLatin1String("ok") && access == Database::Access::ReadWrite
                && h.userVersion > 0 && h.userVersion < Database::kSchemaVersion) {
                // Copy aside before migrating; VACUUM INTO includes any WAL content.
                const QString backup = QStringLiteral("%1.v%2-%3.bak.sqlite")
                                           .arg(path)
                                           .arg(h.userVersion)
                                           .arg(QDateTime::currentDateTime().toString(
                                               QStringLiteral("yyyyMMdd-HHmmss")));
                QSqlQuery b(check);
                b.prepare(QStringLiteral("VACUUM INTO ?"));
                b.addBindValue(backup);
                if (b.exec()) {
                    v.backupPath = backup;
                } else {
                    copyFailed = true;
                    failed(b.lastError());
                    QFile::remove(backup); // a half-written copy is no copy
                }
            }
        }
        check.close();
    }
    QSqlDatabase::removeDatabase(checkName);
    const bool damaged = !verdict.isEmpty() && verdict != QLatin1String("ok");
    if (foreignTables || damaged || code != 0) {
        if (!hadWal && QFileInfo(walPath).size() == 0)
            QFile::remove(walPath);
        if (!hadShm)
            QFile::remove(shmPath);
    }
    if (foreignTables)
        return refuse(OpenError::Foreign,
                      QCoreApplication::translate(
                          "dd::Database",
                          "The file “%1” is a database of another program, not a DialogueDesk "
                          "data file. It was not changed.")
                          .arg(name));
    if (damaged) {
        qCWarning(lcStorage) << "quick_check of" << path << ":" << verdict;
        return refuse(OpenError::Corrupt, storagemessages::damaged(name));
    }
    switch (code & 0xff) {
    case 0:
        return v;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return refuse(OpenError::Locked, storagemessages::lockedByAnotherProgram(name));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return refuse(OpenError::Corrupt, storagemessages::damaged(name));
    default:
        break;
    }
    const QString why = SqliteDialect(nullptr).describeError(code, path);
    if (copyFailed)
        return refuse(OpenError::Io,
                      QCoreApplication::translate(
                          "dd::Database",
                          "The file “%1” needs an upgrade, and the copy kept before an upgrade "
                          "could not be written, so it was not changed. %2")
                          .arg(name, why));
    return refuse(OpenError::Io, why);
}

} // namespace dd
