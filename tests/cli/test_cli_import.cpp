// `import attendees` and `export attendees` through the built executable.
#include "support/storesupport.h"
#include "support/testsupport.h"

#include "io/csvreader.h"

#include <QFile>
#include <QTemporaryDir>

using testsupport::ProcessResult;
using testsupport::runApp;

namespace {

// The sample event in a file of its own (testsupport::SampleData), with this file's readings.
struct SampleData : testsupport::SampleData
{
    SampleData()
        : testsupport::SampleData(QStringLiteral("cli-import.sqlite"))
    { }
    int attendees() const
    {
        const ProcessResult r = run({ QStringLiteral("list"), QStringLiteral("attendees") });
        REQUIRE(r.exitCode == 0);
        return int(QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size())
            - 1;
    }
};

QString fixture(const char *name)
{
    return testsupport::fixture(QStringLiteral("import/") + QLatin1String(name));
}

} // namespace

TEST_CASE("import attendees --dry-run prints the problems by row and writes nothing",
          "[stores][cli][import]")
{
    SampleData d;
    const int before = d.attendees();
    const QByteArray fileBefore = testsupport::readFile(d.path);
    const ProcessResult r = d.run({ QStringLiteral("import"), QStringLiteral("attendees"),
                                    fixture("attendees_duplicates.csv"), QStringLiteral("--unit"),
                                    QStringLiteral("Hòa Thành"), QStringLiteral("--dry-run") });
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    const QString out = QString::fromUtf8(r.out);
    CHECK(out.contains(QStringLiteral("row 9: The birth year 1930 is not possible.")));
    CHECK(out.contains(QStringLiteral("row 10: The name is missing")));
    CHECK(out.contains(QStringLiteral("row 7: Đoàn Thị Hồng is already in the event")));
    // Row 5 repeats row 3's name and unit with another phone: possibly the same person,
    // imported as another with a warning; rows 6 and 8 repeat rows 4 and 7; row 7 is there.
    CHECK(out.contains(QStringLiteral("row 5: Possibly the same person as row 3 of the file (phone "
                                      "differs); imported as another person.")));
    CHECK(out.contains(QStringLiteral(
        "5 would be added, 0 would be updated, 3 already there or repeated, skipped, 1 possibly "
        "the same as another person, imported as new (see the warnings), 1 row(s) with errors "
        "not imported, nothing written (--dry-run)")));
    CHECK(d.attendees() == before);
    CHECK(testsupport::readFile(d.path) == fileBefore);
}

TEST_CASE("import attendees writes the list, and a second run finds everyone already there",
          "[stores][cli][import]")
{
    SampleData d;
    const int before = d.attendees();
    ProcessResult r = d.run({ QStringLiteral("import"), QStringLiteral("attendees"),
                              fixture("delegates_excel.xlsx"), QStringLiteral("--unit"),
                              QStringLiteral("Huyện đoàn Dương Minh Châu") });
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(QString::fromUtf8(r.out).contains(QStringLiteral("12 added")));
    CHECK(d.attendees() == before + 12);
    r = d.run({ QStringLiteral("list"), QStringLiteral("attendees"), QStringLiteral("--filter"),
                QStringLiteral("ngoc") });
    CHECK(QString::fromUtf8(r.out).contains(QStringLiteral("Trần Thị Bích Ngọc")));
    CHECK(QString::fromUtf8(r.out).contains(QStringLiteral("0987654321")));

    r = d.run({ QStringLiteral("import"), QStringLiteral("attendees"),
                fixture("delegates_excel.xlsx"), QStringLiteral("--unit"),
                QStringLiteral("Huyện đoàn Dương Minh Châu") });
    CHECK(r.exitCode == 0); // nothing new, and nothing wrong
    CHECK(QString::fromUtf8(r.out).contains(
        QStringLiteral("0 added, 0 updated, 12 already there or repeated, skipped")));
    CHECK(d.attendees() == before + 12);
}

TEST_CASE("import attendees of a broken file fails and changes nothing", "[cli][import]")
{
    SampleData d;
    const int before = d.attendees();
    for (const char *name : { "random.bin", "truncated.xlsx", "not_a_spreadsheet.zip" }) {
        INFO(name);
        const ProcessResult r
            = d.run({ QStringLiteral("import"), QStringLiteral("attendees"), fixture(name) });
        CHECK(r.exitCode == 1);
        CHECK_FALSE(r.err.trimmed().isEmpty());
        CHECK(r.err.trimmed().count('\n') == 0);
    }
    CHECK(d.attendees() == before);
    const ProcessResult r = d.run({ QStringLiteral("import"), QStringLiteral("attendees"),
                                    fixture("delegates_utf8.csv"), QStringLiteral("--unit"),
                                    QStringLiteral("No Such Unit") });
    CHECK(r.exitCode == 1);
    CHECK(d.attendees() == before);
}

TEST_CASE("export attendees to CSV and XLSX, whole list or one unit", "[stores][cli][export]")
{
    SampleData d;
    REQUIRE(d.run({ QStringLiteral("import"), QStringLiteral("attendees"),
                    fixture("delegates_utf8.csv"), QStringLiteral("--unit"),
                    QStringLiteral("Huyện đoàn Dương Minh Châu") })
                .exitCode
            == 0);
    const QString csv = d.dir.filePath(QStringLiteral("ds.csv"));
    ProcessResult r = d.run({ QStringLiteral("export"), QStringLiteral("attendees"), csv });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QByteArray bytes = testsupport::readFile(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    auto sheet = dd::io::readCsv(bytes);
    REQUIRE(sheet.ok());
    CHECK(sheet->rowCount() == 1 + d.attendees());

    const QString xlsx = d.dir.filePath(QStringLiteral("dmc.xlsx"));
    r = d.run({ QStringLiteral("export"), QStringLiteral("attendees"), xlsx,
                QStringLiteral("--unit"), QStringLiteral("Dương Minh Châu") });
    REQUIRE(r.exitCode == 0);
    CHECK(QString::fromUtf8(r.out).contains(
        QStringLiteral("13 attendee(s)"))); // 12 imported + the co-chair
    CHECK(QFile::exists(xlsx));
}
