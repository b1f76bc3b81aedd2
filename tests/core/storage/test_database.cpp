#include "support/testsupport.h"

#include "edit/commands.h"
#include "services/sampleevent.h"
#include "session/session.h"
#include "storage/attendeerepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/questionrepository.h"
#include "storage/unitrepository.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

#include <tuple>

using dd::Database;

namespace {

// A connection of "another program": plain QSQLITE, no DialogueDesk code involved.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-test-%1").arg(++s_counter))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        REQUIRE(m_db.open());
    }
    ~RawConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    void exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(m_db);
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    QSqlDatabase m_db;
};

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q = db.query(sql);
    REQUIRE(q.next());
    return q.value(0);
}

// What a refused open must leave exactly as it was: the bytes, the modification time and the
// files beside it (no -wal, -shm or .lock left over).
struct FileState
{
    QByteArray sha256;
    qint64 size = -1;
    QDateTime modified;
    QStringList folder;
};

FileState stateOf(const QString &path)
{
    FileState s;
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    s.sha256 = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    s.size = f.size();
    s.modified = QFileInfo(path).lastModified();
    s.folder = QDir(QFileInfo(path).absolutePath())
                   .entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    return s;
}

// Sets the modification time into the past, so that any write would show as a new time.
void ageFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.setFileTime(QDateTime(QDate(2020, 12, 4), QTime(8, 0)),
                          QFileDevice::FileModificationTime));
}

void requireUnchanged(const QString &path, const FileState &before)
{
    const FileState after = stateOf(path);
    CHECK(after.sha256 == before.sha256);
    CHECK(after.size == before.size);
    CHECK(after.modified == before.modified);
    CHECK(after.folder == before.folder);
}

void createValidFile(const QString &path, bool withSample = false)
{
    auto r = Database::open(path);
    REQUIRE(r.database);
    if (withSample)
        REQUIRE(dd::createSampleEvent(*r.database));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// Opens (read-write and read-only) and expects `error` with the file untouched.
void expectRefused(const QString &path, Database::OpenError error)
{
    ageFile(path);
    const FileState before = stateOf(path);
    for (auto access : { Database::Access::ReadWrite, Database::Access::ReadOnly }) {
        auto r = Database::open(path, access);
        CHECK_FALSE(r.database);
        CHECK(r.error == error);
        CHECK_FALSE(r.message.isEmpty());
        CHECK(r.message.contains(QFileInfo(path).fileName()));
        requireUnchanged(path, before);
    }
}

} // namespace

TEST_CASE("a new file gets the schema, the application id, WAL and foreign keys", "[database]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("dialoguedesk.sqlite"));
    REQUIRE_FALSE(QFile::exists(path));
    {
        auto r = Database::open(path);
        REQUIRE(r.database);
        CHECK(r.error == Database::OpenError::None);
        CHECK(r.created);
        CHECK(r.backupPath.isEmpty());
        Database &db = *r.database;
        CHECK(db.schemaVersion() == Database::kSchemaVersion);
        CHECK(scalar(db, QStringLiteral("PRAGMA user_version")).toInt()
              == Database::kSchemaVersion);
        CHECK(scalar(db, QStringLiteral("PRAGMA application_id")).toInt()
              == Database::kApplicationId);
        CHECK(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString()
              == QStringLiteral("wal"));
        CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
        CHECK(scalar(db, QStringLiteral("PRAGMA page_size")).toInt() == 16384);
        CHECK(db.integrityCheck() == QStringLiteral("ok"));
        for (const char *table : { "events", "plans", "units", "event_units", "attendees",
                                   "questions", "topics", "agenda_items", "tasks",
                                   "document_settings", "document_numbers", "plan_switches" }) {
            INFO(table);
            CHECK(scalar(db,
                         QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                        "AND name = '%1'")
                             .arg(QLatin1String(table)))
                      .toInt()
                  == 1);
        }
        // While it is open, the lock file says so.
        CHECK(QFile::exists(path + QStringLiteral(".lock")));
        dd::Event e;
        e.title = QStringLiteral("Hội nghị đối thoại");
        REQUIRE(dd::EventRepository(db).insert(e));
    }
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));

    // The header on disk is DialogueDesk's.
    const QByteArray header = testsupport::readFile(path).left(100);
    REQUIRE(header.size() == 100);
    CHECK(header.startsWith(QByteArrayLiteral("SQLite format 3")));
    {
        RawConnection raw(path);
        CHECK(raw.value(QStringLiteral("PRAGMA application_id")).toInt()
              == Database::kApplicationId);
        CHECK(raw.value(QStringLiteral("PRAGMA user_version")).toInt() == Database::kSchemaVersion);
    }

    // Re-opening keeps what was written and does not migrate again.
    auto again = Database::open(path);
    REQUIRE(again.database);
    CHECK_FALSE(again.created);
    CHECK(again.backupPath.isEmpty());
    CHECK(again.database->schemaVersion() == Database::kSchemaVersion);
    const auto events = dd::EventRepository(*again.database).list();
    REQUIRE(events.size() == 1);
    CHECK(events.first().title == QStringLiteral("Hội nghị đối thoại"));
}

