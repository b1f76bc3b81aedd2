// Reading delegate lists as district unions send them: CSV in every encoding offices use,
// XLSX from Excel and from openpyxl-style exporters, ODS and XLS from LibreOffice, and
// files that are broken in the ways files get broken.
#include "support/testsupport.h"

#include "io/csvreader.h"
#include "io/spreadsheetreader.h"
#include "io/textdecoder.h"
#include "io/xlsxnumberformat.h"
#include "io/zipreader.h"
#include "io/zipwriter.h"
#include "text/vietnamese.h"

#include <QtEndian>

using namespace dd::io;

namespace {

const QString kTitle = QStringLiteral("DANH SÁCH ĐẠI BIỂU THAM DỰ HỘI NGHỊ GẶP GỠ, ĐỐI THOẠI");
const QString kUnit = QStringLiteral("Đơn vị: Huyện đoàn Dương Minh Châu");
const QString kTotal = QStringLiteral("Tổng cộng: 12 người");
const QStringList kFlatHeader = { QStringLiteral("STT"),           QStringLiteral("Họ và tên"),
                                  QStringLiteral("Năm sinh Nam"),  QStringLiteral("Năm sinh Nữ"),
                                  QStringLiteral("Chức vụ"),       QStringLiteral("Đơn vị"),
                                  QStringLiteral("Số điện thoại"), QStringLiteral("Ghi chú") };

QByteArray fixtureBytes(const char *name)
{
    const QByteArray bytes = testsupport::readFile(
        testsupport::fixture(QStringLiteral("import/") + QLatin1String(name)));
    REQUIRE_FALSE(bytes.isEmpty());
    return bytes;
}

Workbook readFixture(const char *name)
{
    const Result<Workbook> book
        = readSpreadsheet(testsupport::fixture(QStringLiteral("import/") + QLatin1String(name)));
    INFO(name << ": " << (book ? QString() : book.error()));
    REQUIRE(book.ok());
    REQUIRE_FALSE(book->sheets.isEmpty());
    return *book;
}

// A row as wide as the table: readers keep a row only up to its last filled cell.
QStringList padded(QStringList row, qsizetype width)
{
    while (row.size() < width)
        row.append(QString());
    return row;
}

// The flat table every CSV fixture and the openpyxl-style XLSX hold.
void checkFlatTable(const Sheet &sheet)
{
    REQUIRE(sheet.rowCount() == 17);
    REQUIRE(sheet.columnCount() == 8);
    for (const QStringList &row : sheet.rows) {
        CHECK(row.size() <= 8);
        CHECK((row.isEmpty() || !row.last().isEmpty())); // no empty cells at the end
    }
    CHECK(sheet.cell(0, 0) == kTitle);
    CHECK(sheet.cell(1, 0) == kUnit);
    CHECK(sheet.rows[2].join(QString()).isEmpty());
    CHECK(padded(sheet.rows[3], 8) == kFlatHeader);
    CHECK(padded(sheet.rows[4], 8)
          == QStringList { "1", "Nguyễn Văn An", "1995", "", "Bí thư Chi đoàn", "Xã Phước Ninh",
                           "0912345678", "" });
    CHECK(sheet.cell(5, 1) == QStringLiteral("Trần Thị Bích Ngọc"));
    CHECK(sheet.cell(5, 3) == QStringLiteral("1998"));
    CHECK(sheet.cell(9, 4) == QStringLiteral("Ủy viên BCH"));
    CHECK(sheet.cell(13, 7) == QStringLiteral("Đăng ký phát biểu"));
    CHECK(sheet.cell(14, 1) == QStringLiteral("Dương Văn Tỷ"));
    CHECK(sheet.cell(16, 1) == kTotal);
}

// The LibreOffice-made files: merged title, "Năm sinh" over "Nam"/"Nữ", dates of birth.
void checkMergedHeaderTable(const Sheet &sheet, bool expectMerges)
{
    REQUIRE(sheet.rowCount() == 18);
    REQUIRE(sheet.columnCount() == 9);
    CHECK(sheet.name == QStringLiteral("Danh sách"));
    CHECK(sheet.cell(0, 0) == kTitle);
    CHECK(sheet.rows[0].mid(1).join(QString()).isEmpty()); // merged: value top-left only
    CHECK(sheet.cell(1, 0) == kUnit);
    CHECK(padded(sheet.rows[3], 9)
          == QStringList { "STT", "Họ và tên", "Năm sinh", "", "Chức vụ", "Đơn vị", "Số điện thoại",
                           "Ngày sinh", "Ghi chú" });
    // The second header row: Nam and Nữ exactly under "Năm sinh", nothing shifted left.
    CHECK(padded(sheet.rows[4], 9) == QStringList { "", "", "Nam", "Nữ", "", "", "", "", "" });
    // Data line up under their headers.
    CHECK(padded(sheet.rows[5], 9)
          == QStringList { "1", "Nguyễn Văn An", "1995", "", "Bí thư Chi đoàn", "Xã Phước Ninh",
                           "912345678", "12/03/1995", "" });
    CHECK(padded(sheet.rows[6], 9)
          == QStringList { "2", "Trần Thị Bích Ngọc", "", "1998", "Phó Bí thư Đoàn xã",
                           "Xã Suối Đá", "0987654321", "01/07/1998", "" });
    CHECK(sheet.cell(8, 7) == QStringLiteral("29/02/2000"));
    CHECK(sheet.cell(14, 8) == QStringLiteral("Đăng ký phát biểu"));
    CHECK(sheet.cell(17, 1) == kTotal);
    if (expectMerges) {
        CHECK(sheet.merges.contains(CellRange { 0, 0, 0, 8 }));
        CHECK(sheet.merges.contains(CellRange { 3, 2, 3, 3 })); // Năm sinh
        CHECK(sheet.merges.contains(CellRange { 3, 1, 4, 1 })); // Họ và tên, two rows
        CHECK(sheet.merges.size() == 10);
    }
}

// A zip whose entry `index` claims another uncompressed size than it has, in its directory and
// its local header alike.
QByteArray withDeclaredSize(QByteArray zip, int index, quint32 declared)
{
    const qsizetype end = zip.size() - 22;
    qsizetype at = qFromLittleEndian<quint32>(zip.constData() + end + 16);
    for (int i = 0; i < index; ++i)
        at += 46 + qFromLittleEndian<quint16>(zip.constData() + at + 28)
            + qFromLittleEndian<quint16>(zip.constData() + at + 30)
            + qFromLittleEndian<quint16>(zip.constData() + at + 32);
    qToLittleEndian(declared, zip.data() + at + 24);
    // The local header says the same, so that the lie is consistent.
    const quint32 local = qFromLittleEndian<quint32>(zip.constData() + at + 42);
    qToLittleEndian(declared, zip.data() + local + 22);
    return zip;
}

} // namespace

