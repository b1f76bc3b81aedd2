// Question lists as the host unions hand them in or send them (tests/fixtures/lists/
// make_lists_qa2.py): a list handed in with "Thời gian" and "Ghi chú" columns (xlsx and its
// LibreOffice .ods), and a Gmail reply whose questions are in an attached .xlsx named in RFC 2231
// under a quoted reminder. Every stored question is compared, field by field, with the tables
// below, written by hand from the files: the channel a clerk expects (a list handed in; an
// e-mail), the day written in the list or the e-mail's day, never the file's; a "Lĩnh vực"
// naming none of the plan's four topics, and a "Ghi chú", kept in the question's note (the last
// column of `list questions`), the text left as written, no topic made up.
#include "support/testsupport.h"

namespace {

struct Expected
{
    const char *unit, *submitter, *kind, *topic, *channel, *status, *receivedOn, *text;
    const char *note = "";
};

const char *const kTp = "Thành đoàn thành phố Tây Ninh";
const char *const kHt = "Thị đoàn Hòa Thành";

const Expected kTnQuestions[] = {
    { kTp, "Nguyễn Hoàng Nam", "recommendation", "1", "handed_in", "classified", "2021-08-25",
      "Đề nghị Tỉnh đoàn phối hợp Liên đoàn Lao động tỉnh tổ chức lớp tập huấn cho Ban Chấp hành "
      "Chi đoàn doanh nghiệp." },
    { kTp, "Lý Thị Mai", "question", "", "handed_in", "received", "2021-08-26",
      "Công nhân ở trọ khu phố 3 phường 3 có được hỗ trợ tiền thuê nhà trong thời gian giãn cách "
      "không?",
      "Lĩnh vực: Nhà ở cho công nhân; Ghi chú: Đề nghị trả lời trực tiếp tại hội nghị" },
    { kTp, "Đinh Công Hậu", "question", "4", "handed_in", "classified", "2021-08-27",
      "Chi đoàn Công ty Dệt Kim tổ chức \"Ngày thứ bảy tình nguyện\" gắn với thi đua tăng năng "
      "suất, xin chia sẻ để nhân rộng." },
    { kTp, "Võ Thị Thanh Thúy", "initiative", "", "handed_in", "received", "",
      "Sáng kiến lập tủ sách dùng chung cho công nhân các nhà trọ.",
      "Ghi chú: Nộp tại Ban Tổ chức" },
};

const Expected kHtReply[] = {
    { kHt, "Nguyễn Thị Kim Loan", "proposal", "2", "email", "classified", "2021-08-27",
      "Đề xuất doanh nghiệp cho Chi đoàn sinh hoạt trong giờ nghỉ giữa ca mỗi tháng một lần." },
    { kHt, "Trần Quốc Việt", "recommendation", "", "email", "received", "2021-08-27",
      "Kiến nghị mở thêm lớp học nghề buổi tối cho thanh niên công nhân.", "Lĩnh vực: Việc làm" },
    { kHt, "Phan Thị Diễm", "question", "", "email", "received", "2021-08-27",
      "Thanh niên công nhân có được tham gia bảo hiểm y tế hộ gia đình tại nơi tạm trú không?" },
};

const char *const kDmc = "Huyện đoàn Dương Minh Châu";

const Expected kDmcColC[] = {
    { kDmc, "Phạm Thị Lan", "proposal", "", "handed_in", "received", "2021-08-20",
      "Đề xuất mở lớp tin học miễn phí cho công nhân." },
    { kDmc, "Nguyễn Văn Tú", "question", "", "handed_in", "received", "2021-08-21",
      "Công nhân có được hỗ trợ khi nghỉ việc do dịch bệnh không?" },
};

// A host union's list whose "Đơn vị" names its own branches: the union of the title is the
// unit, the branch says who asked.
const Expected kHtBranches[] = {
    { kHt, "Lê Thị Mai, Chi đoàn Công ty TNHH Hưng Thịnh", "recommendation", "", "handed_in",
      "received", "", "Đề nghị công ty cho công nhân nghỉ giữa ca 30 phút." },
    { kHt, "Võ Văn Nam, Chi hội thanh niên công nhân ấp Long Mỹ", "question", "", "handed_in",
      "received", "", "Thanh niên công nhân có được hỗ trợ học nghề không?" },
    { kHt, "Chi đoàn Công ty CP Nhựa Tây Ninh", "proposal", "", "handed_in", "received", "",
      "Đề xuất tổ chức giải cầu lông công nhân giữa các doanh nghiệp." },
    { kHt, "Phạm Thu", "initiative", "", "handed_in", "received", "",
      "Sáng kiến tổ chức ngày hội việc làm tại phường." },
};

// "25/8" is 25 August of the event's year (its question deadline is 30/08/2021); the three
// numbered questions of one cell are three questions of Lê Văn An, each of its own kind.
const Expected kDmcItems[] = {
    { kDmc, "Lê Văn An", "recommendation", "", "handed_in", "received", "2021-08-25",
      "Đề nghị tăng cường sân chơi cho thanh niên công nhân." },
    { kDmc, "Lê Văn An", "question", "", "handed_in", "received", "2021-08-25",
      "Công nhân có được hỗ trợ nhà ở xã hội khi làm việc đủ 5 năm không?" },
    { kDmc, "Lê Văn An", "initiative", "", "handed_in", "received", "2021-08-25",
      "Sáng kiến lập đội hình thanh niên tình nguyện trong khu công nghiệp." },
    { kDmc, "Mai Thị Hoa", "recommendation", "", "handed_in", "received", "2021-08-26",
      "Mở lớp kỹ năng mềm cho Ban Chấp hành Chi đoàn." },
};

// The event's questions are exactly `expected` (the sample event has none), every field as
// written there.
template<std::size_t N>
void checkQuestions(const testsupport::SampleData &d, const Expected (&expected)[N])
{
    const QStringList lines = d.list(QStringLiteral("questions"));
    REQUIRE(!lines.isEmpty());
    const QStringList header = lines.first().split(QLatin1Char('\t'));
    // The note came last, after the columns scripts already read.
    CHECK(header.constLast() == QStringLiteral("note"));
    CHECK(header.indexOf(QStringLiteral("duplicate_of")) == header.size() - 2);
    REQUIRE(lines.size() == qsizetype(N) + 1);
    for (const Expected &e : expected) {
        INFO(e.text);
        int found = 0;
        for (const QString &line : lines.mid(1)) {
            const QStringList row = line.split(QLatin1Char('\t'));
            auto at = [&](const char *column) {
                const qsizetype c = header.indexOf(QLatin1String(column));
                REQUIRE(c >= 0);
                return row.value(c);
            };
            if (at("text") != QString::fromUtf8(e.text))
                continue;
            ++found;
            INFO(line.toStdString());
            CHECK(at("unit") == QString::fromUtf8(e.unit));
            CHECK(at("submitter") == QString::fromUtf8(e.submitter));
            CHECK(at("kind") == QString::fromUtf8(e.kind));
            CHECK(at("topic") == QString::fromUtf8(e.topic));
            CHECK(at("channel") == QString::fromUtf8(e.channel));
            CHECK(at("status") == QString::fromUtf8(e.status));
            CHECK(at("received_on") == QString::fromUtf8(e.receivedOn));
            CHECK(at("forwarded_to").isEmpty());
            CHECK(at("answer").isEmpty());
            CHECK(at("duplicate_of").isEmpty());
            CHECK(at("note") == QString::fromUtf8(e.note));
        }
        CHECK(found == 1);
    }
}

testsupport::ProcessResult importQuestions(const testsupport::SampleData &d, const QString &file)
{
    return d.run(
        { QStringLiteral("import"), QStringLiteral("questions"), testsupport::fixture(file) });
}

// `file` imported into a new copy of the sample event: the command line says only how many
// questions it imported, and the event's questions are exactly `expected`.
template<std::size_t N>
void importsExactly(const char *file, const Expected (&expected)[N])
{
    testsupport::SampleData d(QStringLiteral("questions.sqlite"));
    const testsupport::ProcessResult r = importQuestions(d, QString::fromUtf8(file));
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QString::fromUtf8(r.out) == QStringLiteral("Imported %1 question(s).\n").arg(N));
    CHECK(r.err.isEmpty());
    checkQuestions(d, expected);
}

} // namespace

