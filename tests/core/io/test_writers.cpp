#include "support/testsupport.h"

#include "io/tablewriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>

using dd::io::ExportColumn;
using dd::io::ExportTable;
using dd::io::guardFormula;
using dd::io::sanitizeSheetName;
using dd::io::writeCsv;
using dd::io::writeXlsx;

namespace {

ExportTable delegates()
{
    ExportTable t;
    t.sheetName = QStringLiteral("Đại biểu");
    t.title = QStringLiteral("DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ ĐỐI THOẠI");
    t.columns = { { QStringLiteral("STT"), 6, false },
                  { QStringLiteral("Họ và tên"), 28, false },
                  { QStringLiteral("Số điện thoại"), 8, true },
                  { QStringLiteral("Ghi chú"), 20, false },
                  { QStringLiteral("Số câu hỏi"), 10, false } };
    t.rows = { { QStringLiteral("1"), QStringLiteral("Nguyễn Thị Ánh Hồng"),
                 QStringLiteral("0912345678"), QStringLiteral("=1+1"), QStringLiteral("5") },
               { QStringLiteral("2"), QStringLiteral("Trần Văn Đức, Bí thư"),
                 QStringLiteral("+84 276 3822 123"), QStringLiteral("Nói \"đối thoại\"\nhai dòng"),
                 QStringLiteral("-3") },
               { QStringLiteral("3"), QStringLiteral("@Lê Hoàng Phúc"), QString(),
                 QStringLiteral("-2+3"), QStringLiteral("không rõ") } };
    t.numericColumns = { 0, 4 };
    return t;
}

// RFC 4180 reader, just enough to read back what writeCsv wrote.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size()
                   && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

QByteArray unzipMember(const QString &zip, const QString &member)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), { QStringLiteral("-p"), zip, member });
    p.waitForFinished(30000);
    return p.readAllStandardOutput();
}

QStringList sharedStrings(const QByteArray &xml)
{
    QStringList out;
    QXmlStreamReader r(xml);
    QString current;
    bool inSi = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("si")) {
            inSi = true;
            current.clear();
        } else if (r.isStartElement() && r.name() == QLatin1String("t") && inSi) {
            current += r.readElementText();
        } else if (r.isEndElement() && r.name() == QLatin1String("si")) {
            inSi = false;
            out.append(current);
        }
    }
    return out;
}

struct Cell
{
    QString type; // t attribute: "s" shared string, "" number, …
    QString value;
    bool formula = false;
    int style = 0;
};

struct Sheet
{
    QHash<QString, Cell> cells; // by reference, "A1"
    QString pane; // the <pane> element's attributes, "name=value;…"
    QString autoFilter;
    QStringList merges;
    QHash<int, double> widths; // by 1-based column
};

Sheet readSheet(const QByteArray &xml, const QStringList &strings)
{
    Sheet sheet;
    QXmlStreamReader r(xml);
    QString ref;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        const auto a = r.attributes();
        if (r.name() == QLatin1String("c")) {
            ref = a.value(QLatin1String("r")).toString();
            Cell &c = sheet.cells[ref];
            c.type = a.value(QLatin1String("t")).toString();
            c.style = a.value(QLatin1String("s")).toInt();
        } else if (r.name() == QLatin1String("v")) {
            Cell &c = sheet.cells[ref];
            c.value = r.readElementText();
            if (c.type == QLatin1String("s"))
                c.value = strings.value(c.value.toInt());
        } else if (r.name() == QLatin1String("t")
                   && sheet.cells[ref].type == QLatin1String("inlineStr")) {
            sheet.cells[ref].value += r.readElementText(); // constant-memory mode
        } else if (r.name() == QLatin1String("f")) {
            sheet.cells[ref].formula = true;
        } else if (r.name() == QLatin1String("pane")) {
            for (const auto &attr : a)
                sheet.pane += attr.name().toString() + QLatin1Char('=') + attr.value().toString()
                    + QLatin1Char(';');
        } else if (r.name() == QLatin1String("autoFilter")) {
            sheet.autoFilter = a.value(QLatin1String("ref")).toString();
        } else if (r.name() == QLatin1String("mergeCell")) {
            sheet.merges.append(a.value(QLatin1String("ref")).toString());
        } else if (r.name() == QLatin1String("col")) {
            const int min = a.value(QLatin1String("min")).toInt();
            const int max = a.value(QLatin1String("max")).toInt();
            for (int i = min; i <= max; ++i)
                sheet.widths[i] = a.value(QLatin1String("width")).toDouble();
        }
    }
    return sheet;
}

