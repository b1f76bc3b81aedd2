// What each reader tells of the rows, columns and sheets a workbook hides, read from the files
// of tests/fixtures/lists/make_hidden.py (openpyxl's xlsx, a hand-written ODS) and compared
// with the rows and columns the script hides, written out by hand here (0-based).
#include "support/testsupport.h"

#include "io/spreadsheetreader.h"

using namespace dd;
using namespace dd::io;

namespace {

Workbook read(const QString &file)
{
    auto book = readSpreadsheet(testsupport::fixture(QStringLiteral("lists/") + file));
    INFO(file.toStdString() << ": " << (book ? std::string() : book.error().toStdString()));
    REQUIRE(book);
    return std::move(book).value();
}

} // namespace

TEST_CASE("xlsx: hidden rows, a hidden title row, no hidden columns", "[io][hidden]")
{
    const Workbook book = read(QStringLiteral("hidden_rows.xlsx"));
    REQUIRE(book.sheets.size() == 1);
    const Sheet &s = book.sheets.first();
    CHECK(s.state == SheetState::Visible);
    CHECK(s.visibilityKnown);
    CHECK(s.hiddenRows == QList<int> { 0, 6, 8 });
    CHECK(s.hiddenColumns.isEmpty());
    CHECK(s.isRowHidden(6));
    CHECK_FALSE(s.isRowHidden(7));
    // The hidden rows are read like the others.
    CHECK(s.cell(6, 1) == QStringLiteral("Trần Thị Bé"));
}

TEST_CASE("xlsx: rows an AutoFilter leaves out, a collapsed group, a hidden column", "[io][hidden]")
{
    const Sheet s = read(QStringLiteral("filtered_grouped.xlsx")).sheets.value(0);
    CHECK(s.hiddenRows == QList<int> { 4, 6, 7 });
    CHECK(s.hiddenColumns == QList<int> { 5 });
    CHECK(s.isColumnHidden(5));
    CHECK_FALSE(s.isColumnHidden(6));
}

TEST_CASE("xlsx: hidden and very hidden sheets", "[io][hidden]")
{
    const Workbook book = read(QStringLiteral("hidden_sheets.xlsx"));
    REQUIRE(book.sheets.size() == 5);
    const QStringList names { QStringLiteral("DS cũ"), QStringLiteral("Hướng dẫn"),
                              QStringLiteral("Tổng hợp"), QStringLiteral("Danh sách"),
                              QStringLiteral("Lưu") };
    const QList<SheetState> states { SheetState::Hidden, SheetState::Visible, SheetState::Visible,
                                     SheetState::Visible, SheetState::VeryHidden };
    for (int i = 0; i < 5; ++i) {
        INFO(i);
        CHECK(book.sheets.at(i).name == names.at(i));
        CHECK(book.sheets.at(i).state == states.at(i));
    }
}

TEST_CASE("ods: a hidden table, a collapsed row, a filtered row, a hidden column", "[io][hidden]")
{
    const Workbook book = read(QStringLiteral("hidden_lo.ods"));
    REQUIRE(book.sheets.size() == 2);
    CHECK(book.sheets.at(0).name == QStringLiteral("Cũ"));
    CHECK(book.sheets.at(0).state == SheetState::Hidden);
    const Sheet &s = book.sheets.at(1);
    CHECK(s.name == QStringLiteral("Danh sách"));
    CHECK(s.state == SheetState::Visible);
    CHECK(s.hiddenRows == QList<int> { 5, 6 });
    CHECK(s.hiddenColumns == QList<int> { 4 });
    CHECK(s.rowCount() == 8);
    CHECK(s.cell(5, 1) == QStringLiteral("Đinh Thị Ánh"));
}

TEST_CASE("xls cannot tell what it hides, CSV hides nothing", "[io][hidden]")
{
    const Workbook xls = read(QStringLiteral("dmc_dob_gender_lo.xls"));
    REQUIRE(!xls.sheets.isEmpty());
    CHECK_FALSE(xls.sheets.first().visibilityKnown);
    const Workbook csv = read(QStringLiteral("bc_nfd_bom.csv"));
    CHECK(csv.sheets.first().visibilityKnown);
    CHECK(csv.sheets.first().hiddenRows.isEmpty());
    // A workbook that hides nothing says so.
    const Workbook plain = read(QStringLiteral("two_sheets.xlsx"));
    for (const Sheet &s : plain.sheets) {
        CHECK(s.visibilityKnown);
        CHECK(s.state == SheetState::Visible);
        CHECK(s.hiddenRows.isEmpty());
    }
}