TEST_CASE("decodeText recognises the encodings Vietnamese offices use", "[io][encoding]")
{
    const QString name = QStringLiteral("Nguyễn Văn Á");

    SECTION("UTF-8 with and without BOM")
    {
        const DecodedText plain = decodeText(name.toUtf8());
        CHECK(plain.encoding == TextEncoding::Utf8);
        CHECK(plain.text == name);
        const DecodedText bom = decodeText("\xEF\xBB\xBF" + name.toUtf8());
        CHECK(bom.encoding == TextEncoding::Utf8);
        CHECK(bom.text == name); // the BOM is not part of the text
    }
    SECTION("UTF-16 with BOM and without")
    {
        QByteArray le("\xFF\xFE", 2);
        le.append(reinterpret_cast<const char *>(name.utf16()), name.size() * 2);
        CHECK(decodeText(le).encoding == TextEncoding::Utf16LE);
        CHECK(decodeText(le).text == name);
        const QString ascii = QStringLiteral("STT,Ho va ten,Don vi\r\n1,An,Xa Phuoc Ninh\r\n");
        const QByteArray noBom(reinterpret_cast<const char *>(ascii.utf16()), ascii.size() * 2);
        CHECK(decodeText(noBom).encoding == TextEncoding::Utf16LE);
        CHECK(decodeText(noBom).text == ascii);
        QByteArray be;
        for (const QChar c : ascii) {
            be.append(char(c.unicode() >> 8));
            be.append(char(c.unicode() & 0xFF));
        }
        CHECK(decodeText(be).encoding == TextEncoding::Utf16BE);
        CHECK(decodeText(be).text == ascii);
    }
    SECTION("Windows-1258 with combining tone marks comes out NFC")
    {
        // Python: "Nguyễn Văn Á" in cp1258 = ê + combining tilde, ă, precomposed Á.
        const QByteArray bytes("Nguy\xEA\xDEn V\xE3n \xC1");
        const DecodedText decoded = decodeText(bytes);
        CHECK(decoded.encoding == TextEncoding::Windows1258);
        CHECK(decoded.text == name);
        CHECK(decoded.text.size() == name.size()); // composed, no stray combining marks
    }
    SECTION("TCVN3 (ABC)")
    {
        // "Nguyễn Văn Tường, Đoàn viên" typed in .VnTime.
        const QByteArray bytes("Nguy\xD4n V\xA8n T\xAD\xEAng, \xA7o\xB5n vi\xAAn");
        const DecodedText decoded = decodeText(bytes);
        CHECK(decoded.encoding == TextEncoding::Tcvn3);
        CHECK(decoded.text == QStringLiteral("Nguyễn Văn Tường, Đoàn viên"));
    }
    SECTION("a forced encoding is used as given")
    {
        const QByteArray bytes("Nguy\xD4n");
        CHECK(decodeText(bytes, TextEncoding::Tcvn3).text == QStringLiteral("Nguyễn"));
        CHECK(decodeText(bytes, TextEncoding::Windows1258).text == QStringLiteral("NguyÔn"));
        CHECK(decodeText(bytes, TextEncoding::Windows1258).encoding == TextEncoding::Windows1258);
    }
    SECTION("decomposed UTF-8 (typed on a Mac) becomes NFC")
    {
        const QString nfd = name.normalized(QString::NormalizationForm_D);
        REQUIRE(nfd != name);
        CHECK(decodeText(nfd.toUtf8()).text == name);
    }
    SECTION("every encoding has its own user-facing name")
    {
        QStringList names;
        for (TextEncoding e :
             { TextEncoding::Auto, TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE,
               TextEncoding::Windows1258, TextEncoding::Tcvn3 })
            names.append(textEncodingName(e));
        CHECK(names.removeDuplicates() == 0);
        CHECK_FALSE(names.contains(QString()));
        CHECK(textEncodingName(TextEncoding::Tcvn3).contains(QStringLiteral("TCVN3")));
    }
}