Sheet readXlsxSheet(const QString &file, int index)
{
    const QStringList strings
        = sharedStrings(unzipMember(file, QStringLiteral("xl/sharedStrings.xml")));
    return readSheet(unzipMember(file, QStringLiteral("xl/worksheets/sheet%1.xml").arg(index)),
                     strings);
}

QStringList sheetNames(const QString &file)
{
    QStringList names;
    QXmlStreamReader r(unzipMember(file, QStringLiteral("xl/workbook.xml")));
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("sheet"))
            names.append(r.attributes().value(QLatin1String("name")).toString());
    }
    return names;
}

// The cellXfs entries: font id and number format id of each style index.
struct Xf
{
    int font = 0;
    int numFmt = 0;
    int border = 0;
    int fill = 0;
};
struct Styles
{
    QList<bool> fontBold;
    QList<double> fontSize;
    QList<Xf> xfs;
    QHash<int, QString> numFmts;
};

Styles readStyles(const QString &file)
{
    Styles s;
    QXmlStreamReader r(unzipMember(file, QStringLiteral("xl/styles.xml")));
    bool inFonts = false;
    bool inCellXfs = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isEndElement() && r.name() == QLatin1String("fonts"))
            inFonts = false;
        if (r.isEndElement() && r.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        if (!r.isStartElement())
            continue;
        const auto a = r.attributes();
        if (r.name() == QLatin1String("fonts"))
            inFonts = true;
        else if (r.name() == QLatin1String("cellXfs"))
            inCellXfs = true;
        else if (inFonts && r.name() == QLatin1String("font")) {
            s.fontBold.append(false);
            s.fontSize.append(11);
        } else if (inFonts && r.name() == QLatin1String("b"))
            s.fontBold.last() = true;
        else if (inFonts && r.name() == QLatin1String("sz"))
            s.fontSize.last() = a.value(QLatin1String("val")).toDouble();
        else if (r.name() == QLatin1String("numFmt"))
            s.numFmts.insert(a.value(QLatin1String("numFmtId")).toInt(),
                             a.value(QLatin1String("formatCode")).toString());
        else if (inCellXfs && r.name() == QLatin1String("xf"))
            s.xfs.append({ a.value(QLatin1String("fontId")).toInt(),
                           a.value(QLatin1String("numFmtId")).toInt(),
                           a.value(QLatin1String("borderId")).toInt(),
                           a.value(QLatin1String("fillId")).toInt() });
    }
    return s;
}

