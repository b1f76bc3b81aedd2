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
// tidying), the key first (one column, or several for a link table: TableColumn::keyPart). Every
// statement on the table is built from this description by the store's dialect and binds and reads
// through it, so that adding a column is one line in the repository that owns the table (and a
// migration), and no list of values can fall out of step with a list of names.
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
        while (m_keys < m_columns.size() && m_columns.at(m_keys).inKey) {
            m_keyNames << m_columns.at(m_keys).name;
            if (m_columns.at(m_keys).keyOf)
                m_id = int(m_keys);
            ++m_keys;
        }
        Q_ASSERT(m_keys > 0 && (m_keys == 1 || !m_generated));
        for (qsizetype i = m_keys; i < m_columns.size(); ++i) {
            m_names << m_columns.at(i).name;
            if (m_columns.at(i).versionOf)
                m_version = int(i);
        }
    }

    const QString &name() const { return m_name; }
    const QString &keyName() const { return m_columns.first().name; }
    const QStringList &keyNames() const { return m_keyNames; }
    const QStringList &columnNames() const { return m_names; } // after the key

    // Tidies every text value of `r` as its column says (before derived values are computed);
    // tidied() returns the tidied copy.
    void tidy(Record &r) const
    {
        for (const Column &c : m_columns)
            if (c.clean)
                c.clean(r);
    }
    Record tidied(Record r) const
    {
        tidy(r);
        return r;
    }

    // A row a user entered: tidied, inserted, and announced as a change of `entity`.
    Result<qint64> insertTidied(Database &db, Entity entity, const Record &r) const
    {
        const Result<qint64> key = insert(db, tidied(r));
        if (key)
            db.markChanged(entity, *key);
        return key;
    }
    // A user's edit of a row: update() of the tidied row over the tidied `read` (so that a
    // column the edit left alone compares equal to what was read even where the store holds
    // it tidied), then announced as a change of `entity`.
    Status updateTidied(Database &db, Entity entity, const Record &r, const Record *read) const
    {
        std::optional<Record> readTidied;
        if (read)
            readTidied = tidied(*read);
        if (Status s = update(db, tidied(r), readTidied ? &*readTidied : nullptr); !s)
            return s;
        db.markChanged(entity, keyOf(r));
        return {};
    }

    void bindKey(const Written &w, SqlStatement &s) const
    {
        for (qsizetype i = 0; i < m_keys; ++i)
            m_columns.at(i).bind(w, s);
    }
    // Every column after the key, in order.
    void bindColumns(const Written &w, SqlStatement &s) const
    {
        for (qsizetype i = m_keys; i < m_columns.size(); ++i)
            m_columns.at(i).bind(w, s);
    }
    // A row of selectSql(): the key, then the columns.
    void read(Record &r, const SqlStatement &s) const
    {
        for (int i = 0; i < int(m_columns.size()); ++i)
            if (const auto read = m_columns.at(i).read)
                read(r, s, i);
    }
    // The id of the row (for a link table, its key column's; 0 when it has none).
    qint64 keyOf(const Written &w) const { return m_id >= 0 ? m_columns.at(m_id).keyOf(w) : 0; }

    QString selectSql(SqlDialect &dialect) const
    {
        return dialect.selectSql(m_name, m_keyNames, m_names);
    }
    // `rows` rows, keys given.
    QString insertSql(SqlDialect &dialect, int rows = 1) const
    {
        return dialect.insertSql(m_name, m_keyNames, m_names, rows);
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
    // it. Without `read` the row must have `w`'s version and gets the next one, and every column
    // is written; with it, the row must have `read`'s version and gets `w`'s, and only the
    // columns where `w` differs from `read` are written (an undo puts back what its edit changed
    // and leaves the rest, e.g. a check-in this desk made since, as it is).
    Status update(Database &db, const Written &w, const Written *readRow = nullptr) const
    {
        QList<qsizetype> written;
        QStringList names;
        const QVariantList mine = readRow ? values(w) : QVariantList();
        const QVariantList was = readRow ? values(*readRow) : QVariantList();
        for (qsizetype i = m_keys; i < m_columns.size(); ++i) {
            if (!readRow || i == m_version || mine.at(i) != was.at(i)) {
                written << i;
                names << m_columns.at(i).name;
            }
        }
        if (names.isEmpty())
            return {}; // nothing changed, and no version to check
        QString sql = db.dialect().updateSql(m_name, m_keyNames, names);
        if (m_version > 0)
            sql += QStringLiteral(" AND %1 = ? RETURNING %2")
                       .arg(m_columns.at(m_version).name, keyName());
        auto q = db.prepare(sql);
        if (!q)
            return Error(db.lastError());
        const auto versionOf = m_version > 0 ? m_columns.at(m_version).versionOf : nullptr;
        const qint64 expected = !versionOf ? 0 : readRow ? versionOf(*readRow) : versionOf(w);
        for (qsizetype i : std::as_const(written)) {
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
        auto q
            = db.prepare(QStringLiteral("UPDATE %1 SET %2 = %2 + 1 WHERE %3 AND %2 = ? "
                                        "RETURNING %4")
                             .arg(m_name, m_columns.at(m_version).name, keyCondition(), keyName()));
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

    // Whether `a` and `b` hold the same values in every column but the version.
    bool sameColumns(const Written &a, const Written &b) const
    {
        const QVariantList x = values(a);
        const QVariantList y = values(b);
        for (qsizetype i = 0; i < x.size(); ++i)
            if (i != m_version && x.at(i) != y.at(i))
                return false;
        return true;
    }

    // The column values of `w`, the key first (what a conflict compares).
    QVariantList values(const Written &w) const
    {
        ValueStatement v;
        bindKey(w, v);
        bindColumns(w, v);
        return v.values();
    }

    // The write of an edit that read `read` (a row of a table whose key the record gives: the
    // settings of an event, a unit's part in it). `read` with a version: update() over it. A
    // version of 0 means the edit found no row: `w` is inserted, unless another desk added the
    // row since, which is refused like a changed row.
    Status write(Database &db, const Written &w, const Written &read) const
    {
        if (m_version <= 0 || m_columns.at(m_version).versionOf(read) > 0)
            return update(db, w, &read);
        auto q = rowOf(db, w);
        if (!q)
            return Error(db.lastError());
        const bool added = q->next();
        q.reset();
        if (added)
            return conflict(db, w, &read);
        if (const Result<qint64> key = insert(db, w); !key)
            return Error(key.error());
        return {};
    }

    // Inserts `w`, or replaces the columns of the row with its key (and bumps its version:
    // a write that does not check one still tells the other desks the row changed).
    Status upsert(Database &db, const Written &w) const
    {
        auto q = db.prepare(db.dialect().upsertSql(
            m_name, m_keyNames, m_names, m_version > 0 ? m_columns.at(m_version).name : QString()));
        if (!q)
            return Error(db.lastError());
        bindKey(w, *q);
        bindColumns(w, *q);
        if (!q->exec())
            return Error(q->error());
        return {};
    }

    // The row with `w`'s key (a link table's).
    Status removeRow(Database &db, const Written &w) const
    {
        auto q = db.prepare(db.dialect().deleteSql(m_name, m_keyNames));
        if (!q)
            return Error(db.lastError());
        bindKey(w, *q);
        if (!q->exec())
            return Error(q->error());
        return {};
    }

    // The rows of `keys`, with one prepared statement.
    Status remove(Database &db, const QList<qint64> &keys) const
    {
        auto q = db.prepare(db.dialect().deleteSql(m_name, m_keyNames));
        if (!q)
            return Error(db.lastError());
        for (qint64 key : keys) {
            q->bindInteger(key);
            if (!q->exec())
                return Error(q->error());
        }
        return {};
    }

    // The same, announced as a change of `entity` once removed.
    Status remove(Database &db, Entity entity, const QList<qint64> &keys) const
    {
        if (Status s = remove(db, keys); !s)
            return s;
        db.markChanged(entity, keys);
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

    // The stored row with `w`'s key.
    std::optional<Record> find(Database &db, const Written &w) const
    {
        if (auto q = rowOf(db, w); q && q->next()) {
            Record r;
            read(r, *q);
            return r;
        }
        return std::nullopt;
    }

private:
    QString keyCondition() const
    {
        return m_keyNames.join(QStringLiteral(" = ? AND ")) + QStringLiteral(" = ?");
    }
    // selectSql() for the row with `w`'s key, run; nullptr after the database's lastError().
    std::unique_ptr<SqlStatement> rowOf(Database &db, const Written &w) const
    {
        auto q = db.prepare(selectSql(db.dialect()) + QStringLiteral(" WHERE ") + keyCondition());
        if (!q)
            return nullptr;
        bindKey(w, *q);
        if (!q->exec())
            return nullptr;
        return q;
    }

    // The refusal of a write to a row another desk changed or removed since `w` was read.
    Error conflict(Database &db, const Written &w, const Written *readRow) const
    {
        RowConflict c;
        c.table = m_name;
        c.row = keyOf(w);
        auto q = rowOf(db, w);
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
        for (int i = int(m_keys); i < int(m_columns.size()); ++i) {
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
        if (shown >= m_keys) {
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
    qsizetype m_keys = 0; // how many columns the key has
    QStringList m_keyNames;
    int m_id = -1; // index of the key column that names the row (TableColumn::key), if any
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
// Prepares `statement`, binds `values` in order and runs it: the statement, to read its rows
// from, or the error (the database's lastError() is set too).
Result<std::unique_ptr<SqlStatement>> execute(Database &db, const QString &statement,
                                              const QVariantList &values);
} // namespace sql

} // namespace dd
