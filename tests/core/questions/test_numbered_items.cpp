// One rule for numbered questions (io/numbereditems.h), through its two entry points: a cell of a
// question list (importQuestionsFromSheet) and the text of an e-mail (importQuestionsFromEmail).
// The table below is written by hand: what a clerk expects from each text in each place. The
// two places differ only where the table says why (bullets; words before the first item; the
// greeting and sign-off that only an e-mail has).
#include "support/sessionsupport.h"

#include "import/questionimport.h"
#include "io/numbereditems.h"

using namespace dd;

namespace {

struct Case
{
    const char *name;
    const char *text; // the cell, and the e-mail's body under "Kính gửi …,"
    QStringList cell; // the questions the cell gives
    QStringList email; // the questions the e-mail gives
};

QStringList one(const char *text)
{
    return { QString::fromUtf8(text) };
}

const QList<Case> &cases()
{
    static const QList<Case> all = {
        { "three numbered questions, one a line",
          "1. Đề nghị tăng cường sân chơi cho thanh niên công nhân.\n"
          "2. Công nhân có được hỗ trợ nhà ở xã hội không?\n"
          "3. Sáng kiến lập đội hình tình nguyện trong khu công nghiệp.",
          { "Đề nghị tăng cường sân chơi cho thanh niên công nhân.",
            "Công nhân có được hỗ trợ nhà ở xã hội không?",
            "Sáng kiến lập đội hình tình nguyện trong khu công nghiệp." },
          { "Đề nghị tăng cường sân chơi cho thanh niên công nhân.",
            "Công nhân có được hỗ trợ nhà ở xã hội không?",
            "Sáng kiến lập đội hình tình nguyện trong khu công nghiệp." } },
        { "three numbered questions run on in one line",
          "1. Khi nào có nhà ở xã hội? 2. Công ty có tăng lương không? 3) Đề nghị mở lớp tin học.",
          { "Khi nào có nhà ở xã hội?", "Công ty có tăng lương không?", "Đề nghị mở lớp tin học." },
          { "Khi nào có nhà ở xã hội?", "Công ty có tăng lương không?",
            "Đề nghị mở lớp tin học." } },
        { "a number inside a sentence is no item",
          "Năm 2021, 2. quý liên tiếp công nhân không được tăng lương, đề nghị xem xét.",
          one("Năm 2021, 2. quý liên tiếp công nhân không được tăng lương, đề nghị xem xét."),
          one("Năm 2021, 2. quý liên tiếp công nhân không được tăng lương, đề nghị xem xét.") },
        { "a numbered line run on after a comma stays in its item",
          "1. Đề nghị tăng lương, 2. quý một lần.\n2. Công nhân có được nghỉ phép không?",
          { "Đề nghị tăng lương, 2. quý một lần.", "Công nhân có được nghỉ phép không?" },
          { "Đề nghị tăng lương, 2. quý một lần.", "Công nhân có được nghỉ phép không?" } },
        { "Câu 1: and a question on two lines",
          "Câu 1: Thanh niên công nhân có được vay vốn học nghề\nkhông?\n"
          "Câu 2: Đề nghị tổ chức giải bóng đá công nhân.",
          { "Thanh niên công nhân có được vay vốn học nghề không?",
            "Đề nghị tổ chức giải bóng đá công nhân." },
          { "Thanh niên công nhân có được vay vốn học nghề không?",
            "Đề nghị tổ chức giải bóng đá công nhân." } },
        { "1/ and 1- markers",
          "1/ Đề nghị mở lớp kỹ năng mềm.\n2- Công ty có xe đưa đón không?",
          { "Đề nghị mở lớp kỹ năng mềm.", "Công ty có xe đưa đón không?" },
          { "Đề nghị mở lớp kỹ năng mềm.", "Công ty có xe đưa đón không?" } },
        { "a date and an amount at the start of a line are no markers",
          "30/8 là hạn gửi ý kiến.\n1.5 triệu đồng mỗi tháng có đủ tiền trọ không?",
          one("30/8 là hạn gửi ý kiến.\n1.5 triệu đồng mỗi tháng có đủ tiền trọ không?"),
          one("30/8 là hạn gửi ý kiến.\n1.5 triệu đồng mỗi tháng có đủ tiền trọ không?") },
        { "a number out of turn goes on the item above",
          "1. Đề nghị hỗ trợ tiền trọ:\n5. triệu đồng cho mỗi phòng\n2. Khi nào có nhà ở xã hội?",
          { "Đề nghị hỗ trợ tiền trọ: 5. triệu đồng cho mỗi phòng", "Khi nào có nhà ở xã hội?" },
          { "Đề nghị hỗ trợ tiền trọ: 5. triệu đồng cho mỗi phòng", "Khi nào có nhà ở xã hội?" } },
        { "letters head the points of one question",
          "1. Đề nghị công ty:\na) tăng lương;\nb) giảm giờ làm.\n2. Khi nào có nhà ở xã hội?",
          { "Đề nghị công ty: a) tăng lương; b) giảm giờ làm.", "Khi nào có nhà ở xã hội?" },
          { "Đề nghị công ty: a) tăng lương; b) giảm giờ làm.", "Khi nào có nhà ở xã hội?" } },
        // An e-mail's words before its list announce it and are dropped; a cell's belong to
        // the one question the cell is.
        { "words before the first item",
          "Đề nghị Tỉnh đoàn quan tâm:\n1. Sân chơi cho công nhân.\n2. Nhà ở cho công nhân.",
          one("Đề nghị Tỉnh đoàn quan tâm:\n1. Sân chơi cho công nhân.\n2. Nhà ở cho công nhân."),
          { "Sân chơi cho công nhân.", "Nhà ở cho công nhân." } },
        // Bullets list an e-mail's questions when it has no numbers; in a cell they are the
        // points of one question.
        { "bullets",
          "- Đề nghị tăng lương cho công nhân.\n- Đề nghị giảm giờ làm thêm.",
          one("- Đề nghị tăng lương cho công nhân.\n- Đề nghị giảm giờ làm thêm."),
          { "Đề nghị tăng lương cho công nhân.", "Đề nghị giảm giờ làm thêm." } },
        { "one numbered question is one question",
          "1. Công nhân có được hỗ trợ tiền thuê nhà không?",
          one("1. Công nhân có được hỗ trợ tiền thuê nhà không?"),
          one("Công nhân có được hỗ trợ tiền thuê nhà không?") },
    };
    return all;
}

QByteArray emailOf(const QString &body)
{
    QByteArray eml = "From: =?utf-8?b?SHV54buHbiDEkW/DoG4gRMawxqFuZyBNaW5oIENow6J1?= "
                     "<huyendoan.dmc@gmail.com>\r\n"
                     "To: bantochuctinhdoantayninh@gmail.com\r\n"
                     "Subject: =?utf-8?q?C=C3=A2u_h=E1=BB=8Fi?=\r\n"
                     "Date: Mon, 23 Aug 2021 08:15:00 +0700\r\n"
                     "MIME-Version: 1.0\r\n"
                     "Content-Type: text/plain; charset=\"UTF-8\"\r\n"
                     "Content-Transfer-Encoding: 8bit\r\n\r\n";
    QString text = QStringLiteral("Kính gửi Ban Tổ chức – Kiểm tra Tỉnh đoàn,\n\n") + body
        + QStringLiteral("\n\nTrân trọng,\nNguyễn Văn Tú\n");
    eml += text.replace(QLatin1Char('\n'), QStringLiteral("\r\n")).toUtf8();
    return eml;
}

QStringList texts(const import::ImportPreview &p)
{
    QStringList out;
    for (const import::ImportRow &r : p.rows)
        out << r.question().text;
    return out;
}

} // namespace