QStringList folderEntries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("guardFormula", "[writers]")
{
    CHECK(guardFormula(QStringLiteral("=1+1")) == QStringLiteral("'=1+1"));
    CHECK(guardFormula(QStringLiteral("+84912345678")) == QStringLiteral("'+84912345678"));
    CHECK(guardFormula(QStringLiteral("-2+3")) == QStringLiteral("'-2+3"));
    CHECK(guardFormula(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(guardFormula(QStringLiteral("\t=cmd")) == QStringLiteral("'\t=cmd"));
    CHECK(guardFormula(QStringLiteral("\r=cmd")) == QStringLiteral("'\r=cmd"));
    CHECK(guardFormula(QStringLiteral("0912345678")) == QStringLiteral("0912345678"));
    CHECK(guardFormula(QStringLiteral("Hồng = đẹp")) == QStringLiteral("Hồng = đẹp"));
    CHECK(guardFormula(QString()).isEmpty());
}

TEST_CASE("CSV export: BOM, CRLF, quoting, formula guard", "[writers]")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    const Status status = writeCsv(buffer, delegates());
    REQUIRE(status.ok());

    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.mid(3).startsWith("STT,Họ và tên,Số điện thoại,Ghi chú,Số câu hỏi\r\n"));
    CHECK(bytes.endsWith("\r\n"));
    CHECK_FALSE(bytes.contains("DANH SÁCH")); // no title row in CSV

    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(1) == QStringList({ "1", "Nguyễn Thị Ánh Hồng", "0912345678", "'=1+1", "5" }));
    CHECK(rows.at(2)
          == QStringList({ "2", "Trần Văn Đức, Bí thư", "'+84 276 3822 123",
                           "Nói \"đối thoại\"\nhai dòng", "-3" }));
    // A real number in a numeric column is not guarded; text in it is.
    CHECK(rows.at(3) == QStringList({ "3", "'@Lê Hoàng Phúc", "", "'-2+3", "không rõ" }));
    CHECK(bytes.contains("\"Trần Văn Đức, Bí thư\""));

    SECTION("unwritable device")
    {
        QBuffer closed;
        CHECK_FALSE(writeCsv(closed, delegates()).ok());
    }
}

TEST_CASE("XLSX export: header, styles, frozen pane, text cells", "[writers]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        FAIL("unzip is needed to read the workbook back (apt-get install unzip)");

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("Danh sách đại biểu.xlsx"));

    ExportTable questions;
    questions.sheetName = QStringLiteral("Câu hỏi [tổng hợp]: 30/8?");
    questions.columns = { { QStringLiteral("Nội dung"), 60, false } };
    questions.rows = { { QStringLiteral("Đề nghị hỗ trợ nhà ở cho công nhân") } };

    const Status status = writeXlsx(file, { delegates(), questions });
    INFO(status.error().toStdString());
    REQUIRE(status.ok());
    REQUIRE(QFileInfo(file).size() > 0);
    // Only the workbook is left in the folder: no temporary file.
    CHECK(folderEntries(dir.path()) == QStringList { QStringLiteral("Danh sách đại biểu.xlsx") });

    CHECK(
        sheetNames(file)
        == QStringList({ QStringLiteral("Đại biểu"), QStringLiteral("Câu hỏi (tổng hợp)- 30-8") }));

    const Sheet sheet = readXlsxSheet(file, 1);
    const Styles styles = readStyles(file);

    // Title row merged across the columns, bold and larger.
    CHECK(sheet.cells.value(QStringLiteral("A1")).value
          == QStringLiteral("DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ ĐỐI THOẠI"));
    CHECK(sheet.merges == QStringList { QStringLiteral("A1:E1") });
    const Xf titleXf = styles.xfs.value(sheet.cells.value(QStringLiteral("A1")).style);
    CHECK(styles.fontBold.value(titleXf.font));
    CHECK(styles.fontSize.value(titleXf.font) > 11);

    // Header row 2: texts, bold, bordered, filled.
    CHECK(sheet.cells.value(QStringLiteral("A2")).value == QStringLiteral("STT"));
    CHECK(sheet.cells.value(QStringLiteral("B2")).value == QStringLiteral("Họ và tên"));
    CHECK(sheet.cells.value(QStringLiteral("C2")).value == QStringLiteral("Số điện thoại"));
    CHECK(sheet.cells.value(QStringLiteral("E2")).value == QStringLiteral("Số câu hỏi"));
    const Xf headerXf = styles.xfs.value(sheet.cells.value(QStringLiteral("B2")).style);
    CHECK(styles.fontBold.value(headerXf.font));
    CHECK(headerXf.border > 0);
    CHECK(headerXf.fill > 1); // 0 and 1 are Excel's built-in none/gray125 fills

    // Frozen below the header, autofilter over header and data.
    CHECK(sheet.pane.contains(QStringLiteral("state=frozen")));
    CHECK(sheet.pane.contains(QStringLiteral("topLeftCell=A3")));
    CHECK(sheet.pane.contains(QStringLiteral("ySplit=2")));
    CHECK(sheet.autoFilter == QStringLiteral("A2:E5"));

    // Widths: as asked, but never narrower than the header text.
    CHECK(sheet.widths.value(2) == Approx(28).epsilon(0.05));
    CHECK(sheet.widths.value(3) >= QStringLiteral("Số điện thoại").size());
    CHECK(sheet.widths.value(1) >= 5);

    // Data: phone is a string with its leading zero and the "@" format.
    const Cell phone = sheet.cells.value(QStringLiteral("C3"));
    CHECK(phone.type == QStringLiteral("s"));
    CHECK(phone.value == QStringLiteral("0912345678"));
    const Xf phoneXf = styles.xfs.value(phone.style);
    CHECK((phoneXf.numFmt == 49 || styles.numFmts.value(phoneXf.numFmt) == QStringLiteral("@")));

    // "=1+1" is a string cell, no formula; no apostrophe is added in XLSX.
    const Cell formula = sheet.cells.value(QStringLiteral("D3"));
    CHECK(formula.type == QStringLiteral("s"));
    CHECK(formula.value == QStringLiteral("=1+1"));
    CHECK_FALSE(formula.formula);
    for (const Cell &c : sheet.cells)
        CHECK_FALSE(c.formula);
    CHECK(sheet.cells.value(QStringLiteral("B5")).value == QStringLiteral("@Lê Hoàng Phúc"));

    // Numeric columns hold numbers when they parse, text otherwise.
    CHECK(sheet.cells.value(QStringLiteral("A3")).type.isEmpty());
    CHECK(sheet.cells.value(QStringLiteral("A3")).value == QStringLiteral("1"));
    CHECK(sheet.cells.value(QStringLiteral("E4")).type.isEmpty());
    CHECK(sheet.cells.value(QStringLiteral("E4")).value == QStringLiteral("-3"));
    CHECK(sheet.cells.value(QStringLiteral("E5")).type == QStringLiteral("s"));
    CHECK(sheet.cells.value(QStringLiteral("E5")).value == QStringLiteral("không rõ"));
    // Name and notes with a line break survive.
    CHECK(sheet.cells.value(QStringLiteral("D4")).value
          == QStringLiteral("Nói \"đối thoại\"\nhai dòng"));

    // Second sheet: no title, header on row 1.
    const Sheet second = readXlsxSheet(file, 2);
    CHECK(second.cells.value(QStringLiteral("A1")).value == QStringLiteral("Nội dung"));
    CHECK(second.cells.value(QStringLiteral("A2")).value
          == QStringLiteral("Đề nghị hỗ trợ nhà ở cho công nhân"));
    CHECK(second.pane.contains(QStringLiteral("topLeftCell=A2")));
    CHECK(second.widths.value(1) == Approx(60).epsilon(0.05));
}

