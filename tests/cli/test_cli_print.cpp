// `dialoguedesk print`, through the built executable: each paper as an A4 PDF with its fonts
// embedded and its Vietnamese texts, checked with poppler's pdfinfo, pdffonts and pdftotext.
#include "support/testsupport.h"

#include "services/sampleevent.h"
#include "storage/attendeerepository.h"
#include "storage/database.h"
#include "storage/unitrepository.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using testsupport::ProcessResult;
using testsupport::runApp;
using namespace Qt::StringLiterals;

namespace {

struct DataFile
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("print.sqlite"));

    ProcessResult run(QStringList args) const
    {
        args = QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"),
                             path }
            + args;
        return runApp(args);
    }
    QString pdf(const QString &name) const { return dir.filePath(name + QStringLiteral(".pdf")); }
    // print <paper> --out <dir>/<out>.pdf [more]
    ProcessResult print(const QString &paper, const QString &out, QStringList more = {}) const
    {
        return run(QStringList { QStringLiteral("print"), paper, QStringLiteral("--out"), pdf(out) }
                   + more);
    }
};

// The 2021 sample event, written by the command line itself.
struct SampleFile : DataFile
{
    SampleFile()
    {
        const ProcessResult r = run({ QStringLiteral("--sample"), QStringLiteral("check") });
        REQUIRE(r.exitCode == 0);
    }
};

// The sample event plus a host unit with `people` members, written through the library (the
// command line has no command to add people one by one).
struct HostUnitFile : DataFile
{
    QStringList names;
    explicit HostUnitFile(int people)
    {
        auto opened = dd::Database::open(path);
        REQUIRE(opened.database);
        dd::Database &db = *opened.database;
        const auto event = dd::createSampleEvent(db);
        REQUIRE(event.ok());
        dd::UnitRepository units(db);
        dd::Unit unit;
        unit.name = u"Chi đoàn Công ty TNHH May mặc Tây Ninh"_s;
        unit.shortName = u"CĐ May Tây Ninh"_s;
        unit.kind = dd::UnitKind::Branch;
        const auto unitId = units.insert(unit);
        REQUIRE(unitId.ok());
        dd::EventUnit part;
        part.eventId = *event;
        part.unitId = *unitId;
        part.role = dd::UnitRole::Host;
        part.quota = people;
        REQUIRE(units.saveEventUnit(part).ok());

        static const char16_t *const family[]
            = { u"Nguyễn", u"Trần", u"Lê", u"Phạm", u"Võ", u"Đặng" };
        static const char16_t *const middle[] = { u"Thị", u"Văn", u"Ngọc", u"Thị Thu" };
        static const char16_t *const given[]
            = { u"Ánh",    u"Bảo", u"Cường", u"Dung",  u"Hạnh", u"Khoa", u"Lộc",  u"Mỹ", u"Nhung",
                u"Phượng", u"Quý", u"Sương", u"Tường", u"Uyên", u"Vĩnh", u"Xuân", u"Yến" };
        dd::AttendeeRepository attendees(db);
        for (int i = 0; i < people; ++i) {
            dd::Attendee a;
            a.eventId = *event;
            a.familyName = QString::fromUtf16(family[i % 6]);
            a.middleName = QString::fromUtf16(middle[i % 4]);
            a.givenName
                = QString::fromUtf16(given[i % 17]) + (i >= 17 ? QString::number(i) : QString());
            a.gender = i % 2 ? dd::Gender::Female : dd::Gender::Male;
            a.birthYear = 1995 + i % 8;
            a.position = u"Đoàn viên"_s;
            a.unitId = *unitId;
            a.phone = QStringLiteral("0912%1").arg(i, 6, 10, QLatin1Char('0'));
            REQUIRE(attendees.insert(a).ok());
            names << a.fullName();
        }
    }
};

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

// The "pages: N" line of the command's output.
int reportedPages(const ProcessResult &r)
{
    for (const QString &line : text(r.out).split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("pages: ")))
            return line.mid(7).toInt();
    return -1;
}

// Every font of the PDF is embedded (pdffonts: the "emb" column says yes).
bool allFontsEmbedded(const QString &pdf)
{
    const QStringList lines
        = testsupport::pdfFonts(pdf).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() < 3)
        return false; // no font at all
    const int emb = int(lines.first().indexOf(QLatin1String("emb")));
    for (const QString &line : lines.mid(2))
        if (line.mid(emb, 3) != QLatin1String("yes"))
            return false;
    return true;
}

