// Questions sent by e-mail from union officials' own addresses (which the directory does not
// have), signed the ways people sign (tests/fixtures/email/make_signatures.py: Outlook's
// quoted-printable Windows-1258 and UTF-8 with an HTML part full of <o:p>, or plain text).
// Who signed, which union sent it and the question are written here by hand.
#include "support/sessionsupport.h"
#include "support/testsupport.h"

#include "import/questionimport.h"
#include "io/emailitems.h"
#include "session/session.h"

using namespace dd;

namespace {

struct Expected
{
    const char *file;
    const char *submitter;
    const char *unit;
    QList<const char *> questions;
};

const QList<Expected> &expected()
{
    static const QList<Expected> list {
        { "sig_title_then_name.eml",
          "Nguyễn Văn An",
          "Huyện đoàn Dương Minh Châu",
          { "Đề nghị Tỉnh đoàn phối hợp mở lớp dạy nghề sửa chữa máy nông nghiệp cho thanh niên "
            "ấp Phước Hội trong mùa nông nhàn." } },
        { "sig_position_and_name.eml",
          "Lê Thị Mỹ Duyên",
          "Thị đoàn Hòa Thành",
          { "Xin hỏi thanh niên công nhân thuê trọ có được vay vốn Quỹ quốc gia giải quyết việc "
            "làm để học nghề không?" } },
        { "sig_tm_bch.eml",
          "Trần Minh Tâm",
          "Thành đoàn thành phố Tây Ninh",
          { "Đề nghị mở thêm điểm tư vấn việc làm cho thanh niên ở khu phố 4 vào buổi tối.",
            "Thanh niên khu phố 4 muốn biết khi nào có sân chơi thể thao cho thiếu nhi ở công "
            "viên phường?" } },
        { "sig_nguoi_gui.eml",
          "Phạm Thị Thu Trang",
          "Huyện đoàn Dương Minh Châu",
          { "Xin hỏi công nhân trẻ ở ấp Bàu Vuông làm thế nào để được hỗ trợ học phí học nghề "
            "buổi tối?" } },
        { "sig_name_then_title.eml",
          "Võ Thành Đạt",
          "Huyện đoàn Gò Dầu",
          { "Đề nghị tỉnh có chính sách hỗ trợ thanh niên Gò Dầu khởi nghiệp trồng rau sạch." } },
    };
    return list;
}

} // namespace

TEST_CASE("E-mails signed as people sign: the submitter and the union from the signature, "
          "the questions without it",
          "[questions][email]")
{
    auto s = testsupport::sampleSession();
    for (const Expected &e : expected()) {
        INFO(e.file);
        const import::ImportPreview b = importQuestionsFromFiles(
            *s, { testsupport::fixture(QStringLiteral("email/") + QLatin1String(e.file)) });
        REQUIRE(b.rows.size() == e.questions.size());
        const auto unit = s->units().findByName(QString::fromUtf8(e.unit));
        REQUIRE(unit);
        for (qsizetype i = 0; i < b.rows.size(); ++i) {
            const import::ImportRow &r = b.rows.at(i);
            INFO(import::questionMessage(r).toStdString());
            CHECK(r.ready());
            CHECK_FALSE(r.unitUnknown);
            CHECK(r.question().unitId == unit->id);
            CHECK(r.question().submitter == QString::fromUtf8(e.submitter));
            CHECK(r.question().text == QString::fromUtf8(e.questions.at(i)));
        }
    }
}

TEST_CASE("A signature line names its signer only when it holds a person's name",
          "[questions][email]")
{
    struct Line
    {
        const char *body, *signer;
    };
    const Line lines[] = {
        // A position run into a branch, a school or a company is no one.
        { "Câu hỏi một?\n\nBí thư Chi đoàn ấp Mỹ Phong\nHuyện đoàn Gò Dầu", "" },
        { "Câu hỏi hai?\n\nBí thư Chi đoàn Công ty Mai Linh", "" },
        { "Câu hỏi ba?\n\nBí thư Đoàn trường Lê Quý Đôn", "" },
        // The name on its own line after the title, before it, or run into the position.
        { "Câu hỏi bốn?\n\nBí thư Chi đoàn ấp Mỹ Phong\nNguyễn Văn A", "Nguyễn Văn A" },
        { "Câu hỏi năm?\n\nTrân trọng,\nĐặng Thị Hoa\nPhó Bí thư Chi đoàn", "Đặng Thị Hoa" },
        { "Câu hỏi sáu?\n\nPhó Bí thư Chi đoàn Huỳnh Thanh Tùng", "Huỳnh Thanh Tùng" },
        { "Câu hỏi bảy?\n\nNgười gửi: Lâm Yến (Chi đoàn phường 3)", "Lâm Yến" },
        { "Câu hỏi tám?\n\nThân ái,\nĐ/c Tô Ngọc Bảo Trân - UV BCH", "Tô Ngọc Bảo Trân" },
        { "Câu hỏi chín?\n\nTrân trọng./.\nHọ và tên người đặt câu hỏi: Kha Thị Lan",
          "Kha Thị Lan" },
        { "Câu hỏi mười?\n\nTrân trọng!\nLương Văn Hòa: Bí thư Chi đoàn ấp Bình Hòa",
          "Lương Văn Hòa" },
    };
    for (const Line &l : lines) {
        INFO(l.body);
        CHECK(io::splitEmailQuestions(QString::fromUtf8(l.body)).signer
              == QString::fromUtf8(l.signer));
    }
}
