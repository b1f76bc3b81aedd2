#pragma once

// The store the suites tagged [stores] run on. ctest runs them twice: on SQLite (":memory:" or
// a file) and, as "<folder>@pg: …" with DD_TEST_STORE=server, on the private PostgreSQL
// cluster scripts/test starts (DD_TEST_SERVER_DIR: its socket folder; see scripts/pgcluster.sh),
// each test case on new empty databases of its own.
#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

#include <catch2/catch.hpp>

namespace testsupport {

inline bool onServer()
{
    return qEnvironmentVariable("DD_TEST_STORE") == QLatin1String("server");
}

// The URI of database `name` on the test cluster.
inline QString serverUri(const QString &name)
{
    return QStringLiteral("postgresql://dd@/%1?host=%2&port=%3")
        .arg(name, qEnvironmentVariable("DD_TEST_SERVER_DIR"),
             qEnvironmentVariable("DD_TEST_SERVER_PORT", QStringLiteral("5499")));
}

// A new empty database on the test cluster; its URI.
inline QString newServerDatabase()
{
    const QString dir = qEnvironmentVariable("DD_TEST_SERVER_DIR");
    REQUIRE(!dir.isEmpty()); // scripts/test starts the cluster and sets it
    static QAtomicInt counter;
    const QString name = QStringLiteral("t%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1))
                             .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    {
        QSqlDatabase admin = QSqlDatabase::contains(QStringLiteral("dd-test-admin"))
            ? QSqlDatabase::database(QStringLiteral("dd-test-admin"))
            : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("dd-test-admin"));
        if (!admin.isOpen()) {
            admin.setHostName(dir);
            admin.setPort(
                qEnvironmentVariable("DD_TEST_SERVER_PORT", QStringLiteral("5499")).toInt());
            admin.setUserName(QStringLiteral("dd"));
            admin.setDatabaseName(QStringLiteral("postgres"));
            INFO(admin.lastError().text().toStdString());
            REQUIRE(admin.open());
        }
        QSqlQuery q(admin);
        // FILE_COPY: quicker than the WAL_LOG default for the small template0.
        const bool made = q.exec(
            QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 STRATEGY FILE_COPY").arg(name));
        INFO(q.lastError().text().toStdString());
        REQUIRE(made);
    }
    return serverUri(name);
}

// Where the suites keep their data: an in-memory SQLite database, or a new server database.
inline QString newStore()
{
    return onServer() ? newServerDatabase() : QStringLiteral(":memory:");
}

} // namespace testsupport
