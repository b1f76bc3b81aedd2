#pragma once

#include "storage/database.h"
#include "storage/sqldialect.h"
#include "storage/tablecolumn.h"
#include "storage/valuestatement.h"

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

namespace sql {
// What the user reads when an edit was refused because another desk changed the row.
QString conflictMessage(const RowConflict &c);
} // namespace sql

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
        for (qsizetype i = 1; i < m_columns.size(); ++i) {
            m_names << m_columns.at(i).name;
            if (m_columns.at(i).versionOf)
                m_version = int(i);
        }
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

    // Writes `w` over its row. With a version column, only while the row still has the version
    // the edit read, in the same statement; otherwise nothing is written and the error carries a
    // RowConflict: the values `read` had, the ones `w` wants, and the row as the other desk left
    // it. Without `read` the row must have `w`'s version and gets the next one; with it, the row
    // must have `read`'s version and gets `w`'s (an undo puts back the version its content had).
    Status update(Database &db, const Written &w, const Written *readRow = nullptr) const
    {
        QString sql = db.dialect().updateSql(m_name, keyName(), m_names);
        if (m_version > 0)
            sql += QStringLiteral(" AND %1 = ? RETURNING %2")
                       .arg(m_columns.at(m_version).name, keyName());
        auto q = db.prepare(sql);
        if (!q)
            return Error(db.lastError());
        const auto versionOf = m_version > 0 ? m_columns.at(m_version).versionOf : nullptr;
        const qint64 expected = !versionOf ? 0 : readRow ? versionOf(*readRow) : versionOf(w);
        for (qsizetype i = 1; i < m_columns.size(); ++i) {
            if (i == m_version && !readRow)
                q->bindInteger(expected + 1);
            else
                m_columns.at(i).bind(w, *q);
        }
        bindKey(w, *q);
        if (m_version > 0)
            q->bindInteger(expected);
        if (!q->exec())
            return Error(q->error());
        if (m_version > 0 && !q->next()) {
            if (!q->error().isEmpty())
                return Error(q->error());
            return conflict(db, w, readRow);
        }
        return {};
    }

    // Takes the row for a removal: bumps its version while it still has `w`'s, or refuses
    // with a RowConflict (another desk changed or removed it since `w` was read).
    Status claim(Database &db, const Written &w) const
    {
        if (m_version <= 0)
            return {};
        auto q = db.prepare(QStringLiteral("UPDATE %1 SET %2 = %2 + 1 WHERE %3 = ? AND %2 = ? "
                                           "RETURNING %3")
                                .arg(m_name, m_columns.at(m_version).name, keyName()));
        if (!q)
            return Error(db.lastError());
        bindKey(w, *q);
        q->bindInteger(m_columns.at(m_version).versionOf(w));
        if (!q->exec())
            return Error(q->error());
        if (q->next())
            return {};
        return conflict(db, w, nullptr);
    }

    // The column values of `w`, the key first (what a conflict compares).
    QVariantList values(const Written &w) const
    {
        ValueStatement v;
        bindKey(w, v);
        bindColumns(w, v);
        return v.values();
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
    // The refusal of a write to a row another desk changed or removed since `w` was read.
    Error conflict(Database &db, const Written &w, const Written *readRow) const
    {
        RowConflict c;
        c.table = m_name;
        c.row = keyOf(w);
        auto q = query(db, QStringLiteral("WHERE %1 = ?").arg(keyName()), { c.row });
        if (!q)
            return Error(db.lastError());
        if (!q->next()) {
            c.removed = true;
            QString message = sql::conflictMessage(c); // before `c` is moved away
            return Error(std::move(message), std::move(c));
        }
        Record theirs;
        read(theirs, *q);
        const QVariantList wanted = values(w);
        const QVariantList before = readRow ? values(*readRow) : QVariantList();
        // The fields the user changed, and among them the ones the other desk changed too.
        QList<int> mine, clashing, theirsChanged;
        for (int i = 1; i < int(m_columns.size()); ++i) {
            const Column &col = m_columns.at(i);
            if (!col.read || i == m_version || wanted.at(i).typeId() == QMetaType::QByteArray)
                continue; // derived, the version itself, sort keys: not what a user edits
            const QString their = q->isNull(i) ? QString() : q->text(i);
            const QString was = ValueStatement::display(before.value(i, wanted.at(i)));
            if (readRow && ValueStatement::display(wanted.at(i)) != was) {
                mine << i;
                if (their != was)
                    clashing << i;
            } else if (their != ValueStatement::display(wanted.at(i))) {
                theirsChanged << i;
            }
        }
        const int shown = !clashing.isEmpty() ? clashing.first()
            : !mine.isEmpty()                 ? mine.first()
            : !theirsChanged.isEmpty()        ? theirsChanged.first()
                                              : -1;
        if (shown > 0) {
            c.field = m_columns.at(shown).name;
            c.wantedValue = ValueStatement::display(wanted.at(shown));
            c.readValue = ValueStatement::display(before.value(shown, wanted.at(shown)));
            c.theirValue = q->isNull(shown) ? QString() : q->text(shown);
        }
        Record merged = theirs;
        const ValueStatement mineValues(wanted);
        for (int i : std::as_const(mine))
            m_columns.at(i).read(merged, mineValues, i);
        c.theirRow = theirs;
        c.mergedRow = merged;
        QString message = sql::conflictMessage(c);
        return Error(std::move(message), std::move(c));
    }

    QString m_name;
    QList<Column> m_columns; // the key first
    QStringList m_names; // of the columns after the key
    bool m_generated;
    int m_version = -1; // index of the row_version column, if the table has one
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
// The first column of `select` (ids), for naming the rows a write changes.
QList<qint64> ids(Database &db, const QString &select, const QVariantList &values);
} // namespace sql

} // namespace dd
