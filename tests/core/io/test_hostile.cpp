// The hostile files of issue 15 (tests/fixtures/hostile, written by make_hostile.py) and the
// bounds of io/readlimits.h: each file is read, or refused with the exact message a user
// sees; none crashes, hangs or stores garbage. Under the sanitizer build (scripts/test
// --sanitize) these are also the regression tests of the undefined behaviour and the
// out-of-bounds reads found.
#include "support/testsupport.h"

#include "io/csvreader.h"
#include "io/emailreader.h"
#include "io/readlimits.h"
#include "io/spreadsheetreader.h"
#include "io/xlsreader.h"
#include "util/platform.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace dd::io;

namespace {

QString hostile(const char *name)
{
    return testsupport::fixture(QStringLiteral("hostile/") + QLatin1String(name));
}

// The error reading a hostile fixture gives; fails the test when it reads.
QString refusal(const char *name, const CsvOptions &csv = {})
{
    const Result<Workbook> book = readSpreadsheet(hostile(name), csv);
    INFO(name);
    CHECK_FALSE(book.ok());
    return book.ok() ? QString() : book.error();
}

Workbook workbook(const char *name, const CsvOptions &csv = {})
{
    const Result<Workbook> book = readSpreadsheet(hostile(name), csv);
    INFO(name << ": " << (book.ok() ? QString() : book.error()));
    REQUIRE(book.ok());
    REQUIRE(book->sheets.size() == 1);
    return *book;
}

// The table make_hostile.py puts in most files.
const QList<QStringList> kPeople {
    { "STT", "Họ và tên", "Năm sinh", "Đơn vị" },
    { "1", "Nguyễn Văn An", "1995", "Xã Phước Ninh" },
    { "2", "Trần Thị Bích Ngọc", "1998", "Xã Suối Đá" },
    { "3", "Lê Hoàng Phúc", "1993", "Xã Truông Mít" },
};

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#elif defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif

// How much the process's peak memory grew while `read` ran (an upper bound of what it took).
template<typename F>
qint64 peakGrowthMb(F read)
{
    const qint64 before = dd::platform::peakMemoryBytes();
    read();
    return (dd::platform::peakMemoryBytes() - before) / (1024 * 1024);
}

} // namespace

TEST_CASE("Character references liborcus cannot take read as U+FFFD, never an assertion",
          "[io][hostile]")
{
    // &#x110000; in the shared strings and &#-1; in the styles stopped the program
    // (SIGABRT in orcus's decode_xml_unicode_char); &#0; and &#xD800; were taken silently.
    Workbook book = workbook("charref_above_unicode.xlsx");
    QList<QStringList> expected = kPeople;
    expected.insert(1, QStringList { "1", "Nguy\uFFFDễn Văn Cường", "1990", "Xã Phan" });
    CHECK(book.sheets[0].rows == expected);

    book = workbook("charref_negative_in_styles.xlsx");
    CHECK(book.sheets[0].rows == kPeople);

    book = workbook("charref_nul_surrogate.xlsx");
    expected[1] = QStringList { "1", "Lê\uFFFDVăn\uFFFDTám", "1990", "Xã Phan" };
    CHECK(book.sheets[0].rows == expected);
}

TEST_CASE("Cells far out and references past their tables: bounds before orcus", "[io][hostile]")
{
    SECTION("a cell at ALL1048576 is the last cell allowed, read without a dense grid")
    {
        Workbook book;
        const qint64 grew = peakGrowthMb([&] { book = workbook("far_cell_all1048576.xlsx"); });
        const Sheet &sheet = book.sheets[0];
        REQUIRE(sheet.rowCount() == kMaxRows);
        CHECK(sheet.columnCount() == kMaxColumns);
        CHECK(sheet.rows.last().size() == kMaxColumns);
        CHECK(sheet.rows.last().last() == QStringLiteral("1"));
        CHECK(sheet.rows.last().join(QString()) == QStringLiteral("1"));
        qsizetype filled = 0;
        for (qsizetype r = 0; r + 1 < sheet.rows.size(); ++r)
            filled += sheet.rows.at(r).size();
        CHECK(filled == 0);
        INFO("peak memory grew by " << grew << " MB");
        if (!kSanitized)
            CHECK(grew < 150); // it was 3 GB, then an abort
    }
    SECTION("a filled cell in column 1,001")
    {
        CHECK(refusal("column_1001.xlsx")
              == QStringLiteral(
                  "The sheet “DS” of the file “column_1001.xlsx”, row 1: a cell lies in column "
                  "1,001 (ALM1), beyond the 1,000 columns a list can have. Delete the columns "
                  "that are not part of the list, or copy the list into a new file, and try "
                  "again."));
    }
    SECTION("a merged range starting at AAAAAAAAAA1 (the column overflowed)")
    {
        CHECK(refusal("merge_overflow.xlsx")
              == QStringLiteral(
                  "The file “merge_overflow.xlsx” is damaged: liborcus cannot read it (invalid "
                  "cell reference: AAAAAAAAAA1). Open it in Excel or LibreOffice, save it again "
                  "and import the new file."));
    }
    SECTION("a shared-string index of 2^32 (it wrapped to the header's text)")
    {
        CHECK(refusal("shared_string_index_2p32.xlsx")
              == QStringLiteral(
                  "The file “shared_string_index_2p32.xlsx” is damaged: cell B2 of the sheet "
                  "“DS” refers to text number 4294967296, but the file holds 18. Open it in Excel "
                  "or LibreOffice, save it again and import the new file."));
    }
    SECTION("a style index past the table of styles")
    {
        CHECK(refusal("style_index_outside.xlsx")
              == QStringLiteral(
                  "The file “style_index_outside.xlsx” is damaged: cell B1 of the sheet “DS” "
                  "has style number 70000, but the file defines 2. Open it in Excel or "
                  "LibreOffice, save it again and import the new file."));
    }
}