// pdftotext puts a form feed between pages; -layout may spread a line with several spaces.
QStringList pages(const QString &pdf)
{
    QStringList p = testsupport::pdfText(pdf).split(QLatin1Char('\f'));
    if (!p.isEmpty() && p.last().trimmed().isEmpty())
        p.removeLast();
    return p;
}

// "Tây Ninh, ngày      tháng      năm 2021": no date chosen, the line is left for the pen.
bool blankDate(const QString &text)
{
    return QRegularExpression(QStringLiteral("Tây Ninh, ngày {2,}tháng {2,}năm 2021"))
        .match(text)
        .hasMatch();
}

} // namespace

TEST_CASE("print: each paper of the sample event is an A4 PDF with its texts, undated")
{
    SampleFile f;
    struct Paper
    {
        const char *word;
        QStringList texts; // besides the header, present on every paper
    };
    const QList<Paper> papers {
        { "unit-invitation",
          { u"GIẤY MỜI"_s, u"Thị đoàn Hòa Thành"_s, u"Hoàng Thị Thanh Thúy"_s } },
        { "delegates", { u"DANH SÁCH"_s, u"Đoàn Thị Hồng"_s } },
        { "sign-in", { u"DANH SÁCH"_s, u"Ký tên"_s, u"Thị đoàn Hòa Thành"_s } },
        { "programme", { u"CHƯƠNG TRÌNH"_s } },
        { "notice", { u"THÔNG BÁO"_s, u"Hoàng Thị Thanh Thúy"_s } },
        { "plan", { u"KẾ HOẠCH"_s, u"Hoàng Thị Thanh Thúy"_s, u"Thị đoàn Hòa Thành"_s } },
    };
    for (const Paper &p : papers) {
        const QString word = QLatin1String(p.word);
        INFO(p.word);
        const ProcessResult r = f.print(word, word);
        INFO(text(r.err).toStdString());
        REQUIRE(r.exitCode == 0);
        const QString pdf = f.pdf(word);
        REQUIRE(QFileInfo::exists(pdf));
        CHECK(text(r.out).contains(QDir::toNativeSeparators(QFileInfo(pdf).absoluteFilePath())));
        CHECK(testsupport::pdfInfo(pdf).contains(QLatin1String("(A4)")));
        const int count = testsupport::pdfPageCount(pdf);
        CHECK(count >= 1);
        CHECK(reportedPages(r) == count);
        CHECK(allFontsEmbedded(pdf));
        const QString t = testsupport::pdfText(pdf);
        CHECK(t.contains(u"ĐOÀN TNCS HỒ CHÍ MINH"_s));
        CHECK(t.contains(u"BCH ĐOÀN TỈNH TÂY NINH"_s));
        // Whatever today is, a 2021 paper nobody dated is left blank with its year.
        CHECK(blankDate(t));
        for (const QString &expected : p.texts) {
            INFO(expected.toStdString());
            CHECK(t.contains(expected));
        }
        // Papers that give the meeting's time warn that there is no date yet.
        const bool timed = word == u"unit-invitation"_s || word == u"sign-in"_s
            || word == u"programme"_s || word == u"notice"_s;
        CHECK(text(r.err).contains(u"warning: The event has no date yet"_s) == timed);
    }
    // The sample has no question yet: a summary of none is not printed, said why.
    const ProcessResult none = f.print(QStringLiteral("questions"), QStringLiteral("questions"));
    CHECK(none.exitCode == 1);
    CHECK(text(none.err).contains(u"There is no question to summarise yet"_s));
    CHECK_FALSE(QFileInfo::exists(f.pdf(QStringLiteral("questions"))));
    // The sample names nobody who gets a personal letter: said so, and nothing written.
    const ProcessResult letters = f.print(QStringLiteral("invitation"), QStringLiteral("letters"));
    CHECK(letters.exitCode == 1);
    CHECK(text(letters.err).contains(u"unit letters"_s));
    CHECK_FALSE(QFileInfo::exists(f.pdf(QStringLiteral("letters"))));
}

