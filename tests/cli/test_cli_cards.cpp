// Badges, place cards and envelope labels for the sample with the three district lists
// imported (tests/fixtures/import, 6 + 4 + 4 people written out by hand in
// test_cli_district_lists.cpp): the cards counted per page and every name read back from the
// PDF text.
#include "support/testsupport.h"

#include "domain/attendeecode.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using testsupport::ProcessResult;
using testsupport::SampleData;

namespace {

struct Lists : SampleData
{
    Lists()
        : SampleData(QStringLiteral("cards.sqlite"))
    {
        const auto import = [&](const QString &file, const QStringList &more = {}) {
            const ProcessResult r
                = run(QStringList { QStringLiteral("import"), QStringLiteral("attendees"),
                                    testsupport::fixture(QStringLiteral("import/") + file) }
                      + more);
            INFO(r.err.toStdString());
            REQUIRE(r.exitCode == 0);
        };
        import(QStringLiteral("dmc_merged_openpyxl.xlsx"));
        import(QStringLiteral("ht_line_lo.xlsx"));
        import(QStringLiteral("tp_nosender.csv"),
               { QStringLiteral("--unit"), QStringLiteral("Thành đoàn thành phố Tây Ninh") });
    }
    QString print(const QString &paper, const QStringList &more = {}) const
    {
        const QString pdf = dir.filePath(paper + QStringLiteral(".pdf"));
        const ProcessResult r = run(
            QStringList { QStringLiteral("print"), paper, QStringLiteral("--out"), pdf } + more);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return pdf;
    }
};

// The text of each page of the PDF, spaces collapsed.
QStringList pages(const QString &pdf)
{
    QStringList out = testsupport::pdfText(pdf).split(QLatin1Char('\f'));
    if (!out.isEmpty() && out.last().trimmed().isEmpty())
        out.removeLast();
    for (QString &p : out)
        p = p.simplified();
    return out;
}

const char *const kDmcNames[] = { "Nguyễn Thị Thu Hà", "Lê Văn Tám", "Nguyễn Văn Hùng",
                                  "Trần Thị Ngọc Ánh", "Phạm Quốc Bảo" }; // Hùng twice
const char *const kHtNames[]
    = { "Võ Thị Mỹ Duyên", "Đặng Khoa", "Huỳnh Thanh Tùng", "Nguyễn Văn Hùng" };
const char *const kTpNames[]
    = { "Đặng Thị Ánh", "Trương Công Danh", "Lâm Yến", "Tô Ngọc Bảo Trân" };

} // namespace

TEST_CASE("CLI print badges: eight to a page, every named person who has not declined",
          "[cli][cards]")
{
    Lists d;
    // 14 imported delegates and Đoàn Thị Hồng of the organisers: 8 + 7 badges.
    const QStringList all = pages(d.print(QStringLiteral("badges")));
    REQUIRE(all.size() == 2);
    CHECK(all[0].count(QStringLiteral("ĐẠI BIỂU")) + all[0].count(QStringLiteral("BAN TỔ CHỨC"))
          == 8);
    CHECK(all[1].count(QStringLiteral("ĐẠI BIỂU")) + all[1].count(QStringLiteral("BAN TỔ CHỨC"))
          == 7);
    const QString text = all.join(QLatin1Char(' '));
    CHECK(text.count(QStringLiteral("BAN TỔ CHỨC")) == 1);
    CHECK(text.contains(QStringLiteral("Đoàn Thị Hồng")));
    for (const char *name : kDmcNames)
        CHECK(text.contains(QString::fromUtf8(name)));
    for (const char *name : kHtNames)
        CHECK(text.contains(QString::fromUtf8(name)));
    for (const char *name : kTpNames)
        CHECK(text.contains(QString::fromUtf8(name)));
    CHECK(text.count(QStringLiteral("Nguyễn Văn Hùng")) == 3);

    // One unit: its six people on one sheet, with their position and unit.
    const QStringList dmc = pages(
        d.print(QStringLiteral("badges"),
                { QStringLiteral("--unit"), QStringLiteral("Huyện đoàn Dương Minh Châu") }));
    REQUIRE(dmc.size() == 1);
    CHECK(dmc[0].count(QStringLiteral("ĐẠI BIỂU")) == 6);
    CHECK(dmc[0].count(QStringLiteral("Huyện đoàn Dương Minh Châu")) == 6);
    CHECK(dmc[0].contains(QStringLiteral("Phó Bí thư Chi đoàn")));
    CHECK_FALSE(dmc[0].contains(QStringLiteral("Võ Thị Mỹ Duyên")));

    // A role: the organiser's staff alone.
    const QStringList staff = pages(
        d.print(QStringLiteral("badges"), { QStringLiteral("--role"), QStringLiteral("staff") }));
    REQUIRE(staff.size() == 1);
    CHECK(staff[0].contains(QStringLiteral("BAN TỔ CHỨC Đoàn Thị Hồng")));
    CHECK_FALSE(staff[0].contains(QStringLiteral("ĐẠI BIỂU")));

    const ProcessResult odt
        = d.run({ QStringLiteral("print"), QStringLiteral("badges"), QStringLiteral("--out"),
                  d.dir.filePath(QStringLiteral("b.odt")) });
    CHECK(odt.exitCode != 0);
    CHECK(QString::fromUtf8(odt.err).contains(QStringLiteral("choose a .pdf file")));
}