TEST_CASE("cli: a question list handed in, with Thời gian written as words, Lĩnh vực naming no "
          "topic and Ghi chú",
          "[cli][questions]")
{
    for (const char *file :
         { "lists/tn_questions_thoigian.xlsx", "lists/tn_questions_thoigian_lo.ods" }) {
        INFO(file);
        testsupport::SampleData d(QStringLiteral("questions.sqlite"));
        const testsupport::ProcessResult r = importQuestions(d, QString::fromUtf8(file));
        INFO(r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(QString::fromUtf8(r.out) == QStringLiteral("Imported 4 question(s).\n"));
        CHECK(QString::fromUtf8(r.err).contains(
            QStringLiteral("%1, row 6: “Nhà ở cho công nhân” names none of the event's topics: "
                           "left unclassified, kept in the question's note.\n")
                .arg(QString::fromUtf8(file).section(QLatin1Char('/'), 1))));
        checkQuestions(d, kTnQuestions);
    }
}

TEST_CASE("cli: a Gmail reply with the questions in an attached xlsx named in RFC 2231, under a "
          "quoted reminder",
          "[cli][questions]")
{
    testsupport::SampleData d(QStringLiteral("questions.sqlite"));
    const testsupport::ProcessResult r
        = importQuestions(d, QStringLiteral("email/ht_reply_attachment.eml"));
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    checkQuestions(d, kHtReply);
    // Imported again: nothing added.
    const testsupport::ProcessResult again
        = importQuestions(d, QStringLiteral("email/ht_reply_attachment.eml"));
    CHECK(again.exitCode != 0);
    checkQuestions(d, kHtReply);
}

TEST_CASE("cli: a question list from column C without an STT column, a question in two merged "
          "rows",
          "[cli][questions]")
{
    importsExactly("lists/dmc_questions_colc.xlsx", kDmcColC);
}

TEST_CASE("cli: a host union's question list whose Đơn vị column names its own branches",
          "[cli][questions]")
{
    importsExactly("lists/ht_questions_branches.xlsx", kHtBranches);
}

TEST_CASE("cli: a question list with dates without a year and three numbered questions in one "
          "cell",
          "[cli][questions]")
{
    importsExactly("lists/dmc_questions_items.xlsx", kDmcItems);
}
