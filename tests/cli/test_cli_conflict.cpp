// A command-line edit that meets a row another desk changed since it read it (issue 18): the
// other desk's transaction holds the row while the program reads and writes, and commits while
// the program's write waits. The program refuses in Vietnamese with both values, exits non-zero
// and writes nothing; --overwrite writes it. Runs as "cli@pg" only ([server]): on a file the
// program keeps one writer (its lock), so two desks never meet there.
#include "support/storesupport.h"
#include "support/testsupport.h"

#include "storage/serveraddress.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <memory>

namespace {

QSqlDatabase connect(const QString &uri, const QString &name)
{
    const auto address = dd::ServerAddress::parse(uri);
    REQUIRE(address);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(address->host);
    db.setPort(address->port);
    db.setUserName(address->user);
    db.setDatabaseName(address->database);
    REQUIRE(db.open());
    return db;
}

QString value(QSqlDatabase &db, const QString &select)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(select));
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("cli: a quota edit meeting a quota another desk changed since the program read it is "
          "refused in Vietnamese with both values and writes nothing, --overwrite writes it",
          "[server]")
{
    testsupport::SampleData data;
    QSqlDatabase other = connect(data.path, QStringLiteral("otherDesk"));
    QSqlDatabase watch = connect(data.path, QStringLiteral("watch"));
    const QString part = QStringLiteral(
        "FROM event_units WHERE unit_id = (SELECT id FROM units WHERE name = 'Huyện đoàn Dương "
        "Minh Châu')");
    REQUIRE(value(watch, QStringLiteral("SELECT quota ") + part) == QStringLiteral("22"));

    // The other desk sets `theirs` and commits only once the program, having read the quota,
    // waits to write it.
    auto raceOtherDesk = [&](int theirs, const QStringList &options) {
        REQUIRE(other.transaction());
        QSqlQuery change(other);
        REQUIRE(change.exec(QStringLiteral("UPDATE event_units SET quota = %1, row_version = "
                                           "row_version + 1 ")
                                .arg(theirs)
                            + part.mid(part.indexOf(QLatin1String("WHERE")))));
        REQUIRE(change.numRowsAffected() == 1);
        auto *cli = new QProcess;
        cli->start(QStringLiteral(DD_APP_EXE),
                   QStringList { QStringLiteral("--lang"), QStringLiteral("vi"),
                                 QStringLiteral("--db"), data.path, QStringLiteral("unit"),
                                 QStringLiteral("set"),
                                 QStringLiteral("Huyện đoàn Dương Minh Châu"),
                                 QStringLiteral("--quota"), QStringLiteral("30") }
                       + options);
        REQUIRE(cli->waitForStarted());
        QElapsedTimer waited;
        waited.start();
        while (value(watch,
                     QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                    "current_database() AND wait_event_type = 'Lock'"))
                   != QStringLiteral("1")
               && waited.elapsed() < 60000)
            QThread::msleep(20);
        REQUIRE(waited.elapsed() < 60000);
        REQUIRE(other.commit());
        REQUIRE(cli->waitForFinished(60000));
        return std::unique_ptr<QProcess>(cli);
    };

    const auto refused = raceOtherDesk(25, {});
    CHECK(refused->exitCode() != 0);
    CHECK(QString::fromUtf8(refused->readAllStandardError())
          == QStringLiteral("dialoguedesk: Bàn khác đã sửa chỉ tiêu của Huyện đoàn Dương Minh "
                            "Châu sau khi bạn đọc; chưa có gì thay đổi. Bạn đã đọc “22”; giá trị "
                            "của họ: “25” / giá trị của bạn: “30”.\n"));
    CHECK(value(watch, QStringLiteral("SELECT quota || ' / ' || quota_note ") + part)
          == QStringLiteral("25 / đồng chí trong Ban Chấp hành các Chi đoàn, Chi hội"));

    // The same race with --overwrite: the program writes its value over theirs.
    const auto overwritten = raceOtherDesk(26, { QStringLiteral("--overwrite") });
    CHECK(overwritten->exitCode() == 0);
    CHECK(value(watch, QStringLiteral("SELECT quota || ' / ' || quota_note ") + part)
          == QStringLiteral("30 / đồng chí trong Ban Chấp hành các Chi đoàn, Chi hội"));
}