TEST_CASE("Numbered questions: one table of cases through a list's cell and an e-mail's text",
          "[questions][import][email][numbered]")
{
    auto s = testsupport::sampleSession();
    for (const Case &c : cases()) {
        INFO(c.name);
        const QString text = QString::fromUtf8(c.text);
        io::Sheet sheet;
        sheet.rows = { { QStringLiteral("STT"), QStringLiteral("Đơn vị"),
                         QStringLiteral("Người hỏi"), QStringLiteral("Nội dung") },
                       { QStringLiteral("1"), QStringLiteral("Dương Minh Châu"),
                         QStringLiteral("Lê Văn An"), text } };
        const import::ImportPreview cell
            = importQuestionsFromSheet(*s, sheet, QStringLiteral("cau-hoi.xlsx"));
        CHECK(texts(cell) == c.cell);
        for (const import::ImportRow &r : cell.rows) {
            CHECK(r.question().submitter == QStringLiteral("Lê Văn An"));
            CHECK(r.ready());
        }
        if (c.cell.size() > 1)
            CHECK(cell.rows.constLast().questionFields().source
                  == QStringLiteral("cau-hoi.xlsx, row 2, item %1").arg(c.cell.size()));
        CHECK(io::cellItems(text) == (c.cell.size() > 1 ? c.cell : QStringList()));

        const import::ImportPreview mail
            = importQuestionsFromEmail(*s, emailOf(text), QStringLiteral("dmc.eml"));
        CHECK(texts(mail) == c.email);
        for (const import::ImportRow &r : mail.rows)
            CHECK(r.question().submitter == QStringLiteral("Nguyễn Văn Tú"));
    }
}
