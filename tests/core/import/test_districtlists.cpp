// Issue 12 and issue 11 point 3: the one header finder (title rows, merged two-row headers,
// split name columns, the lines under the table), the sending union found in the title, unit
// names as lists write them, and the question import reading sheets with the same finder.
#include "support/cellrows.h"
#include "support/sessionsupport.h"
#include "support/testsupport.h"

#include "import/attendeepreview.h"
#include "import/questionimport.h"
#include "import/rememberedmapping.h"
#include "import/unitmatcher.h"
#include "session/session.h"

using namespace dd;
using namespace dd::import;
using testsupport::sampleSession;

namespace {

const auto row = testsupport::cells;

struct Name
{
    const char *family, *middle, *given;
};

void checkNames(const ImportPreview &p, std::initializer_list<Name> expected)
{
    REQUIRE(p.rows.size() == qsizetype(expected.size()));
    int i = 0;
    for (const Name &n : expected) {
        const Attendee &a = p.rows.at(i++).attendee;
        INFO(a.fullName().toStdString());
        CHECK(a.familyName == QString::fromUtf8(n.family));
        CHECK(a.middleName == QString::fromUtf8(n.middle));
        CHECK(a.givenName == QString::fromUtf8(n.given));
    }
}

} // namespace

TEST_CASE("Split name columns give whole names: the family name is the first word, the given "
          "name the last column's text",
          "[import][district]")
{
    auto s = sampleSession();
    const ImportContext ctx = loadImportContext(*s);
    ImportOptions o;
    o.defaultUnitId = s->units().findByName(QStringLiteral("Thị đoàn Hòa Thành"))->id;

    SECTION("Họ | Tên, the middle name written in the Họ cell")
    {
        io::Sheet sheet;
        sheet.rows
            = { row({ "STT", "Họ", "Tên", "Năm sinh" }), row({ "1", "Đặng Thị", "Ánh", "1996" }),
                row({ "2", "Lâm", "Yến", "1999" }), row({ "3", "Tô Ngọc Bảo", "Trân", "1998" }) };
        const ImportPreview p = buildImportPreview(sheet, ctx, o);
        checkNames(
            p, { { "Đặng", "Thị", "Ánh" }, { "Lâm", "", "Yến" }, { "Tô", "Ngọc Bảo", "Trân" } });
    }
    SECTION("Họ và tên đệm | Tên")
    {
        io::Sheet sheet;
        sheet.rows = { row({ "STT", "Họ và tên đệm", "Tên", "Chức vụ" }),
                       row({ "1", "Nguyễn Thị Thu", "Hà", "Bí thư" }),
                       row({ "2", "Lê Văn", "Tám", "Phó Bí thư" }) };
        checkNames(buildImportPreview(sheet, ctx, o),
                   { { "Nguyễn", "Thị Thu", "Hà" }, { "Lê", "Văn", "Tám" } });
    }
    SECTION("Họ | Chữ đệm | Tên, a middle name left empty")
    {
        io::Sheet sheet;
        sheet.rows
            = { row({ "STT", "Họ", "Chữ đệm", "Tên" }), row({ "1", "Trần", "Thị Ngọc", "Ánh" }),
                row({ "2", "Nguyễn Văn", "", "Hùng" }) };
        checkNames(buildImportPreview(sheet, ctx, o),
                   { { "Trần", "Thị Ngọc", "Ánh" }, { "Nguyễn", "Văn", "Hùng" } });
    }
    SECTION("\"Họ và tên\" merged over Họ và tên đệm | Tên, \"Năm sinh\" over Nam | Nữ, and a "
            "row of column numbers")
    {
        io::Sheet sheet;
        sheet.rows = { row({ "HUYỆN ĐOÀN DƯƠNG MINH CHÂU", "", "", "", "" }),
                       row({ "STT", "Họ và tên", "", "Năm sinh", "" }),
                       row({ "", "Họ và tên đệm", "Tên", "Nam", "Nữ" }),
                       row({ "(1)", "(2)", "(3)", "(4)", "(5)" }),
                       row({ "1", "Nguyễn Thị Thu", "Hà", "", "1996" }),
                       row({ "2", "Lê Văn", "Tám", "1993", "" }) };
        sheet.merges = { { 1, 0, 2, 0 }, { 1, 1, 1, 2 }, { 1, 3, 1, 4 } };
        const HeaderInfo h = findHeader(sheet);
        CHECK(h.row == 1);
        CHECK(h.rowCount == 2);
        CHECK(h.headers
              == QStringList { QStringLiteral("STT"), QStringLiteral("Họ và tên đệm"),
                               QStringLiteral("Tên"), QStringLiteral("Năm sinh Nam"),
                               QStringLiteral("Năm sinh Nữ") });
        const ImportPreview p = buildImportPreview(sheet, ctx, o);
        CHECK(p.mapping.fields
              == QList<Field> { Field::Number, Field::FamilyAndMiddle, Field::GivenName,
                                Field::Male, Field::Female });
        checkNames(p, { { "Nguyễn", "Thị Thu", "Hà" }, { "Lê", "Văn", "Tám" } });
        CHECK(p.rows.at(0).attendee.gender == Gender::Female);
        CHECK(p.rows.at(0).attendee.birthYear == 1996);
        CHECK(p.rows.at(1).attendee.gender == Gender::Male);
        CHECK(p.ignoredRows == 1); // the column numbers
    }
    SECTION("\"Họ và tên\" merged over Họ | Tên đệm | Tên")
    {
        io::Sheet sheet;
        sheet.rows = { row({ "STT", "Họ và tên", "", "", "Đơn vị công tác" }),
                       row({ "", "Họ", "Tên đệm", "Tên", "" }),
                       row({ "1", "Phan", "Thị Kim", "Oanh", "Công ty TNHH Giày Da Phước Minh" }) };
        sheet.merges = { { 0, 0, 1, 0 }, { 0, 1, 0, 3 }, { 0, 4, 1, 4 } };
        const ImportPreview p = buildImportPreview(sheet, ctx, o);
        checkNames(p, { { "Phan", "Thị Kim", "Oanh" } });
        CHECK(p.rows.at(0).attendee.workplace == QStringLiteral("Công ty TNHH Giày Da Phước Minh"));
    }
}