TEST_CASE("an empty (0-byte) file is initialised", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    writeFile(path, {});
    REQUIRE(QFileInfo(path).size() == 0);
    auto r = Database::open(path);
    REQUIRE(r.database);
    CHECK(r.created);
    CHECK(r.database->schemaVersion() == Database::kSchemaVersion);
    CHECK(scalar(*r.database, QStringLiteral("PRAGMA application_id")).toInt()
          == Database::kApplicationId);
    r.database.reset();
    auto again = Database::open(path);
    REQUIRE(again.database);
    CHECK_FALSE(again.created);
}

TEST_CASE("an in-memory database is private and fully migrated", "[database]")
{
    auto a = Database::open(QStringLiteral(":memory:"));
    auto b = Database::open(QStringLiteral(":memory:"));
    REQUIRE(a.database);
    REQUIRE(b.database);
    CHECK(a.database->schemaVersion() == Database::kSchemaVersion);
    CHECK(scalar(*a.database, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    dd::Unit u;
    u.name = QStringLiteral("Sở Nội vụ");
    REQUIRE(dd::UnitRepository(*a.database).insert(u));
    CHECK(dd::UnitRepository(*a.database).list().size() == 1);
    CHECK(dd::UnitRepository(*b.database).list().isEmpty());
}

TEST_CASE("a file from a newer version is refused and left untouched", "[database][refuse]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    createValidFile(path);
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion + 1));
    }
    expectRefused(path, Database::OpenError::NewerVersion);
    auto r = Database::open(path);
    // The message tells both versions, so the user knows to update the program.
    CHECK(r.message.contains(QString::number(Database::kSchemaVersion + 1)));
    CHECK(r.message.contains(QString::number(Database::kSchemaVersion)));
    RawConnection raw(path);
    CHECK(raw.value(QStringLiteral("PRAGMA user_version")).toInt() == Database::kSchemaVersion + 1);
}

TEST_CASE("another program's SQLite database is refused and left untouched", "[database][refuse]")
{
    QTemporaryDir dir;
    SECTION("application id 0 with its own tables")
    {
        const QString path = dir.filePath(QStringLiteral("danhba.sqlite"));
        {
            RawConnection raw(path);
            raw.exec(QStringLiteral("CREATE TABLE contacts(id INTEGER PRIMARY KEY, name TEXT)"));
            raw.exec(QStringLiteral("INSERT INTO contacts(name) VALUES ('Nguyễn Văn An')"));
            CHECK(raw.value(QStringLiteral("PRAGMA application_id")).toInt() == 0);
        }
        expectRefused(path, Database::OpenError::Foreign);
    }
    SECTION("application id 0, in WAL mode")
    {
        const QString path = dir.filePath(QStringLiteral("wal.sqlite"));
        {
            RawConnection raw(path);
            raw.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
            raw.exec(QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)"));
        }
        REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal")));
        expectRefused(path, Database::OpenError::Foreign);
    }
    SECTION("another application id")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            RawConnection raw(path);
            raw.exec(QStringLiteral("PRAGMA application_id = 305419896"));
            raw.exec(QStringLiteral("CREATE TABLE t(x)"));
        }
        expectRefused(path, Database::OpenError::Foreign);
    }
    SECTION("another application id, even with user_version 1 and our table names")
    {
        const QString path = dir.filePath(QStringLiteral("lookalike.sqlite"));
        {
            RawConnection raw(path);
            raw.exec(QStringLiteral("PRAGMA application_id = 1"));
            raw.exec(QStringLiteral("PRAGMA user_version = 1"));
            raw.exec(QStringLiteral("CREATE TABLE events(id INTEGER PRIMARY KEY, title TEXT)"));
        }
        expectRefused(path, Database::OpenError::Foreign);
    }
}

TEST_CASE("a file that is not SQLite is refused and left untouched", "[database][refuse]")
{
    QTemporaryDir dir;
    SECTION("a CSV text file")
    {
        const QString path = dir.filePath(QStringLiteral("daibieu.csv"));
        writeFile(path,
                  QStringLiteral("STT,Họ và tên,Đơn vị\n1,Nguyễn Văn An,Hòa Thành\n").toUtf8());
        expectRefused(path, Database::OpenError::Foreign);
    }
    SECTION("random bytes")
    {
        const QString path = dir.filePath(QStringLiteral("random.sqlite"));
        QByteArray bytes(16384, Qt::Uninitialized);
        QRandomGenerator gen(20211001);
        for (char &c : bytes)
            c = char(gen.bounded(256));
        writeFile(path, bytes);
        expectRefused(path, Database::OpenError::Foreign);
    }
    SECTION("a short file")
    {
        const QString path = dir.filePath(QStringLiteral("short.sqlite"));
        writeFile(path, QByteArrayLiteral("SQLite format 3"));
        expectRefused(path, Database::OpenError::Foreign);
    }
}

