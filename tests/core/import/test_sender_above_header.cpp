// A union's list with "Đơn vị: Thị đoàn Hòa Thành" on the row right above its header (no
// title, no blank row between), as the clerk's try-out of issue 17 met it: the line names the
// sender; it is not the top of a two-row header.
#include "support/sessionsupport.h"

#include "import/attendeepreview.h"
#include "import/headerfinder.h"
#include "import/rememberedmapping.h"
#include "import/unitmatcher.h"

using namespace dd;
using namespace dd::import;

TEST_CASE("A sender line right above the header names the sender", "[import]")
{
    auto s = testsupport::sampleSession();
    io::Sheet sheet;
    sheet.rows = {
        { QStringLiteral("Đơn vị: Thị đoàn Hòa Thành") },
        { QStringLiteral("STT"), QStringLiteral("Họ"), QStringLiteral("Chữ đệm"),
          QStringLiteral("Tên"), QStringLiteral("Chức vụ"), QStringLiteral("Công ty") },
        { QStringLiteral("1"), QStringLiteral("Ngô"), QStringLiteral("Thanh"),
          QStringLiteral("Tâm"), QStringLiteral("Bí thư Chi đoàn"),
          QStringLiteral("Công ty TNHH Dệt may Hòa Thành") },
        { QStringLiteral("2"), QStringLiteral("Bùi"), QStringLiteral("Thị Ngọc"),
          QStringLiteral("Hân"), QStringLiteral("Phó Bí thư Chi đoàn"),
          QStringLiteral("Công ty TNHH Điện tử Long Hoa") },
    };
    const ImportContext context = loadImportContext(*s);
    const ImportPreview p = buildImportPreview(sheet, context, {});
    CHECK(p.header.row == 1);
    CHECK(p.header.rowCount == 1);
    CHECK(p.titleLines == QStringList { QStringLiteral("Đơn vị: Thị đoàn Hòa Thành") });
    qint64 hoaThanh = 0;
    for (const Unit &u : s->units().list())
        if (u.name == QStringLiteral("Thị đoàn Hòa Thành"))
            hoaThanh = u.id;
    REQUIRE(hoaThanh != 0);
    CHECK(findSender(nullptr, p.titleLines, UnitMatcher(context.units)).unitId == hoaThanh);
    REQUIRE(p.rows.size() == 2);
    CHECK(p.rows.at(0).attendee.fullName() == QStringLiteral("Ngô Thanh Tâm"));
    CHECK(p.rows.at(1).attendee.fullName() == QStringLiteral("Bùi Thị Ngọc Hân"));
}