TEST_CASE("Lines under the table are not people: totals, who made the list, who confirms it",
          "[import][district]")
{
    auto s = sampleSession();
    ImportOptions o;
    o.defaultUnitId = s->units().findByName(QStringLiteral("Huyện đoàn Dương Minh Châu"))->id;
    io::Sheet sheet;
    sheet.rows = { row({ "STT", "Họ và tên", "Chức vụ", "Đơn vị công tác" }),
                   row({ "1", "Phạm Quốc Bảo", "Ủy viên BCH", "Chi hội ấp Phước Hội" }),
                   row({ "2", "Trần Thị Ngọc Ánh", "Bí thư", "Chi đoàn Công ty Mía đường" }),
                   row({ "", "Tổng cộng: 2 đồng chí", "", "" }),
                   row({ "", "", "", "" }),
                   row({ "", "Người lập biểu", "", "Xác nhận của Huyện đoàn" }),
                   row({ "", "(Ký, ghi rõ họ tên)", "", "" }),
                   row({ "", "Nguyễn Thị Lập", "", "Trần Văn Xác" }) };
    const ImportPreview p = buildImportPreview(sheet, loadImportContext(*s), o);
    REQUIRE(p.rows.size() == 2);
    CHECK(p.rows.at(0).attendee.fullName() == QStringLiteral("Phạm Quốc Bảo"));
    CHECK(p.rows.at(1).attendee.fullName() == QStringLiteral("Trần Thị Ngọc Ánh"));

    for (const QStringList &line :
         { row({ "", "Người lập biểu" }), row({ "", "", "Xác nhận của Thị đoàn Hòa Thành" }),
           row({ "TM. BAN THƯỜNG VỤ" }), row({ "", "Tây Ninh, ngày 20 tháng 8 năm 2021" }),
           row({ "", "(Ký, ghi rõ họ tên)" }), row({ "Nơi nhận:" }) })
        CHECK(isFooterRow(line));
    for (const QStringList &line :
         { row({ "1", "Nguyễn Văn Nhận", "Bí thư" }), row({ "2", "Thái Minh Xác", "Thủ quỹ" }),
           row({ "3", "Tạ Thị Ngày", "Nông dân" }) })
        CHECK_FALSE(isFooterRow(line));
}