TEST_CASE("a damaged DialogueDesk file is refused and left untouched", "[database][refuse]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        auto r = Database::open(path);
        REQUIRE(r.database);
        Database &db = *r.database;
        const auto eventId = dd::createSampleEvent(db);
        REQUIRE(eventId);
        QList<dd::Attendee> people;
        for (int i = 0; i < 2000; ++i) {
            dd::Attendee a;
            a.eventId = *eventId;
            a.familyName = QStringLiteral("Nguyễn");
            a.middleName = QStringLiteral("Văn");
            a.givenName = QStringLiteral("Người %1").arg(i);
            a.position = QStringLiteral("Ủy viên Ban Chấp hành Chi đoàn doanh nghiệp số %1").arg(i);
            a.phone = QStringLiteral("09%1").arg(10000000 + i);
            people << a;
        }
        dd::Transaction t(db);
        REQUIRE(dd::AttendeeRepository(db).insertMany(people));
        REQUIRE(t.commit());
    }
    const QByteArray original = testsupport::readFile(path);
    // The page size is at offset 16 (big-endian; 1 means 65536).
    int pageSize = (uchar(original.at(16)) << 8) | uchar(original.at(17));
    if (pageSize == 1)
        pageSize = 65536;
    const int pages = int(original.size() / pageSize);
    REQUIRE(pages > 20); // enough pages that the damage is past the header page

    SECTION("middle pages overwritten")
    {
        QByteArray damaged = original;
        for (int p = pages / 3; p < 2 * pages / 3; ++p)
            damaged.replace(qsizetype(p) * pageSize, pageSize, QByteArray(pageSize, '\xFF'));
        writeFile(path, damaged);
        expectRefused(path, Database::OpenError::Corrupt);
    }
    SECTION("every page after the first overwritten")
    {
        QByteArray damaged = original;
        damaged.replace(pageSize, damaged.size() - pageSize,
                        QByteArray(damaged.size() - pageSize, '\xFF'));
        writeFile(path, damaged);
        expectRefused(path, Database::OpenError::Corrupt);
    }
}

TEST_CASE("a DialogueDesk file whose version was reset to 0 is not silently re-created",
          "[database][migrate]")
{
    // A file with our application id and tables but user_version 0 (another tool reset it):
    // the migration runs into the existing tables, fails inside its transaction, and the file
    // keeps its data. No copy is taken for version 0, which no DialogueDesk ever wrote.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reset.sqlite"));
    createValidFile(path, true);
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("PRAGMA user_version = 0"));
    }
    ageFile(path);
    const FileState before = stateOf(path);
    auto r = Database::open(path);
    CHECK_FALSE(r.database);
    CHECK(r.error != Database::OpenError::None);
    CHECK_FALSE(r.message.isEmpty());
    CHECK(r.backupPath.isEmpty());
    requireUnchanged(path, before);
    RawConnection raw(path);
    CHECK(raw.value(QStringLiteral("SELECT count(*) FROM events")).toInt() == 1);
}