TEST_CASE("XLSX export replaces the target only on success", "[writers]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("out.xlsx"));

    SECTION("replaces an existing file")
    {
        QFile old(file);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old contents");
        old.close();
        REQUIRE(writeXlsx(file, { delegates() }).ok());
        CHECK(testsupport::readFile(file).startsWith("PK"));
        CHECK(folderEntries(dir.path()) == QStringList { QStringLiteral("out.xlsx") });
    }
    SECTION("missing folder")
    {
        const Status s
            = writeXlsx(dir.filePath(QStringLiteral("no/such/out.xlsx")), { delegates() });
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().contains(QStringLiteral("out.xlsx")));
        CHECK(s.error().contains(QStringLiteral("does not exist")));
    }
    SECTION("a folder with the target's name")
    {
        REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("out.xlsx")));
        CHECK_FALSE(writeXlsx(file, { delegates() }).ok());
    }
    SECTION("read-only folder")
    {
        const QString sub = dir.filePath(QStringLiteral("ro"));
        REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("ro")));
        QFile::setPermissions(sub, QFile::ReadOwner | QFile::ExeOwner);
        QFile probe(sub + QStringLiteral("/probe"));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            WARN("running as root: the read-only folder is writable; case skipped");
        } else {
            const Status s = writeXlsx(sub + QStringLiteral("/out.xlsx"), { delegates() });
            REQUIRE_FALSE(s.ok());
            CHECK(s.error().contains(QStringLiteral("out.xlsx")));
            CHECK(folderEntries(sub).isEmpty());
        }
        QFile::setPermissions(sub, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    SECTION("into a device")
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        REQUIRE(writeXlsx(buffer, { delegates() }).ok());
        CHECK(bytes.startsWith("PK\x03\x04"));
    }
}