TEST_CASE("CLI print labels and place cards", "[cli][cards]")
{
    Lists d;
    // Hòa Thành: a label for each of its four people and one for the unit's letter.
    const QStringList ht
        = pages(d.print(QStringLiteral("labels"),
                        { QStringLiteral("--unit"), QStringLiteral("Thị đoàn Hòa Thành") }));
    REQUIRE(ht.size() == 1);
    CHECK(ht[0].count(QStringLiteral("Kính gửi:")) == 5);
    // The two columns of labels share the lines of the text: names are looked for alone.
    CHECK(ht[0].count(QStringLiteral("Đồng chí")) == 4);
    for (const char *name : kHtNames)
        CHECK(ht[0].contains(QStringLiteral("Đồng chí ") + QString::fromUtf8(name)));
    // Four people of the union, each with the branch the letter inside names (the first line
    // of each label: the two columns share the text's lines), and the union's own label.
    for (const char *line : { "Bí thư, Chi đoàn Công ty TNHH Điện tử Hòa Thành, Thị",
                              "Phó Bí thư, Chi đoàn khu phố Long Hải, Thị đoàn Hòa",
                              "Chi hội phó, Chi hội thanh niên công nhân ấp Trường",
                              "Ủy viên BCH, Chi đoàn Công ty Cổ phần Bao bì Hòa" })
        CHECK(ht[0].contains(QString::fromUtf8(line)));
    CHECK(ht[0].endsWith(QStringLiteral("Kính gửi: Thị đoàn Hòa Thành")));

    // All 14 delegates get a letter, so a label: a full sheet of 14 and the unit labels after.
    const QStringList all = pages(d.print(QStringLiteral("labels")));
    REQUIRE(all.size() >= 2);
    CHECK(all[0].count(QStringLiteral("Kính gửi:")) == 14);
    CHECK(all.join(QLatin1Char(' ')).count(QStringLiteral("Đồng chí")) == 14);

    // Place cards are for the front table; with a role asked, for that role: one sheet each,
    // the name on both faces.
    const QStringList cards = pages(d.print(QStringLiteral("place-cards"),
                                            { QStringLiteral("--role"), QStringLiteral("staff") }));
    REQUIRE(cards.size() == 1);
    CHECK(cards[0].count(QStringLiteral("Đoàn Thị Hồng"))
              + cards[0].count(QStringLiteral("gnồH ịhT nàoĐ"))
          >= 1);
    const ProcessResult none
        = d.run({ QStringLiteral("print"), QStringLiteral("place-cards"), QStringLiteral("--out"),
                  d.dir.filePath(QStringLiteral("p.pdf")) });
    CHECK(none.exitCode != 0); // the chairs of the sample have no names yet
    CHECK(QString::fromUtf8(none.err).contains(QStringLiteral("Nobody to print for")));
}

TEST_CASE("CLI print: the QR codes of badges and personal letters read back to the codes",
          "[cli][cards][qr]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty()) {
        WARN("zbarimg (zbar-tools) is not installed: scripts/common.sh installs it");
        return;
    }
    Lists d;
    // The people of Hòa Thành and their codes, from the code rule (attendeecode.h).
    const QStringList events = d.list(QStringLiteral("events"));
    REQUIRE(events.size() == 2);
    const qint64 eventId = events[1].section(QLatin1Char('\t'), 0, 0).toLongLong();
    QStringList expected;
    const QStringList people = d.list(QStringLiteral("attendees"));
    const QStringList header = people[0].split(QLatin1Char('\t'));
    const int unitColumn = int(header.indexOf(QStringLiteral("unit")));
    const int givenColumn = int(header.indexOf(QStringLiteral("given_name")));
    for (const QString &row : people.mid(1)) {
        const QStringList cells = row.split(QLatin1Char('\t'));
        // The union's nameless co-chair of the sample gets neither badge nor letter.
        if (cells.value(unitColumn) == QStringLiteral("Thị đoàn Hòa Thành")
            && !cells.value(givenColumn).isEmpty())
            expected << dd::attendeeCode(eventId, cells[0].toLongLong());
    }
    REQUIRE(expected.size() == 4);
    expected.sort();

    const auto decode = [&](const QString &pdf, int page) {
        const QString png = pdf + QStringLiteral("-%1").arg(page);
        QProcess::execute(QStringLiteral("pdftoppm"),
                          { QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"),
                            QStringLiteral("-singlefile"), QStringLiteral("-f"),
                            QString::number(page), QStringLiteral("-l"), QString::number(page), pdf,
                            png });
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"),
                   { QStringLiteral("--raw"), QStringLiteral("-q"), png + QStringLiteral(".png") });
        zbar.waitForFinished(60000);
        return QString::fromUtf8(zbar.readAllStandardOutput())
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    };
    const QString unit[] = { QStringLiteral("--unit"), QStringLiteral("Thị đoàn Hòa Thành") };
    QStringList onBadges = decode(d.print(QStringLiteral("badges"), { unit[0], unit[1] }), 1);
    onBadges.sort();
    CHECK(onBadges == expected);
    // Each personal letter carries its person's code, the code also in text under it.
    const QString letters = d.print(QStringLiteral("invitation"), { unit[0], unit[1] });
    QStringList onLetters;
    for (int page = 1; page <= testsupport::pdfPageCount(letters); ++page)
        onLetters << decode(letters, page);
    onLetters.sort();
    CHECK(onLetters == expected);
    const QString text = testsupport::pdfText(letters);
    for (const QString &code : std::as_const(expected))
        CHECK(text.contains(code));
}