TEST_CASE("ODS repeats of 2147483647 are cut or refused before orcus spins on them",
          "[io][hostile]")
{
    // Empty cells, rows and column definitions repeated 2^31 - 1 times: cut to the bounds
    // (liborcus took 11 s a row, the file was killed after 60 s).
    const Workbook book = workbook("repeat_empty_2147483647.ods");
    CHECK(book.sheets[0].rows == kPeople);
    // Repeated filled cells and rows cannot be cut: refused.
    CHECK(refusal("repeat_filled_2147483647.ods")
          == QStringLiteral(
              "The sheet “DS” of the file “repeat_filled_2147483647.ods”, row 3: a cell lies in "
              "column 1,001 (ALM3), beyond the 1,000 columns a list can have. Delete the columns "
              "that are not part of the list, or copy the list into a new file, and try again."));
    CHECK(refusal("repeat_filled_rows.ods")
          == QStringLiteral(
              "The sheet “DS” of the file “repeat_filled_rows.ods” has more than 1,048,576 rows, "
              "more than a spreadsheet can hold. Delete the rows that are not part of the list, or "
              "copy the list into a new file, and try again."));
}

TEST_CASE("Text that does not decode is refused unless the encoding is chosen", "[io][hostile]")
{
    const QString encodings = QStringLiteral(
        " If you know which encoding it was saved in, choose it (--encoding "
        "utf-8|utf-16|windows-1258|tcvn3 on the command line, the Encoding list in the import "
        "window).");
    // One byte missing: as UTF-16 it read as Chinese names, stored with exit 0.
    CHECK(refusal("utf16_odd_length.csv")
          == QStringLiteral("The file “utf16_odd_length.csv” is not readable as UTF-16: its "
                            "length is an odd number of bytes (one is missing, or it is not "
                            "UTF-16 at all).")
              + encodings);
    CHECK(refusal("binary_named_csv.csv")
          == QStringLiteral("The file “binary_named_csv.csv” is not readable as UTF-8: line 1 "
                            "holds a character that is not text (U+0004).")
              + encodings);
    // UTF-8 but for two bytes: not UTF-8, and neither of the 8-bit encodings reads it as text
    // (the better guess is named, with the first line that shows it).
    CHECK(readCsv("STT,Họ và tên\n1,Nguy\xe1\xbb\x85n\n2,L\xea\x81\n", {}, nullptr,
                  QStringLiteral("x.csv"))
              .error()
          == QStringLiteral("The file “x.csv” is not readable as TCVN3: line 1 holds a character "
                            "that is not text (U+008D).")
              + encodings);
    // Chosen by the user, the encoding is taken as it reads: what is no text is left to the
    // checks of each row.
    CsvOptions utf8;
    utf8.encoding = TextEncoding::Utf8;
    const Workbook names = workbook("names_not_names.csv", utf8);
    CHECK(names.sheets[0].rows.at(4) == QStringList { "4", "\x01\x02\x03", "1992", "Xã Phan" });
    CsvOptions utf16;
    utf16.encoding = TextEncoding::Utf16;
    const Workbook odd = workbook("utf16_odd_length.csv", utf16);
    CHECK(odd.sheets[0].rows.first() == kPeople.first());
}

