// Automatic backups (issue 15, point 6): which are kept, what a backup holds, when one is due,
// and a restore that puts back every row and keeps the state it replaced.
#include "support/sessionsupport.h"
#include "support/testsupport.h"

#include "services/sampleevent.h"
#include "storage/attendeerepository.h"
#include "storage/backupretention.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/sqlitebackupstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>

using namespace dd;

namespace {

QDateTime at(const char *text)
{
    const QDateTime t = QDateTime::fromString(QLatin1String(text), Qt::ISODate);
    REQUIRE(t.isValid());
    return t;
}

// Every row of every table of an SQLite file, as text, read with a connection of its own.
QMap<QString, QStringList> allRows(const QString &path)
{
    QMap<QString, QStringList> rows;
    const QString name = QStringLiteral("dump-") + QFileInfo(path).fileName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery tables(db);
        REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE "
                                           "'questions_fts_%' ORDER BY name")));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &table : names) {
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
            QStringList lines;
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i)
                    cells << q.value(i).toString();
                lines << cells.join(QLatin1Char('|'));
            }
            lines.sort();
            rows.insert(table, lines);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

Status addSample(Database &db)
{
    const auto id = createSampleEvent(db);
    return id ? Status() : Status(Error(id.error()));
}

struct SampleFile
{
    QTemporaryDir dir;
    QTemporaryDir appData;
    QString path = dir.filePath(QStringLiteral("hoi-nghi.sqlite"));
    std::unique_ptr<Database> db;
    SampleFile()
    {
        auto r = Database::open(path, Database::Access::ReadWrite, addSample);
        REQUIRE(r.database);
        db = std::move(r.database);
    }
    QString backups() const { return dir.filePath(QStringLiteral("DialogueDesk-backups")); }
};

} // namespace

TEST_CASE("backups kept: the last ten, and the newest of each of the last thirty days", "[backup]")
{
    const QDateTime now = at("2026-12-06T12:00:00");
    // Written by hand, newest first, with whether each is kept.
    const QList<std::pair<const char *, bool>> table = {
        { "2026-12-06T11:00:00", true }, // 1 of the last ten, and today's newest
        { "2026-12-06T10:00:00", true },
        { "2026-12-06T09:00:00", true },
        { "2026-12-06T08:00:00", true },
        { "2026-12-06T07:00:00", true },
        { "2026-12-06T06:00:00", true },
        { "2026-12-06T05:00:00", true },
        { "2026-12-06T04:00:00", true },
        { "2026-12-06T03:00:00", true },
        { "2026-12-06T02:00:00", true }, // 10
        { "2026-12-06T01:00:00", false }, // today has its newest already
        { "2026-12-05T18:00:00", true }, // yesterday's newest
        { "2026-12-05T09:00:00", false },
        { "2026-11-07T23:59:00", true }, // 29 days ago: the thirtieth day
        { "2026-11-06T23:59:00", false }, // 30 days ago
        { "2026-10-27T10:00:00", false },
    };
    QList<QDateTime> times;
    QList<bool> expected;
    for (const auto &[time, kept] : table) {
        times << at(time);
        expected << kept;
    }
    CHECK(BackupRetention::kept(times, now) == expected);
    // Fewer than ten, however old: all kept.
    CHECK(BackupRetention::kept({ at("2020-01-01T10:00:00"), at("2019-05-01T10:00:00") }, now)
          == QList<bool> { true, true });
}

TEST_CASE("a backup lies beside the file and says what it holds", "[backup]")
{
    SampleFile f;
    SqliteBackupStore store(*f.db, f.appData.path(), [] { return at("2026-12-06T09:30:15"); });
    CHECK(store.folder() == f.backups());
    CHECK(store.changedSinceNewest()); // none yet
    const auto taken = store.backupNow();
    REQUIRE(taken);
    CHECK(taken->path == f.backups() + QStringLiteral("/hoi-nghi-20261206-093015.sqlite"));
    CHECK(taken->takenAt == at("2026-12-06T09:30:15"));
    CHECK(taken->size == QFileInfo(taken->path).size());
    CHECK(taken->size > 0);
    // The 2021 plan: one event, the five people it names, no question yet.
    CHECK(taken->events == 1);
    CHECK(taken->people == 5);
    CHECK(taken->questions == 0);
    CHECK_FALSE(store.changedSinceNewest());

    // A second one in the same second gets a name of its own, and lists first.
    const auto again = store.backupNow();
    REQUIRE(again);
    CHECK(again->path == f.backups() + QStringLiteral("/hoi-nghi-20261206-093015-2.sqlite"));
    const auto list = store.list();
    REQUIRE(list);
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).path == again->path);
    CHECK(list->at(1).path == taken->path);
    // Looking at them left nothing beside them.
    CHECK(QDir(f.backups()).entryList(QDir::Files, QDir::Name)
          == QStringList { QStringLiteral("hoi-nghi-20261206-093015-2.sqlite"),
                           QStringLiteral("hoi-nghi-20261206-093015.sqlite") });
    CHECK(allRows(taken->path) == allRows(f.path));
}