TEST_CASE("Unit names as lists write them are found in the directory, companies are not",
          "[import][district]")
{
    auto s = sampleSession();
    const UnitMatcher units(s->units().list());
    struct Case
    {
        const char *text;
        const char *unit; // empty: none
    };
    const Case cases[] = {
        { "Huyện đoàn Dương Minh Châu", "Huyện đoàn Dương Minh Châu" },
        { "HUYỆN ĐOÀN DƯƠNG MINH CHÂU", "Huyện đoàn Dương Minh Châu" },
        { "Huyen doan Duong Minh Chau", "Huyện đoàn Dương Minh Châu" },
        { "H.Đoàn Dương Minh Châu", "Huyện đoàn Dương Minh Châu" },
        { "BCH Huyện đoàn Dương Minh Châu", "Huyện đoàn Dương Minh Châu" },
        { "Dương Minh Châu", "Huyện đoàn Dương Minh Châu" },
        { "Thành đoàn Tây Ninh", "Thành đoàn thành phố Tây Ninh" },
        { "Thành đoàn TP. Tây Ninh", "Thành đoàn thành phố Tây Ninh" },
        { "TĐ Hòa Thành", "Thị đoàn Hòa Thành" },
        { "Tỉnh đoàn Tây Ninh", "Tỉnh đoàn Tây Ninh" },
        { "Chi đoàn Công ty TNHH Giày Da Phước Minh", "" },
        { "Xã Phước Ninh", "" },
        { "Huyện đoàn Gò Dầu", "Huyện đoàn Gò Dầu" }, // the sample has all nine districts
        { "Đoàn trường Cao đẳng Nghề Tây Ninh", "" }, // a union, but not in the directory
        { "", "" },
    };
    for (const Case &c : cases) {
        INFO(c.text);
        CHECK(units.name(units.find(QString::fromUtf8(c.text))) == QString::fromUtf8(c.unit));
    }

    // Written as a union's name, in the directory or not: what a unit column holds.
    for (const char *text : { "Huyện đoàn Bến Cầu", "HUYEN DOAN GO DAU", "Thị đoàn Trảng Bàng",
                              "Đoàn trường Cao đẳng Nghề Tây Ninh", "Đoàn khối các cơ quan tỉnh" })
        CHECK(UnitMatcher::looksLikeUnion(QString::fromUtf8(text)));
    for (const char *text : { "Chi đoàn Công ty TNHH Giày Da Phước Minh", "Xã Phước Ninh",
                              "Công ty Cổ phần Cao su Tây Ninh", "Đoàn xã Suối Đá" })
        CHECK_FALSE(UnitMatcher::looksLikeUnion(QString::fromUtf8(text)));

    // The sender in a title line: a district union, never the province's or two at once.
    const Case lines[] = {
        { "Đơn vị: Huyện đoàn Dương Minh Châu", "Huyện đoàn Dương Minh Châu" },
        { "ĐƠN VỊ: DƯƠNG MINH CHÂU", "Huyện đoàn Dương Minh Châu" },
        { "BCH THỊ ĐOÀN HÒA THÀNH", "Thị đoàn Hòa Thành" },
        { "DANH SÁCH ĐẠI BIỂU THÀNH ĐOÀN TÂY NINH THAM DỰ HỘI NGHỊ",
          "Thành đoàn thành phố Tây Ninh" },
        { "TỈNH ĐOÀN TÂY NINH", "" },
        { "ĐOÀN TNCS HỒ CHÍ MINH", "" },
        { "Huyện đoàn Dương Minh Châu và Thị đoàn Hòa Thành", "" },
    };
    for (const Case &c : lines) {
        INFO(c.text);
        CHECK(units.name(units.senderIn(QString::fromUtf8(c.text))) == QString::fromUtf8(c.unit));
    }
}