TEST_CASE("print invitation: twelve people of a host unit get twelve one-page letters")
{
    HostUnitFile f(12);
    // The unit is found by its short name with accents and case ignored.
    const ProcessResult r
        = f.print(QStringLiteral("invitation"), QStringLiteral("letters"),
                  { QStringLiteral("--unit"), QStringLiteral("cd may tay ninh") });
    INFO(text(r.err).toStdString());
    REQUIRE(r.exitCode == 0);
    const QString pdf = f.pdf(QStringLiteral("letters"));
    CHECK(testsupport::pdfPageCount(pdf) == 12);
    CHECK(reportedPages(r) == 12);
    const QStringList letters = pages(pdf);
    REQUIRE(letters.size() == 12);
    for (const QString &name : std::as_const(f.names)) {
        INFO(name.toStdString());
        // One letter to each, by name, on a page of its own.
        CHECK(std::count_if(letters.cbegin(), letters.cend(),
                            [&](const QString &page) { return page.contains(name); })
              == 1);
    }
    for (const QString &page : letters) {
        CHECK(page.contains(u"GIẤY MỜI"_s));
        CHECK(page.contains(u"Chi đoàn Công ty TNHH May mặc Tây Ninh"_s));
        CHECK(page.contains(u"Hoàng Thị Thanh Thúy"_s));
    }

    // The unit's own letter, by its full name without accents.
    const ProcessResult unit = f.print(
        QStringLiteral("unit-invitation"), QStringLiteral("unit"),
        { QStringLiteral("--unit"), QStringLiteral("chi doan cong ty tnhh may mac tay ninh") });
    REQUIRE(unit.exitCode == 0);
    CHECK(testsupport::pdfPageCount(f.pdf(QStringLiteral("unit"))) == 1);
    // "mời 12 đồng chí", wherever the line breaks.
    CHECK(testsupport::pdfText(f.pdf(QStringLiteral("unit")))
              .simplified()
              .contains(u"chọn cử và mời 12 đồng chí tham dự"_s));
}

TEST_CASE("print delegates: a list of 300 repeats its header row on every page")
{
    HostUnitFile f(300);
    const ProcessResult r
        = f.print(QStringLiteral("delegates"), QStringLiteral("list"),
                  { QStringLiteral("--unit"), QStringLiteral("CĐ May Tây Ninh") });
    INFO(text(r.err).toStdString());
    REQUIRE(r.exitCode == 0);
    const QStringList list = pages(f.pdf(QStringLiteral("list")));
    REQUIRE(list.size() >= 5);
    // Every page holding rows of the table (each person's position is "Đoàn viên") starts
    // with the header row; only the signature may stand on a page of its own.
    int withRows = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).contains(u"Đoàn viên"_s))
            continue;
        ++withRows;
        INFO("page " << i + 1 << " of " << list.size() << ":\n"
                     << list.at(i).left(600).toStdString());
        CHECK(list.at(i).contains(u"Họ và tên"_s));
        CHECK(list.at(i).contains(u"STT"_s));
    }
    CHECK(withRows >= 5);
    CHECK(list.join(QString()).contains(f.names.last()));
    // Grouped by role instead: the same people.
    const ProcessResult byRole = f.print(QStringLiteral("delegates"), QStringLiteral("roles"),
                                         { QStringLiteral("--by"), QStringLiteral("role") });
    REQUIRE(byRole.exitCode == 0);
}

