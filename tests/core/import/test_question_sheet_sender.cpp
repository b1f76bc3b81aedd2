// Question sheets whose union is said only under the table or in the file's name, as for the
// delegate lists: the unit of every question, written here by hand.
#include "support/sessionsupport.h"

#include "import/questionimport.h"
#include "session/session.h"

using namespace dd;

namespace {

io::Sheet questionSheet(const char *footer)
{
    io::Sheet sheet;
    sheet.rows = {
        { QStringLiteral("STT"), QStringLiteral("Nội dung ý kiến"), QStringLiteral("Loại") },
        { QStringLiteral("1"),
          QStringLiteral("Đề nghị mở lớp tin học miễn phí cho thanh niên công nhân."),
          QStringLiteral("Kiến nghị") },
        { QStringLiteral("2"),
          QStringLiteral("Xin hỏi chính sách vay vốn khởi nghiệp cho thanh niên?"),
          QStringLiteral("Câu hỏi") },
        {},
        { QString(), QString::fromUtf8(footer), QString() },
    };
    return sheet;
}

} // namespace

TEST_CASE("Question sheets: the union from the signature block or from the file's name",
          "[import][questions][lists]")
{
    auto s = testsupport::sampleSession();
    const auto unit = [&](const char *name) {
        return s->units().findByName(QString::fromUtf8(name))->id;
    };
    struct Case
    {
        const char *footer, *source, *unit;
    };
    const Case cases[] = {
        { "T/M BAN THƯỜNG VỤ HUYỆN ĐOÀN GÒ DẦU", "y_kien.xlsx", "Huyện đoàn Gò Dầu" },
        { "Người lập biểu", "DS_YKien_ThiDoan_TrangBang.xlsx", "Thị đoàn Trảng Bàng" },
        { "Xác nhận của Huyện đoàn Bến Cầu", "DS_YKien_HD_TanBien.xlsx [Sheet1]",
          "Huyện đoàn Bến Cầu" },
    };
    for (const Case &c : cases) {
        INFO(c.source);
        const import::ImportPreview b
            = importQuestionsFromSheet(*s, questionSheet(c.footer), QString::fromUtf8(c.source));
        REQUIRE(b.rows.size() == 2);
        for (const import::ImportRow &r : b.rows) {
            CHECK(r.question().unitId == unit(c.unit));
            CHECK_FALSE(r.unitUnknown);
        }
        CHECK(b.rows.at(0).question().text
              == QStringLiteral("Đề nghị mở lớp tin học miễn phí cho thanh niên công nhân."));
        CHECK(b.rows.at(1).question().text
              == QStringLiteral("Xin hỏi chính sách vay vốn khởi nghiệp cho thanh niên?"));
    }
}