TEST_CASE("A sender the title does not name by its directory name is remembered for that title",
          "[import][district]")
{
    auto s = sampleSession();
    const UnitMatcher units(s->units().list());
    const qint64 dmc = s->units().findByName(QStringLiteral("Huyện đoàn Dương Minh Châu"))->id;
    const QStringList title { QStringLiteral("ĐOÀN TNCS HỒ CHÍ MINH"),
                              QStringLiteral("BCH ĐOÀN KHỐI XÃ PHƯỚC NINH – DMC"),
                              QStringLiteral("DANH SÁCH ĐẠI BIỂU") };
    CHECK(findSender(&s->database(), title, units).unitId == 0);
    REQUIRE(rememberSender(s->database(), title, dmc, units).ok());
    const Sender found = findSender(&s->database(), title, units);
    CHECK(found.unitId == dmc);
    CHECK(found.from == Sender::From::Remembered);
    CHECK(found.line == QStringLiteral("BCH ĐOÀN KHỐI XÃ PHƯỚC NINH – DMC"));
    // The lines every list has say nothing of the sender.
    CHECK(findSender(
              &s->database(),
              { QStringLiteral("ĐOÀN TNCS HỒ CHÍ MINH"), QStringLiteral("DANH SÁCH ĐẠI BIỂU") },
              units)
              .unitId
          == 0);
}

TEST_CASE("Question sheets use the same header finder: title rows, a two-row header, the sender "
          "in the title, the signatures under the table",
          "[import][district][questions]")
{
    auto s = sampleSession();
    io::Sheet sheet;
    sheet.rows = {
        row({ "ĐOÀN TNCS HỒ CHÍ MINH", "", "", "" }),
        row({ "Đơn vị: Huyện đoàn Dương Minh Châu", "", "", "" }),
        row({ "STT", "Nội dung", "Phân loại", "" }),
        row({ "", "", "Loại", "Chủ đề" }),
        row({ "1", "Đề nghị hỗ trợ sân chơi cho công nhân khu công nghiệp.", "Kiến nghị", "3" }),
        row({ "2", "Tổ chức ngày hội việc làm cho thanh niên công nhân.", "Đề xuất", "1" }),
        row({ "", "Tổng cộng: 2 ý kiến", "", "" }),
        row({ "", "Người lập biểu", "", "" }),
        row({ "", "Nguyễn Thị Lập", "", "" })
    };
    sheet.merges = { { 2, 0, 3, 0 }, { 2, 1, 3, 1 }, { 2, 2, 2, 3 } };
    const HeaderInfo h = findHeader(sheet, questionVocabulary());
    CHECK(h.row == 2);
    CHECK(h.rowCount == 2);
    CHECK(h.headers
          == QStringList { QStringLiteral("STT"), QStringLiteral("Nội dung"),
                           QStringLiteral("Loại"), QStringLiteral("Chủ đề") });
    const import::ImportPreview batch
        = importQuestionsFromSheet(*s, sheet, QStringLiteral("dmc.xlsx"));
    REQUIRE(batch.rows.size() == 2);
    const qint64 dmc = s->units().findByName(QStringLiteral("Huyện đoàn Dương Minh Châu"))->id;
    CHECK(batch.rows.at(0).question().text
          == QStringLiteral("Đề nghị hỗ trợ sân chơi cho công nhân khu công nghiệp."));
    CHECK(batch.rows.at(0).question().kind == QuestionKind::Recommendation);
    CHECK(batch.rows.at(1).question().text
          == QStringLiteral("Tổ chức ngày hội việc làm cho thanh niên công nhân."));
    CHECK(batch.rows.at(1).question().kind == QuestionKind::Proposal);
    for (const import::ImportRow &r : batch.rows) {
        CHECK(r.question().unitId == dmc);
        CHECK(r.question().topicId != 0);
        CHECK(r.ready());
    }
}
