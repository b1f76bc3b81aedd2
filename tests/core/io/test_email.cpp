#include "support/testsupport.h"

#include "io/emailreader.h"

#include <QTimeZone>

// The fixtures are written by tests/fixtures/email/make_fixtures.py; the expected texts here
// are the texts there.

using dd::io::EmailMessage;
using dd::io::readEmail;
using dd::io::splitNumberedItems;

namespace {

EmailMessage readFixture(const QString &name)
{
    const auto result = readEmail(testsupport::fixture(QStringLiteral("email/") + name));
    INFO(name.toStdString() << ": " << result.error().toStdString());
    REQUIRE(result.ok());
    return result.value();
}

bool isNfc(const QString &s)
{
    return s == s.normalized(QString::NormalizationForm_C);
}

} // namespace

TEST_CASE("Gmail quoted-printable UTF-8 numbered list", "[email]")
{
    const EmailMessage m = readFixture(QStringLiteral("dmc_numbered_qp.eml"));
    CHECK(m.fromAddress == QStringLiteral("huyendoan.dmc@gmail.com"));
    CHECK(m.fromName == QStringLiteral("Huyện đoàn Dương Minh Châu"));
    CHECK(m.subject
          == QStringLiteral("Ý kiến, kiến nghị của ĐVTN công nhân huyện Dương Minh Châu"));
    CHECK(m.date == QDateTime(QDate(2021, 8, 23), QTime(9, 15, 42), QTimeZone(7 * 3600)));
    CHECK(m.date.offsetFromUtc() == 7 * 3600);
    CHECK(m.attachmentNames.isEmpty());
    CHECK(m.body.startsWith(QStringLiteral("Kính gửi: Ban Tổ chức - Kiểm tra Tỉnh đoàn,\n\n")));
    CHECK(m.body.contains(QStringLiteral("\n-- \nHuyện đoàn Dương Minh Châu")));
    CHECK_FALSE(m.body.contains(QLatin1Char('\r')));
    CHECK(isNfc(m.body));

    const QStringList items = splitNumberedItems(m.body);
    REQUIRE(items.size() == 5);
    CHECK(items.at(0)
          == QStringLiteral("Công nhân ở Khu công nghiệp Phước Đông thường phải tăng ca đến 21 "
                            "giờ, có tuần làm cả Chủ nhật. Đề nghị lãnh đạo tỉnh cho biết cơ quan "
                            "nào kiểm tra việc doanh nghiệp chấp hành quy định về số giờ làm "
                            "thêm?"));
    CHECK(items.at(2)
          == QStringLiteral("Giá thuê phòng trọ gần khu công nghiệp ngày càng tăng. Đề nghị tỉnh "
                            "sớm đầu tư nhà ở xã hội, nhà lưu trú cho công nhân."));
    // The closing sentence after a blank line, "Trân trọng" and the signature are not items.
    CHECK(items.at(4)
          == QStringLiteral("Đề nghị Tỉnh đoàn phối hợp mở các lớp học nghề, học ngoại ngữ buổi "
                            "tối miễn phí cho thanh niên công nhân."));
}

