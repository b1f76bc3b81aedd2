#pragma once

#include "storage/sqlstatement.h"

#include <QStringEncoder>
#include <QVarLengthArray>

struct sqlite3;
struct sqlite3_stmt;

namespace dd {

class Database;

// A statement on SQLite's own API: no QVariant per value. The parameters of a run are kept as
// UTF-8 (the database's encoding: binding UTF-16 would make SQLite convert every value) in one
// reused buffer and bound when the run starts, so that a statement of many rows (an import
// writes 32 people at a time) costs one buffer, not an allocation per value.
class SqliteStatement final : public SqlStatement
{
public:
    SqliteStatement(Database &db, sqlite3 *handle, sqlite3_stmt *statement);
    ~SqliteStatement() override;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bindInteger(qint64 value) override;
    void bindText(QStringView value) override;
    void bindAscii(QLatin1StringView value) override;
    void bindBytes(QByteArrayView value) override;
    void bindNull() override;

    bool exec() override;
    bool next() override;

    bool isNull(int column) const override;
    qint64 integer(int column) const override;
    QString text(int column) const override;
    bool textEquals(int column, QLatin1StringView value) const override;
    QByteArray bytes(int column) const override;

    qint64 insertedId() const override;
    const QString &error() const override { return m_error; }

private:
    enum class Kind : quint8 { Text, Blob, Null, Integer };
    struct Value
    {
        Kind kind;
        qint64 offset; // into m_buffer, or the integer
        qsizetype size;
    };
    void startBinding();
    void appendRaw(Kind kind, QByteArrayView bytes);
    bool fail(int code);

    Database &m_db;
    sqlite3 *m_handle;
    sqlite3_stmt *m_statement;
    QStringEncoder m_utf8 { QStringEncoder::Utf8 };
    QByteArray m_buffer;
    QVarLengthArray<Value, 32> m_values;
    bool m_ran = false; // the values bound belong to the last run
    bool m_firstRow = false; // exec() stepped onto a row that next() has not given yet
    bool m_done = true;
    QString m_error;
};

} // namespace dd