TEST_CASE("Sheet names are made valid and unique for Excel", "[writers]")
{
    CHECK(sanitizeSheetName(QStringLiteral("Câu hỏi [1]/2*?:\\"))
          == QStringLiteral("Câu hỏi (1)-2--"));
    CHECK(sanitizeSheetName(QStringLiteral("'Đại biểu'")) == QStringLiteral("Đại biểu"));
    CHECK(sanitizeSheetName(QString()) == QStringLiteral("Sheet"));
    CHECK(sanitizeSheetName(QStringLiteral("History")) == QStringLiteral("History 1"));
    const QString longName
        = QStringLiteral("Tổng hợp ý kiến kiến nghị của đoàn viên thanh niên công nhân");
    const QString cut = sanitizeSheetName(longName);
    CHECK(cut.size() == 31);
    CHECK(longName.startsWith(cut));
    // Excel compares sheet names without case, Vietnamese letters included.
    CHECK(sanitizeSheetName(QStringLiteral("đại biểu"), { QStringLiteral("Đại biểu") })
          == QStringLiteral("đại biểu (2)"));
    CHECK(sanitizeSheetName(QStringLiteral("Sheet"), { QStringLiteral("sheet") })
          == QStringLiteral("Sheet (2)"));
    const QString second = sanitizeSheetName(longName, { cut });
    CHECK(second.size() == 31);
    CHECK(second.endsWith(QStringLiteral(" (2)")));
    // NFD input becomes NFC.
    CHECK(sanitizeSheetName(QStringLiteral("Hồng").normalized(QString::NormalizationForm_D))
          == QStringLiteral("Hồng"));

    // In a workbook: duplicate names get a suffix.
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        return;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("names.xlsx"));
    ExportTable a;
    a.sheetName = QStringLiteral("Đại biểu");
    a.columns = { { QStringLiteral("A") } };
    ExportTable b = a;
    ExportTable c = a;
    c.sheetName.clear();
    REQUIRE(writeXlsx(file, { a, b, c }).ok());
    CHECK(sheetNames(file)
          == QStringList({ QStringLiteral("Đại biểu"), QStringLiteral("Đại biểu (2)"),
                           QStringLiteral("Sheet3") }));
}

namespace {

// Seven rows written by hand, repeated: empty cells in every kind of column, phones with their
// leading 0, Vietnamese text, formulas, numbers and words in the numeric column.
struct HandRow
{
    const char *name;
    const char *phone;
    const char *note;
    const char *count;
};
const HandRow kHandRows[] = {
    { "Nguyễn Thị Ánh Hồng", "0912345678", "", "5" },
    { "Trần Văn Đức", "", "=SUM(A1:A9)", "" },
    { "", "0276 3822 123", "Nói \"đối thoại\"\nhai dòng", "-3" },
    { "Lê Hoàng Phúc", "00841234", "@Chi đoàn", "không rõ" },
    { "Đặng Thị Yến", "", "", "12.5" },
    { "Võ Quốc Khánh", "0", "Ủy viên BCH", "0" },
    { "Huỳnh Ngọc Trân", "0987 654 321", "Bí thư, Chi đoàn", "" },
};
constexpr int kLongRows = 6000; // constant-memory mode from 5,000; many batches of the queue

// The hand rows, numbered, produced one at a time as the database export does; fails after
// `failAt` rows when set.
class HandRows final : public dd::io::RowSource
{
public:
    explicit HandRows(int failAt = -1)
        : m_failAt(failAt)
    { }
    bool next(QStringList &cells) override
    {
        if (m_next == kLongRows || m_next == m_failAt)
            return false;
        const HandRow &h = kHandRows[m_next % std::size(kHandRows)];
        ++m_next;
        cells = { QString::number(m_next), QString::fromUtf8(h.name), QString::fromUtf8(h.phone),
                  QString::fromUtf8(h.note), QString::fromUtf8(h.count) };
        return true;
    }
    QString error() const override
    {
        return m_next == m_failAt ? QStringLiteral("Không đọc được danh sách") : QString();
    }
    qsizetype sizeHint() const override { return kLongRows; }

private:
    int m_failAt;
    int m_next = 0;
};

} // namespace

