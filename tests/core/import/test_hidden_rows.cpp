// What the import makes of the rows and columns a sheet hides, on sheets written here cell by
// cell: an old header kept hidden above the real one, a hidden title naming another union, a
// hidden "Đơn vị" column before the visible one, a hidden person who is the first occurrence
// of a visible one's name. The expectations are written by hand.
#include "support/cellrows.h"
#include "support/sessionsupport.h"

#include "import/attendeepreview.h"
#include "import/headerfinder.h"
#include "import/rememberedmapping.h"
#include "import/unitmatcher.h"

using namespace dd;
using namespace dd::import;

namespace {

const auto row = testsupport::cells;

// A list whose first two rows (an old title and an old header) and one person are hidden,
// with an old "Đơn vị" column (B) hidden before the real one (D).
io::Sheet sheetWithHiddenParts()
{
    io::Sheet sheet;
    sheet.rows = {
        row({ "HUYỆN ĐOÀN GÒ DẦU" }),
        row({ "STT", "Đơn vị", "Họ và tên", "Đơn vị", "Số điện thoại" }),
        row({ "HUYỆN ĐOÀN BẾN CẦU" }),
        row({ "STT", "Đơn vị", "Họ và tên", "Đơn vị", "Số điện thoại" }),
        row({ "1", "Huyện đoàn Gò Dầu", "Nguyễn Văn Hùng", "Huyện đoàn Bến Cầu", "0911000001" }),
        row({ "2", "Huyện đoàn Gò Dầu", "Trần Thị Lý", "Huyện đoàn Bến Cầu", "0911000002" }),
        row({ "3", "Huyện đoàn Gò Dầu", "Trần Thị Lý", "Huyện đoàn Bến Cầu", "0911000002" }),
    };
    sheet.hiddenRows = { 0, 1, 5 };
    sheet.hiddenColumns = { 1 };
    return sheet;
}

qint64 unitNamed(Session &s, const char *name)
{
    for (const Unit &u : s.units().list())
        if (u.name == QString::fromUtf8(name))
            return u.id;
    return 0;
}

} // namespace

TEST_CASE("Hidden rows name neither the header nor the sender, and a hidden column is not read",
          "[import][hidden]")
{
    auto s = testsupport::sampleSession();
    const io::Sheet sheet = sheetWithHiddenParts();
    const HeaderInfo header = findHeader(sheet);
    CHECK(header.row == 3); // not the hidden one above it
    CHECK(titleLines(sheet, header) == QStringList { QStringLiteral("HUYỆN ĐOÀN BẾN CẦU") });
    const ImportContext context = loadImportContext(*s);
    CHECK(findSender(nullptr, titleLines(sheet, header), UnitMatcher(context.units)).unitId
          == unitNamed(*s, "Huyện đoàn Bến Cầu"));

    // The visible "Đơn vị" (D) is the unit column though the hidden one (B) comes first.
    const ColumnMapping m = automaticMapping(header.headers, sheet.hiddenColumns);
    CHECK(m.at(1) == Field::Ignore);
    CHECK(m.at(3) == Field::Unit);
    // Without the hidden column known, the first "Đơn vị" would have won.
    CHECK(automaticMapping(header.headers).at(1) == Field::Unit);
    CHECK(automaticMapping(header.headers).at(3) == Field::Ignore);
}

TEST_CASE("A hidden row is left out and is no first occurrence, unless the hidden rows are "
          "included",
          "[import][hidden]")
{
    auto s = testsupport::sampleSession();
    const io::Sheet sheet = sheetWithHiddenParts();
    const ImportContext context = loadImportContext(*s);
    const qint64 benCau = unitNamed(*s, "Huyện đoàn Bến Cầu");
    ImportOptions options;
    options.defaultUnitId = benCau;

    const ImportPreview shown = buildImportPreview(sheet, context, options);
    REQUIRE(shown.rows.size() == 3);
    CHECK(shown.hiddenNotes
          == QStringList { QStringLiteral("Column B (“Đơn vị”) is hidden in the file and was not "
                                          "read: column D is read as Unit.") });
    // Row 6 (hidden) is left out; row 7, the same person, is not its repeat.
    CHECK(shown.rows.at(1).fileRow == 6);
    CHECK(shown.rows.at(1).hiddenInFile);
    CHECK(shown.rows.at(1).decision == Decision::Skip);
    CHECK(shown.rows.at(1).problems.first().kind == ProblemKind::HiddenRow);
    CHECK(shown.rows.at(1).choices() == QList<Decision> { Decision::Import, Decision::Skip });
    CHECK(shown.rows.at(2).fileRow == 7);
    CHECK(shown.rows.at(2).duplicate == Duplicate::None);
    CHECK(shown.rows.at(2).decision == Decision::Import);
    for (const ImportRow &r : shown.rows)
        CHECK(r.attendee.unitId == benCau);
    ImportCounts c = shown.counts();
    CHECK(c.toAdd == 2);
    CHECK(c.hiddenLeftOut == 1);
    CHECK(c.skipped == 0);

    options.includeHiddenRows = true;
    const ImportPreview all = buildImportPreview(sheet, context, options);
    REQUIRE(all.rows.size() == 3);
    CHECK(all.rows.at(1).hiddenInFile);
    CHECK(all.rows.at(1).decision == Decision::Import);
    CHECK(all.rows.at(2).duplicate == Duplicate::InFile);
    CHECK(all.rows.at(2).duplicateOfRow == 6);
    c = all.counts();
    CHECK(c.toAdd == 2);
    CHECK(c.hiddenLeftOut == 0);
    CHECK(c.skipped == 1);
}
