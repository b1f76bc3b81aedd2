// Export of the delegate list: CSV with a BOM that reads back, XLSX with phones as text and
// formulas kept inert, Vietnamese name order, and the template a host unit fills in.
#include "support/sessionsupport.h"
#include "support/testsupport.h"

#include "import/attendeecommit.h"
#include "import/rememberedmapping.h"
#include "io/csvreader.h"
#include "io/spreadsheetreader.h"
#include "services/attendeeexport.h"
#include "services/sampleevent.h"
#include "session/session.h"
#include "text/vietnamese.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace dd;
using testsupport::fixture;

namespace {

std::unique_ptr<Session> sessionWithPeople()
{
    auto session = testsupport::sampleSession();
    auto wb = io::readSpreadsheet(fixture(QStringLiteral("import/attendees_unknown_unit.csv")));
    REQUIRE(wb.ok());
    // Sent by Hòa Thành; its "Unit" column names companies and branches: their workplaces.
    import::ImportOptions o;
    o.defaultUnitId = session->units().findByName(QStringLiteral("Thị đoàn Hòa Thành"))->id;
    const import::ImportPreview p
        = import::buildImportPreview(wb->sheets.first(), import::loadImportContext(*session), o);
    REQUIRE(import::commitImport(*session, p, {}).ok());
    return session;
}

int column(const QStringList &header, const char *name)
{
    return int(header.indexOf(QString::fromUtf8(name)));
}

// The sheet's header row and the rows below it.
QList<QStringList> tableOf(const io::Sheet &sheet, QStringList *header)
{
    for (int r = 0; r < sheet.rowCount(); ++r) {
        if (sheet.rows.at(r).value(0) == QStringLiteral("STT")) {
            *header = sheet.rows.at(r);
            // As wide as the header: readers keep a row only up to its last filled cell.
            QList<QStringList> rows = sheet.rows.mid(r + 1);
            for (QStringList &row : rows)
                while (row.size() < header->size())
                    row.append(QString());
            return rows;
        }
    }
    FAIL("no header row");
    return {};
}

} // namespace

TEST_CASE("Exported CSV has a BOM and reads back to the same names in Vietnamese order", "[export]")
{
    auto s = sessionWithPeople();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ds.csv"));
    REQUIRE(exporting::exportAttendees(*s, path).ok());
    const QByteArray bytes = testsupport::readFile(path);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    auto sheet = io::readCsv(bytes);
    REQUIRE(sheet.ok());
    QStringList header;
    const QList<QStringList> rows = tableOf(*sheet, &header);
    CHECK(header.mid(0, 5)
          == QStringList { QStringLiteral("STT"), QStringLiteral("Họ và tên"), QStringLiteral("Họ"),
                           QStringLiteral("Tên đệm"), QStringLiteral("Tên") });
    const QList<Attendee> people = s->attendees().list(s->eventId());
    REQUIRE(rows.size() == people.size());
    const int name = column(header, "Họ và tên");
    QList<QByteArray> keys;
    for (int i = 0; i < rows.size(); ++i) {
        CHECK(rows.at(i).at(name) == people.at(i).fullName());
        const QStringList &r = rows.at(i);
        keys << text::nameSortKey(r.at(2), r.at(3), r.at(4));
    }
    CHECK(std::is_sorted(keys.cbegin(), keys.cend()));
    // Given name first: Hạnh before Hồng before Phương before Tài before Trí before Yến.
    QStringList given;
    for (const QStringList &r : rows)
        if (!r.at(4).isEmpty())
            given << r.at(4);
    CHECK(given.indexOf(QStringLiteral("Hạnh")) < given.indexOf(QStringLiteral("Phương")));
    CHECK(given.indexOf(QStringLiteral("Tài")) < given.indexOf(QStringLiteral("Yến")));
    // A note beginning with = is written so that a spreadsheet does not run it.
    const int note = column(header, "Ghi chú");
    bool found = false;
    for (const QStringList &r : rows)
        if (r.at(note).contains(QStringLiteral("1+1"))) {
            found = true;
            CHECK(r.at(note) == QStringLiteral("'=1+1"));
        }
    CHECK(found);
}