TEST_CASE("Outlook base64 multipart/alternative prefers the plain text", "[email]")
{
    const EmailMessage m = readFixture(QStringLiteral("hoathanh_b64_alternative.eml"));
    CHECK(m.fromAddress == QStringLiteral("thidoan.hoathanh@tayninh.gov.vn"));
    CHECK(m.fromName == QStringLiteral("Thị đoàn Hòa Thành"));
    CHECK(m.subject == QStringLiteral("Gửi câu hỏi hội nghị đối thoại năm 2021"));
    CHECK(m.attachmentNames.isEmpty());
    // The plain part, not the HTML one (which has no "Câu 3" line break).
    CHECK_FALSE(m.body.contains(QStringLiteral("chuyến, công nhân tan ca")));
    CHECK(m.body.contains(QStringLiteral("còn ít chuyến,\ncông nhân tan ca")));
    CHECK_FALSE(m.body.contains(QStringLiteral("MsoNormal")));

    const QStringList items = splitNumberedItems(m.body);
    REQUIRE(items.size() == 5);
    CHECK(items.at(0)
          == QStringLiteral("Đề nghị tỉnh chỉ đạo các doanh nghiệp thành lập công đoàn cơ sở và "
                            "tạo điều kiện để Đoàn, Hội hoạt động trong giờ nghỉ giữa ca."));
    // A question wrapped over two lines is one item.
    CHECK(items.at(2)
          == QStringLiteral("Tuyến xe buýt từ Hòa Thành đến Khu công nghiệp Trảng Bàng còn ít "
                            "chuyến, công nhân tan ca lúc 22 giờ không có xe về."));
    CHECK(items.at(4)
          == QStringLiteral("Thanh niên công nhân mong muốn được vay vốn ưu đãi để học nghề và "
                            "khởi nghiệp sau khi hết hợp đồng lao động."));
}

TEST_CASE("HTML-only e-mail with an ordered list", "[email]")
{
    const EmailMessage m = readFixture(QStringLiteral("tayninh_html_only.eml"));
    CHECK(m.fromAddress == QStringLiteral("thanhdoan.tayninh@gmail.com"));
    CHECK(m.fromName == QStringLiteral("Thành đoàn Tây Ninh"));
    CHECK(m.subject == QStringLiteral("Kiến nghị của thanh niên công nhân TP Tây Ninh"));
    CHECK_FALSE(m.body.contains(QLatin1Char('<')));
    CHECK_FALSE(m.body.contains(QStringLiteral("font-family"))); // <style> dropped
    CHECK_FALSE(m.body.contains(QStringLiteral("Cau hoi"))); // <title> dropped
    CHECK(m.body.startsWith(QStringLiteral("Kính gửi Ban Tổ chức - Kiểm tra Tỉnh đoàn,\n")));
    CHECK(m.body.contains(QStringLiteral("\n1. Đề nghị tỉnh có chính sách")));
    CHECK(m.body.contains(QStringLiteral("\n4. Công nhân làm việc")));

    const QStringList items = splitNumberedItems(m.body);
    REQUIRE(items.size() == 4);
    CHECK(items.at(0)
          == QStringLiteral(
              "Đề nghị tỉnh có chính sách hỗ trợ tiền thuê nhà cho công nhân có thu nhập thấp."));
    // &agrave; decoded.
    CHECK(items.at(1)
          == QStringLiteral("Các doanh nghiệp FDI cần tạo điều kiện cho đoàn viên tham gia hoạt "
                            "động tình nguyện và sinh hoạt chi đoàn."));
    // <br> inside an item joins back into one question.
    CHECK(items.at(2)
          == QStringLiteral("Đề nghị mở thêm trường mầm non công lập gần Khu công nghiệp Thành "
                            "Thành Công, nhận trẻ từ 6 tháng tuổi."));
    CHECK(items.at(3)
          == QStringLiteral("Công nhân làm việc “3 ca 4 kíp” rất vất vả; đề nghị kiểm tra việc "
                            "trả lương làm thêm giờ & ngày lễ."));
}

TEST_CASE("Windows-1258 quoted-printable body and encoded-word headers", "[email]")
{
    const EmailMessage m = readFixture(QStringLiteral("cp1258_qp.eml"));
    CHECK(m.fromAddress == QStringLiteral("chidoan.myphong@yahoo.com"));
    CHECK(m.fromName == QStringLiteral("Chi đoàn Giày da Mỹ Phong"));
    CHECK(m.subject == QStringLiteral("Ý kiến đoàn viên công nhân"));
    // Windows-1258 writes most tones as combining marks: the result must be NFC.
    CHECK(isNfc(m.fromName));
    CHECK(isNfc(m.subject));
    CHECK(isNfc(m.body));
    CHECK(m.body.contains(QStringLiteral("Bí thư Chi đoàn Nguyễn Thị Thùy Dương")));

    const QStringList items = splitNumberedItems(m.body);
    REQUIRE(items.size() == 3);
    CHECK(items.at(0)
          == QStringLiteral("Công ty thường xuyên yêu cầu làm thêm giờ nhưng trả lương tăng ca "
                            "chậm. Đề nghị Liên đoàn Lao động tỉnh kiểm tra."));
    CHECK(items.at(2)
          == QStringLiteral("Khu nhà trọ ấp Bến Kéo thường bị ngập nước khi mưa lớn, đề nghị xã "
                            "sửa chữa đường và cống thoát nước."));
}