TEST_CASE("CSV files in each encoding read to the same table", "[io][csv]")
{
    struct Case
    {
        const char *file;
        TextEncoding encoding;
    };
    const Case cases[] = { { "delegates_utf8.csv", TextEncoding::Utf8 },
                           { "delegates_utf8_bom.csv", TextEncoding::Utf8 },
                           { "delegates_utf16le.txt", TextEncoding::Utf16LE },
                           { "delegates_cp1258.csv", TextEncoding::Windows1258 },
                           { "delegates_semicolon.csv", TextEncoding::Utf8 } };
    for (const Case &c : cases) {
        SECTION(c.file)
        {
            TextEncoding detected = TextEncoding::Auto;
            const Result<Sheet> sheet = readCsv(fixtureBytes(c.file), {}, &detected);
            REQUIRE(sheet.ok());
            CHECK(detected == c.encoding);
            checkFlatTable(*sheet);
        }
    }
    SECTION("TCVN3 list from an old ABC computer")
    {
        TextEncoding detected = TextEncoding::Auto;
        const Result<Sheet> sheet = readCsv(fixtureBytes("delegates_tcvn3.csv"), {}, &detected);
        REQUIRE(sheet.ok());
        CHECK(detected == TextEncoding::Tcvn3);
        REQUIRE(sheet->rowCount() == 9);
        CHECK(sheet->cell(1, 0) == kUnit);
        CHECK(
            sheet->rows[4]
            == QStringList { "1", "Nguyễn Văn Tường", "1995", "Bí thư Chi đoàn", "Xã Phước Ninh" });
        CHECK(sheet->cell(8, 1) == QStringLiteral("Huỳnh Thị Mỹ Duyên"));
    }
    SECTION("through readSpreadsheet, named after the file")
    {
        const Result<Workbook> book = readSpreadsheet(
            testsupport::fixture(QStringLiteral("import/delegates_utf8_bom.csv")));
        REQUIRE(book.ok());
        REQUIRE(book->sheets.size() == 1);
        CHECK(book->sheets[0].name == QStringLiteral("delegates_utf8_bom"));
        checkFlatTable(book->sheets[0]);
    }
}

TEST_CASE("Long lists in Windows-1258 and TCVN3 are recognised and read whole", "[io][encoding]")
{
    // A provincial list of 3,000 rows, as Excel on Vietnamese Windows saves it (Windows-1258
    // writes tones as combining marks) and as an old ABC computer does: the rows of the small
    // lists, again and again. Recognising the encoding and composing the letters must not
    // grow with the square of the file, as Qt's own normalising did (minutes for a file of a
    // few megabytes).
    for (const char *file : { "delegates_cp1258.csv", "delegates_tcvn3.csv" }) {
        INFO(file);
        const QByteArray small = fixtureBytes(file);
        TextEncoding smallEncoding = TextEncoding::Auto;
        const Result<Sheet> few = readCsv(small, {}, &smallEncoding);
        REQUIRE(few.ok());
        const qsizetype header = small.indexOf("STT,");
        REQUIRE(header > 0);
        const qsizetype body = small.indexOf('\n', header) + 1;
        QByteArray big = small;
        const QByteArray rows = small.mid(body);
        const int copies = int(3000 / (few->rowCount() - 4) + 1);
        for (int i = 1; i < copies; ++i)
            big += rows;
        REQUIRE(big.size() > 100000);
        TextEncoding detected = TextEncoding::Auto;
        const Result<Sheet> many = readCsv(big, {}, &detected);
        REQUIRE(many.ok());
        CHECK(detected == smallEncoding);
        const qsizetype dataRows = few->rowCount() - 4;
        CHECK(many->rowCount() == 4 + dataRows * copies);
        // The last copy reads as the small file's rows.
        bool same = true;
        for (qsizetype r = 0; r < dataRows; ++r)
            same = same && many->rows.at(many->rowCount() - dataRows + r) == few->rows.at(4 + r);
        CHECK(same);
    }
}

// Every row of a long sheet against the table written with it (four columns; a row's last
// cell is never an empty one).
static void checkRows(const Result<Sheet> &sheet, const QList<QStringList> &expected)
{
    REQUIRE(sheet.ok());
    REQUIRE(sheet->rowCount() == expected.size());
    int different = 0;
    for (qsizetype r = 0; r < expected.size(); ++r)
        different += padded(sheet->rows.at(r), 4) != padded(expected.at(r), 4)
            || (!sheet->rows.at(r).isEmpty() && sheet->rows.at(r).last().isEmpty());
    CHECK(different == 0);
}

TEST_CASE("A long CSV reads the same in pieces as in one go", "[io][csv]")
{
    // Over a million characters and no quote: read in pieces cut at line ends, on every core.
    // Line ends of both kinds, blank lines, a field left empty at the end of a line, and no
    // line end after the last row.
    QByteArray text = "STT,Họ và tên,Đơn vị,Ghi chú\r\n";
    QList<QStringList> expected { { "STT", "Họ và tên", "Đơn vị", "Ghi chú" } };
    for (int i = 1; i <= 40000; ++i) {
        const QByteArray n = QByteArray::number(i);
        if (i % 997 == 0) {
            text += "\n";
            expected << QStringList {};
        }
        text += n + ",Nguyễn Văn " + n + ",Xã " + n + "," + (i % 3 ? "" : "đã mời")
            + (i % 2 ? "\r\n" : "\n");
        expected << QStringList { QString::fromUtf8(n),
                                  QStringLiteral("Nguyễn Văn ") + QString::fromUtf8(n),
                                  QStringLiteral("Xã ") + QString::fromUtf8(n),
                                  i % 3 ? QString() : QStringLiteral("đã mời") };
    }
    text += "40001,Lê Thị Cuối,Xã Cuối,";
    expected << QStringList { "40001", "Lê Thị Cuối", "Xã Cuối", "" };
    REQUIRE(QString::fromUtf8(text).size() > 1024 * 1024);
    checkRows(readCsv(text), expected);
}