TEST_CASE("Exported XLSX keeps phones as text and formulas as text", "[export]")
{
    auto s = sessionWithPeople();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ds.xlsx"));
    REQUIRE(exporting::exportAttendees(*s, path).ok());
    auto wb = io::readSpreadsheet(path);
    REQUIRE(wb.ok());
    QStringList header;
    const QList<QStringList> rows = tableOf(wb->sheets.first(), &header);
    const int phone = column(header, "Điện thoại");
    const int note = column(header, "Ghi chú");
    const int name = column(header, "Họ và tên");
    const int year = column(header, "Năm sinh");
    REQUIRE(phone >= 0);
    bool sawHanh = false, sawFormula = false;
    for (const QStringList &r : rows) {
        if (r.at(name) == QStringLiteral("Võ Thị Hạnh")) {
            sawHanh = true;
            CHECK(r.at(phone) == QStringLiteral("0901234567"));
            CHECK(r.at(year) == QStringLiteral("1996"));
        }
        if (r.at(note).contains(QStringLiteral("1+1"))) {
            sawFormula = true;
            CHECK(r.at(note) == QStringLiteral("=1+1"));
        }
    }
    CHECK(sawHanh);
    CHECK(sawFormula);
    CHECK(rows.size() == s->attendees().count(s->eventId()));
}

TEST_CASE("Export of one unit or of a filtered list", "[export]")
{
    auto s = sessionWithPeople();
    const auto ht = s->units().findByName(QStringLiteral("Thị đoàn Hòa Thành"));
    REQUIRE(ht);
    exporting::Selection one;
    one.unitId = ht->id;
    const io::ExportTable t = exporting::attendeeTable(*s, one);
    // The sample's co-chair of Hòa Thành (a seat not yet named) and the five of the list, in
    // Vietnamese order; unit and workplace side by side.
    const QStringList names { QString(),
                              QStringLiteral("Võ Thị Hạnh"),
                              QStringLiteral("Mai Phương"),
                              QStringLiteral("Huỳnh Văn Tài"),
                              QStringLiteral("Tô Minh Trí"),
                              QStringLiteral("Đinh Thị Yến") };
    const QStringList workplaces {
        QString(), QStringLiteral("Chi hội Công nhân Công ty Giày da Mộc Bài"),
        QStringLiteral("Báo Thanh Niên"), QStringLiteral("Chi đoàn Công ty Cao su Tây Ninh"),
        // The list writes the union itself as Trí's workplace:
        // nothing the unit does not say, so it is not kept.
        QString(), QStringLiteral("Chi hội Công nhân Công ty Giày da Mộc Bài")
    };
    REQUIRE(t.rows.size() == names.size());
    CHECK(t.columns.at(8).header == QStringLiteral("Đơn vị"));
    CHECK(t.columns.at(9).header == QStringLiteral("Nơi công tác"));
    for (int i = 0; i < names.size(); ++i) {
        INFO(i);
        CHECK(t.rows.at(i).at(0) == QString::number(i + 1));
        CHECK(t.rows.at(i).at(1) == names.at(i));
        CHECK(t.rows.at(i).at(8) == QStringLiteral("Thị đoàn Hòa Thành"));
        CHECK(t.rows.at(i).at(9) == workplaces.at(i));
    }

    exporting::Selection some;
    const QList<Attendee> people = s->attendees().list(s->eventId());
    some.ids = QList<qint64> { people.last().id, people.first().id };
    const io::ExportTable u = exporting::attendeeTable(*s, some);
    REQUIRE(u.rows.size() == 2);
    CHECK(u.rows.at(0).at(1) == people.first().fullName());
}

TEST_CASE("The template for a host unit re-imports as an empty list", "[export]")
{
    auto s = sessionWithPeople();
    const auto dmc = s->units().findByName(QStringLiteral("Huyện đoàn Dương Minh Châu"));
    REQUIRE(dmc);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mau.xlsx"));
    REQUIRE(exporting::exportTemplate(*s, path, dmc->id).ok());
    auto wb = io::readSpreadsheet(path);
    REQUIRE(wb.ok());
    const io::Sheet &sheet = wb->sheets.first();
    CHECK(sheet.rows.first().first().contains(QStringLiteral("Huyện đoàn Dương Minh Châu")));
    const import::HeaderInfo h = import::findHeader(sheet);
    CHECK(h.row == 1);
    const import::ColumnMapping m = import::automaticMapping(h.headers);
    CHECK(m.has(import::Field::FullName));
    CHECK(m.has(import::Field::Phone));
    CHECK(m.has(import::Field::Workplace)); // "Nơi công tác": the unit is the one it was sent to
    CHECK(sheet.rowCount() == 2 + 22); // the unit's quota of numbered rows
    const import::ImportPreview p
        = import::buildImportPreview(sheet, import::loadImportContext(*s), {});
    CHECK(p.rows.isEmpty());
    CHECK(p.ignoredRows == 22);
}