TEST_CASE("Attachments are listed and not read", "[email]")
{
    const EmailMessage m = readFixture(QStringLiteral("attachments_mixed.eml"));
    CHECK(m.fromAddress == QStringLiteral("doancs.kcntrangbang@gmail.com"));
    CHECK(m.fromName == QStringLiteral("Đoàn cơ sở KCN Trảng Bàng"));
    CHECK(m.subject == QStringLiteral("Ý kiến ĐCS KCN Trảng Bàng + danh sách đại biểu"));
    CHECK(m.attachmentNames
          == QStringList({ QStringLiteral("Danh sách đại biểu.pdf"),
                           QStringLiteral("Câu hỏi đối thoại.docx") }));
    CHECK_FALSE(m.body.contains(QStringLiteral("%PDF")));
    CHECK_FALSE(m.body.contains(QStringLiteral("<li>")));

    const QStringList items = splitNumberedItems(m.body);
    CHECK(items
          == QStringList(
              { QStringLiteral("Đề nghị doanh nghiệp bố trí phòng sinh hoạt chung để Chi đoàn tổ "
                               "chức hoạt động."),
                QStringLiteral("Mong tỉnh có chương trình khám sức khỏe định kỳ miễn phí cho lao "
                               "động nữ."),
                QStringLiteral("Đề nghị hỗ trợ công nhân mua nhà ở xã hội trả góp với lãi suất "
                               "thấp.") }));
}

TEST_CASE("Forwarded message with empty outer text uses the inner message", "[email]")
{
    const EmailMessage m = readFixture(QStringLiteral("forwarded_rfc822.eml"));
    // The sender is who sent it to us.
    CHECK(m.fromAddress == QStringLiteral("vanphong.tinhdoan@tayninh.gov.vn"));
    CHECK(m.fromName == QStringLiteral("Văn phòng Tỉnh đoàn"));
    CHECK(m.subject == QStringLiteral("Fwd: Bổ sung ý kiến đối thoại"));
    CHECK(m.body.startsWith(QStringLiteral("Kính gửi Ban Tổ chức - Kiểm tra Tỉnh đoàn, Huyện đoàn "
                                           "Dương Minh Châu gửi bổ sung hai ý kiến:")));

    // format=flowed lines are joined back.
    const QStringList items = splitNumberedItems(m.body);
    CHECK(items
          == QStringList({ QStringLiteral("Đề nghị tỉnh quan tâm đầu tư thiết chế văn hóa, thư "
                                          "viện, phòng đọc cho công nhân tại các khu công nghiệp."),
                           QStringLiteral("Đề nghị có cơ chế để Chi đoàn được đối thoại định kỳ "
                                          "với chủ doanh nghiệp về điều kiện làm việc.") }));
}

TEST_CASE("Subject folded into several encoded-words and text without a list", "[email]")
{
    const EmailMessage m = readFixture(QStringLiteral("encoded_subject.eml"));
    CHECK(m.fromAddress == QStringLiteral("chidoan.caosutn@gmail.com"));
    CHECK(m.fromName == QStringLiteral("Chi đoàn Cao su Tây Ninh"));
    CHECK(m.subject
          == QStringLiteral("Đề xuất của Chi đoàn Công ty Cổ phần Cao su Tây Ninh về nhà ở cho "
                            "công nhân"));
    const QString text = QStringLiteral(
        "Chi đoàn Công ty Cổ phần Cao su Tây Ninh đề xuất tỉnh dành quỹ đất gần các nông trường "
        "để xây dựng khu nhà ở tập thể cho công nhân trẻ, có nhà trẻ và sân chơi cho con em "
        "công nhân.");
    CHECK(m.body == QStringLiteral("Kính gửi Ban Tổ chức,\n\n") + text);
    // The greeting is not part of the question (issue 13, point 7).
    CHECK(splitNumberedItems(m.body) == QStringList { text });
}

