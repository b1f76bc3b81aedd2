#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace dd {

// One prepared statement of the store. Parameters are bound in order, then exec() runs it;
// the rows of a SELECT come one by one from next(), and their columns are read by index.
// The store's dialect makes them (SqlDialect::prepare), so that the repositories and their
// table descriptions bind and read through these calls only, whatever engine is underneath.
class SqlStatement
{
public:
    virtual ~SqlStatement() = default;

    // The next parameter. Text is never bound as NULL: a null string is stored as ''.
    virtual void bindInteger(qint64 value) = 0;
    virtual void bindText(QStringView value) = 0;
    virtual void bindAscii(QLatin1StringView value) = 0;
    virtual void bindBytes(QByteArrayView value) = 0;
    virtual void bindNull() = 0;
    // By the value's type: conditions and one-off statements. An invalid QVariant is NULL.
    void bind(const QVariant &value);
    void bindAll(const QVariantList &values);

    // Runs the statement with the parameters bound since the last run. False when it failed:
    // then error() and the database's lastError() say why, in the user's words. A SELECT's
    // rows are then read with next().
    virtual bool exec() = 0;
    // The next row; false after the last one, or when reading failed (error() is then set).
    virtual bool next() = 0;

    // Columns of the current row.
    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual QString text(int column) const = 0;
    // Whether a text column holds exactly `value` (the keys of enum columns, compared without
    // building a string for each row).
    virtual bool textEquals(int column, QLatin1StringView value) const = 0;
    virtual QByteArray bytes(int column) const = 0;

    // The key the store chose for the row the last exec() inserted.
    virtual qint64 insertedId() const = 0;
    virtual const QString &error() const = 0;
};

} // namespace dd