TEST_CASE("print --take-number numbers the paper and moves the counter on", "[stores]")
{
    SampleFile f;
    const QString paper = QStringLiteral("unit-invitation");
    const ProcessResult first
        = f.print(paper, QStringLiteral("first"), { QStringLiteral("--take-number") });
    INFO(text(first.err).toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(text(first.out).contains(QStringLiteral("number: 1")));
    // Decree 30: a number below 10 with its leading zero.
    CHECK(testsupport::pdfText(f.pdf(QStringLiteral("first"))).contains(u"Số: 01-GM/TĐTN-VP"_s));

    const ProcessResult second
        = f.print(paper, QStringLiteral("second"), { QStringLiteral("--take-number") });
    REQUIRE(second.exitCode == 0);
    CHECK(testsupport::pdfText(f.pdf(QStringLiteral("second"))).contains(u"Số: 02-GM/TĐTN-VP"_s));

    // Without the option no number is taken: the place is left to fill in by hand.
    const ProcessResult plain = f.print(paper, QStringLiteral("plain"));
    REQUIRE(plain.exitCode == 0);
    CHECK_FALSE(text(plain.out).contains(QStringLiteral("number:")));
    CHECK_FALSE(testsupport::pdfText(f.pdf(QStringLiteral("plain"))).contains(u"Số: 03-"_s));
}

TEST_CASE("print --date dates a paper, the date is kept for it, none leaves it blank", "[stores]")
{
    SampleFile f;
    const ProcessResult dated = f.print(QStringLiteral("programme"), QStringLiteral("dated"),
                                        { QStringLiteral("--date"), QStringLiteral("2021-02-05") });
    INFO(text(dated.err).toStdString());
    REQUIRE(dated.exitCode == 0);
    CHECK(testsupport::pdfText(f.pdf(QStringLiteral("dated")))
              .contains(u"Tây Ninh, ngày 05 tháng 02 năm 2021"_s));
    // Printed again without --date: the same date; another paper is still undated.
    REQUIRE(f.print(QStringLiteral("programme"), QStringLiteral("again")).exitCode == 0);
    CHECK(testsupport::pdfText(f.pdf(QStringLiteral("again")))
              .contains(u"Tây Ninh, ngày 05 tháng 02 năm 2021"_s));
    REQUIRE(f.print(QStringLiteral("plan"), QStringLiteral("plan")).exitCode == 0);
    CHECK(blankDate(testsupport::pdfText(f.pdf(QStringLiteral("plan")))));
    const ProcessResult shown = f.run({ QStringLiteral("event"), QStringLiteral("show") });
    CHECK(text(shown.out).contains(u"  programme\t2021-02-05\t1\n"_s));
    CHECK(text(shown.out).contains(u"  plan\t(blank)\t1\n"_s));
    // --date none: blank again, and from now on.
    REQUIRE(f.print(QStringLiteral("programme"), QStringLiteral("none"),
                    { QStringLiteral("--date"), QStringLiteral("none") })
                .exitCode
            == 0);
    CHECK(blankDate(testsupport::pdfText(f.pdf(QStringLiteral("none")))));
    REQUIRE(f.print(QStringLiteral("programme"), QStringLiteral("later")).exitCode == 0);
    CHECK(blankDate(testsupport::pdfText(f.pdf(QStringLiteral("later")))));
    // A date that is not one is refused, and nothing is written.
    const ProcessResult bad = f.print(QStringLiteral("programme"), QStringLiteral("bad"),
                                      { QStringLiteral("--date"), QStringLiteral("2021-02-30") });
    CHECK(bad.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(f.pdf(QStringLiteral("bad"))));
}

TEST_CASE("print: a letter signed after the deadline for questions warns, one before it does not")
{
    SampleFile f; // questions are asked before 30/08/2021
    const QString late
        = u"warning: The paper is signed on 05/09/2021, after the deadline for "
          u"questions (30/08/2021): it asks for questions before a day that has "
          u"already passed. Move the deadline (event setup) or the signing date.\n"_s;
    for (const char *paper : { "unit-invitation", "notice" }) {
        INFO(paper);
        const QString word = QLatin1String(paper);
        const ProcessResult after
            = f.print(word, word + u"-late"_s, { QStringLiteral("--date"), u"2021-09-05"_s });
        INFO(text(after.err).toStdString());
        REQUIRE(after.exitCode == 0);
        CHECK(text(after.err).contains(u"dialoguedesk: "_s + late));
        // The paper is still written as asked: the clerk decides.
        CHECK(testsupport::pdfText(f.pdf(word + u"-late"_s))
                  .simplified()
                  .contains(u"Tỉnh đoàn trước ngày 30/8/2021"_s));
        const ProcessResult before
            = f.print(word, word + u"-early"_s, { QStringLiteral("--date"), u"2021-08-20"_s });
        REQUIRE(before.exitCode == 0);
        CHECK_FALSE(text(before.err).contains(u"deadline"_s));
    }
    // A paper that asks for no questions has nothing to warn about.
    const ProcessResult programme
        = f.print(u"programme"_s, u"programme"_s, { QStringLiteral("--date"), u"2021-09-05"_s });
    REQUIRE(programme.exitCode == 0);
    CHECK_FALSE(text(programme.err).contains(u"deadline"_s));
}

TEST_CASE("print sign-in: the sheet filled in at the door takes no number")
{
    SampleFile f;
    const ProcessResult r
        = f.print(u"sign-in"_s, u"sign-in"_s, { QStringLiteral("--take-number") });
    INFO(text(r.err).toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(text(r.out).contains(u"number:"_s));
    const QString t = testsupport::pdfText(f.pdf(u"sign-in"_s));
    CHECK(t.contains(u"BCH ĐOÀN TỈNH TÂY NINH"_s));
    CHECK(t.contains(u"DANH SÁCH KÝ TÊN"_s));
    CHECK_FALSE(t.contains(u"Số:"_s));
    // The delegate list, which is issued, still carries its number.
    const ProcessResult list
        = f.print(u"delegates"_s, u"delegates"_s, { QStringLiteral("--take-number") });
    REQUIRE(list.exitCode == 0);
    CHECK(text(list.out).contains(u"number: 1"_s));
    CHECK(testsupport::pdfText(f.pdf(u"delegates"_s)).contains(u"Số: 01-DS/TĐTN-TCKT"_s));
}

TEST_CASE("print --out FILE.odt writes an OpenDocument text with the paper's words")
{
    SampleFile f;
    const QString odt = f.dir.filePath(QStringLiteral("plan.odt"));
    const ProcessResult r
        = f.run({ QStringLiteral("print"), QStringLiteral("plan"), QStringLiteral("--out"), odt,
                  QStringLiteral("--date"), QStringLiteral("2021-07-20") });
    INFO(text(r.err).toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(text(r.out).contains(QStringLiteral("written: ")));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), { QStringLiteral("-p"), odt, QStringLiteral("mimetype") });
    unzip.waitForFinished();
    CHECK(unzip.readAllStandardOutput() == QByteArray("application/vnd.oasis.opendocument.text"));
    unzip.start(QStringLiteral("unzip"),
                { QStringLiteral("-p"), odt, QStringLiteral("content.xml") });
    unzip.waitForFinished();
    const QString content = QString::fromUtf8(unzip.readAllStandardOutput());
    CHECK(content.contains(u"KẾ HOẠCH"_s));
    CHECK(content.contains(u"Tây Ninh, ngày 20 tháng 7 năm 2021"_s));
    CHECK(content.contains(u"Trên đây là Kế hoạch gặp gỡ, đối thoại"_s));
}

TEST_CASE("print questions can be grouped by topic or by agency")
{
    SampleFile f;
    const QString csv = f.dir.filePath(u"questions.csv"_s);
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Đơn vị;Loại;Chủ đề;Ý kiến;Ngày\n"
                   "Dương Minh Châu;Kiến nghị;1;Đề nghị hỗ trợ thành lập Chi đoàn tại doanh "
                   "nghiệp tư nhân.;20/08/2021\n");
    }
    REQUIRE(f.run({ u"import"_s, u"questions"_s, csv }).exitCode == 0);
    for (const QString &by : { QStringLiteral("topic"), QStringLiteral("agency") }) {
        const ProcessResult r
            = f.print(QStringLiteral("questions"), by, { QStringLiteral("--by"), by });
        INFO(text(r.err).toStdString());
        CHECK(r.exitCode == 0);
        REQUIRE(QFileInfo::exists(f.pdf(by)));
        const QString t = testsupport::pdfText(f.pdf(by)).simplified();
        CHECK(t.contains(u"tổng hợp 1 ý kiến, kiến nghị, đề xuất"_s));
        CHECK(t.contains(u"Đề nghị hỗ trợ thành lập Chi đoàn tại doanh nghiệp tư nhân."_s));
        CHECK(t.contains(by == u"topic"_s ? u"phân loại theo chủ đề"_s
                                          : u"phân loại theo cơ quan, đơn vị trả lời"_s));
    }
}

