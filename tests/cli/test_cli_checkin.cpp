// `checkin` at the door, through the built executable: by the code printed on a letter, by
// number, by full name; a second scan, namesakes, mistyped and foreign codes, --undo, and the
// lists that show it (`list attendees --checked-in --codes`).
#include "support/testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

using testsupport::ProcessResult;
using testsupport::SampleData;

namespace {

// The sample event plus a list from Huyện đoàn Dương Minh Châu with two namesakes of
// different birth years (two people, DOMAIN.md's rule) and one woman whose name is hers alone.
struct Door : SampleData
{
    Door()
        : SampleData(QStringLiteral("door.sqlite"))
    {
        const QString csv = dir.filePath(QStringLiteral("dmc.csv"));
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("STT,Họ và tên,Năm sinh,Chức vụ,Đơn vị công tác\n"
                "1,Lê Thị Hoa,1995,Bí thư Chi đoàn,Công ty TNHH Hoa Sen\n"
                "2,Trần Văn Bình,1990,Phó Bí thư Chi đoàn,Công ty CP Cao su\n"
                "3,Trần Văn Bình,1998,Đoàn viên,Công ty CP Cao su\n");
        f.close();
        const ProcessResult r
            = run({ QStringLiteral("import"), QStringLiteral("attendees"), csv,
                    QStringLiteral("--unit"), QStringLiteral("Huyện đoàn Dương Minh Châu") });
        REQUIRE(r.exitCode == 0);
    }

    // The imported people by full name and birth year: {id, code, checked_in, desk}.
    struct Row
    {
        QString id, code, checkedIn, desk;
    };
    QHash<QString, Row> people(const QStringList &options = {}) const
    {
        const ProcessResult r
            = run(QStringList { QStringLiteral("list"), QStringLiteral("attendees"),
                                QStringLiteral("--codes") }
                  + options);
        REQUIRE(r.exitCode == 0);
        const QStringList lines
            = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList header = lines.first().split(QLatin1Char('\t'));
        REQUIRE(header.last() == QStringLiteral("code"));
        auto col = [&](const char *name) {
            const auto i = header.indexOf(QLatin1String(name));
            REQUIRE(i >= 0);
            return i;
        };
        QHash<QString, Row> rows;
        for (const QString &line : lines.mid(1)) {
            const QStringList c = line.split(QLatin1Char('\t'));
            REQUIRE(c.size() == header.size());
            if (c.at(col("full_name")).isEmpty())
                continue;
            rows.insert(c.at(col("full_name")) + QLatin1Char(' ') + c.at(col("birth_year")),
                        { c.at(col("id")), c.at(col("code")), c.at(col("checked_in")),
                          c.at(col("checked_in_desk")) });
        }
        return rows;
    }
    ProcessResult checkin(const QStringList &args) const
    {
        return run(QStringList { QStringLiteral("checkin") } + args);
    }
};

QString out(const ProcessResult &r)
{
    return QString::fromUtf8(r.out);
}
QString err(const ProcessResult &r)
{
    return QString::fromUtf8(r.err);
}

} // namespace

TEST_CASE("checkin: the code on the letter checks the person in once, with the desk",
          "[cli][checkin]")
{
    Door d;
    auto before = d.people();
    const Door::Row hoa = before.value(QStringLiteral("Lê Thị Hoa 1995"));
    // The sample event is event 1: "1-<id>-<check digit>".
    REQUIRE(
        QRegularExpression(QStringLiteral("^1-%1-[0-9]$").arg(hoa.id)).match(hoa.code).hasMatch());
    CHECK(hoa.checkedIn.isEmpty());

    ProcessResult r = d.checkin({ hoa.code, QStringLiteral("--desk"), QStringLiteral("Bàn 1") });
    CHECK(r.exitCode == 0);
    CHECK(out(r) == QStringLiteral("Checked in: Lê Thị Hoa (Huyện đoàn Dương Minh Châu)\n"));

    auto after = d.people({ QStringLiteral("--checked-in") });
    REQUIRE(after.keys() == QStringList { QStringLiteral("Lê Thị Hoa 1995") });
    const Door::Row checked = after.value(QStringLiteral("Lê Thị Hoa 1995"));
    CHECK_FALSE(checked.checkedIn.isEmpty());
    CHECK(checked.desk == QStringLiteral("Bàn 1"));

    // The same letter scanned again at another desk, or the name typed without quotes: told
    // when and where, nothing changes, the exit code says it was not done.
    const QString time = checked.checkedIn.mid(11, 5); // "YYYY-MM-DD HH:MM…"
    for (const QStringList &again :
         { QStringList { hoa.code, QStringLiteral("--desk"), QStringLiteral("Bàn 2") },
           QStringList { QStringLiteral("lê"), QStringLiteral("thi"), QStringLiteral("HOA") } }) {
        r = d.checkin(again);
        CHECK(r.exitCode == 1);
        CHECK(out(r).isEmpty());
        CHECK(err(r)
              == QStringLiteral("Lê Thị Hoa has already checked in at %1 at the desk “Bàn 1”.\n")
                     .arg(time));
    }
    CHECK(d.people({ QStringLiteral("--checked-in") }).value(QStringLiteral("Lê Thị Hoa 1995")).desk
          == QStringLiteral("Bàn 1"));

    r = d.checkin({ hoa.id, QStringLiteral("--undo") });
    CHECK(r.exitCode == 0);
    CHECK(out(r)
          == QStringLiteral("Check-in taken back: Lê Thị Hoa (Huyện đoàn Dương Minh Châu)\n"));
    CHECK(d.people({ QStringLiteral("--checked-in") }).isEmpty());
    const Door::Row undone = d.people().value(QStringLiteral("Lê Thị Hoa 1995"));
    CHECK(undone.checkedIn.isEmpty());
    CHECK(undone.desk.isEmpty());
}