namespace {

// Every row of a table as text, in id order: what a migration must carry over unchanged.
QStringList dumpTable(const QString &path, const QString &table)
{
    const QString name = QStringLiteral("dump-%1").arg(QUuid::createUuid().toString());
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)));
        while (q.next()) {
            QStringList cells;
            for (int c = 0; c < q.record().count(); ++c)
                cells << (q.isNull(c) ? QStringLiteral("NULL") : q.value(c).toString());
            rows << cells.join(QLatin1Char('|'));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QString copyVersion1(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("2021.sqlite"));
    REQUIRE(QFile::copy(testsupport::fixture(QStringLiteral("storage/version1.sqlite")), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    return path;
}

} // namespace

// tests/fixtures/storage/version1.sqlite was written by DialogueDesk with schema version 1:
// the sample event, 12 imported people, a substitute (11 replaces 10), a check-in, a walk-in
// and a question linked to the person who sent it.
TEST_CASE("a version 1 file is copied aside, then upgraded with every person and link kept",
          "[database][migrate]")
{
    QTemporaryDir dir;
    const QString path = copyVersion1(dir);
    const QStringList attendees = dumpTable(path, QStringLiteral("attendees"));
    const QStringList questions = dumpTable(path, QStringLiteral("questions"));
    REQUIRE(attendees.size() == 17);
    const FileState before = stateOf(path);

    auto r = Database::open(path);
    REQUIRE(r.database);
    CHECK_FALSE(r.created);
    CHECK(r.database->schemaVersion() == Database::kSchemaVersion);
    CHECK(scalar(*r.database, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);

    // The copy is the file as it was, byte for byte in content, beside it.
    REQUIRE_FALSE(r.backupPath.isEmpty());
    CHECK(QFileInfo(r.backupPath).absolutePath() == QFileInfo(path).absolutePath());
    CHECK(QFileInfo(r.backupPath).fileName().startsWith(QStringLiteral("2021.sqlite.v1-")));
    CHECK(dumpTable(r.backupPath, QStringLiteral("attendees")) == attendees);
    {
        RawConnection copy(r.backupPath);
        CHECK(copy.value(QStringLiteral("PRAGMA user_version")).toInt() == 1);
    }
    CHECK(stateOf(path).sha256 != before.sha256);

    // An older file keeps its page size: changing it would mean rewriting the whole file.
    CHECK(scalar(*r.database, QStringLiteral("PRAGMA page_size")).toInt() == 4096);

    // The upgraded file has the same people, links and question; each person has gained an
    // empty workplace, an empty check-in desk, row version 1 and is no reserve delegate (the
    // last four columns).
    QStringList withWorkplace;
    for (const QString &row : attendees)
        withWorkplace << row + QStringLiteral("|||1|0");
    CHECK(dumpTable(path, QStringLiteral("attendees")) == withWorkplace);
    QStringList lastColumns;
    QSqlQuery columns = r.database->query(QStringLiteral(
        "SELECT name FROM pragma_table_info('attendees') ORDER BY cid DESC LIMIT 4"));
    while (columns.next())
        lastColumns << columns.value(0).toString();
    CHECK(lastColumns
          == QStringList { QStringLiteral("reserve"), QStringLiteral("row_version"),
                           QStringLiteral("checked_in_desk"), QStringLiteral("workplace") });
    // Each question has gained row version 1 and an empty note (version 16).
    QStringList questionsVersioned;
    for (const QString &row : questions)
        questionsVersioned << row + QStringLiteral("|1|");
    CHECK(dumpTable(path, QStringLiteral("questions")) == questionsVersioned);
    CHECK(
        scalar(*r.database, QStringLiteral("SELECT substitute_for_id FROM attendees WHERE id = 11"))
            .toInt()
        == 10);
    CHECK(scalar(*r.database, QStringLiteral("PRAGMA integrity_check")).toString()
          == QStringLiteral("ok"));
    CHECK_FALSE(r.database->query(QStringLiteral("PRAGMA foreign_key_check")).next());
    for (const char *index : { "attendees_event_sort", "attendees_unit", "attendees_substitute" })
        CHECK(scalar(*r.database,
                     QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'")
                         .arg(QLatin1String(index)))
                  .toInt()
              == 1);

    // The rules are the same as before: an unknown role or status is refused, links hold.
    CHECK_FALSE(
        r.database->exec(QStringLiteral("UPDATE attendees SET role = 'boss' WHERE id = 12")));
    CHECK_FALSE(r.database->exec(
        QStringLiteral("UPDATE attendees SET invitation_status = 'maybe' WHERE id = 12")));
    CHECK_FALSE(
        r.database->exec(QStringLiteral("UPDATE attendees SET gender = 'x' WHERE id = 12")));
    CHECK_FALSE(r.database->exec(QStringLiteral("UPDATE attendees SET walk_in = 2 WHERE id = 12")));
    CHECK_FALSE(r.database->exec(QStringLiteral("UPDATE attendees SET reserve = 2 WHERE id = 12")));
    CHECK_FALSE(r.database->exec(
        QStringLiteral("UPDATE attendees SET substitute_for_id = 999 WHERE id = 12")));
    CHECK(r.database->exec(QStringLiteral("UPDATE attendees SET role = 'guest' WHERE id = 12")));
    // Deleting the person replaced still clears the substitute's link, as in version 1.
    CHECK(r.database->exec(QStringLiteral("DELETE FROM attendees WHERE id = 10")));
    CHECK(
        scalar(*r.database, QStringLiteral("SELECT substitute_for_id FROM attendees WHERE id = 11"))
            .isNull());
    // A person of the old file takes a workplace, found by the search.
    dd::AttendeeRepository people(*r.database);
    auto someone = people.get(12);
    REQUIRE(someone);
    CHECK(someone->workplace.isEmpty());
    someone->workplace = QStringLiteral("Chi đoàn Công ty TNHH Giày Da Phước Minh");
    REQUIRE(people.update(*someone).ok());
    CHECK(people.get(12)->workplace == QStringLiteral("Chi đoàn Công ty TNHH Giày Da Phước Minh"));
    CHECK(scalar(*r.database, QStringLiteral("SELECT search_folded FROM attendees WHERE id = 12"))
              .toString()
              .contains(QStringLiteral("chi doan cong ty tnhh giay da phuoc minh")));
    r.database.reset();

    // Opened again: nothing more to do, no second copy.
    auto again = Database::open(path);
    REQUIRE(again.database);
    CHECK(again.backupPath.isEmpty());
}

// Before version 16 the import kept what a list said of a question beyond its fields under
// the text, as a last line "(Lĩnh vực: …; Ghi chú: …)". The upgrade moves that line into the new
// note, for the old rows typed here as that import wrote them, and leaves every other text alone.
TEST_CASE("the upgrade to version 16 moves a kept line under a question's text into its note",
          "[database][migrate]")
{
    QTemporaryDir dir;
    const QString path = copyVersion1(dir);
    struct Row
    {
        int id;
        const char *text, *folded; // as version 1 stored them
        const char *textAfter, *foldedAfter, *noteAfter; // by hand
    };
    const Row rows[] = {
        { 2,
          "Công nhân ở trọ có được hỗ trợ tiền thuê nhà không?\n(Lĩnh vực: Nhà ở cho công nhân; "
          "Ghi chú: Đề nghị trả lời trực tiếp tại hội nghị)",
          "cong nhan o tro co duoc ho tro tien thue nha khong? (linh vuc: nha o cho cong nhan; ghi "
          "chu: de nghi tra loi truc tiep tai hoi nghi)",
          "Công nhân ở trọ có được hỗ trợ tiền thuê nhà không?",
          "cong nhan o tro co duoc ho tro tien thue nha khong?",
          "Lĩnh vực: Nhà ở cho công nhân; Ghi chú: Đề nghị trả lời trực tiếp tại hội nghị" },
        // A question of two lines: only the kept line goes.
        { 3,
          "Sáng kiến lập tủ sách dùng chung.\nMỗi nhà trọ một tủ.\n(Ghi chú: Nộp tại Ban Tổ chức)",
          "sang kien lap tu sach dung chung. moi nha tro mot tu. (ghi chu: nop tai ban to chuc)",
          "Sáng kiến lập tủ sách dùng chung.\nMỗi nhà trọ một tủ.",
          "sang kien lap tu sach dung chung. moi nha tro mot tu.", "Ghi chú: Nộp tại Ban Tổ chức" },
        // A bracket of the asker's own, on its own line or in the text: the question's words.
        { 4, "Công ty có tăng lương không?\n(Câu hỏi của tổ 3: anh Tâm)",
          "cong ty co tang luong khong? (cau hoi cua to 3: anh tam)",
          "Công ty có tăng lương không?\n(Câu hỏi của tổ 3: anh Tâm)",
          "cong ty co tang luong khong? (cau hoi cua to 3: anh tam)", "" },
        { 5, "Đề nghị mở lớp tin học (Ghi chú: buổi tối)",
          "de nghi mo lop tin hoc (ghi chu: buoi toi)",
          "Đề nghị mở lớp tin học (Ghi chú: buổi tối)",
          "de nghi mo lop tin hoc (ghi chu: buoi toi)", "" },
    };
    {
        RawConnection raw(path);
        for (const Row &r : rows)
            raw.exec(QStringLiteral("INSERT INTO questions (id, event_id, text, text_folded) "
                                    "VALUES (%1, 1, '%2', '%3')")
                         .arg(r.id)
                         .arg(QString::fromUtf8(r.text), QString::fromUtf8(r.folded)));
    }
    auto r = Database::open(path);
    REQUIRE(r.database);
    CHECK_FALSE(r.backupPath.isEmpty()); // copied aside first, as every upgrade
    {
        RawConnection copy(r.backupPath);
        CHECK(copy.value(QStringLiteral("SELECT text FROM questions WHERE id = 2")).toString()
              == QString::fromUtf8(rows[0].text));
    }
    for (const Row &row : rows) {
        INFO(row.id);
        QSqlQuery q = r.database->query(
            QStringLiteral("SELECT text, text_folded, note FROM questions WHERE id = %1")
                .arg(row.id));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QString::fromUtf8(row.textAfter));
        CHECK(q.value(1).toString() == QString::fromUtf8(row.foldedAfter));
        CHECK(q.value(2).toString() == QString::fromUtf8(row.noteAfter));
    }
    // The search index follows the text: the note's words no longer find the question.
    dd::QuestionRepository questions(*r.database);
    CHECK(questions.search(1, QStringLiteral("trả lời trực tiếp")).isEmpty());
    CHECK(questions.search(1, QStringLiteral("tiền thuê nhà")) == QList<qint64> { 2 });
    CHECK(questions.search(1, QStringLiteral("tổ 3")) == QList<qint64> { 4 });
    CHECK(questions.get(3)->note == QStringLiteral("Ghi chú: Nộp tại Ban Tổ chức"));
    CHECK(scalar(*r.database, QStringLiteral("PRAGMA integrity_check")).toString()
          == QStringLiteral("ok"));
}

// Each schema version has one upgrade step, for SQLite and for PostgreSQL: two files of one
// number (a placeholder left beside the real step after a merge) would let either run.
TEST_CASE("each schema version has exactly one upgrade step", "[database][migrate]")
{
    for (const QString &folder :
         { QStringLiteral(":/migrations"), QStringLiteral(":/migrations/postgresql") }) {
        const QStringList names
            = QDir(folder).entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
        for (int v = 1; v <= Database::kSchemaVersion; ++v) {
            const QString prefix = QStringLiteral("%1_").arg(v, 4, 10, QLatin1Char('0'));
            INFO(folder.toStdString() << " version " << v);
            CHECK(names.filter(QRegularExpression(QStringLiteral("^") + prefix)).size() <= 1);
        }
        if (folder == QLatin1String(":/migrations"))
            CHECK(names.size() == Database::kSchemaVersion);
    }
}

TEST_CASE("the upgrade stores phone numbers as digits and leaves other text as typed",
          "[database][migrate]")
{
    QTemporaryDir dir;
    const QString path = copyVersion1(dir);
    {
        RawConnection raw(path);
        // As the window of version 1 stored them, by hand.
        const std::pair<int, const char *> typed[] = {
            { 5, "0938 428 213" },          { 6, "+84 912.345.678" },
            { 7, "(0276) 3822-123" },       { 8, "0354123456 / 0276 3822 123" },
            { 9, "0868 111 222 máy lẻ 5" }, { 10, "" },
        };
        for (const auto &[id, phone] : typed)
            raw.exec(QStringLiteral("UPDATE attendees SET phone = '%1' WHERE id = %2")
                         .arg(QString::fromUtf8(phone))
                         .arg(id));
    }
    auto r = Database::open(path);
    REQUIRE(r.database);
    const std::pair<int, const char *> stored[] = {
        { 5, "0938428213" },
        { 6, "0912345678" },
        { 7, "02763822123" },
        { 8, "0354123456 / 0276 3822 123" },
        { 9, "0868 111 222 máy lẻ 5" },
        { 10, "" },
        { 11, "0394555666" },
    };
    for (const auto &[id, phone] : stored) {
        INFO(id);
        CHECK(
            scalar(*r.database, QStringLiteral("SELECT phone FROM attendees WHERE id = %1").arg(id))
                .toString()
            == QString::fromUtf8(phone));
    }
    CHECK(scalar(*r.database, QStringLiteral("SELECT phone FROM units WHERE id = 3")).toString()
          == QStringLiteral("0938428213"));
}

TEST_CASE("a version 1 file opened read-only is read as it is, not upgraded or copied",
          "[database][migrate]")
{
    QTemporaryDir dir;
    const QString path = copyVersion1(dir);
    ageFile(path);
    const FileState before = stateOf(path);
    {
        auto r = Database::open(path, Database::Access::ReadOnly);
        REQUIRE(r.database);
        CHECK(r.backupPath.isEmpty());
        CHECK(r.database->schemaVersion() == 1);
        CHECK(scalar(*r.database, QStringLiteral("SELECT count(*) FROM attendees")).toInt() == 17);
    }
    CHECK(stateOf(path).sha256 == before.sha256);
    CHECK(stateOf(path).modified == before.modified);
    CHECK(QDir(dir.path()).entryList({ QStringLiteral("*.bak.sqlite") }, QDir::Files).isEmpty());
}

TEST_CASE("an upgrade that fails is rolled back and the file keeps version 1",
          "[database][migrate]")
{
    // Another tool left a table in the way of the upgrade's new one.
    QTemporaryDir dir;
    const QString path = copyVersion1(dir);
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("CREATE TABLE attendees_v2 (x)"));
    }
    const QStringList attendees = dumpTable(path, QStringLiteral("attendees"));
    auto r = Database::open(path);
    CHECK_FALSE(r.database);
    CHECK(r.message.contains(QStringLiteral("2")));
    RawConnection raw(path);
    CHECK(raw.value(QStringLiteral("PRAGMA user_version")).toInt() == 1);
    CHECK(dumpTable(path, QStringLiteral("attendees")) == attendees);
    CHECK(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                   "'attendees_substitute'"))
              .toInt()
          == 1);
}