namespace {

QByteArray member(const QString &zip, const QString &name)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), { QStringLiteral("-p"), zip, name });
    p.waitForFinished(30000);
    return p.readAllStandardOutput();
}

// The attributes of the first element `name` in `xml`.
QXmlStreamAttributes attributesOf(const QByteArray &xml, const QString &name)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == name)
            return r.attributes();
    }
    return {};
}

} // namespace

TEST_CASE("Exported XLSX prints on landscape A4, one page wide, header on every page",
          "[export][print]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        FAIL("unzip is needed to read the workbook back (apt-get install unzip)");
    auto s = sessionWithPeople();
    // A long list: enough people for several pages.
    QList<Attendee> many;
    for (int i = 0; i < 150; ++i) {
        Attendee a = testsupport::person(*s, QStringLiteral("Nguyễn Văn Người%1").arg(i));
        a.position = QStringLiteral("Ủy viên Ban Chấp hành Chi đoàn khu công nghiệp");
        a.unitId = s->units().list().first().id;
        many << a;
    }
    REQUIRE(s->attendees().insertMany(many));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ds.xlsx"));
    REQUIRE(exporting::exportAttendees(*s, path).ok());

    // Read back from the file's own XML (ECMA-376 names).
    const QByteArray sheet = member(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    REQUIRE_FALSE(sheet.isEmpty());
    const QXmlStreamAttributes setup = attributesOf(sheet, QStringLiteral("pageSetup"));
    CHECK(setup.value(QStringLiteral("orientation")) == QStringLiteral("landscape"));
    CHECK(setup.value(QStringLiteral("paperSize")) == QStringLiteral("9")); // A4
    CHECK(setup.value(QStringLiteral("fitToWidth")).isEmpty()); // 1 is the default
    CHECK(setup.value(QStringLiteral("fitToHeight")) == QStringLiteral("0"));
    CHECK(attributesOf(sheet, QStringLiteral("pageSetUpPr")).value(QStringLiteral("fitToPage"))
          == QStringLiteral("1"));
    CHECK(sheet.contains("<oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter>"));
    const QByteArray workbook = member(path, QStringLiteral("xl/workbook.xml"));
    CHECK(workbook.contains("name=\"_xlnm.Print_Titles\""));
    CHECK(workbook.contains("!$2:$2</definedName>")); // the header, under the title row

    // The title names the list and the event, then the date.
    auto wb = io::readSpreadsheet(path);
    REQUIRE(wb.ok());
    const QString title = wb->sheets.first().rows.first().value(0);
    CHECK(title.startsWith(QStringLiteral("DANH SÁCH ĐẠI BIỂU – ") + s->event()->title));
    CHECK(title.contains(QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"))));

    // Printed by LibreOffice: landscape pages, each with every column (the header repeated
    // and the last column's heading on it).
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        WARN("soffice is not installed: the LibreOffice rendering is skipped");
        return;
    }
    QProcess lo;
    lo.start(soffice,
             { QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
               QStringLiteral("--outdir"), dir.path(),
               QStringLiteral("-env:UserInstallation=file://")
                   + dir.filePath(QStringLiteral("lo-profile")),
               path });
    REQUIRE(lo.waitForFinished(180000));
    const QString pdf = dir.filePath(QStringLiteral("ds.pdf"));
    REQUIRE(QFile::exists(pdf));
    const int pages = testsupport::pdfPageCount(pdf);
    CHECK(pages >= 2);
    // A4 across: 842 × 595 points (pdfinfo prints them with decimals).
    const auto size = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+)"))
                          .match(testsupport::pdfInfo(pdf));
    REQUIRE(size.hasMatch());
    CHECK(qRound(size.captured(1).toDouble()) == 842);
    CHECK(qRound(size.captured(2).toDouble()) == 595);
    const QString text = testsupport::pdfText(pdf);
    const QStringList perPage = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    CHECK(perPage.size() == pages);
    for (int i = 0; i < perPage.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(perPage.at(i).contains(QStringLiteral("Họ và tên")));
        CHECK(perPage.at(i).contains(QStringLiteral("Ghi chú")));
        CHECK(perPage.at(i).contains(QStringLiteral("Trang %1/%2").arg(i + 1).arg(pages)));
    }
}