TEST_CASE("checkin: a seat the sample knows by its office only is named by the office",
          "[cli][checkin]")
{
    Door d;
    // The seed names the chair by post only ("Đại diện lãnh đạo Tỉnh đoàn"); the sample's
    // person 1.
    ProcessResult r = d.checkin({ QStringLiteral("1") });
    CHECK(r.exitCode == 0);
    CHECK(out(r)
          == QStringLiteral("Checked in: Đại diện lãnh đạo Tỉnh đoàn (Tỉnh đoàn Tây Ninh)\n"));
    r = d.checkin({ QStringLiteral("1") });
    CHECK(r.exitCode == 1);
    CHECK(err(r).startsWith(
        QStringLiteral("Đại diện lãnh đạo Tỉnh đoàn has already checked in at ")));
    r = d.checkin({ QStringLiteral("2"), QStringLiteral("--undo") });
    CHECK(r.exitCode == 1);
    CHECK(err(r) == QStringLiteral("Bí thư Huyện đoàn Dương Minh Châu has not checked in.\n"));
}

TEST_CASE("checkin: namesakes, wrong and foreign codes, unknown people change nothing",
          "[cli][checkin]")
{
    Door d;
    const auto people = d.people();
    const Door::Row older = people.value(QStringLiteral("Trần Văn Bình 1990"));
    const Door::Row younger = people.value(QStringLiteral("Trần Văn Bình 1998"));
    REQUIRE_FALSE(older.id.isEmpty());
    REQUIRE_FALSE(younger.id.isEmpty());

    ProcessResult r = d.checkin({ QStringLiteral("Trần Văn Bình") });
    CHECK(r.exitCode == 1);
    // The numbers in the repository's order, whichever comes first.
    const QRegularExpression namesakes(QStringLiteral(
        "^2 people are called “Trần Văn Bình” \\(numbers (\\d+), (\\d+)\\): check in by "
        "number or code\\.\nNothing was changed\\.\n$"));
    const QRegularExpressionMatch m = namesakes.match(err(r));
    REQUIRE(m.hasMatch());
    CHECK(QSet<QString> { m.captured(1), m.captured(2) } == QSet<QString> { older.id, younger.id });

    // The last digit of a code changed: refused as misread.
    QString wrong = older.code;
    wrong.back() = QChar(u'0' + (wrong.back().digitValue() + 1) % 10);
    r = d.checkin({ wrong });
    CHECK(r.exitCode == 1);
    CHECK(err(r).startsWith(
        QStringLiteral("The code %1 is not right: a digit was mistyped or misread.").arg(wrong)));

    // Event 2 does not exist in this file; "2-5-5" is a well-formed code of it ("205": 5·2=10→1,
    // 0, 2·2=4 → 5 → 5).
    r = d.checkin({ QStringLiteral("2-5-5") });
    CHECK(r.exitCode == 1);
    CHECK(err(r)
          == QStringLiteral("The code 2-5-5 belongs to another event.\nNothing was changed.\n"));

    r = d.checkin({ QStringLiteral("99999") });
    CHECK(err(r)
          == QStringLiteral("No one of this event has the number 99999.\nNothing was changed.\n"));
    r = d.checkin({ QStringLiteral("Nguyễn Văn Không Có") });
    CHECK(err(r)
          == QStringLiteral("No one of this event is called “Nguyễn Văn Không Có”.\nNothing was "
                            "changed.\n"));

    // One unknown among several numbers: nobody is checked in.
    r = d.checkin({ older.id, younger.id, QStringLiteral("99999") });
    CHECK(r.exitCode == 1);
    CHECK(d.people({ QStringLiteral("--checked-in") }).isEmpty());

    // Both by number at once.
    r = d.checkin({ older.id, younger.code });
    CHECK(r.exitCode == 0);
    CHECK(d.people({ QStringLiteral("--checked-in") }).size() == 2);
}

TEST_CASE("checkin: speaks Vietnamese without --lang, and its options are refused elsewhere",
          "[cli][checkin]")
{
    Door d;
    const Door::Row hoa = d.people().value(QStringLiteral("Lê Thị Hoa 1995"));
    ProcessResult r = testsupport::runApp(
        { QStringLiteral("--db"), d.path, QStringLiteral("checkin"), hoa.code });
    CHECK(r.exitCode == 0);
    CHECK(out(r) == QStringLiteral("Đã điểm danh: Lê Thị Hoa (Huyện đoàn Dương Minh Châu)\n"));
    r = testsupport::runApp({ QStringLiteral("--db"), d.path, QStringLiteral("checkin"), hoa.id });
    CHECK(r.exitCode == 1);
    CHECK(err(r).startsWith(QStringLiteral("Lê Thị Hoa đã điểm danh lúc ")));

    r = d.run({ QStringLiteral("list"), QStringLiteral("questions"), QStringLiteral("--codes") });
    CHECK(r.exitCode == 2);
    r = d.checkin({});
    CHECK(r.exitCode == 2);
}