TEST_CASE("a second writer is told the file is in use and may open it read-only",
          "[database][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    auto first = Database::open(path);
    REQUIRE(first.database);
    REQUIRE(dd::createSampleEvent(*first.database));

    auto second = Database::open(path);
    CHECK_FALSE(second.database);
    CHECK(second.error == Database::OpenError::InUse);
    CHECK(second.message.contains(QStringLiteral("shared.sqlite")));

    auto reader = Database::open(path, Database::Access::ReadOnly);
    REQUIRE(reader.database);
    CHECK(reader.database->isReadOnly());
    CHECK(dd::EventRepository(*reader.database).list().size() == 1);
    // SQL writes are refused by SQLite itself ...
    CHECK_FALSE(reader.database->exec(QStringLiteral("DELETE FROM topics")));

    // ... and edits through the session are refused with a message, leaving nothing behind.
    dd::Session session(std::move(reader.database));
    REQUIRE(session.isReadOnly());
    REQUIRE(session.eventId() != 0);
    const int topicsBefore = int(session.questions().topics(session.eventId()).size());
    dd::Topic topic;
    topic.eventId = session.eventId();
    topic.title = QStringLiteral("Nhà ở cho công nhân");
    CHECK_FALSE(session.push(dd::commands::addTopic(&session, topic)));
    CHECK_FALSE(session.lastError().isEmpty());
    CHECK(session.undoStack()->count() == 0);
    CHECK(session.questions().topics(session.eventId()).size() == topicsBefore);
    CHECK(scalar(*first.database, QStringLiteral("SELECT count(*) FROM topics")).toInt()
          == topicsBefore);

    // Once the first program closes the file, it can be opened for writing again.
    first.database.reset();
    auto later = Database::open(path);
    REQUIRE(later.database);
    CHECK_FALSE(later.database->isReadOnly());
}