TEST_CASE("Outlook Windows-1258 recommendation: greeting, announcement and signature taken "
          "off, paragraphs kept, the signer named",
          "[email]")
{
    const EmailMessage m = readFixture(QStringLiteral("hoathanh_cp1258_outlook.eml"));
    CHECK(m.fromAddress == QStringLiteral("thidoanhoathanh.tn@gmail.com"));
    CHECK(m.fromName == QStringLiteral("Thị đoàn Hòa Thành"));
    CHECK(m.subject == QStringLiteral("Kiến nghị ấp Long Bình"));
    CHECK(isNfc(m.body));

    const dd::io::EmailQuestions q = dd::io::splitEmailQuestions(m.body);
    CHECK(q.items
          == QStringList { QStringLiteral(
              "Ấp Long Bình có hơn 300 thanh niên làm công nhân ở Khu công nghiệp Trảng Bàng, đi "
              "làm bằng xe máy qua đường tỉnh 782 không có đèn chiếu sáng.\n\nĐề nghị tỉnh lắp "
              "đèn đường trên đoạn từ ấp Long Bình đến cổng khu công nghiệp để công nhân tan ca "
              "đêm đi lại an toàn.") });
    CHECK(q.signer == QStringLiteral("Nguyễn Thị Ngọc Hân"));
    CHECK(q.signature
          == QStringList({ QStringLiteral("Nguyễn Thị Ngọc Hân"),
                           QStringLiteral("Phó Bí thư Thị đoàn Hòa Thành") }));
}

TEST_CASE("Greetings, announcements and closing names are not questions", "[email]")
{
    using dd::io::splitEmailQuestions;
    SECTION("a name and a position at the end without \"Trân trọng\"")
    {
        const auto q = splitEmailQuestions(
            QStringLiteral("Kính gửi: Tỉnh đoàn Tây Ninh\n\nĐề nghị tỉnh mở thêm tuyến xe buýt "
                           "cho công nhân.\n\nTRẦN VĂN LỘC\nBí thư Chi đoàn ấp Trà Võ"));
        CHECK(
            q.items
            == QStringList { QStringLiteral("Đề nghị tỉnh mở thêm tuyến xe buýt cho công nhân.") });
        CHECK(q.signer == QStringLiteral("Trần Văn Lộc"));
    }
    SECTION("the line announcing a numbered list, and a unit signing without a person")
    {
        const auto q = splitEmailQuestions(
            QStringLiteral("Kính thưa Ban Tổ chức,\nHuyện đoàn Bến Cầu xin gửi các câu hỏi như "
                           "sau:\n1. Một?\n2. Hai.\nTrân trọng!\nHuyện đoàn Bến Cầu"));
        CHECK(q.items == QStringList({ QStringLiteral("Một?"), QStringLiteral("Hai.") }));
        CHECK(q.signer.isEmpty());
        CHECK(q.signature == QStringList { QStringLiteral("Huyện đoàn Bến Cầu") });
    }
    SECTION("a text without greeting or signature is kept whole; a short last line stays")
    {
        const QString text
            = QStringLiteral("Thanh niên cần việc làm.\n\nĐề nghị mở lớp dạy nghề miễn phí");
        CHECK(splitEmailQuestions(text).items == QStringList { text });
        CHECK(splitEmailQuestions(text).signer.isEmpty());
    }
}

