#include "storage/pgstatement.h"

#include "storage/database.h"
#include "util/logging.h"

#include <QSqlError>

namespace dd {

PgStatement::PgStatement(Database &db, QSqlQuery query, bool returnsKey, QString direct)
    : m_db(db)
    , m_query(std::move(query))
    , m_returnsKey(returnsKey)
    , m_direct(std::move(direct))
{
    // Not forward-only: QPSQL then reads rows one by one from the connection, and another
    // statement run meanwhile (an export looks up each person's unit) would cut the first off.
}

void PgStatement::startBinding()
{
    if (!m_ran)
        return;
    m_values.clear();
    m_ran = false;
}

void PgStatement::bindInteger(qint64 value)
{
    startBinding();
    m_values << QVariant(value);
}

void PgStatement::bindText(QStringView value)
{
    startBinding();
    // A null QString would reach the server as NULL: text columns hold '' for "empty".
    m_values << QVariant(value.isEmpty() ? QStringLiteral("") : value.toString());
}

void PgStatement::bindAscii(QLatin1StringView value)
{
    startBinding();
    m_values << QVariant(value.isEmpty() ? QStringLiteral("") : QString(value));
}

void PgStatement::bindBytes(QByteArrayView value)
{
    startBinding();
    // Not null when empty: the sort key column holds '' for a person without a name.
    m_values << QVariant(value.isEmpty() ? QByteArray("", 0) : value.toByteArray());
}

void PgStatement::bindNull()
{
    startBinding();
    m_values << QVariant();
}

bool PgStatement::exec()
{
    startBinding();
    for (int i = 0; i < m_values.size(); ++i)
        m_query.bindValue(i, m_values.at(i));
    m_ran = true;
    m_error.clear();
    if (!(m_direct.isEmpty() ? m_query.exec() : m_query.exec(m_direct))) {
        m_db.recordError(m_query.lastQuery(), m_query.lastError());
        m_error = m_db.lastError();
        return false;
    }
    if (m_returnsKey)
        m_insertedId = m_query.next() ? m_query.value(0).toLongLong() : 0;
    return true;
}

bool PgStatement::next()
{
    return m_query.next();
}

bool PgStatement::isNull(int column) const
{
    return m_query.isNull(column);
}

qint64 PgStatement::integer(int column) const
{
    return m_query.value(column).toLongLong();
}

QString PgStatement::text(int column) const
{
    return m_query.value(column).toString();
}

bool PgStatement::textEquals(int column, QLatin1StringView value) const
{
    return m_query.value(column).toString() == value;
}

QByteArray PgStatement::bytes(int column) const
{
    return m_query.value(column).toByteArray();
}

} // namespace dd