TEST_CASE("a file copied with its WAL while open (as after a power cut) opens with its data",
          "[database][wal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    const QString image = dir.filePath(QStringLiteral("image.sqlite"));
    auto r = Database::open(path);
    REQUIRE(r.database);
    REQUIRE(dd::createSampleEvent(*r.database));
    // The last action is only in the -wal file: that is what a power cut leaves behind.
    REQUIRE(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    REQUIRE(QFile::copy(path, image));
    REQUIRE(QFile::copy(path + QStringLiteral("-wal"), image + QStringLiteral("-wal")));

    auto reader = Database::open(image, Database::Access::ReadOnly);
    REQUIRE(reader.database);
    CHECK(dd::EventRepository(*reader.database).list().size() == 1);
    reader.database.reset();
    auto opened = Database::open(image);
    REQUIRE(opened.database);
    CHECK_FALSE(opened.created);
    CHECK(dd::EventRepository(*opened.database).list().size() == 1);
    CHECK(dd::AttendeeRepository(*opened.database).count(1) == 5);
    CHECK(opened.database->integrityCheck() == QStringLiteral("ok"));
}

TEST_CASE("opening a missing file read-only fails without creating it", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    auto r = Database::open(path, Database::Access::ReadOnly);
    CHECK_FALSE(r.database);
    CHECK(r.error == Database::OpenError::Io);
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("a transaction rolls back unless committed", "[database][transaction]")
{
    auto r = Database::open(QStringLiteral(":memory:"));
    REQUIRE(r.database);
    Database &db = *r.database;
    dd::UnitRepository units(db);
    QList<unsigned> emitted;
    QObject::connect(&db, &Database::changed,
                     [&](const dd::ChangeSet &c) { emitted << c.tables(); });
    auto unit = [](const char *name) {
        dd::Unit u;
        u.name = QString::fromUtf8(name);
        return u;
    };

    SECTION("destroyed without commit")
    {
        {
            dd::Transaction t(db);
            REQUIRE(t.ok());
            REQUIRE(units.insert(unit("Hội Nông dân tỉnh")));
            CHECK(units.list().size() == 1); // visible inside the transaction
            CHECK(db.transactionDepth() == 1);
        }
        CHECK(db.transactionDepth() == 0);
        CHECK(units.list().isEmpty());
        CHECK(emitted.isEmpty());
    }
    SECTION("committed")
    {
        {
            dd::Transaction t(db);
            REQUIRE(units.insert(unit("Hội Nông dân tỉnh")));
            REQUIRE(units.insert(unit("Sở Nội vụ")));
            CHECK(emitted.isEmpty()); // nothing is announced before the commit
            REQUIRE(t.commit());
            CHECK_FALSE(t.ok());
        }
        CHECK(units.list().size() == 2);
        REQUIRE(emitted.size() == 1);
        CHECK((emitted.first() & unsigned(dd::Entity::Units)) != 0);
    }
    SECTION("nested: the inner rollback undoes only the inner part")
    {
        {
            dd::Transaction outer(db);
            REQUIRE(units.insert(unit("Ban Dân vận Tỉnh ủy")));
            {
                dd::Transaction inner(db);
                REQUIRE(inner.ok());
                CHECK(db.transactionDepth() == 2);
                REQUIRE(units.insert(unit("Ban Tuyên giáo Tỉnh ủy")));
                CHECK(units.list().size() == 2);
            }
            CHECK(db.transactionDepth() == 1);
            CHECK(units.list().size() == 1);
            {
                dd::Transaction inner(db);
                REQUIRE(units.insert(unit("Hội Cựu Chiến binh tỉnh")));
                REQUIRE(inner.commit());
            }
            CHECK(emitted.isEmpty()); // an inner commit is not the end of the action
            REQUIRE(outer.commit());
        }
        CHECK(db.transactionDepth() == 0);
        QStringList names;
        for (const dd::Unit &u : units.list())
            names << u.name;
        names.sort();
        CHECK(names
              == QStringList { QStringLiteral("Ban Dân vận Tỉnh ủy"),
                               QStringLiteral("Hội Cựu Chiến binh tỉnh") });
        CHECK(emitted.size() == 1);
    }
    SECTION("nested: an inner commit is undone by the outer rollback")
    {
        {
            dd::Transaction outer(db);
            {
                dd::Transaction inner(db);
                REQUIRE(units.insert(unit("Ban Tuyên giáo Tỉnh ủy")));
                REQUIRE(inner.commit());
            }
        }
        CHECK(units.list().isEmpty());
        CHECK(emitted.isEmpty());
        // The next action announces only its own change.
        REQUIRE(units.insert(unit("Sở Nội vụ")));
        CHECK(emitted.size() == 1);
    }
    SECTION("a write outside any transaction is announced at once")
    {
        REQUIRE(units.insert(unit("Sở Nội vụ")));
        REQUIRE(emitted.size() == 1);
        CHECK(emitted.first() == unsigned(dd::Entity::Units));
    }
}

TEST_CASE("saveCopy writes a consistent copy and never replaces the open file", "[database][copy]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("main.sqlite"));
    auto r = Database::open(path);
    REQUIRE(r.database);
    Database &db = *r.database;
    const auto eventId = dd::createSampleEvent(db);
    REQUIRE(eventId);
    dd::Attendee a;
    a.eventId = *eventId;
    a.familyName = QStringLiteral("Trần");
    a.givenName = QStringLiteral("Bình");
    REQUIRE(dd::AttendeeRepository(db).insert(a));

    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    const auto saved = db.saveCopy(copy);
    REQUIRE(saved.ok());
    CHECK(QFile::exists(copy));
    CHECK_FALSE(QFile::exists(copy + QStringLiteral(".part")));

    // The original keeps working after the copy.
    a.givenName = QStringLiteral("Cường");
    REQUIRE(dd::AttendeeRepository(db).insert(a));

    auto opened = Database::open(copy);
    REQUIRE(opened.database);
    CHECK_FALSE(opened.created);
    Database &c = *opened.database;
    CHECK(c.integrityCheck() == QStringLiteral("ok"));
    for (const char *table : { "events", "plans", "units", "event_units", "attendees", "topics",
                               "agenda_items", "tasks", "document_settings", "document_numbers" }) {
        INFO(table);
        const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
        const int inCopy = scalar(c, sql).toInt();
        const int inOriginal = scalar(db, sql).toInt();
        if (QLatin1String(table) == QLatin1String("attendees"))
            CHECK(inCopy == inOriginal - 1); // the row added after the copy is not in it
        else
            CHECK(inCopy == inOriginal);
        CHECK(inCopy > 0);
    }
    CHECK(scalar(c, QStringLiteral("PRAGMA application_id")).toInt() == Database::kApplicationId);
    CHECK(scalar(c, QStringLiteral("PRAGMA user_version")).toInt() == Database::kSchemaVersion);

    // Replacing the open file itself is refused, by either spelling of its path.
    for (const QString &self : { path, dir.path() + QStringLiteral("/./main.sqlite") }) {
        const auto refused = db.saveCopy(self);
        CHECK_FALSE(refused.ok());
        CHECK_FALSE(refused.error().isEmpty());
    }
    CHECK(db.integrityCheck() == QStringLiteral("ok"));
    CHECK(dd::AttendeeRepository(db).count(*eventId) == 7);

    // Saving again over the earlier copy (the save dialog has asked) replaces it.
    opened.database.reset();
    REQUIRE(db.saveCopy(copy).ok());
    auto newer = Database::open(copy);
    REQUIRE(newer.database);
    CHECK(dd::AttendeeRepository(*newer.database).count(*eventId) == 7);
}

TEST_CASE("the upgrade makes the people whose note carries the reserve mark reserve delegates, "
          "and takes only the mark out of the note",
          "[database][migrate][reserve]")
{
    QTemporaryDir dir;
    const QString path = copyVersion1(dir);
    {
        RawConnection raw(path);
        // As imports before version 15 wrote the mark: alone, before the list's own note,
        // and (by hand) after another note; and notes that only look alike.
        const std::pair<int, const char *> typed[] = {
            { 8, "Đại biểu dự khuyết" },
            { 9, "Đại biểu dự khuyết; Đơn vị: Xã Truông Mít" },
            { 10, "Đơn vị: Xã Bàu Năng; Đại biểu dự khuyết" },
            { 11, "Dự khuyết nếu cần" },
            { 12, "đại biểu dự khuyết" },
        };
        for (const auto &[id, note] : typed)
            raw.exec(QStringLiteral("UPDATE attendees SET note = '%1' WHERE id = %2")
                         .arg(QString::fromUtf8(note))
                         .arg(id));
    }
    auto r = Database::open(path);
    REQUIRE(r.database);
    REQUIRE_FALSE(r.backupPath.isEmpty()); // copied aside first, as every upgrade
    // Written by hand: id, reserve, note, row version.
    const std::tuple<int, int, const char *, int> expected[] = {
        { 7, 0, "Đơn vị: Xã Suối Đá", 1 },
        { 8, 1, "", 2 },
        { 9, 1, "Đơn vị: Xã Truông Mít", 2 },
        { 10, 1, "Đơn vị: Xã Bàu Năng", 2 },
        { 11, 0, "Dự khuyết nếu cần", 1 },
        { 12, 0, "đại biểu dự khuyết", 1 },
        { 15, 0, "Đăng ký phát biểu; Đơn vị: Xã Phan", 1 },
    };
    for (const auto &[id, reserve, note, version] : expected) {
        INFO(id);
        QSqlQuery q = r.database->query(
            QStringLiteral("SELECT reserve, note, row_version FROM attendees WHERE id = %1")
                .arg(id));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == reserve);
        CHECK(q.value(1).toString() == QString::fromUtf8(note));
        CHECK(q.value(2).toInt() == version);
    }
    CHECK(scalar(*r.database, QStringLiteral("SELECT count(*) FROM attendees WHERE reserve = 1"))
              .toInt()
          == 3);
    // Read through the repository as the window reads them.
    dd::AttendeeRepository people(*r.database);
    CHECK(people.get(8)->reserve);
    CHECK_FALSE(people.get(7)->reserve);
}