TEST_CASE("A long UTF-8 CSV read piece by piece gives the rows the general reading gives",
          "[io][csv]")
{
    // Over a megabyte of UTF-8 without quotes: decoded, checked and cut into rows piece by
    // piece. A byte order mark, semicolons, line ends of three kinds, blank lines in the middle
    // and at the end, names typed on a Mac (NFD), empty cells inside and at the end of rows,
    // DOS's end-of-file mark. The same bytes said to be UTF-8 are read the general way.
    QByteArray text = "\xEF\xBB\xBFSTT;Họ và tên;Đơn vị;Ghi chú\n";
    QList<QStringList> expected { { "STT", "Họ và tên", "Đơn vị", "Ghi chú" } };
    const char *const ends[] = { "\r\n", "\n", "\r" };
    for (int i = 1; i <= 40000; ++i) {
        const QByteArray n = QByteArray::number(i);
        if (i % 1009 == 0) {
            text += "\r\n";
            expected << QStringList {};
        }
        const bool mac = i % 7 == 0;
        text += n + ";"
            + (mac ? QStringLiteral("Ho\u0302\u0300ng Tra\u0302\u0300n").toUtf8()
                   : "Trần Thị Ánh " + n)
            + ";" + (i % 5 ? "Xã " + n : QByteArray()) + ";" + (i % 3 ? "" : "đã mời")
            + ends[i % 3];
        expected << QStringList { QString::fromUtf8(n),
                                  mac ? QStringLiteral("Hồng Trần")
                                      : QStringLiteral("Trần Thị Ánh ") + QString::fromUtf8(n),
                                  i % 5 ? QStringLiteral("Xã ") + QString::fromUtf8(n) : QString(),
                                  i % 3 ? QString() : QStringLiteral("đã mời") };
    }
    text += "\n\r\n\n\x1A";
    REQUIRE(QString::fromUtf8(text).size() > 1024 * 1024);
    TextEncoding detected = TextEncoding::Auto;
    checkRows(readCsv(text, {}, &detected), expected);
    CHECK(detected == TextEncoding::Utf8);
    checkRows(readCsv(text, { TextEncoding::Utf8, QChar() }), expected);

    // A control character before row 20000: refused with its line named (lines counted by
    // their line feeds, as the general way counts them).
    QByteArray control = text;
    const qsizetype at = control.indexOf("\n20000;") + 1;
    control.insert(at, "\x01");
    const QString line = QString::number(control.first(at).count('\n') + 1);
    const Result<Sheet> refused = readCsv(control, {}, nullptr, QStringLiteral("ds.csv"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("line %1 ").arg(line)));
    CHECK(refused.error().contains(QStringLiteral("U+0001")));
}

TEST_CASE("A long UTF-8 text decodes the same in pieces as in one go", "[io][encoding]")
{
    // Over a megabyte: decoded on every core in pieces cut at line ends. Names typed on a Mac
    // (NFD) at the start of lines, a byte order mark inside, with and without the one at the
    // start.
    QByteArray body;
    for (int i = 1; i <= 40000; ++i) {
        body += QByteArray::number(i) + ",Nguyễn Thị Ánh " + QByteArray::number(i) + "\n";
        if (i % 1000 == 0)
            body += QStringLiteral("Ho\u0302\u0300ng,Tra\u0302\u0300n\n").toUtf8();
        if (i == 12345)
            body += "\xEF\xBB\xBFinside\n";
    }
    REQUIRE(body.size() > 1024 * 1024);
    // In one go (QString::normalized() would take minutes on this much decomposed text).
    const QString expected = dd::text::nfc(QString::fromUtf8(body));
    CHECK(expected.contains(QStringLiteral("Hồng,Trần\n")));
    CHECK(expected.contains(QStringLiteral("\uFEFFinside")));

    const DecodedText plain = decodeText(body);
    CHECK(plain.encoding == TextEncoding::Utf8);
    CHECK(plain.text.size() == expected.size());
    CHECK(plain.text == expected);
    const DecodedText withBom = decodeText("\xEF\xBB\xBF" + body);
    CHECK(withBom.encoding == TextEncoding::Utf8);
    CHECK(withBom.text == expected);

    // One byte that is not UTF-8, near the end: the whole file is not UTF-8.
    QByteArray broken = body;
    broken[broken.lastIndexOf(",Nguy") - 1] = char(0xE0); // a digit of the last row number
    CHECK(decodeText(broken).encoding != TextEncoding::Utf8);
    // Said to be UTF-8 all the same: that byte, and only it, shows as U+FFFD.
    const DecodedText forced = decodeText(broken, TextEncoding::Utf8);
    CHECK(forced.text.count(QChar(0xFFFD)) == 1);
    CHECK(forced.text.size() == expected.size());
}