TEST_CASE("A quote left open is an error on the row where it opens", "[io][hostile]")
{
    CHECK(refusal("quote_never_closed.csv")
          == QStringLiteral(
              "The file “quote_never_closed.csv”, row 3: a quotation mark opens a field that is "
              "never closed, so the rest of the file would be one cell. Add the missing quotation "
              "mark (\") or remove the stray one, and try again."));
    CHECK(refusal("quote_runaway.csv")
          == QStringLiteral(
              "The file “quote_runaway.csv”, row 3: a quotation mark opens a field that runs "
              "over more than 20 lines; its closing quotation mark is surely missing. Add it "
              "(\") or remove the stray one, and try again."));
    // Twenty lines in one field are still a field (an address, a note).
    QByteArray twenty = "STT,Ghi chú\n1,\"";
    for (int i = 1; i <= 20; ++i)
        twenty += "dòng " + QByteArray::number(i) + (i < 20 ? "\n" : "");
    twenty += "\"\n2,x\n";
    const Result<Sheet> sheet = readCsv(twenty);
    REQUIRE(sheet.ok());
    REQUIRE(sheet->rowCount() == 3);
    CHECK(sheet->rows[1][1].count(u'\n') == 19);
    CHECK(sheet->rows[2] == QStringList { "2", "x" });
}

TEST_CASE("The bounds of a CSV: rows, columns, cells and width without padding", "[io][hostile]")
{
    SECTION("a line of 51,517 commas above 92,000 short lines stays small")
    {
        QByteArray text = QByteArray(51517, ',') + "\nSTT,Họ và tên,Đơn vị\n";
        for (int i = 1; i <= 92000; ++i)
            text += QByteArray::number(i) + ",Nguyễn Văn An,Xã Phan\n";
        Result<Sheet> sheet = Error();
        const qint64 grew = peakGrowthMb([&] { sheet = readCsv(text); });
        REQUIRE(sheet.ok());
        REQUIRE(sheet->rowCount() == 92002);
        CHECK(sheet->rows[0].isEmpty());
        CHECK(sheet->columnCount() == 3);
        CHECK(sheet->rows[92001] == QStringList { "92000", "Nguyễn Văn An", "Xã Phan" });
        INFO("peak memory grew by " << grew << " MB");
        if (!kSanitized)
            CHECK(grew < 200); // every row padded to the widest was 2.3 GB
    }
    SECTION("a filled field in column 1,001")
    {
        const QByteArray text = "a\n" + QByteArray(1000, ',') + "x\n";
        CHECK(readCsv(text, {}, nullptr, QStringLiteral("rong.csv")).error()
              == QStringLiteral("The file “rong.csv”, row 2: a cell lies in column 1,001 (ALM2), "
                                "beyond the 1,000 columns a list can have. Delete the columns that "
                                "are not part of the list, or copy the list into a new file, and "
                                "try again."));
        CHECK(readCsv("a\n" + QByteArray(999, ',') + "x\n").ok()); // column 1,000 is allowed
    }
    SECTION("2,000,000 rows, with and without quotes")
    {
        const QString message = QStringLiteral(
            "The file “dai.csv” has more than 1,048,576 rows, more than a spreadsheet can hold. "
            "Delete the rows that are not part of the list, or copy the list into a new file, and "
            "try again.");
        QByteArray rows;
        rows.reserve(4'000'000);
        for (int i = 0; i < 2'000'000; ++i)
            rows += "a\n";
        CHECK(readCsv(rows, {}, nullptr, QStringLiteral("dai.csv")).error() == message);
        rows.prepend("\"STT\"\n"); // read in one piece, rows counted as they come
        CHECK(readCsv(rows, {}, nullptr, QStringLiteral("dai.csv")).error() == message);
    }
    SECTION("more than 2,000,000 cells")
    {
        QByteArray rows;
        const QByteArray row = QByteArray("x,").repeated(999) + "x\n";
        for (int i = 0; i < 2001; ++i)
            rows += row;
        CHECK(readCsv(rows, {}, nullptr, QStringLiteral("nhieu.csv")).error()
              == QStringLiteral("The file “nhieu.csv” holds more than 2,000,000 cells, far more "
                                "than a list of delegates or questions. Delete the rows and "
                                "columns that are not part of the list, or copy the list into a "
                                "new file, and try again."));
    }
}

TEST_CASE("Only regular files of at most 100 MB are read, without blocking", "[io][hostile]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("danh sach"));
    REQUIRE(QDir().mkpath(folder));
    CHECK(readImportFile(folder).error()
          == QStringLiteral("“danh sach” is a folder, not a file. Choose the file inside it."));
    const QString notThere = dir.filePath(QStringLiteral("khong-co.csv"));
    CHECK(readImportFile(notThere).error()
          == QStringLiteral("The file “khong-co.csv” does not exist."));

    // 150 MB, but no disk space taken: the size is refused before anything is read.
    const QString big = dir.filePath(QStringLiteral("lon.csv"));
    QFile file(big);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(150ll * 1024 * 1024));
    file.close();
    const QString tooLarge = QStringLiteral(
        "The file “lon.csv” is larger than 100 MB, far larger than a list of delegates or "
        "questions. Check that you chose the right file.");
    CHECK(readImportFile(big).error() == tooLarge);
    CHECK(readSpreadsheet(big).error() == tooLarge);
    CHECK(readEmail(big).error() == tooLarge);