TEST_CASE("print refuses a wrong command line with one line and writes nothing")
{
    SampleFile f;
    const auto oneLine = [](const ProcessResult &r) {
        const QStringList lines = text(r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return lines.size() == 1 && lines.first().startsWith(QLatin1String("dialoguedesk: "));
    };

    const ProcessResult unknown = f.print(QStringLiteral("poster"), QStringLiteral("poster"));
    CHECK(unknown.exitCode != 0);
    CHECK(oneLine(unknown));
    CHECK(text(unknown.err).contains(QStringLiteral("invitation")));
    CHECK_FALSE(QFileInfo::exists(f.pdf(QStringLiteral("poster"))));

    const ProcessResult noOut = f.run({ QStringLiteral("print"), QStringLiteral("delegates") });
    CHECK(noOut.exitCode != 0);
    CHECK(oneLine(noOut));
    CHECK(text(noOut.err).contains(QStringLiteral("--out")));

    const ProcessResult noUnit
        = f.print(QStringLiteral("delegates"), QStringLiteral("nounit"),
                  { QStringLiteral("--unit"), QStringLiteral("Huyện đoàn Không Có") });
    CHECK(noUnit.exitCode == 1);
    CHECK(oneLine(noUnit));
    CHECK_FALSE(QFileInfo::exists(f.pdf(QStringLiteral("nounit"))));

    const ProcessResult badBy = f.print(QStringLiteral("delegates"), QStringLiteral("badby"),
                                        { QStringLiteral("--by"), QStringLiteral("agency") });
    CHECK(badBy.exitCode != 0);
    CHECK(oneLine(badBy));

    // A failed paper leaves an existing file as it was.
    const QString existing = f.pdf(QStringLiteral("existing"));
    {
        QFile file(existing);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    const ProcessResult nobody
        = f.print(QStringLiteral("invitation"), QStringLiteral("existing"),
                  { QStringLiteral("--status"), QStringLiteral("declined") });
    CHECK(nobody.exitCode == 1);
    CHECK(oneLine(nobody));
    CHECK(testsupport::readFile(existing) == QByteArray("keep me"));
}

TEST_CASE("print: the online notice under the in-person plan, and papers dated on the wrong side "
          "of the meeting day, warn")
{
    SampleFile f; // the sample follows the in-person plan (Phương án 1)
    const QString draft = u"dialoguedesk: warning: The online notice belongs to the online plan "
                          u"(Phương án 2: trực tuyến), but the event follows the in-person plan "
                          u"(Phương án 1: trực tiếp): the notice says the meeting is held online. "
                          u"Send it only after switching to the online plan.\n"_s;
    const ProcessResult inPerson = f.print(u"notice"_s, u"notice-1"_s);
    INFO(text(inPerson.err).toStdString());
    REQUIRE(inPerson.exitCode == 0); // written all the same: a draft for a switch
    CHECK(text(inPerson.err).contains(draft));
    REQUIRE(f.run({ u"plan"_s, u"switch"_s, u"online"_s, u"--reason"_s, u"Chỉ thị 15"_s }).exitCode
            == 0);
    const ProcessResult online = f.print(u"notice"_s, u"notice-2"_s);
    REQUIRE(online.exitCode == 0);
    CHECK_FALSE(text(online.err).contains(u"online plan"_s));

    // The meeting on 15/10/2021: a letter signed after it, a report signed before it.
    REQUIRE(f.run({ u"event"_s, u"set"_s, u"--date"_s, u"2021-10-15"_s }).exitCode == 0);
    const ProcessResult late
        = f.print(u"unit-invitation"_s, u"late"_s, { u"--date"_s, u"2021-10-20"_s });
    REQUIRE(late.exitCode == 0);
    CHECK(text(late.err).contains(u"warning: The paper is signed on 20/10/2021, after the day of "
                                  u"the meeting (15/10/2021). Check the signing date.\n"_s));
    const ProcessResult early = f.print(u"report"_s, u"early"_s, { u"--date"_s, u"2021-10-01"_s });
    REQUIRE(early.exitCode == 0);
    CHECK(text(early.err).contains(u"warning: The results report is signed on 01/10/2021, before "
                                   u"the day of the meeting (15/10/2021). Check the signing "
                                   u"date.\n"_s));
    const ProcessResult onTime
        = f.print(u"report"_s, u"on-time"_s, { u"--date"_s, u"2021-10-18"_s });
    REQUIRE(onTime.exitCode == 0);
    CHECK_FALSE(text(onTime.err).contains(u"meeting"_s));
}