TEST_CASE("CSV quoting follows RFC 4180", "[io][csv]")
{
    SECTION("delimiters, doubled quotes and line breaks inside quoted fields")
    {
        const Result<Sheet> sheet = readCsv(fixtureBytes("multiline_quoted.csv"));
        REQUIRE(sheet.ok());
        REQUIRE(sheet->rowCount() == 4);
        CHECK(sheet->cell(1, 2) == QStringLiteral("Xã Phước Ninh, huyện Dương Minh Châu"));
        CHECK(sheet->cell(1, 3) == QStringLiteral("Hỏi về \"việc làm\" cho thanh niên"));
        CHECK(sheet->cell(2, 3) == QStringLiteral("Dòng 1\r\nDòng 2"));
        CHECK(sheet->rows[3]
              == QStringList { "3", "Lê Hoàng Phúc" }); // empty fields at the end: not kept
    }
    SECTION("LF, CRLF and CR line ends")
    {
        for (const char *text : { "a,b\n1,2\n", "a,b\r\n1,2\r\n", "a,b\r1,2\r", "a,b\n1,2" }) {
            const Result<Sheet> sheet = readCsv(QByteArray(text));
            REQUIRE(sheet.ok());
            CHECK(sheet->rows == QList<QStringList> { { "a", "b" }, { "1", "2" } });
        }
    }
    SECTION("rows keep their own length, up to their last filled field")
    {
        const Result<Sheet> sheet = readCsv("Danh sách,,\nSTT,Họ và tên,Đơn vị\n1,An,,,,\n,,\n");
        REQUIRE(sheet.ok());
        CHECK(sheet->rows
              == QList<QStringList> {
                  { "Danh sách" }, { "STT", "Họ và tên", "Đơn vị" }, { "1", "An" } });
        CHECK(sheet->columnCount() == 3);
        CHECK(sheet->cell(2, 2).isEmpty());
    }
    SECTION("the delimiter is detected, or taken as given")
    {
        CHECK(detectCsvDelimiter(QStringLiteral("Tiêu đề\na;b;c\n1;2,5;3\n4;5;6\n")) == u';');
        CHECK(detectCsvDelimiter(QStringLiteral("a\tb\tc\n1\t2\t3\n")) == u'\t');
        CHECK(detectCsvDelimiter(QStringLiteral("\"x;y\",b,c\n1,2,3\n")) == u',');
        CsvOptions options;
        options.delimiter = u';';
        const Result<Sheet> sheet = readCsv("a,b;c\n", options);
        REQUIRE(sheet.ok());
        CHECK(sheet->rows == QList<QStringList> { { "a,b", "c" } });
    }
    SECTION("a quote in the middle of a field is kept")
    {
        const Result<Sheet> sheet = readCsv("Tivi 21\" Sony,2\n");
        REQUIRE(sheet.ok());
        CHECK(sheet->rows == QList<QStringList> { { "Tivi 21\" Sony", "2" } });
    }
}

TEST_CASE("XLSX as Excel writes it", "[io][xlsx]")
{
    const Workbook book = readFixture("delegates_excel.xlsx");
    REQUIRE(book.sheets.size() == 1);
    const Sheet &sheet = book.sheets[0];
    CHECK(sheet.name == QStringLiteral("Danh sách"));
    REQUIRE(sheet.rowCount() == 18);
    REQUIRE(sheet.columnCount() == 9);
    CHECK(sheet.cell(0, 0) == kTitle);
    CHECK(sheet.cell(3, 2) == QStringLiteral("Năm sinh"));
    CHECK(sheet.cell(4, 2) == QStringLiteral("Nam"));
    CHECK(sheet.cell(4, 3) == QStringLiteral("Nữ"));
    SECTION("numbers read as the user sees them")
    {
        CHECK(sheet.cell(5, 2) == QStringLiteral("1995")); // birth year, not 1995.0
        CHECK(sheet.cell(5, 6) == QStringLiteral("912345678")); // lost its leading zero
        CHECK(sheet.cell(6, 6) == QStringLiteral("0987654321")); // typed as text
        CHECK(sheet.cell(6, 3) == QStringLiteral("1998"));
    }
    SECTION("dates with the built-in and a custom date format")
    {
        CHECK(sheet.cell(5, 7) == QStringLiteral("26/03/2015")); // numFmtId 14
        CHECK(sheet.cell(6, 7) == QStringLiteral("09/01/2016")); // dd/mm/yyyy, id 164
        CHECK(sheet.cell(16, 7) == QStringLiteral("01/01/2020"));
    }
    SECTION("shared formulas give their cached values")
    {
        QStringList stt;
        for (int r = 5; r < 17; ++r)
            stt.append(sheet.cell(r, 0));
        CHECK(stt == QStringList { "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12" });
    }
    SECTION("merged title and two-row header are reported")
    {
        CHECK(sheet.merges.size() == 10);
        CHECK(sheet.merges.contains(CellRange { 0, 0, 0, 8 }));
        CHECK(sheet.merges.contains(CellRange { 3, 2, 3, 3 }));
        CHECK(sheet.merges.contains(CellRange { 3, 0, 4, 0 }));
        CHECK(sheet.rows[0].mid(1).join(QString()).isEmpty());
    }
    CHECK(sheet.cell(17, 1) == kTotal);
}

TEST_CASE("XLSX as openpyxl writes it: absolute targets, inline strings, NFD names",
          "[io][xlsx][orcus-defect]")
{
    const Workbook book = readFixture("delegates_openpyxl.xlsx");
    REQUIRE(book.sheets.size() == 1);
    checkFlatTable(book.sheets[0]); // compares with NFC literals
    CHECK(book.sheets[0].merges.contains(CellRange { 0, 0, 0, 7 }));
}

TEST_CASE("liborcus defect 1: absolute relationship targets", "[io][xlsx][orcus-defect]")
{
    const Workbook book = readFixture("absolute_targets.xlsx");
    REQUIRE(book.sheets.size() == 1);
    checkFlatTable(book.sheets[0]);
}

TEST_CASE("liborcus defect 2: inline strings", "[io][xlsx][orcus-defect]")
{
    SECTION("an openpyxl-style sheet")
    {
        const Workbook book = readFixture("inline_strings.xlsx");
        REQUIRE(book.sheets.size() == 1);
        checkFlatTable(book.sheets[0]);
    }
    SECTION("mixed with shared strings, rich text, phonetic runs and an x: prefix")
    {
        const Workbook book = readFixture("mixed_strings.xlsx");
        REQUIRE(book.sheets.size() == 1);
        const Sheet &sheet = book.sheets[0];
        CHECK(sheet.name == QStringLiteral("Trang 1"));
        CHECK(sheet.rows
              == QList<QStringList> { { "Một", "Nguyễn Văn An", "1995" }, { "Hai", "Trần & Lê" } });
    }
}