TEST_CASE("XLSX export of a long list: every cell of every row as the rows gave it", "[writers]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        FAIL("unzip is needed to read the workbook back (apt-get install unzip)");
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("dài.xlsx"));
    const ExportTable layout = delegates(); // its columns: phone as text, 0 and 4 numeric

    SECTION("all rows")
    {
        HandRows rows;
        const Status status = writeXlsx(file, { dd::io::SheetSource(layout, rows) });
        INFO(status.error().toStdString());
        REQUIRE(status.ok());
        const Sheet sheet = readXlsxSheet(file, 1);
        const Styles styles = readStyles(file);
        CHECK(sheet.autoFilter == QStringLiteral("A2:E%1").arg(kLongRows + 2));
        int checked = 0;
        for (int i = 0; i < kLongRows; ++i) {
            const HandRow &h = kHandRows[i % std::size(kHandRows)];
            const QString r = QString::number(i + 3); // below the title and the header
            const auto at = [&](char column) {
                return sheet.cells.value(QLatin1Char(column) + r);
            };
            INFO("row " << (i + 3));
            const Cell number = at('A');
            CHECK((number.type.isEmpty() && number.value == QString::number(i + 1)));
            const QString name = QString::fromUtf8(h.name);
            CHECK(sheet.cells.contains(QLatin1Char('B') + r) == !name.isEmpty());
            CHECK(at('B').value == name);
            // The phone column is text: a blank cell when empty, with the "@" format either way.
            const Cell phone = at('C');
            CHECK(sheet.cells.contains(QLatin1Char('C') + r));
            CHECK(phone.value == QString::fromUtf8(h.phone));
            CHECK(phone.type == (*h.phone ? QStringLiteral("inlineStr") : QString()));
            const Xf phoneXf = styles.xfs.value(phone.style);
            CHECK((phoneXf.numFmt == 49
                   || styles.numFmts.value(phoneXf.numFmt) == QStringLiteral("@")));
            const QString note = QString::fromUtf8(h.note);
            CHECK(sheet.cells.contains(QLatin1Char('D') + r) == !note.isEmpty());
            CHECK(at('D').value == note);
            CHECK_FALSE(at('D').formula);
            const QString count = QString::fromUtf8(h.count);
            const bool isNumber = count == QLatin1String("5") || count == QLatin1String("-3")
                || count == QLatin1String("12.5") || count == QLatin1String("0");
            CHECK(sheet.cells.contains(QLatin1Char('E') + r) == !count.isEmpty());
            CHECK(at('E').value == count);
            CHECK(at('E').type
                  == (count.isEmpty() ? QString()
                          : isNumber  ? QString()
                                      : QStringLiteral("inlineStr")));
            ++checked;
        }
        CHECK(checked == kLongRows);
        CHECK_FALSE(sheet.cells.contains(QStringLiteral("A%1").arg(kLongRows + 3)));
    }
    SECTION("the rows fail half way: no file, their message")
    {
        HandRows rows(kLongRows / 2);
        const Status status = writeXlsx(file, { dd::io::SheetSource(layout, rows) });
        REQUIRE_FALSE(status.ok());
        CHECK(status.error() == QStringLiteral("Không đọc được danh sách"));
        CHECK(folderEntries(dir.path()).isEmpty());
    }
}
