#pragma once

#include "storage/database.h"
#include "storage/sqldialect.h"
#include "storage/tablecolumn.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>
#include <QTime>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <optional>

namespace dd {

// A table described once: its name and its columns (TableColumn: name, binding, reading,
// tidying), the key first. Every statement on the table is built from this description by the
// store's dialect and binds and reads through it, so that adding a column is one line in the
// repository that owns the table (and a migration), and no list of values can fall out of step
// with a list of names.
template<typename Record, typename Written = Record>
class SqlTable
{
public:
    using Column = TableColumn<Record, Written>;
    // Whether the store chooses the key of a new row (an id), or the record always has it
    // (the event of an event's settings).
    enum class Key { Generated, Given };

    SqlTable(QString name, std::initializer_list<Column> columns, Key key = Key::Generated)
        : m_name(std::move(name))
        , m_columns(columns)
        , m_generated(key == Key::Generated)
    {
        Q_ASSERT(!m_columns.isEmpty() && m_columns.first().keyOf);
        for (qsizetype i = 1; i < m_columns.size(); ++i)
            m_names << m_columns.at(i).name;
    }

    const QString &name() const { return m_name; }
    const QString &keyName() const { return m_columns.first().name; }
    const QStringList &columnNames() const { return m_names; } // after the key

    // Tidies every text value of `r` as its column says (before derived values are computed).
    void tidy(Record &r) const
    {
        for (const Column &c : m_columns)
            if (c.clean)
                c.clean(r);
    }
    void bindKey(const Written &w, SqlStatement &s) const { m_columns.first().bind(w, s); }
    // Every column after the key, in order.
    void bindColumns(const Written &w, SqlStatement &s) const
    {
        for (qsizetype i = 1; i < m_columns.size(); ++i)
            m_columns.at(i).bind(w, s);
    }
    // A row of selectSql(): the key, then the columns.
    void read(Record &r, const SqlStatement &s) const
    {
        for (int i = 0; i < int(m_columns.size()); ++i)
            if (const auto read = m_columns.at(i).read)
                read(r, s, i);
    }
    qint64 keyOf(const Written &w) const { return m_columns.first().keyOf(w); }

    QString selectSql(SqlDialect &dialect) const
    {
        return dialect.selectSql(m_name, keyName(), m_names);
    }
    // `rows` rows, keys given.
    QString insertSql(SqlDialect &dialect, int rows = 1) const
    {
        return dialect.insertSql(m_name, keyName(), m_names, rows);
    }

    // Inserts `w`; a generated key of 0 is chosen by the store. Returns the row's key.
    Result<qint64> insert(Database &db, const Written &w) const
    {
        const qint64 key = keyOf(w);
        const bool choose = m_generated && key <= 0;
        auto q = db.prepare(choose ? db.dialect().insertNewKeySql(m_name, keyName(), m_names)
                                   : insertSql(db.dialect()));
        if (!q)
            return Error(db.lastError());
        if (!choose)
            bindKey(w, *q);
        bindColumns(w, *q);
        if (!q->exec())
            return Error(q->error());
        return choose ? q->insertedId() : key;
    }

    Status update(Database &db, const Written &w) const
    {
        auto q = db.prepare(db.dialect().updateSql(m_name, keyName(), m_names));
        if (!q)
            return Error(db.lastError());
        bindColumns(w, *q);
        bindKey(w, *q);
        if (!q->exec())
            return Error(q->error());
        return {};
    }

    // Inserts `w`, or replaces the columns of the row with its key.
    Status upsert(Database &db, const Written &w) const
    {
        auto q = db.prepare(db.dialect().upsertSql(m_name, { keyName() }, m_names));
        if (!q)
            return Error(db.lastError());
        bindKey(w, *q);
        bindColumns(w, *q);
        if (!q->exec())
            return Error(q->error());
        return {};
    }

    // The rows of `keys`, with one prepared statement.
    Status remove(Database &db, const QList<qint64> &keys) const
    {
        auto q = db.prepare(db.dialect().deleteSql(m_name, keyName()));
        if (!q)
            return Error(db.lastError());
        for (qint64 key : keys) {
            q->bindInteger(key);
            if (!q->exec())
                return Error(q->error());
        }
        return {};
    }

    // selectSql() + `where` (a constant clause with ? placeholders, and ORDER BY) run with
    // `binds`: read its rows with next() and read(). Nullptr after the database's lastError()
    // was set.
    std::unique_ptr<SqlStatement> query(Database &db, const QString &where,
                                        const QVariantList &binds) const
    {
        auto q = db.prepare(selectSql(db.dialect()) + QLatin1Char(' ') + where);
        if (!q)
            return nullptr;
        q->bindAll(binds);
        if (!q->exec())
            return nullptr;
        return q;
    }

    QList<Record> select(Database &db, const QString &where, const QVariantList &binds) const
    {
        QList<Record> out;
        if (auto q = query(db, where, binds)) {
            while (q->next()) {
                Record r;
                read(r, *q);
                out << std::move(r);
            }
        }
        return out;
    }

    std::optional<Record> get(Database &db, qint64 key) const
    {
        if (auto q = query(db, QStringLiteral("WHERE %1 = ?").arg(keyName()), { key });
            q && q->next()) {
            Record r;
            read(r, *q);
            return r;
        }
        return std::nullopt;
    }

private:
    QString m_name;
    QList<Column> m_columns; // the key first
    QStringList m_names; // of the columns after the key
    bool m_generated;
};

// Conversions between domain values and columns, for the few statements that are not about
// one described table (counts, links between two tables). Empty values are stored as NULL
// where the column allows it, so that "not set" is never confused with a real value.
namespace sql {
QVariant date(const QDate &d);
QVariant dateTime(const QDateTime &dt);
QVariant id(qint64 id); // 0 → NULL
// Runs a prepared query with positional values; records the error on the database.
bool run(Database &db, QSqlQuery &q, const QVariantList &values);
} // namespace sql

} // namespace dd