TEST_CASE("liborcus defect 3: ODS covered cells of a merged header", "[io][ods][orcus-defect]")
{
    SECTION("as LibreOffice saves it")
    {
        const Workbook book = readFixture("delegates_lo.ods");
        REQUIRE(book.sheets.size() == 1);
        checkMergedHeaderTable(book.sheets[0], true);
    }
    SECTION("covered cells still holding hidden text")
    {
        const Workbook book = readFixture("covered_content.ods");
        const Sheet &sheet = book.sheets[0];
        CHECK(sheet.rows
              == QList<QStringList> { { "Họ và tên", "Năm sinh", "", "Đơn vị" },
                                      { "", "Nam", "Nữ" },
                                      { "Nguyễn Văn An", "1995", "", "Xã Phước Ninh" },
                                      { "Trần Thị Bích Ngọc", "", "1998", "Xã Suối Đá" } });
        CHECK(sheet.merges == QList<CellRange> { { 0, 0, 1, 0 }, { 0, 1, 0, 2 }, { 0, 3, 1, 3 } });
    }
}

// Shows that the normalisation is still needed: run with "[.orcus-defects]" to see whether
// Debian's liborcus still has the defects (a failure here means it was fixed upstream).
TEST_CASE("liborcus 0.17 reads these files wrongly on its own", "[.orcus-defects]")
{
    auto raw = [](const char *name, SpreadsheetFormat format) {
        return detail::readWithOrcusUnpatched(fixtureBytes(name), format);
    };
    const Result<Workbook> absolute = raw("absolute_targets.xlsx", SpreadsheetFormat::Xlsx);
    CHECK((!absolute || absolute->sheets.isEmpty()));
    const Result<Workbook> inlined = raw("inline_strings.xlsx", SpreadsheetFormat::Xlsx);
    REQUIRE(inlined.ok());
    REQUIRE(inlined->sheets.size() == 1);
    CHECK(inlined->sheets[0].cell(0, 0).isEmpty()); // the title is gone
    CHECK(inlined->sheets[0].cell(4, 2) == QStringLiteral("1995")); // numbers survive
    const Result<Workbook> ods = raw("delegates_lo.ods", SpreadsheetFormat::Ods);
    REQUIRE(ods.ok());
    CHECK(ods->sheets[0].cell(3, 3) == QStringLiteral("Chức vụ")); // shifted left
    CHECK(ods->sheets[0].cell(4, 0) == QStringLiteral("Nam"));
}

TEST_CASE("XLSX and XLS as LibreOffice saves them", "[io][xlsx][xls]")
{
    SECTION("xlsx")
    {
        const Workbook book = readFixture("delegates_lo.xlsx");
        REQUIRE(book.sheets.size() == 1);
        checkMergedHeaderTable(book.sheets[0], true);
    }
    SECTION("xls through freexl (no merges reported)")
    {
        const Workbook book = readFixture("delegates_lo.xls");
        REQUIRE(book.sheets.size() == 1);
        checkMergedHeaderTable(book.sheets[0], false);
    }
    SECTION("xls given as bytes")
    {
        const Result<Workbook> book
            = readSpreadsheet(fixtureBytes("delegates_lo.xls"), QStringLiteral("danh sach.xls"));
        REQUIRE(book.ok());
        checkMergedHeaderTable(book->sheets[0], false);
    }
}

TEST_CASE("the format is recognised by content before the name", "[io][detect]")
{
    CHECK(detectFormat(fixtureBytes("delegates_excel.xlsx"), QStringLiteral("a.xlsx"))
          == SpreadsheetFormat::Xlsx);
    CHECK(detectFormat(fixtureBytes("delegates_excel.xlsx"), QStringLiteral("a.csv"))
          == SpreadsheetFormat::Xlsx);
    CHECK(detectFormat(fixtureBytes("delegates_lo.ods"), QStringLiteral("a.xlsx"))
          == SpreadsheetFormat::Ods);
    CHECK(detectFormat(fixtureBytes("delegates_lo.xls"), QStringLiteral("a.xlsx"))
          == SpreadsheetFormat::Xls);
    CHECK(detectFormat("STT,Họ và tên\n", QStringLiteral("a.csv")) == SpreadsheetFormat::Csv);
    CHECK(detectFormat(fixtureBytes("not_a_spreadsheet.zip"), QStringLiteral("a.xlsx"))
          == SpreadsheetFormat::Unknown);
    CHECK(detectFormat("STT\tHọ và tên\n", QStringLiteral("a.pdf")) == SpreadsheetFormat::Unknown);

    // An XLSX renamed .csv still reads as a workbook.
    const Result<Workbook> renamed
        = readSpreadsheet(fixtureBytes("delegates_excel.xlsx"), QStringLiteral("danh sach.csv"));
    REQUIRE(renamed.ok());
    CHECK(renamed->sheets[0].cell(0, 0) == kTitle);
    // Tab-separated text saved as ".xls" by a web exporter reads as CSV.
    const Result<Workbook> textXls = readSpreadsheet(
        QByteArray("STT\tHọ và tên\n1\tNguyễn Văn An\n"), QStringLiteral("x.xls"));
    REQUIRE(textXls.ok());
    CHECK(padded(textXls->sheets[0].rows[1], 2) == QStringList { "1", "Nguyễn Văn An" });
}

