// Questions sent in an HTML table, as Outlook writes a Word table into an e-mail
// (tests/fixtures/email/ht_outlook_table.eml, made by tests/fixtures/make_lists_qa.py): one
// question per row, read as a spreadsheet list with the same header is. The expected values
// are the fixture's table, copied here by hand.
#include "support/sessionsupport.h"
#include "support/testsupport.h"

#include "import/questionimport.h"
#include "io/htmltables.h"
#include "services/mailfetch.h"
#include "session/session.h"

#include <QDate>
#include <QFile>

using namespace dd;

namespace {

struct ExpectedRow
{
    const char *text;
    QuestionKind kind;
    const char *field; // "Lĩnh vực": no topic of the sample is named so, left unclassified
};

} // namespace

TEST_CASE("An Outlook e-mail with the questions in a table gives one question per row",
          "[questions][email]")
{
    auto s = testsupport::sampleSession();
    const import::ImportPreview b = importQuestionsFromFiles(
        *s, { testsupport::fixture(QStringLiteral("email/ht_outlook_table.eml")) });
    const QList<ExpectedRow> expected {
        { "Kiến nghị các doanh nghiệp trên địa bàn thị xã tạo điều kiện cho đoàn viên tham gia "
          "sinh hoạt Chi đoàn vào ngày Chủ nhật.",
          QuestionKind::Recommendation, "Công tác Đoàn" },
        { "Đề xuất Tỉnh đoàn mở lớp tập huấn kỹ năng cho Bí thư Chi đoàn doanh nghiệp ngoài nhà "
          "nước.",
          QuestionKind::Proposal, "Đào tạo, bồi dưỡng" },
        { "Thanh niên công nhân thuê trọ ở phường Long Hoa mong được hỗ trợ vay vốn khởi "
          "nghiệp?",
          QuestionKind::Question, "Hỗ trợ vốn" },
    };
    const auto unit = s->units().findByName(QStringLiteral("Thị đoàn Hòa Thành"));
    REQUIRE(unit);
    REQUIRE(b.rows.size() == expected.size());
    for (qsizetype i = 0; i < b.rows.size(); ++i) {
        INFO(i);
        const import::ImportRow &r = b.rows.at(i);
        const import::QuestionFields &f = r.questionFields();
        const Question &q = f.question;
        CHECK(q.text == QString::fromUtf8(expected.at(i).text));
        CHECK(q.note
              == QStringLiteral("Lĩnh vực: %1").arg(QString::fromUtf8(expected.at(i).field)));
        CHECK(q.kind == expected.at(i).kind);
        CHECK(q.unitId == unit->id);
        CHECK(r.unitName == unit->name);
        CHECK_FALSE(r.unitUnknown);
        CHECK(q.submitter == QStringLiteral("Trần Thị Bích Ngọc"));
        CHECK(f.sender == QStringLiteral("Thị đoàn Hòa Thành <thidoanhoathanh@gmail.com>"));
        CHECK(f.source == QStringLiteral("ht_outlook_table.eml, row %1").arg(i + 2));
        CHECK(q.channel == QuestionChannel::Email);
        CHECK(q.receivedOn == QDate(2021, 8, 26));
        CHECK(q.topicId == 0);
        CHECK(q.status == QuestionStatus::Received);
        CHECK(import::questionMessage(r)
              == QStringLiteral("“%1” names none of the event's topics: left unclassified, "
                                "kept in the question's note.")
                     .arg(QString::fromUtf8(expected.at(i).field)));
        CHECK(r.ready());
    }
}

TEST_CASE("An e-mail whose only table lays out the signature is read from its text as before",
          "[questions][email]")
{
    auto s = testsupport::sampleSession();
    const QByteArray eml = QByteArrayLiteral(
        "From: =?utf-8?b?SHV54buHbiDEkW/DoG4gR8OyIEThuqd1?= <hdgodau@example.vn>\r\n"
        "To: bantochuctinhdoantayninh@gmail.com\r\n"
        "Subject: Cau hoi\r\n"
        "Date: Fri, 27 Aug 2021 10:00:00 +0700\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/html; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "\r\n"
        "<html><body><p>K\xc3\xadnh g\xe1\xbb\xadi Ban T\xe1\xbb\x95 ch\xe1\xbb\xa9\x63,</p>"
        "<ol><li>\xc4\x90\xe1\xbb\x81 ngh\xe1\xbb\x8b m\xe1\xbb\x9f l\xe1\xbb\x9bp "
        "h\xe1\xbb\x8d\x63"
        " ngh\xe1\xbb\x81 cho thanh ni\xc3\xaan.</li>"
        "<li>Xin h\xe1\xbb\x8fi khi n\xc3\xa0o c\xc3\xb3 s\xc3\xa2n ch\xc6\xa1i?</li></ol>"
        "<table><tr><td><img src=\"cid:logo\"></td><td><b>V\xc3\xb5 Th\xc3\xa0nh \xc4\x90\xe1\xba"
        "\xa1t</b><br>Huy\xe1\xbb\x87n \xc4\x91o\xc3\xa0n G\xc3\xb2 D\xe1\xba\xa7u</td></tr>"
        "<tr><td colspan=2>\xc4\x90T: 0276 3850 123</td></tr></table></body></html>\r\n");
    const import::ImportPreview b = importQuestionsFromEmail(*s, eml, QStringLiteral("gd.eml"));
    const QStringList expected { QStringLiteral("Đề nghị mở lớp học nghề cho thanh niên."),
                                 QStringLiteral("Xin hỏi khi nào có sân chơi?") };
    const auto unit = s->units().findByName(QStringLiteral("Huyện đoàn Gò Dầu"));
    REQUIRE(unit);
    REQUIRE(b.rows.size() == expected.size());
    for (qsizetype i = 0; i < b.rows.size(); ++i) {
        INFO(i);
        const import::ImportRow &r = b.rows.at(i);
        CHECK(r.question().text == expected.at(i));
        CHECK(r.question().unitId == unit->id);
        CHECK(r.questionFields().source == QStringLiteral("gd.eml, item %1").arg(i + 1));
        CHECK(r.question().receivedOn == QDate(2021, 8, 27));
        CHECK(r.ready());
    }
}