TEST_CASE("The message replied to under Outlook's From/Sent header is no question but a "
          "forwarded one is",
          "[email]")
{
    using dd::io::isForwardSubject;
    using dd::io::splitEmailQuestions;
    const QString body = QStringLiteral(
        "Đề nghị mở lớp tin học cho công nhân.\n\nLê Văn Tám\nBí thư Chi đoàn\n\nFrom: Ban To "
        "chuc <btc@example.com>\nSent: Monday, November 16, 2026 8:05 AM\nTo: "
        "a@example.com\nSubject: V/v\n\nĐề nghị các đơn vị gửi ý kiến trước ngày 30/11.");
    const auto reply = splitEmailQuestions(body, false);
    CHECK(reply.items == QStringList { QStringLiteral("Đề nghị mở lớp tin học cho công nhân.") });
    CHECK(reply.signer == QStringLiteral("Lê Văn Tám"));
    // Vietnamese Outlook's words.
    QString vi = body;
    vi.replace(QStringLiteral("From:"), QStringLiteral("Từ:"))
        .replace(QStringLiteral("Sent:"), QStringLiteral("Đã gửi:"));
    CHECK(splitEmailQuestions(vi, false).items == reply.items);
    // Forwarded, the quoted text is what was sent on.
    CHECK(splitEmailQuestions(body, true)
              .items.join(QLatin1Char(' '))
              .contains(QStringLiteral("30/11")));
    // Gmail's forwarding line keeps it whatever the subject.
    const QString gmail = QStringLiteral(
        "Chuyển Ban Tổ chức.\n\n---------- Forwarded message ---------\nFrom: A "
        "<a@example.com>\nDate: Th 5, 26 thg 11, 2026\nSubject: Ý kiến\n\n1. Một?\n2. Hai?");
    CHECK(splitEmailQuestions(gmail, false).items
          == QStringList({ QStringLiteral("Một?"), QStringLiteral("Hai?") }));
    CHECK(isForwardSubject(QStringLiteral("Fwd: Ý kiến")));
    CHECK(isForwardSubject(QStringLiteral("FW: Ý kiến")));
    CHECK(isForwardSubject(QStringLiteral("RE: FW: Ý kiến")));
    CHECK(isForwardSubject(QStringLiteral("Chuyển tiếp: Ý kiến")));
    CHECK_FALSE(isForwardSubject(QStringLiteral("RE: V/v gửi ý kiến")));
    CHECK_FALSE(isForwardSubject(QStringLiteral("Ý kiến về FW: phần mềm")));
}