TEST_CASE("broken files give a clear error, never a crash", "[io][broken]")
{
    auto readBytes = [](const QByteArray &bytes, const QString &name) {
        return readSpreadsheet(bytes, name);
    };
    SECTION("an empty file")
    {
        const Result<Workbook> book
            = readSpreadsheet(testsupport::fixture(QStringLiteral("import/empty.xlsx")));
        REQUIRE_FALSE(book.ok());
        CHECK(book.error().contains(QStringLiteral("empty")));
        CHECK(book.error().contains(QStringLiteral("empty.xlsx")));
    }
    SECTION("random bytes under any name")
    {
        for (const char *name :
             { "random.xlsx", "random.ods", "random.csv", "random.xls", "random.bin" }) {
            const Result<Workbook> book
                = readBytes(fixtureBytes("random.bin"), QLatin1String(name));
            INFO(name);
            REQUIRE_FALSE(book.ok());
            CHECK_FALSE(book.error().isEmpty());
        }
    }
    SECTION("a zip cut short")
    {
        const Result<Workbook> book
            = readSpreadsheet(testsupport::fixture(QStringLiteral("import/truncated.xlsx")));
        REQUIRE_FALSE(book.ok());
        CHECK(book.error()
              == QStringLiteral("The file “truncated.xlsx” is damaged: the end of the zip archive "
                                "is missing (the file was cut short). Open it in Excel or "
                                "LibreOffice, save it again and import the new file."));
        // Every prefix of a good file fails cleanly.
        const QByteArray good = fixtureBytes("delegates_excel.xlsx");
        for (qsizetype n = 0; n < good.size(); n += 97)
            CHECK_FALSE(readBytes(good.left(n), QStringLiteral("x.xlsx")).ok());
        const QByteArray ods = fixtureBytes("delegates_lo.ods");
        for (qsizetype n = 1; n < ods.size(); n += 997)
            CHECK_FALSE(readBytes(ods.left(n), QStringLiteral("x.ods")).ok());
    }
    SECTION("bytes flipped inside a compressed part")
    {
        QByteArray bad = fixtureBytes("delegates_excel.xlsx");
        for (qsizetype i = 200; i < 260; ++i)
            bad[i] = char(bad[i] ^ 0x5A);
        const Result<Workbook> book = readBytes(bad, QStringLiteral("x.xlsx"));
        REQUIRE_FALSE(book.ok());
        CHECK(book.error().startsWith(QStringLiteral("The file “x.xlsx” is damaged: ")));
    }
    SECTION("a zip that is not a spreadsheet")
    {
        const Result<Workbook> book
            = readSpreadsheet(testsupport::fixture(QStringLiteral("import/not_a_spreadsheet.zip")));
        REQUIRE_FALSE(book.ok());
        CHECK(book.error().contains(QStringLiteral("neither CSV, XLSX, ODS nor XLS")));
    }
    SECTION("a password-protected xlsx")
    {
        const Result<Workbook> book
            = readSpreadsheet(testsupport::fixture(QStringLiteral("import/encrypted.xlsx")));
        REQUIRE_FALSE(book.ok());
        CHECK(book.error().contains(QStringLiteral("password")));
    }
    SECTION("a web page named .xls")
    {
        const Result<Workbook> book
            = readSpreadsheet(testsupport::fixture(QStringLiteral("import/webpage.xls")));
        REQUIRE_FALSE(book.ok());
        CHECK(book.error().contains(QStringLiteral("web page")));
    }
    SECTION("a file that does not exist")
    {
        const Result<Workbook> book
            = readSpreadsheet(QStringLiteral("/nonexistent/danh sach.xlsx"));
        REQUIRE_FALSE(book.ok());
        CHECK(book.error().contains(QStringLiteral("danh sach.xlsx")));
    }
    SECTION("a zip bomb")
    {
        ZipWriter writer;
        writer.add(QStringLiteral("[Content_Types].xml"), QByteArray("<Types/>"));
        writer.add(QStringLiteral("xl/worksheets/sheet1.xml"), QByteArray(1 << 20, '\0'));
        const QByteArray zip = writer.finish();
        // Declared honestly but beyond the cap.
        Result<ZipReader> reader = ZipReader::open(zip, 512 * 1024);
        REQUIRE(reader.ok());
        CHECK(reader->read(QStringLiteral("[Content_Types].xml")).ok());
        const Result<QByteArray> big = reader->read(QStringLiteral("xl/worksheets/sheet1.xml"));
        REQUIRE_FALSE(big.ok());
        CHECK(big.error().contains(QStringLiteral("MB")));
        // Declared small, inflating to more: stopped at the declared size.
        Result<ZipReader> lying = ZipReader::open(withDeclaredSize(zip, 1, 8));
        REQUIRE(lying.ok());
        CHECK(lying->read(0).ok());
        CHECK_FALSE(lying->read(1).ok());
        // Declared 300 MB through the public reader: refused before inflating.
        const Result<Workbook> book
            = readBytes(withDeclaredSize(zip, 1, 300u << 20), QStringLiteral("bomb.xlsx"));
        REQUIRE_FALSE(book.ok());
    }
}

