#include "storage/sqlitestatement.h"

#include "storage/database.h"
#include "util/logging.h"

#include <sqlite3.h>

#include <cstring>

namespace dd {

SqliteStatement::SqliteStatement(Database &db, sqlite3 *handle, sqlite3_stmt *statement)
    : m_db(db)
    , m_handle(handle)
    , m_statement(statement)
{ }

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::startBinding()
{
    if (!m_ran)
        return;
    // The values of the last run are no longer needed once the statement is reset.
    sqlite3_reset(m_statement);
    m_values.clear();
    m_buffer.resize(0); // keeps the capacity
    m_ran = false;
    m_firstRow = false;
    m_done = true;
}

void SqliteStatement::appendRaw(Kind kind, QByteArrayView bytes)
{
    m_values.append({ kind, m_buffer.size(), bytes.size() });
    m_buffer.append(bytes.data(), bytes.size());
}

void SqliteStatement::bindInteger(qint64 value)
{
    startBinding();
    m_values.append({ Kind::Integer, value, 0 });
}

void SqliteStatement::bindText(QStringView value)
{
    startBinding();
    const qsizetype offset = m_buffer.size();
    m_buffer.resize(offset + m_utf8.requiredSpace(value.size()));
    char *end = m_utf8.appendToBuffer(m_buffer.data() + offset, value);
    m_buffer.resize(end - m_buffer.constData());
    m_values.append({ Kind::Text, offset, m_buffer.size() - offset });
}

void SqliteStatement::bindAscii(QLatin1StringView value)
{
    startBinding();
    appendRaw(Kind::Text, QByteArrayView(value.data(), value.size()));
}

void SqliteStatement::bindBytes(QByteArrayView value)
{
    startBinding();
    appendRaw(Kind::Blob, value);
}

void SqliteStatement::bindNull()
{
    startBinding();
    m_values.append({ Kind::Null, 0, 0 });
}

bool SqliteStatement::fail(int code)
{
    m_error = m_db.describeError(code);
    qCWarning(lcStorage) << "statement failed:" << sqlite3_sql(m_statement) << "-"
                         << sqlite3_errmsg(m_handle);
    m_db.setLastError(m_error);
    sqlite3_reset(m_statement);
    m_done = true;
    return false;
}

bool SqliteStatement::exec()
{
    if (m_ran) // run again with no new values: the same ones
        sqlite3_reset(m_statement);
    m_ran = true;
    m_error.clear();
    if (m_values.size() != sqlite3_bind_parameter_count(m_statement)) {
        // A described table and its SQL disagree: a mistake in the program, never in the data.
        qCCritical(lcStorage) << "statement has" << sqlite3_bind_parameter_count(m_statement)
                              << "parameters," << m_values.size()
                              << "values bound:" << sqlite3_sql(m_statement);
        return fail(SQLITE_RANGE);
    }
    // A zero-length text or blob still needs an address, or SQLite would store NULL.
    static const char empty = 0;
    int rc = SQLITE_OK;
    for (int i = 0; i < m_values.size() && rc == SQLITE_OK; ++i) {
        const Value &v = m_values.at(i);
        const char *at = v.size ? m_buffer.constData() + v.offset : &empty;
        switch (v.kind) {
        case Kind::Text:
            rc = sqlite3_bind_text(m_statement, i + 1, at, int(v.size), SQLITE_STATIC);
            break;
        case Kind::Blob:
            rc = sqlite3_bind_blob(m_statement, i + 1, at, int(v.size), SQLITE_STATIC);
            break;
        case Kind::Null:
            rc = sqlite3_bind_null(m_statement, i + 1);
            break;
        case Kind::Integer:
            rc = sqlite3_bind_int64(m_statement, i + 1, v.offset);
            break;
        }
    }
    if (rc != SQLITE_OK)
        return fail(rc);
    rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        m_firstRow = true;
        m_done = false;
        return true;
    }
    if (rc != SQLITE_DONE)
        return fail(sqlite3_extended_errcode(m_handle));
    // Finished: reset at once, so that no lock outlives the statement's work.
    sqlite3_reset(m_statement);
    m_done = true;
    return true;
}

bool SqliteStatement::next()
{
    if (m_firstRow) {
        m_firstRow = false;
        return true;
    }
    if (m_done)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        return fail(sqlite3_extended_errcode(m_handle));
    sqlite3_reset(m_statement);
    m_done = true;
    return false;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(p, sqlite3_column_bytes(m_statement, column));
}

bool SqliteStatement::textEquals(int column, QLatin1StringView value) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    const int n = sqlite3_column_bytes(m_statement, column);
    return n == value.size() && (n == 0 || std::memcmp(p, value.data(), n) == 0);
}

QByteArray SqliteStatement::bytes(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray(p, sqlite3_column_bytes(m_statement, column));
}

qint64 SqliteStatement::insertedId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

} // namespace dd
