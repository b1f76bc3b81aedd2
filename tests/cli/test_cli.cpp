// The command line, through the built executable: what a script or a batch file sees.
#include "support/storesupport.h"
#include "support/testsupport.h"

#include "services/sampleevent.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>

using testsupport::ProcessResult;
using testsupport::runApp;
using namespace Qt::StringLiterals;

namespace {

// Every test has its own folder and data file; messages are checked in English (--lang en).
struct DataFile
{
    QTemporaryDir dir;
    QString path = testsupport::onServer() ? testsupport::newServerDatabase()
                                           : dir.filePath(QStringLiteral("test.sqlite"));

    ProcessResult run(QStringList args) const
    {
        args.prepend(path);
        args.prepend(QStringLiteral("--db"));
        args.prepend(QStringLiteral("en"));
        args.prepend(QStringLiteral("--lang"));
        return runApp(args);
    }
};

// A data file holding the 2021 sample event.
struct SampleFile : DataFile
{
    SampleFile()
    {
        const ProcessResult r = run({ QStringLiteral("--sample"), QStringLiteral("check") });
        REQUIRE(r.exitCode == 0);
    }
};

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

// The rows of a tab-separated table (the header is row 0).
QList<QStringList> table(const QByteArray &bytes)
{
    QList<QStringList> rows;
    for (const QString &line : text(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        rows << line.split(QLatin1Char('\t'));
    return rows;
}

int column(const QList<QStringList> &rows, const QString &key)
{
    REQUIRE_FALSE(rows.isEmpty());
    const int i = int(rows.first().indexOf(key));
    REQUIRE(i >= 0);
    return i;
}

QStringList columnValues(const QList<QStringList> &rows, const QString &key)
{
    const int c = column(rows, key);
    QStringList values;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        REQUIRE(rows.at(r).size() == rows.first().size());
        values << rows.at(r).at(c);
    }
    return values;
}

// The command's own messages: lines of the form "dialoguedesk: ...".
QStringList messages(const ProcessResult &r)
{
    QStringList lines;
    for (const QString &line : text(r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (line.startsWith(QLatin1String("dialoguedesk: ")))
            lines << line;
    return lines;
}

} // namespace

TEST_CASE("list events after --sample prints a header row and the sample's title", "[stores]")
{
    DataFile f;
    const ProcessResult r
        = f.run({ QStringLiteral("--sample"), QStringLiteral("list"), QStringLiteral("events") });
    INFO(text(r.err).toStdString());
    REQUIRE(r.exitCode == 0);
    const QList<QStringList> rows = table(r.out);
    REQUIRE(rows.size() == 2);
    CHECK(rows.first().mid(0, 3)
          == QStringList { QStringLiteral("id"), QStringLiteral("title"),
                           QStringLiteral("organiser") });
    CHECK(columnValues(rows, QStringLiteral("title"))
              .first()
              .startsWith(u"Gặp gỡ, đối thoại giữa lãnh đạo Tỉnh đoàn"_s));
    CHECK(columnValues(rows, QStringLiteral("active_plan"))
          == QStringList { QStringLiteral("in-person") });
    CHECK(columnValues(rows, QStringLiteral("attendees")) == QStringList { QStringLiteral("5") });
    CHECK(messages(r).isEmpty()); // nothing went wrong
}

TEST_CASE("list attendees shows the chair and the co-chairs and the staff member", "[stores]")
{
    SampleFile f;
    const ProcessResult r = f.run({ QStringLiteral("list"), QStringLiteral("attendees") });
    REQUIRE(r.exitCode == 0);
    const QList<QStringList> rows = table(r.out);
    const QStringList header {
        QStringLiteral("id"),         QStringLiteral("family_name"), QStringLiteral("middle_name"),
        QStringLiteral("given_name"), QStringLiteral("full_name"),   QStringLiteral("gender"),
        QStringLiteral("birth_year"), QStringLiteral("position"),    QStringLiteral("unit"),
        QStringLiteral("workplace"),  QStringLiteral("phone"),       QStringLiteral("email"),
        QStringLiteral("role"),       QStringLiteral("status"),      QStringLiteral("checked_in")
    };
    CHECK(rows.first().mid(0, header.size()) == header);
    REQUIRE(rows.size() == 6);

    const QStringList roles = columnValues(rows, QStringLiteral("role"));
    CHECK(roles.count(QStringLiteral("co_chair")) == 3);
    CHECK(roles.count(QStringLiteral("chair")) == 1);
    CHECK(roles.count(QStringLiteral("staff")) == 1);
    const QStringList positions = columnValues(rows, QStringLiteral("position"));
    CHECK(positions.contains(u"Bí thư Huyện đoàn Dương Minh Châu"_s));
    CHECK(positions.contains(u"Bí thư Thị đoàn Hòa Thành"_s));
    CHECK(positions.contains(u"Bí thư Thành đoàn thành phố Tây Ninh"_s));

    const int staff = int(roles.indexOf(QStringLiteral("staff"))) + 1;
    const QStringList &hong = rows.at(staff);
    CHECK(hong.at(column(rows, QStringLiteral("family_name"))) == u"Đoàn"_s);
    CHECK(hong.at(column(rows, QStringLiteral("middle_name"))) == u"Thị"_s);
    CHECK(hong.at(column(rows, QStringLiteral("given_name"))) == u"Hồng"_s);
    CHECK(hong.at(column(rows, QStringLiteral("full_name"))) == u"Đoàn Thị Hồng"_s);
    CHECK(hong.at(column(rows, QStringLiteral("gender"))) == QStringLiteral("female"));
    CHECK(hong.at(column(rows, QStringLiteral("unit"))) == u"Ban Tổ chức – Kiểm tra Tỉnh đoàn"_s);
    CHECK(hong.at(column(rows, QStringLiteral("phone"))) == QStringLiteral("0938428213"));
    // The co-chairs' units are named, not numbered.
    CHECK(columnValues(rows, QStringLiteral("unit")).contains(u"Thị đoàn Hòa Thành"_s));
}

TEST_CASE("list attendees --filter uses the window's search rule", "[stores]")
{
    SampleFile f;
    SECTION("a name without accents")
    {
        const ProcessResult r = f.run({ QStringLiteral("list"), QStringLiteral("attendees"),
                                        QStringLiteral("--filter"), QStringLiteral("hong") });
        REQUIRE(r.exitCode == 0);
        const QList<QStringList> rows = table(r.out);
        REQUIRE(rows.size() == 2);
        CHECK(columnValues(rows, QStringLiteral("full_name"))
              == QStringList { u"Đoàn Thị Hồng"_s });
    }
    SECTION("a phone number typed with a space")
    {
        const ProcessResult r = f.run({ QStringLiteral("list"), QStringLiteral("attendees"),
                                        QStringLiteral("--filter"), QStringLiteral("0938 428") });
        REQUIRE(r.exitCode == 0);
        const QList<QStringList> rows = table(r.out);
        REQUIRE(rows.size() == 2);
        CHECK(columnValues(rows, QStringLiteral("full_name"))
              == QStringList { u"Đoàn Thị Hồng"_s });
    }
    SECTION("the unit's name, folded")
    {
        const ProcessResult r = f.run({ QStringLiteral("list"), QStringLiteral("attendees"),
                                        QStringLiteral("--filter"), QStringLiteral("hoa thanh") });
        REQUIRE(r.exitCode == 0);
        const QList<QStringList> rows = table(r.out);
        REQUIRE(rows.size() == 2);
        CHECK(columnValues(rows, QStringLiteral("role"))
              == QStringList { QStringLiteral("co_chair") });
    }
    SECTION("nothing matches: the header alone")
    {
        const ProcessResult r = f.run({ QStringLiteral("list"), QStringLiteral("attendees"),
                                        QStringLiteral("--filter"), QStringLiteral("xyzzy") });
        REQUIRE(r.exitCode == 0);
        CHECK(table(r.out).size() == 1);
    }
    SECTION("--filter does not apply to units")
    {
        const ProcessResult r = f.run({ QStringLiteral("list"), QStringLiteral("units"),
                                        QStringLiteral("--filter"), QStringLiteral("hong") });
        CHECK(r.exitCode == 2);
        CHECK(messages(r).size() == 1);
        CHECK(r.out.isEmpty());
    }
}

TEST_CASE("list units includes the three host units and the seven guest agencies", "[stores]")
{
    SampleFile f;
    const ProcessResult r = f.run({ QStringLiteral("list"), QStringLiteral("units") });
    REQUIRE(r.exitCode == 0);
    const QList<QStringList> rows = table(r.out);
    const QStringList names = columnValues(rows, QStringLiteral("name"));
    const QStringList roles = columnValues(rows, QStringLiteral("role"));
    const QStringList quotas = columnValues(rows, QStringLiteral("quota"));

    const QStringList hosts { u"Huyện đoàn Dương Minh Châu"_s, u"Thị đoàn Hòa Thành"_s,
                              u"Thành đoàn thành phố Tây Ninh"_s };
    const QStringList hostQuotas { QStringLiteral("22"), QStringLiteral("24"),
                                   QStringLiteral("46") };
    for (int i = 0; i < hosts.size(); ++i) {
        const int row = int(names.indexOf(hosts.at(i)));
        REQUIRE(row >= 0);
        CHECK(roles.at(row) == QStringLiteral("host"));
        CHECK(quotas.at(row) == hostQuotas.at(i));
    }
    const QStringList guests { u"Ban Dân vận Tỉnh ủy"_s,
                               u"Ban Tuyên giáo Tỉnh ủy"_s,
                               u"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"_s,
                               u"Sở Nội vụ"_s,
                               u"Hội Cựu Chiến binh tỉnh"_s,
                               u"Hội Nông dân tỉnh"_s,
                               u"Hội Liên hiệp Phụ nữ tỉnh"_s };
    for (const QString &guest : guests) {
        const int row = int(names.indexOf(guest));
        INFO(guest.toStdString());
        REQUIRE(row >= 0);
        CHECK(roles.at(row) == QStringLiteral("guest"));
    }
    CHECK(roles.count(QStringLiteral("host")) == 3);
    CHECK(roles.count(QStringLiteral("guest")) == 7);
}

TEST_CASE("list agenda has the seed's six items and all apply to the active plan", "[stores]")
{
    SampleFile f;
    const ProcessResult r = f.run({ QStringLiteral("list"), QStringLiteral("agenda") });
    REQUIRE(r.exitCode == 0);
    const QList<QStringList> rows = table(r.out);
    CHECK(rows.first().mid(0, 4)
          == QStringList { QStringLiteral("position"), QStringLiteral("start"),
                           QStringLiteral("end"), QStringLiteral("title") });
    CHECK(columnValues(rows, QStringLiteral("title"))
          == QStringList {
              u"Tuyên bố lý do, giới thiệu đại biểu"_s, u"Báo cáo đề dẫn"_s,
              u"Phóng sự các gương đoàn viên tiêu biểu hoặc các cách làm hay trong tập "
              u"hợp thanh niên công nhân của các đơn vị"_s,
              u"Đối thoại trực tiếp"_s, u"Kết luận của chủ trì"_s, u"Kết thúc hội nghị"_s });
    CHECK(columnValues(rows, QStringLiteral("applies")) == QStringList(6, QStringLiteral("yes")));
}

TEST_CASE("list tasks and questions print their tables", "[stores]")
{
    SampleFile f;
    const ProcessResult tasks = f.run({ QStringLiteral("list"), QStringLiteral("tasks") });
    REQUIRE(tasks.exitCode == 0);
    const QList<QStringList> rows = table(tasks.out);
    CHECK(rows.size() == 8);
    CHECK(columnValues(rows, QStringLiteral("owner")).first()
          == u"Ban Tổ chức – Kiểm tra Tỉnh đoàn"_s);

    const ProcessResult questions
        = f.run({ QStringLiteral("list"), QStringLiteral("questions"), QStringLiteral("--status"),
                  QStringLiteral("answered") });
    REQUIRE(questions.exitCode == 0);
    CHECK(table(questions.out).first().first() == QStringLiteral("id"));

    const ProcessResult badStatus = f.run({ QStringLiteral("list"), QStringLiteral("questions"),
                                            QStringLiteral("--status"), QStringLiteral("done") });
    CHECK(badStatus.exitCode == 2);
    REQUIRE(messages(badStatus).size() == 1);
    CHECK(messages(badStatus).first().contains(QStringLiteral("answered")));
}

TEST_CASE("plan show then plan switch online then plan show again", "[stores]")
{
    SampleFile f;
    ProcessResult r = f.run({ QStringLiteral("plan"), QStringLiteral("show") });
    REQUIRE(r.exitCode == 0);
    QString out = text(r.out);
    CHECK(out.contains(u"active plan: in-person (Phương án 1: trực tiếp)"_s));
    CHECK(out.contains(u"venue: Sảnh Trung tâm học tập sinh hoạt thanh thiếu nhi Tây Ninh"_s));
    CHECK(out.contains(QStringLiteral("capacity: 100")));
    CHECK(out.contains(u"venue: Phòng họp Tỉnh đoàn"_s));
    CHECK(out.contains(QStringLiteral("livestream: https://www.facebook.com/TinhDoanTayNinh")));
    CHECK(out.contains(QStringLiteral("switch log: none")));

    r = f.run({ QStringLiteral("plan"), QStringLiteral("switch"), QStringLiteral("online"),
                QStringLiteral("--reason"), u"Chỉ thị 15"_s });
    INFO(text(r.err).toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(text(r.out).contains(QStringLiteral("active plan: online")));

    r = f.run({ QStringLiteral("plan"), QStringLiteral("show") });
    REQUIRE(r.exitCode == 0);
    out = text(r.out);
    CHECK(out.contains(u"active plan: online (Phương án 2: trực tuyến)"_s));
    CHECK_FALSE(out.contains(QStringLiteral("switch log: none")));
    CHECK(out.contains(u"in-person → online\tChỉ thị 15"_s));

    // The events list and the agenda follow the active plan.
    r = f.run({ QStringLiteral("list"), QStringLiteral("events") });
    CHECK(columnValues(table(r.out), QStringLiteral("active_plan"))
          == QStringList { QStringLiteral("online") });
}

TEST_CASE("switching to the plan that is already active fails and changes nothing", "[stores]")
{
    SampleFile f;
    const QByteArray before = testsupport::readFile(f.path);
    const ProcessResult r
        = f.run({ QStringLiteral("plan"), QStringLiteral("switch"), QStringLiteral("in-person"),
                  QStringLiteral("--reason"), QStringLiteral("again") });
    CHECK(r.exitCode == 1);
    REQUIRE(messages(r).size() == 1);
    CHECK(messages(r).first().contains(QStringLiteral("already the active plan")));
    const ProcessResult show = f.run({ QStringLiteral("plan"), QStringLiteral("show") });
    CHECK(text(show.out).contains(QStringLiteral("switch log: none")));
}

TEST_CASE("plan switch needs a plan and a reason")
{
    SampleFile f;
    ProcessResult r
        = f.run({ QStringLiteral("plan"), QStringLiteral("switch"), QStringLiteral("online") });
    CHECK(r.exitCode == 2);
    CHECK(messages(r).size() == 1);
    r = f.run({ QStringLiteral("plan"), QStringLiteral("switch"), QStringLiteral("--reason"),
                QStringLiteral("x") });
    CHECK(r.exitCode == 2);
    r = f.run({ QStringLiteral("plan"), QStringLiteral("switch"), QStringLiteral("hybrid"),
                QStringLiteral("--reason"), QStringLiteral("x") });
    CHECK(r.exitCode == 2);
    CHECK(messages(r).size() == 1);
    r = f.run({ QStringLiteral("plan") });
    CHECK(r.exitCode == 2);
}

TEST_CASE(
    "check on the sample file prints integrity ok and the current schema version and one event")
{
    SampleFile f;
    const ProcessResult r = f.run({ QStringLiteral("check") });
    REQUIRE(r.exitCode == 0);
    const QString out = text(r.out);
    CHECK(out.contains(QStringLiteral("integrity: ok\n")));
    CHECK(out.contains(QStringLiteral("schema version: %1\n").arg(dd::Database::kSchemaVersion)));
    CHECK(out.contains(QStringLiteral("events: 1\n")));
}

TEST_CASE("check on a missing file fails and does not create it")
{
    DataFile f;
    const ProcessResult r = f.run({ QStringLiteral("check") });
    CHECK(r.exitCode == 1);
    REQUIRE(messages(r).size() == 1);
    CHECK(messages(r).first().contains(QStringLiteral("does not exist")));
    CHECK(r.out.isEmpty());
    CHECK_FALSE(QFileInfo::exists(f.path));
    CHECK(QDir(f.dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

TEST_CASE("a command on an event with a mistyped --db fails and leaves no new file behind")
{
    DataFile f;
    const ProcessResult r = f.run({ QStringLiteral("checkin"), QStringLiteral("1") });
    CHECK(r.exitCode == 1);
    REQUIRE(messages(r).size() == 1);
    CHECK(messages(r).first()
          == QStringLiteral("dialoguedesk: The data file “%1” does not exist. Choose one with "
                            "--db FILE, or "
                            "add --sample to create it with the 2021 sample event.")
                 .arg(QDir::toNativeSeparators(QFileInfo(f.path).absoluteFilePath())));
    CHECK(r.out.isEmpty());
    CHECK(QDir(f.dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

TEST_CASE("a foreign file is refused and left byte for byte unchanged")
{
    DataFile f;
    const QByteArray content = "Họ và tên,Đơn vị\nNguyễn Văn A,Hòa Thành\n";
    {
        QFile file(f.path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    for (const QStringList &args :
         { QStringList { QStringLiteral("check") },
           QStringList { QStringLiteral("list"), QStringLiteral("events") },
           QStringList { QStringLiteral("plan"), QStringLiteral("switch"), QStringLiteral("online"),
                         QStringLiteral("--reason"), QStringLiteral("x") },
           QStringList { QStringLiteral("--sample"), QStringLiteral("list"),
                         QStringLiteral("events") } }) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const ProcessResult r = f.run(args);
        CHECK(r.exitCode == 1);
        REQUIRE(messages(r).size() == 1);
        CHECK(messages(r).first().contains(QStringLiteral("not a DialogueDesk data file")));
        CHECK(r.out.isEmpty());
        CHECK(testsupport::readFile(f.path) == content);
        // No lock, journal or copy next to it.
        CHECK(QDir(f.dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
              == QStringList { QStringLiteral("test.sqlite") });
    }
}

TEST_CASE("a file open in the window refuses changes but can be read")
{
    SampleFile f;
    // The window holds this lock while the file is open.
    QLockFile lock(f.path + QStringLiteral(".lock"));
    REQUIRE(lock.tryLock(0));

    ProcessResult r
        = f.run({ QStringLiteral("plan"), QStringLiteral("switch"), QStringLiteral("online"),
                  QStringLiteral("--reason"), QStringLiteral("x") });
    CHECK(r.exitCode == 1);
    REQUIRE(messages(r).size() == 1);
    CHECK(messages(r).first().contains(QStringLiteral("already open")));
    CHECK(messages(r).first().contains(QStringLiteral("window")));

    r = f.run({ QStringLiteral("list"), QStringLiteral("events") });
    CHECK(r.exitCode == 0);
    CHECK(table(r.out).size() == 2);
    r = f.run({ QStringLiteral("check") });
    CHECK(r.exitCode == 0);
    r = f.run({ QStringLiteral("plan"), QStringLiteral("show") });
    CHECK(text(r.out).contains(QStringLiteral("active plan: in-person")));
}

TEST_CASE("a file of a newer version is refused and left unchanged")
{
    SampleFile f;
    QByteArray bytes = testsupport::readFile(f.path);
    REQUIRE(bytes.size() > 100);
    bytes[60] = 0; // SQLite header: user_version, big-endian, at offset 60
    bytes[61] = 0;
    bytes[62] = 0;
    bytes[63] = 99;
    {
        QFile file(f.path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    for (const QStringList &args :
         { QStringList { QStringLiteral("check") },
           QStringList { QStringLiteral("list"), QStringLiteral("events") },
           QStringList { QStringLiteral("plan"), QStringLiteral("switch"), QStringLiteral("online"),
                         QStringLiteral("--reason"), QStringLiteral("x") } }) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const ProcessResult r = f.run(args);
        CHECK(r.exitCode == 1);
        REQUIRE(messages(r).size() == 1);
        CHECK(messages(r).first().contains(QStringLiteral("newer version")));
        CHECK(testsupport::readFile(f.path) == bytes);
    }
}

TEST_CASE("a damaged file is refused and left unchanged")
{
    SampleFile f;
    QByteArray bytes = testsupport::readFile(f.path);
    const int pageSize = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
    REQUIRE(bytes.size() >= 3 * pageSize);
    // Scribble over the second page (a table's b-tree page).
    for (int i = pageSize; i < 2 * pageSize; ++i)
        bytes[i] = char(0xA5);
    {
        QFile file(f.path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    const ProcessResult r = f.run({ QStringLiteral("check") });
    CHECK(r.exitCode == 1);
    REQUIRE(messages(r).size() == 1);
    CHECK(messages(r).first().contains(QStringLiteral("damaged")));
    CHECK(testsupport::readFile(f.path) == bytes);
}

TEST_CASE("wrong command lines fail with one message")
{
    SampleFile f;
    SECTION("unknown command")
    {
        const ProcessResult r = f.run({ QStringLiteral("frobnicate") });
        CHECK(r.exitCode == 2);
        REQUIRE(messages(r).size() == 1);
        CHECK(messages(r).first().contains(QStringLiteral("Unknown command “frobnicate”")));
        CHECK(r.out.isEmpty());
    }
    SECTION("list without a table")
    {
        const ProcessResult r = f.run({ QStringLiteral("list") });
        CHECK(r.exitCode == 2);
        CHECK(messages(r).size() == 1);
    }
    SECTION("list of something unknown")
    {
        const ProcessResult r = f.run({ QStringLiteral("list"), QStringLiteral("people") });
        CHECK(r.exitCode == 2);
        CHECK(messages(r).size() == 1);
    }
    SECTION("an option without its value")
    {
        const ProcessResult r = f.run(
            { QStringLiteral("list"), QStringLiteral("events"), QStringLiteral("--event") });
        CHECK(r.exitCode == 2);
        CHECK(messages(r).size() == 1);
    }
    SECTION("an unknown event")
    {
        const ProcessResult r = f.run({ QStringLiteral("--event"), QStringLiteral("999"),
                                        QStringLiteral("list"), QStringLiteral("attendees") });
        CHECK(r.exitCode == 1);
        REQUIRE(messages(r).size() == 1);
        CHECK(messages(r).first().contains(QStringLiteral("999")));
        CHECK(r.out.isEmpty());
    }
}

TEST_CASE("import, export and print refuse a target they do not know with exit code 2")
{
    DataFile f;
    for (const QString &command :
         { QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("print") }) {
        const ProcessResult r = f.run({ command, QStringLiteral("anything") });
        CHECK(r.exitCode == 2);
        REQUIRE(messages(r).size() == 1);
    }
    CHECK_FALSE(QFileInfo::exists(f.path));
}

TEST_CASE("a file without events: commands that need one say how to get one")
{
    DataFile f;
    // An empty data file, as the window leaves it before the first event is made.
    REQUIRE(dd::Database::open(f.path).database);
    ProcessResult r
        = f.run({ QStringLiteral("plan"), QStringLiteral("switch"), QStringLiteral("online"),
                  QStringLiteral("--reason"), QStringLiteral("x") });
    CHECK(r.exitCode == 1);
    REQUIRE(messages(r).size() == 1);
    CHECK(messages(r).first()
          == QStringLiteral("dialoguedesk: The file “%1” holds no event yet. Create one with event "
                            "new TITLE or in the window, or add --sample to create the 2021 "
                            "sample event.")
                 .arg(QDir::toNativeSeparators(f.path)));

    r = f.run({ QStringLiteral("list"), QStringLiteral("events") });
    CHECK(r.exitCode == 0);
    CHECK(table(r.out).size() == 1);
    r = f.run({ QStringLiteral("list"), QStringLiteral("attendees") });
    CHECK(r.exitCode == 1);
    CHECK(messages(r).size() == 1);
}

TEST_CASE("the --event option chooses among several events", "[stores]")
{
    DataFile f;
    REQUIRE(f.run({ QStringLiteral("--sample"), QStringLiteral("check") }).exitCode == 0);
    // --sample again does not make a second copy of the sample (issue 14.10).
    REQUIRE(f.run({ QStringLiteral("--sample"), QStringLiteral("check") }).exitCode == 0);
    CHECK(columnValues(table(f.run({ QStringLiteral("list"), QStringLiteral("events") }).out),
                       QStringLiteral("id"))
              .size()
          == 1);
    {
        // A second event, made as a copy of the sample in the file.
        auto opened = dd::Database::open(f.path);
        REQUIRE(opened.database);
        REQUIRE(dd::createSampleEvent(*opened.database));
    }
    const QList<QStringList> events
        = table(f.run({ QStringLiteral("list"), QStringLiteral("events") }).out);
    const QStringList ids = columnValues(events, QStringLiteral("id"));
    REQUIRE(ids.size() == 2);

    ProcessResult r = f.run({ QStringLiteral("--event"), ids.at(1), QStringLiteral("plan"),
                              QStringLiteral("switch"), QStringLiteral("online"),
                              QStringLiteral("--reason"), QStringLiteral("test") });
    REQUIRE(r.exitCode == 0);
    r = f.run({ QStringLiteral("list"), QStringLiteral("events") });
    CHECK(columnValues(table(r.out), QStringLiteral("active_plan"))
          == QStringList { QStringLiteral("in-person"), QStringLiteral("online") });
    // Without --event: the first.
    r = f.run({ QStringLiteral("plan"), QStringLiteral("show") });
    CHECK(text(r.out).contains(QStringLiteral("active plan: in-person")));
}

TEST_CASE("output is UTF-8 without a byte order mark and with diacritics intact", "[stores]")
{
    SampleFile f;
    const ProcessResult r = f.run({ QStringLiteral("list"), QStringLiteral("attendees"),
                                    QStringLiteral("--filter"), QStringLiteral("doan thi hong") });
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(r.out.startsWith("\xEF\xBB\xBF"));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(r.out);
    CHECK_FALSE(decoder.hasError());
    CHECK(decoded == text(r.out));
    CHECK(decoded.contains(u"\tĐoàn\tThị\tHồng\tĐoàn Thị Hồng\t"_s));
    CHECK(decoded.contains(u"Trưởng Ban Tổ chức – Kiểm tra Tỉnh đoàn"_s));
    // The bytes of "Hồng" in NFC UTF-8.
    CHECK(r.out.contains("H\xE1\xBB\x93ng"));
}

TEST_CASE("the --help option lists the commands and --version prints the version")
{
    ProcessResult r
        = runApp({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help") });
    CHECK(r.exitCode == 0);
    const QString help = text(r.out);
    for (const char *word : { "check", "list events|units|attendees|quotas|questions|agenda|tasks",
                              "plan switch in-person|online --reason TEXT", "--db FILE",
                              "mail fetch [--server imap://HOST:PORT/FOLDER|imaps://\u2026] "
                              "[--user U] [--save-lists DIR]" })
        CHECK(help.contains(QString::fromUtf8(word)));
    // No UTF-8 text read as Latin-1 anywhere in the help ("…" shown as "â€¦").
    CHECK_FALSE(help.contains(QChar(0xE2)));
    r = runApp({ QStringLiteral("--version") });
    CHECK(r.exitCode == 0);
    CHECK(text(r.out).startsWith(QStringLiteral("dialoguedesk ")));
}

TEST_CASE("the command line speaks Vietnamese unless --lang en, whatever LANG and the window's "
          "language")
{
    QTemporaryDir dir;
    // The window's preference is English, and so is the system's region.
    const QString config = dir.filePath(QStringLiteral("config"));
    QDir().mkpath(config + QStringLiteral("/DialogueDesk"));
    {
        QFile conf(config + QStringLiteral("/DialogueDesk/DialogueDesk.conf"));
        REQUIRE(conf.open(QIODevice::WriteOnly));
        conf.write("[General]\nlanguage=en\n");
    }
    const auto run = [&](const QStringList &args) {
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DD_APP_EXE), args);
        p.waitForFinished(120000);
        return QString::fromUtf8(p.readAllStandardError());
    };
    // A file that is not there: the message names it, in the language of the command line.
    const QStringList args { QStringLiteral("--db"), dir.filePath(QStringLiteral("none.sqlite")),
                             QStringLiteral("check") };
    const QString plain = run(args);
    const QString vi = run(QStringList { QStringLiteral("--lang"), QStringLiteral("vi") } + args);
    const QString en = run(QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + args);
    REQUIRE_FALSE(plain.isEmpty());
    CHECK(plain == vi);
    CHECK(plain != en);
    // Vietnamese letters, not the English source.
    CHECK(plain.contains(QRegularExpression(QStringLiteral("[ăâđêôơưĂÂĐÊÔƠƯ]"))));
}
