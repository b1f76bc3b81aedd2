// The hostile files of issue 15 through the command line, as someone who sends one would
// have them imported: `import attendees` and `import questions` print the exact message (or
// each problem on its row), exit 1 when nothing can be imported, and store nothing that is
// garbage. The data file is compared byte for byte where nothing may be written.
#include "support/testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using testsupport::ProcessResult;
using testsupport::runApp;

namespace {

struct Data : testsupport::SampleData
{
    Data()
        : SampleData(QStringLiteral("hostile.sqlite"))
    { }
    QStringList list(const char *what) const { return SampleData::list(QLatin1String(what)); }
};

QString hostile(const char *name)
{
    return testsupport::fixture(QStringLiteral("hostile/") + QLatin1String(name));
}

QStringList lines(const QByteArray &out)
{
    return QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("import attendees refuses hostile files with their message and writes nothing",
          "[cli][hostile]")
{
    Data d;
    const QByteArray before = testsupport::readFile(d.path);
    struct Case
    {
        const char *file;
        const char *message;
    };
    const Case cases[] = {
        { "column_1001.xlsx",
          "dialoguedesk: The sheet “DS” of the file “column_1001.xlsx”, row 1: a cell lies in "
          "column 1,001 (ALM1), beyond the 1,000 columns a list can have. Delete the columns that "
          "are not part of the list, or copy the list into a new file, and try again." },
        { "utf16_odd_length.csv",
          "dialoguedesk: The file “utf16_odd_length.csv” is not readable as UTF-16: its length "
          "is an odd number of bytes (one is missing, or it is not UTF-16 at all). If you know "
          "which encoding it was saved in, choose it (--encoding utf-8|utf-16|windows-1258|tcvn3 "
          "on the command line, the Encoding list in the import window)." },
        { "quote_never_closed.csv",
          "dialoguedesk: The file “quote_never_closed.csv”, row 3: a quotation mark opens a field "
          "that is never closed, so the rest of the file would be one cell. Add the missing "
          "quotation mark (\") or remove the stray one, and try again." },
        { "shared_string_index_2p32.xlsx",
          "dialoguedesk: The file “shared_string_index_2p32.xlsx” is damaged: cell B2 of the "
          "sheet “DS” refers to text number 4294967296, but the file holds 18. Open it in Excel or "
          "LibreOffice, save it again and import the new file." },
        { "repeat_filled_rows.ods",
          "dialoguedesk: The sheet “DS” of the file “repeat_filled_rows.ods” has more than "
          "1,048,576 rows, more than a spreadsheet can hold. Delete the rows that are not part of "
          "the list, or copy the list into a new file, and try again." },
        { "xls_mutated_07745_ff.xls",
          "dialoguedesk: The file “xls_mutated_07745_ff.xls” cannot be read as an Excel 97-2003 "
          "workbook: it is damaged (error -20). Open it in Excel or LibreOffice, save it as XLSX "
          "and import that file." },
    };
    for (const Case &c : cases) {
        INFO(c.file);
        const ProcessResult r
            = d.run({ QStringLiteral("import"), QStringLiteral("attendees"), hostile(c.file),
                      QStringLiteral("--unit"), QStringLiteral("Hòa Thành") });
        CHECK(r.exitCode == 1);
        CHECK(QString::fromUtf8(r.err).trimmed() == QString::fromUtf8(c.message));
        CHECK(r.out.isEmpty());
    }
    CHECK(testsupport::readFile(d.path) == before);
}

TEST_CASE("import attendees stores the good rows of a file with garbage, each problem on its row",
          "[cli][hostile]")
{
    Data d;
    const QStringList peopleBefore = d.list("attendees");
    // The name holding &#x110000; is refused; the three others are stored as they are.
    ProcessResult r = d.run({ QStringLiteral("import"), QStringLiteral("attendees"),
                              hostile("charref_above_unicode.xlsx"), QStringLiteral("--unit"),
                              QStringLiteral("Hòa Thành") });
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    // Its "Đơn vị" column names communes, not unions: their workplace (issue 12).
    CHECK(lines(r.out)
          == QStringList {
              "Sent by Thị đoàn Hòa Thành (from --unit).",
              "row 2: The name “Nguy?ễn Văn Cường” holds characters that are not text (control "
              "characters or characters that could not be read): the row is not imported.",
              "3 added, 0 updated, 0 already there or repeated, skipped, 1 row(s) with errors not "
              "imported" });
    QStringList people = d.list("attendees");
    CHECK(people.size() == peopleBefore.size() + 3);
    const QString all = people.join(u'\n');
    for (const char *name : { "Nguyễn Văn An\t\t1995\t\tThị đoàn Hòa Thành\tXã Phước Ninh",
                              "Trần Thị Bích Ngọc\t\t1998\t\tThị đoàn Hòa Thành\tXã Suối Đá",
                              "Lê Hoàng Phúc\t\t1993\t\tThị đoàn Hòa Thành\tXã Truông Mít" })
        CHECK(all.contains(QString::fromUtf8(name)));
    CHECK_FALSE(all.contains(QChar(0xFFFD)));
    CHECK_FALSE(all.contains(QStringLiteral("Cường")));

    // Names that are no names, read with the encoding given (the control characters would
    // otherwise make the file unreadable as UTF-8): only Võ Thị Sáu is a person.
    r = d.run({ QStringLiteral("import"), QStringLiteral("attendees"),
                hostile("names_not_names.csv"), QStringLiteral("--encoding"),
                QStringLiteral("utf-8"), QStringLiteral("--unit"), QStringLiteral("Hòa Thành") });
    CHECK(r.exitCode == 0);
    CHECK(lines(r.out)
          == QStringList {
              "Sent by Thị đoàn Hòa Thành (from --unit).",
              "row 2: The name “1995” holds digits: the row is not imported.",
              "row 3: The name “=1+1” begins with =, as a formula does: the row is not imported.",
              "row 4: The name “@SUM(A1)” begins with @, as a formula does: the row is not "
              "imported.",
              "row 5: The name “???” holds characters that are not text (control characters or "
              "characters that could not be read): the row is not imported.",
              "row 6: The name “Nguyễn Văn 2” holds digits: the row is not imported.",
              "row 7: The name “…” holds no letter: the row is not imported.",
              "1 added, 0 updated, 0 already there or repeated, skipped, 6 row(s) with errors not "
              "imported" });
    people = d.list("attendees");
    CHECK(people.size() == peopleBefore.size() + 4);
    CHECK(people.join(u'\n').contains(QStringLiteral("Võ Thị Sáu")));

    // Too long: a 200-character name, a 12,000-character note.
    r = d.run({ QStringLiteral("import"), QStringLiteral("attendees"),
                hostile("cells_too_long.csv"), QStringLiteral("--unit"),
                QStringLiteral("Hòa Thành") });
    CHECK(r.exitCode == 0);
    // Lê Hoàng Phúc of the same union, born the same year, is the one stored above: updated.
    CHECK(lines(r.out)
          == QStringList {
              "Sent by Thị đoàn Hòa Thành (from --unit).",
              "row 2: “Full name” holds 200 characters, more than the 150 it may have: the row is "
              "not imported.",
              "row 3: “Note” holds 12,000 characters, more than the 10,000 it may have: the row is "
              "not imported.",
              "row 4: Lê Hoàng Phúc is already in the event (same name and unit).",
              "0 added, 1 updated, 0 already there or repeated, skipped, 2 row(s) with errors not "
              "imported" });
    CHECK(d.list("attendees").size() == peopleBefore.size() + 4);

    // An unknown --encoding is a usage error.
    r = d.run({ QStringLiteral("import"), QStringLiteral("attendees"),
                hostile("names_not_names.csv"), QStringLiteral("--encoding"),
                QStringLiteral("latin-1") });
    CHECK(r.exitCode == 2);
    CHECK(QString::fromUtf8(r.err).trimmed()
          == QStringLiteral("dialoguedesk: Unknown encoding “latin-1”: use utf-8, utf-16, "
                            "windows-1258 or tcvn3."));
}

TEST_CASE("import questions refuses what is no file, too large or too complex", "[cli][hostile]")
{
    Data d;
    const QByteArray before = testsupport::readFile(d.path);
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("cau-hoi.csv"));
    QFile file(big);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(150ll * 1024 * 1024)); // it took 760 MB to read
    file.close();
    QStringList paths { big, hostile("mime_nested_600.eml") };
#ifndef Q_OS_WIN
    const QString fifo = dir.filePath(QStringLiteral("fifo.eml"));
    REQUIRE(QProcess::execute(QStringLiteral("mkfifo"), { fifo }) == 0); // it blocked forever
    paths << fifo;
#endif
    const ProcessResult r
        = d.run(QStringList { QStringLiteral("import"), QStringLiteral("questions") } + paths);
    CHECK(r.exitCode == 1);
    QStringList expected {
        "cau-hoi.csv: not imported: The file “cau-hoi.csv” is larger than 100 MB, far larger than "
        "a list of delegates or questions. Check that you chose the right file.",
        "mime_nested_600.eml: not imported: The file “mime_nested_600.eml” is built of more "
        "parts than an e-mail holds (over 500, or nested more than 20 deep), and was not read. "
        "Forward the questions in a plain message, or copy their text into new questions.",
    };
#ifndef Q_OS_WIN
    expected << "fifo.eml: not imported: “fifo.eml” is not an ordinary file (it is a device, a "
                "pipe or a socket) and was not read. Choose a file saved on the disk.";
#endif
    expected << "dialoguedesk: Nothing was imported.";
    CHECK(lines(r.err) == expected);
    CHECK(testsupport::readFile(d.path) == before);
}
