#pragma once

#include "storage/sqlstatement.h"

#include <QVariantList>

namespace dd {

// A statement that runs nowhere: what is bound is kept as values, and its one row is read
// from values. A table description binds a record into it to see the record as column values,
// and reads values back into a record through it (a conflict's "mine over theirs").
class ValueStatement final : public SqlStatement
{
public:
    ValueStatement() = default;
    explicit ValueStatement(QVariantList row)
        : m_values(std::move(row))
    { }

    const QVariantList &values() const { return m_values; }
    // A value as the user reads it: digits, ISO dates, text; NULL as empty.
    static QString display(const QVariant &v);

    void bindInteger(qint64 value) override { m_values << value; }
    void bindText(QStringView value) override { m_values << value.toString(); }
    void bindAscii(QLatin1StringView value) override { m_values << QString(value); }
    void bindBytes(QByteArrayView value) override { m_values << value.toByteArray(); }
    void bindNull() override { m_values << QVariant(); }

    bool exec() override { return true; }
    bool next() override { return false; }
    bool isNull(int column) const override { return !m_values.value(column).isValid(); }
    qint64 integer(int column) const override { return m_values.value(column).toLongLong(); }
    QString text(int column) const override { return m_values.value(column).toString(); }
    bool textEquals(int column, QLatin1StringView value) const override
    {
        return m_values.value(column).toString() == value;
    }
    QByteArray bytes(int column) const override { return m_values.value(column).toByteArray(); }
    qint64 insertedId() const override { return 0; }
    const QString &error() const override { return m_error; }

private:
    QVariantList m_values;
    QString m_error;
};

} // namespace dd