TEST_CASE("Files that are not e-mails are refused with a clear message", "[email]")
{
    const auto notEmail
        = readEmail(testsupport::fixture(QStringLiteral("email/broken_not_email.eml")));
    REQUIRE_FALSE(notEmail.ok());
    CHECK(notEmail.error().contains(QStringLiteral("broken_not_email.eml")));
    CHECK(notEmail.error().contains(QStringLiteral("not an e-mail")));
    CHECK(notEmail.error().contains(QStringLiteral(".eml")));

    const auto msg
        = readEmail(testsupport::fixture(QStringLiteral("email/outlook_msg_renamed.eml")));
    REQUIRE_FALSE(msg.ok());
    CHECK(msg.error().contains(QStringLiteral("outlook_msg_renamed.eml")));
    CHECK(msg.error().contains(QStringLiteral("Outlook .msg")));

    const auto missing = readEmail(testsupport::fixture(QStringLiteral("email/no-such-file.eml")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("no-such-file.eml")));

    CHECK_FALSE(readEmail(QByteArray()).ok());
    CHECK_FALSE(readEmail(QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n")).ok());
    CHECK_FALSE(readEmail(QByteArray("<html><body>Gmail</body></html>")).ok());
}

TEST_CASE("E-mail with an empty body or no sender is refused", "[email]")
{
    const auto empty = readEmail(testsupport::fixture(QStringLiteral("email/empty_body.eml")));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().contains(QStringLiteral("empty_body.eml")));
    CHECK(empty.error().contains(QStringLiteral("no text")));

    const QByteArray onlyAttachment
        = "From: a@b.vn\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
          "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
          "--b\r\nContent-Type: text/plain\r\n\r\n\r\n"
          "--b\r\nContent-Type: application/pdf\r\n"
          "Content-Disposition: attachment; filename=\"cau-hoi.pdf\"\r\n"
          "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b--\r\n";
    const auto attached = readEmail(onlyAttachment, QStringLiteral("x.eml"));
    REQUIRE_FALSE(attached.ok());
    CHECK(attached.error().contains(QStringLiteral("cau-hoi.pdf")));

    const auto signatureOnly
        = readEmail(QByteArray("From: a@b.vn\r\nSubject: x\r\n\r\n-- \r\nNguyen Van A\r\n"));
    CHECK_FALSE(signatureOnly.ok());

    const auto noSender = readEmail(
        QByteArray("Subject: =?UTF-8?B?Q8OidSBo4buPaQ==?=\r\nDate: Mon, 23 Aug 2021 09:15:42 "
                   "+0700\r\n\r\n1. Đề nghị tăng lương.\r\n"),
        QStringLiteral("khong-nguoi-gui.eml"));
    REQUIRE_FALSE(noSender.ok());
    CHECK(noSender.error().contains(QStringLiteral("khong-nguoi-gui.eml")));
    CHECK(noSender.error().contains(QStringLiteral("sender")));
}

TEST_CASE("Unlabelled and mislabelled charsets still give Vietnamese", "[email]")
{
    // Raw UTF-8 in the headers and body without any MIME labels.
    const auto raw = readEmail(QByteArray("From: Chi đoàn A <a@b.vn>\r\nSubject: Câu hỏi\r\n\r\n"
                                          "Đề nghị hỗ trợ nhà ở.\r\n"));
    REQUIRE(raw.ok());
    CHECK(raw->fromName == QStringLiteral("Chi đoàn A"));
    CHECK(raw->subject == QStringLiteral("Câu hỏi"));
    CHECK(raw->body == QStringLiteral("Đề nghị hỗ trợ nhà ở."));
    CHECK(raw->fromAddress == QStringLiteral("a@b.vn"));
    CHECK_FALSE(raw->date.isValid());

    // LF line ends (saved on Linux or macOS).
    const auto lf = readEmail(QByteArray("From: a@b.vn\nSubject: x\n\n1. Một\n2. Hai\n"));
    REQUIRE(lf.ok());
    CHECK(splitNumberedItems(lf->body) == QStringList({ "Một", "Hai" }));

    // Decomposed UTF-8 (as macOS writes) comes out NFC.
    const QString nfd = QStringLiteral("Đề nghị").normalized(QString::NormalizationForm_D);
    const auto decomposed = readEmail(
        "From: a@b.vn\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + nfd.toUtf8());
    REQUIRE(decomposed.ok());
    CHECK(decomposed->body == QStringLiteral("Đề nghị"));
}

TEST_CASE("splitNumberedItems list styles", "[email]")
{
    SECTION("1) and 1/ and Câu N")
    {
        CHECK(splitNumberedItems(QStringLiteral("1) Một\n2) Hai"))
              == QStringList({ "Một", "Hai" }));
        CHECK(splitNumberedItems(QStringLiteral("1/ Một\n2/Hai")) == QStringList({ "Một", "Hai" }));
        CHECK(splitNumberedItems(QStringLiteral("Câu 1: Một\nCâu 2. Hai\nCÂU 3 Ba"))
              == QStringList({ "Một", "Hai", "Ba" }));
        CHECK(splitNumberedItems(QStringLiteral("1.Một\n2.Hai")) == QStringList({ "Một", "Hai" }));
    }
    SECTION("bullets")
    {
        CHECK(splitNumberedItems(QStringLiteral("Ý kiến:\n- Một\n• Hai\n* Ba"))
              == QStringList({ "Một", "Hai", "Ba" }));
        // One dash is not a list.
        CHECK(splitNumberedItems(QStringLiteral("Đề nghị:\n- tăng lương")).size() == 1);
    }
    SECTION("numbers out of sequence, decimals and dates continue the item")
    {
        CHECK(splitNumberedItems(
                  QStringLiteral("1. Lương tháng\n1.5 triệu là thấp\n30/8 là hạn\n2. Nhà trọ"))
              == QStringList({ "Lương tháng 1.5 triệu là thấp 30/8 là hạn", "Nhà trọ" }));
        CHECK(splitNumberedItems(QStringLiteral("1. Một\n3. Không phải mục mới\n2. Hai"))
              == QStringList({ "Một 3. Không phải mục mới", "Hai" }));
    }
    SECTION("sub-bullets stay inside a numbered item on their own lines")
    {
        CHECK(splitNumberedItems(QStringLiteral("1. Đề nghị:\n- nhà trẻ\n- nhà trọ\n2. Hai"))
              == QStringList({ "Đề nghị:\n- nhà trẻ\n- nhà trọ", "Hai" }));
    }
    SECTION("quoted replies and signatures are removed")
    {
        const QString body = QStringLiteral(
            "1. Một\n2. Hai\n\nVào Th 2, 23 thg 8, 2021 lúc 09:15 Ban TCKT đã viết:\n"
            "> Đề nghị các đơn vị gửi câu hỏi\n> 1. Cũ\n");
        CHECK(splitNumberedItems(body) == QStringList({ "Một", "Hai" }));
        CHECK(splitNumberedItems(QStringLiteral("Đề nghị tăng lương.\nThanks & Best regards\nAn"))
              == QStringList({ "Đề nghị tăng lương." }));
        CHECK(splitNumberedItems(QStringLiteral("Đề nghị tăng lương.\nTrân trọng cảm ơn!\nAn"))
              == QStringList({ "Đề nghị tăng lương." }));
        CHECK(splitNumberedItems(
                  QStringLiteral("Câu 1: Một\n\n-----Original Message-----\nFrom: x\nCâu 2: Cũ"))
              == QStringList({ "Một" }));
        CHECK(splitNumberedItems(
                  QStringLiteral("1. Một\n________________________________\nTừ: Ban TCKT\n2. Cũ"))
              == QStringList({ "Một" }));
        CHECK(splitNumberedItems(QStringLiteral("1. Một\n2. Hai\n\nSent from my iPhone"))
              == QStringList({ "Một", "Hai" }));
    }
    SECTION("empty")
    {
        CHECK(splitNumberedItems(QString()).isEmpty());
        CHECK(splitNumberedItems(QStringLiteral(" \n\n-- \nAn")).isEmpty());
    }
}

TEST_CASE("htmlToPlainText", "[email]")
{
    using dd::io::htmlToPlainText;
    CHECK(htmlToPlainText(QStringLiteral("<p>A&nbsp;&amp;&#273;&#x1EA1;</p><p>B<br>C</p>"))
          == QStringLiteral("A &đạ\nB\nC"));
    CHECK(htmlToPlainText(QStringLiteral("<ol start=\"3\"><li>x</li><li>y</li></ol><ul><li>z</ul>"))
          == QStringLiteral("3. x\n4. y\n- z"));
    CHECK(htmlToPlainText(QStringLiteral("<script>var a = '<p>';</script><!-- <p>c</p> -->ok"))
          == QStringLiteral("ok"));
    CHECK(htmlToPlainText(QStringLiteral("<a href=\"x>y\">link</a>  text\n more"))
          == QStringLiteral("link text more"));
    CHECK(htmlToPlainText(QStringLiteral("<p>one</p><p>&nbsp;</p><p>two</p>"))
          == QStringLiteral("one\n\ntwo"));
    CHECK(htmlToPlainText(QStringLiteral("<p>3 < 5 &gt; 2</p>")) == QStringLiteral("3 < 5 > 2"));
}