#ifndef Q_OS_WIN
    // A link to /dev/zero would be read forever; a FIFO would wait for a writer forever.
    const QString zero = dir.filePath(QStringLiteral("zero.csv"));
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), zero));
    const QString notAFile = QStringLiteral(
        "“%1” is not an ordinary file (it is a device, a pipe or a socket) and was not read. "
        "Choose a file saved on the disk.");
    CHECK(readSpreadsheet(zero).error() == notAFile.arg(QStringLiteral("zero.csv")));
    const QString fifo = dir.filePath(QStringLiteral("fifo.xlsx"));
    REQUIRE(QProcess::execute(QStringLiteral("mkfifo"), { fifo }) == 0);
    CHECK(readSpreadsheet(fifo).error() == notAFile.arg(QStringLiteral("fifo.xlsx")));
    CHECK(readEmail(fifo).error() == notAFile.arg(QStringLiteral("fifo.xlsx")));
#endif
}

TEST_CASE("E-mails: list numbers at the edge of int, MIME depth and parts", "[io][hostile]")
{
    // <ol start="2147483647"> overflowed the list counter (UBSan); a start too long for any
    // integer counts from 1.
    CHECK(htmlToPlainText(QStringLiteral("<ol start=\"2147483647\"><li>a</li><li>b</li></ol>"
                                         "<ol start=\"99999999999999999999\"><li>c</li></ol>"))
          == QStringLiteral("2147483647. a\n2147483648. b\n1. c"));
    const auto mail = readEmail(hostile("ol_start_max.eml"));
    REQUIRE(mail.ok());
    CHECK(splitNumberedItems(mail->body).size() == 1); // "2147483647." is no item number
    CHECK(mail->body.contains(QStringLiteral("2147483648. Đề nghị mở lớp dạy nghề")));

    const QString tooComplex = QStringLiteral(
        "The file “%1” is built of more parts than an e-mail holds (over 500, or nested more "
        "than 20 deep), and was not read. Forward the questions in a plain message, or copy "
        "their text into new questions.");
    CHECK(readEmail(hostile("mime_nested_600.eml")).error()
          == tooComplex.arg(QStringLiteral("mime_nested_600.eml")));
    CHECK(readEmail(hostile("mime_parts_1000.eml")).error()
          == tooComplex.arg(QStringLiteral("mime_parts_1000.eml")));
    // Under the bound in count but 25 deep: refused by the walk.
    QByteArray deep = "From: a@b.vn\r\nSubject: x\r\nMIME-Version: 1.0\r\n";
    for (int i = 0; i < 25; ++i)
        deep += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i)
            + "\"\r\n\r\n--b" + QByteArray::number(i) + "\r\n";
    deep += "Content-Type: text/plain\r\n\r\n1. Câu hỏi.\r\n";
    for (int i = 24; i >= 0; --i)
        deep += "--b" + QByteArray::number(i) + "--\r\n";
    CHECK(readEmail(deep, QStringLiteral("sau.eml")).error()
          == tooComplex.arg(QStringLiteral("sau.eml")));
}

TEST_CASE("Damaged .xls files are read in the helper process, never in the program",
          "[io][hostile][xls]")
{
    // One changed byte made libfreexl 1.0.6 read outside a stack buffer (ASan:
    // stack-buffer-underflow in iconv, called from freexl): now only the helper can fall.
    for (const char *name :
         { "xls_mutated_07745_28.xls", "xls_mutated_07745_ff.xls", "xls_mutated_07873_ff.xls" }) {
        INFO(name);
        CHECK(refusal(name)
              == QStringLiteral("The file “%1” cannot be read as an Excel 97-2003 workbook: it is "
                                "damaged (error -20). Open it in Excel or LibreOffice, save it as "
                                "XLSX and import that file.")
                     .arg(QLatin1String(name)));
    }
    // The helper is there and reads the undamaged file (the LibreOffice-saved fixture).
    CHECK(QFileInfo(xlsReaderProgram()).isExecutable());
    const Result<Workbook> good
        = readSpreadsheet(testsupport::fixture(QStringLiteral("import/delegates_lo.xls")));
    REQUIRE(good.ok());
    CHECK(good->sheets[0].rows[5].mid(0, 3) == QStringList { "1", "Nguyễn Văn An", "1995" });
}
