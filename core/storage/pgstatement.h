#pragma once

#include "storage/sqlstatement.h"

#include <QSqlQuery>
#include <QVariantList>

namespace dd {

class Database;

// A statement on a PostgreSQL server, through Qt's QPSQL driver (a server-side prepared
// statement). An insert whose key the server chooses ends in RETURNING, and its key is read
// when it runs.
class PgStatement final : public SqlStatement
{
public:
    // `direct`: a statement the server does not prepare (DDL), run as it is, without values.
    PgStatement(Database &db, QSqlQuery query, bool returnsKey, QString direct = {});

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

    qint64 insertedId() const override { return m_insertedId; }
    const QString &error() const override { return m_error; }

private:
    void startBinding();

    Database &m_db;
    QSqlQuery m_query;
    QVariantList m_values;
    bool m_ran = false;
    bool m_returnsKey;
    QString m_direct;
    qint64 m_insertedId = 0;
    QString m_error;
};

} // namespace dd