TEST_CASE("Inline strings with XML's special characters read as they were typed", "[io][xlsx]")
{
    // The inline strings become shared strings before orcus reads them: what had to be
    // escaped in the sheet must be escaped again, once, in the shared strings.
    ZipWriter writer;
    writer.add(QStringLiteral("[Content_Types].xml"),
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
               "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
               "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
               "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
               "PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
               "officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/"
               "worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
               "officedocument.spreadsheetml.worksheet+xml\"/></Types>");
    writer.add(QStringLiteral("_rels/.rels"),
               "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
               "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
               "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
               "Target=\"xl/workbook.xml\"/></Relationships>");
    writer.add(QStringLiteral("xl/workbook.xml"),
               "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
               "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
               "relationships\"><sheets><sheet name=\"DS\" sheetId=\"1\" r:id=\"rId1\"/>"
               "</sheets></workbook>");
    writer.add(QStringLiteral("xl/_rels/workbook.xml.rels"),
               "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
               "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
               "openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
               "Target=\"worksheets/sheet1.xml\"/></Relationships>");
    writer.add(
        QStringLiteral("xl/worksheets/sheet1.xml"),
        QStringLiteral("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                       "main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Đoàn "
                       "&amp; Hội &lt;Tây Ninh&gt; \"2021\"</t></is></c><c r=\"B1\" "
                       "t=\"inlineStr\"><is><t xml:space=\"preserve\">hai\ndòng\tmột tab</t></is>"
                       "</c><c r=\"C1\"><v>7</v></c></row></sheetData></worksheet>")
            .toUtf8());
    const Result<Workbook> book = readSpreadsheet(writer.finish(), QStringLiteral("dac biet.xlsx"));
    REQUIRE(book.ok());
    REQUIRE(book->sheets.size() == 1);
    const Sheet &sheet = book->sheets.first();
    REQUIRE(sheet.rowCount() == 1);
    REQUIRE(sheet.rows[0].size() >= 3);
    CHECK(sheet.cell(0, 0) == QStringLiteral("Đoàn & Hội <Tây Ninh> \"2021\""));
    CHECK(sheet.cell(0, 1) == QStringLiteral("hai\ndòng\tmột tab"));
    CHECK(sheet.cell(0, 2) == QStringLiteral("7"));
}

TEST_CASE("zip writer and reader round-trip", "[io][zip]")
{
    ZipWriter writer;
    const QByteArray text = QStringLiteral("Đoàn TNCS Hồ Chí Minh\n").repeated(200).toUtf8();
    writer.add(QStringLiteral("mimetype"), QByteArray("application/x"), ZipWriter::Method::Stored);
    writer.add(QStringLiteral("thư mục/nội dung.xml"), text);
    writer.add(QStringLiteral("empty"), QByteArray());
    const QByteArray zip = writer.finish();
    CHECK(zip.size() < text.size()); // deflated
    Result<ZipReader> reader = ZipReader::open(zip);
    REQUIRE(reader.ok());
    REQUIRE(reader->entries().size() == 3);
    CHECK(reader->entries()[0].method == 0);
    CHECK(reader->entries()[1].method == 8);
    CHECK(*reader->read(QStringLiteral("mimetype")) == "application/x");
    CHECK(*reader->read(QStringLiteral("thư mục/nội dung.xml")) == text);
    CHECK(reader->read(QStringLiteral("empty"))->isEmpty());
    CHECK_FALSE(reader->read(QStringLiteral("missing")).ok());

    QByteArray corrupt = zip;
    corrupt[40] = char(corrupt[40] ^ 1); // inside the stored mimetype
    Result<ZipReader> bad = ZipReader::open(corrupt);
    REQUIRE(bad.ok());
    CHECK_FALSE(bad->read(0).ok()); // CRC mismatch
}

TEST_CASE("numbers are shown as the spreadsheet shows them", "[io][numbers]")
{
    CHECK(XlsxNumberFormat::general(912345678) == QStringLiteral("912345678"));
    CHECK(XlsxNumberFormat::general(1995.0) == QStringLiteral("1995"));
    CHECK(XlsxNumberFormat::general(0.1 + 0.2) == QStringLiteral("0.3"));
    CHECK(XlsxNumberFormat::general(-12.5) == QStringLiteral("-12.5"));
    CHECK(XlsxNumberFormat::general(84912345678.0) == QStringLiteral("84912345678"));
    CHECK(XlsxNumberFormat(14, {}).format(43831) == QStringLiteral("01/01/2020"));
    CHECK(XlsxNumberFormat(14, {}).format(43831, true) == QStringLiteral("02/01/2024"));
    CHECK(XlsxNumberFormat(164, QStringLiteral("dd/mm/yyyy;@")).format(34770)
          == QStringLiteral("12/03/1995"));
    CHECK(XlsxNumberFormat(165, QStringLiteral("[$-42A]d mmmm yyyy")).kind()
          == XlsxNumberFormat::Kind::Date);
    CHECK(XlsxNumberFormat(166, QStringLiteral("\"Năm\" 0")).kind()
          == XlsxNumberFormat::Kind::General);
    CHECK(XlsxNumberFormat(22, {}).format(43831.5) == QStringLiteral("01/01/2020 12:00"));
    CHECK(XlsxNumberFormat(20, {}).format(0.75) == QStringLiteral("18:00"));
    CHECK(XlsxNumberFormat(167, QStringLiteral("0000000000")).format(912345678)
          == QStringLiteral("0912345678"));
    CHECK(XlsxNumberFormat(10, {}).format(0.125) == QStringLiteral("12.50%"));
    CHECK(XlsxNumberFormat(0, {}).format(1990) == QStringLiteral("1990"));
    CHECK(XlsxNumberFormat::serialToDate(1) == QDate(1900, 1, 1));
    CHECK(XlsxNumberFormat::serialToDate(59) == QDate(1900, 2, 28)); // before Excel's 29/02/1900
    CHECK(XlsxNumberFormat::serialToDate(61) == QDate(1900, 3, 1));
}