TEST_CASE("a change to the file makes a backup due again", "[backup]")
{
    SampleFile f;
    SqliteBackupStore store(*f.db, f.appData.path());
    REQUIRE(store.backupNow());
    CHECK_FALSE(store.changedSinceNewest());
    QThread::msleep(20); // file times in milliseconds
    auto event = EventRepository(*f.db).list().first();
    event.title = QStringLiteral("Hội nghị đối thoại 2022");
    REQUIRE(EventRepository(*f.db).update(event));
    CHECK(store.changedSinceNewest());
}

TEST_CASE("old backups go, and another file's backups in the same folder stay", "[backup]")
{
    SampleFile f;
    QDateTime clock = at("2026-10-01T08:00:00");
    SqliteBackupStore store(*f.db, f.appData.path(), [&clock] { return clock; });
    // One a day for 40 days.
    for (int day = 0; day < 40; ++day) {
        clock = at("2026-10-01T08:00:00").addDays(day);
        REQUIRE(store.backupNow());
    }
    // Another file's backup whose name begins the same way.
    QFile other(f.backups() + QStringLiteral("/hoi-nghi-2-20260101-080000.sqlite"));
    REQUIRE(other.open(QIODevice::WriteOnly));
    other.close();
    const auto list = store.list();
    REQUIRE(list);
    // The clock at the last, 9 November: the thirty days from 11 October on.
    REQUIRE(list->size() == 30);
    CHECK(list->first().takenAt == at("2026-11-09T08:00:00"));
    CHECK(list->last().takenAt == at("2026-10-11T08:00:00"));
    CHECK(QFileInfo::exists(other.fileName()));
}

TEST_CASE("a restore puts back every row and keeps the state it replaced", "[backup]")
{
    SampleFile f;
    QDateTime clock = at("2026-12-06T09:00:00");
    SqliteBackupStore store(*f.db, f.appData.path(), [&clock] { return clock; });
    const auto backup = store.backupNow();
    REQUIRE(backup);
    const QMap<QString, QStringList> saved = allRows(backup->path);
    REQUIRE(saved.value(QStringLiteral("attendees")).size() == 5);

    // Changes after it: a new title, a person removed, a person added.
    EventRepository events(*f.db);
    AttendeeRepository attendees(*f.db);
    Event event = events.list().first();
    const QString title = event.title;
    REQUIRE(title.endsWith(QStringLiteral("tỉnh Tây Ninh năm 2021")));
    event.title = QStringLiteral("Đối thoại đã sửa");
    REQUIRE(events.update(event));
    const auto people = attendees.list(event.id);
    REQUIRE(attendees.remove(people.first().id));
    Attendee added;
    added.eventId = event.id;
    added.familyName = QStringLiteral("Lê");
    added.givenName = QStringLiteral("Na");
    added.phone = QStringLiteral("0912 345 678");
    REQUIRE(attendees.insert(added));
    const QMap<QString, QStringList> changed = allRows(f.path);
    REQUIRE(changed != saved);

    clock = at("2026-12-06T10:00:00");
    const auto before = store.restore(backup->path);
    REQUIRE(before);
    CHECK(before->takenAt == at("2026-12-06T10:00:00"));
    CHECK(allRows(f.path) == saved); // every row of every table
    CHECK(allRows(before->path) == changed);
    // The open connection reads the restored content.
    CHECK(events.list().first().title == title);
    CHECK(attendees.list(event.id).size() == 5);
    CHECK(f.db->integrityCheck() == QStringLiteral("ok"));
    // And the file opens as it should afterwards.
    f.db.reset();
    auto reopened = Database::open(f.path);
    REQUIRE(reopened.database);
    CHECK(reopened.database->schemaVersion() == Database::kSchemaVersion);
    CHECK(allRows(f.path) == saved);
}

TEST_CASE("a restore from a file that is not a backup of ours changes nothing", "[backup]")
{
    SampleFile f;
    SqliteBackupStore store(*f.db, f.appData.path());
    const QMap<QString, QStringList> rows = allRows(f.path);
    const QString text = f.dir.filePath(QStringLiteral("notes.sqlite"));
    QFile t(text);
    REQUIRE(t.open(QIODevice::WriteOnly));
    t.write("Danh sách đại biểu\n");
    t.close();
    const auto r = store.restore(text);
    REQUIRE_FALSE(r);
    CHECK(r.error().startsWith(QStringLiteral("The backup “notes.sqlite” cannot be restored, and "
                                              "nothing was changed: ")));
    CHECK(r.error().contains(QStringLiteral("is not a DialogueDesk data file")));
    const auto missing = store.restore(f.dir.filePath(QStringLiteral("none.sqlite")));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().startsWith(QStringLiteral("There is no backup")));
    CHECK(allRows(f.path) == rows);
    CHECK_FALSE(QFileInfo::exists(f.backups())); // no backup was taken for nothing
}
