#include "storage/sqlitedialect.h"

#include "storage/database.h"
#include "storage/sqlitestatement.h"
#include "storage/storagemessages.h"
#include "util/logging.h"

#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

namespace dd {

SqliteDialect::SqliteDialect(sqlite3 *handle)
    : m_handle(handle)
{ }

std::unique_ptr<SqlStatement> SqliteDialect::prepare(Database &db, const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &statement, nullptr)
        != SQLITE_OK) {
        qCWarning(lcStorage) << "prepare failed:" << sql << "-" << sqlite3_errmsg(m_handle);
        db.setLastError(db.describeError(sqlite3_extended_errcode(m_handle)));
        sqlite3_finalize(statement);
        return nullptr;
    }
    return std::make_unique<SqliteStatement>(db, m_handle, statement);
}

QString SqliteDialect::insertNewKeySql(const QString &table, const QString &key,
                                       const QStringList &columns) const
{
    Q_UNUSED(key); // the rowid: SQLite takes the next one when the column is left out
    return QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
        .arg(table, columns.join(QStringLiteral(", ")),
             QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
}

QString SqliteDialect::beginSql(int depth) const
{
    // IMMEDIATE: the write lock is taken at once, so a second writer waits (busy timeout) at
    // the start instead of failing in the middle of an action.
    return depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                      : QStringLiteral("SAVEPOINT sp%1").arg(depth);
}

QString SqliteDialect::commitSql(int depth) const
{
    return depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(depth);
}

QString SqliteDialect::rollbackSql(int depth) const
{
    return depth == 0 ? QStringLiteral("ROLLBACK") : QStringLiteral("ROLLBACK TO sp%1").arg(depth);
}

bool SqliteDialect::transactionEnded(Database &db) const
{
    Q_UNUSED(db);
    // After a full disk or an I/O error SQLite may roll the whole transaction back itself.
    return sqlite3_get_autocommit(m_handle) != 0;
}

QString SqliteDialect::deferForeignKeysSql() const
{
    return QStringLiteral("PRAGMA defer_foreign_keys = ON");
}

QString SqliteDialect::matchesAllPrefixes(const QString &table, const QString &column,
                                          const QStringList &words, QVariantList &binds) const
{
    Q_UNUSED(column); // the FTS5 table "<table>_fts" indexes that one column
    QStringList terms;
    for (QString w : words)
        terms << QLatin1Char('"') + w.replace(QLatin1Char('"'), QStringLiteral("\"\""))
                + QStringLiteral("\"*"); // a quoted prefix per word: no FTS5 syntax gets through
    binds << terms.join(QLatin1Char(' '));
    return QStringLiteral("id IN (SELECT rowid FROM %1_fts WHERE %1_fts MATCH ?)").arg(table);
}

QString SqliteDialect::indexListSql() const
{
    return QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                          "tbl_name = ? AND sql IS NOT NULL");
}

QString SqliteDialect::describeError(int code, const QString &path) const
{
    const QString file = QDir::toNativeSeparators(QFileInfo(path).fileName());
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return storagemessages::lockedByAnotherProgram(file);
    case SQLITE_NOMEM:
        return storagemessages::outOfMemory();
    case SQLITE_READONLY: {
        const QFileInfo folder(QFileInfo(path).absolutePath());
        if (!folder.isWritable())
            return storagemessages::readOnlyFolder(
                file, QDir::toNativeSeparators(folder.absoluteFilePath()));
        return storagemessages::readOnlyFile(file);
    }
    case SQLITE_IOERR:
        return storagemessages::diskError(file);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return storagemessages::damaged(file);
    case SQLITE_FULL:
        return storagemessages::diskFull(file);
    case SQLITE_CANTOPEN:
        return storagemessages::cannotOpen(file);
    case SQLITE_TOOBIG:
        return storagemessages::tooLarge();
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
        return storagemessages::refusedValue();
    default:
        return storagemessages::otherError(code);
    }
}

} // namespace dd