TEST_CASE("HTML tables as sheets: spans become merges, nested tables their own sheet",
          "[questions][email]")
{
    const QList<io::Sheet> tables = io::htmlTables(QStringLiteral(
        "<style>td{x:1}</style><!-- <table><tr><td>hidden</td></tr></table> -->"
        "<table><tr><th>A</th><th colspan=\"2\">B &amp; C</th></tr>"
        "<tr><td rowspan=2>1</td><td>x<br>y</td><td><table><tr><td>in</td></tr></table></td></tr>"
        "<tr><td>2 &lt; 3</td><td>z</td></tr></table>"));
    REQUIRE(tables.size() == 2);
    const QList<QStringList> outer { { "A", "B & C" }, { "1", "x\ny" }, { "", "2 < 3", "z" } };
    CHECK(tables.at(0).rows == outer);
    CHECK(tables.at(0).merges == QList<io::CellRange> { { 0, 1, 0, 2 }, { 1, 0, 2, 0 } });
    CHECK(tables.at(1).rows == QList<QStringList> { { "in" } });
}

TEST_CASE("Hostile HTML tables are bounded and do not crash", "[questions][email]")
{
    QString deep;
    for (int i = 0; i < 20'000; ++i)
        deep += QStringLiteral("<table><tr><td>x");
    CHECK(io::htmlTables(deep).size() == io::kMaxHtmlTableDepth);
    QString wide = QStringLiteral("<table>");
    for (int i = 0; i < 200; ++i)
        wide += QStringLiteral("<tr><td colspan=999999999 rowspan=99999999999>v</td><td>w</td>");
    const QList<io::Sheet> t = io::htmlTables(wide);
    REQUIRE(t.size() == 1);
    CHECK(t.at(0).rows.size() == 200);
    CHECK(t.at(0).rows.at(0) == QStringList { "v" });
    CHECK(t.at(0).columnCount() <= io::kMaxHtmlTableColumns);
    QString many;
    for (int i = 0; i < 1'000; ++i)
        many += QStringLiteral("<table><tr><td>1</td></tr></table>");
    CHECK(io::htmlTables(many).size() == io::kMaxHtmlTables);
}

TEST_CASE("A fetched e-mail with the questions in an attached workbook gives its rows, and the "
          "workbook is not offered as an attendee list",
          "[questions][email]")
{
    auto s = testsupport::sampleSession();
    QFile file(testsupport::fixture(QStringLiteral("email/ht_reply_attachment.eml")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    MailDownload download;
    download.uidValidity = 7;
    download.items << MailDownload::Item { mail::ImapMessage { 41, file.size(), false },
                                           file.readAll() };
    mail::MailServer server;
    server.host = QStringLiteral("imap.gmail.com");
    server.user = QStringLiteral("bantochuctinhdoantayninh@gmail.com");
    server.folder = QStringLiteral("INBOX");
    const MailFetch fetch = readDownloadedMail(*s, server, download);
    CHECK(fetch.lists.isEmpty());
    CHECK(fetch.notRead.isEmpty());
    REQUIRE(fetch.messages.size() == 1);
    CHECK(fetch.messages.first().rowCount == 3);
    // By hand from make_lists_qa2.py: the attachment's "Họ và tên" and "Nội dung" columns.
    const QList<std::pair<QString, QString>> expected {
        { QStringLiteral("Nguyễn Thị Kim Loan"),
          QStringLiteral("Đề xuất doanh nghiệp cho Chi đoàn sinh hoạt trong giờ nghỉ giữa ca mỗi "
                         "tháng một lần.") },
        { QStringLiteral("Trần Quốc Việt"),
          QStringLiteral("Kiến nghị mở thêm lớp học nghề buổi tối cho thanh niên công nhân.") },
        { QStringLiteral("Phan Thị Diễm"),
          QStringLiteral("Thanh niên công nhân có được tham gia bảo hiểm y tế hộ gia đình tại nơi "
                         "tạm trú không?") },
    };
    const auto unit = s->units().findByName(QStringLiteral("Thị đoàn Hòa Thành"));
    REQUIRE(unit);
    REQUIRE(fetch.questions.rows.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        INFO(i);
        const Question &q = fetch.questions.rows.at(i).question();
        CHECK(q.submitter == expected.at(i).first);
        CHECK(q.text == expected.at(i).second);
        // What the list said beyond the fields is in the note, not the text.
        CHECK(q.note == (i == 1 ? QStringLiteral("Lĩnh vực: Việc làm") : QString()));
        CHECK(q.unitId == unit->id);
        CHECK(q.channel == QuestionChannel::Email);
        CHECK(q.receivedOn == QDate(2021, 8, 27));
        CHECK(fetch.questions.rows.at(i).ready());
    }
}
