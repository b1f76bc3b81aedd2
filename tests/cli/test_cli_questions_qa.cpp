// A question list as a host union sends it (tests/fixtures/lists/make_lists_qa.py): a letterhead,
// "Lĩnh vực" and "Nội dung câu hỏi, kiến nghị" columns, the asker's name and "Chức vụ, đơn vị".
// Every stored question is compared with the table below, written by hand from the list.
#include "support/testsupport.h"

TEST_CASE("cli: a host union's question list with Lĩnh vực and Nội dung câu hỏi, kiến nghị "
          "columns under a letterhead",
          "[cli][questions]")
{
    testsupport::SampleData d(QStringLiteral("questions.sqlite"));
    const testsupport::ProcessResult r
        = d.run({ QStringLiteral("import"), QStringLiteral("questions"),
                  testsupport::fixture(QStringLiteral("lists/dmc_questions_linhvuc.xlsx")) });
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QStringList lines = d.list(QStringLiteral("questions"));
    REQUIRE(!lines.isEmpty());
    const QStringList header = lines.first().split(QLatin1Char('\t'));
    struct Expected
    {
        const char *submitter, *kind, *field, *text;
    };
    const Expected expected[] = {
        { "Đặng Thị Mỹ Linh", "recommendation", "Việc làm",
          "Đề nghị Tỉnh đoàn phối hợp Sở Lao động tổ chức ngày hội việc làm cho thanh niên công "
          "nhân tại khu công nghiệp Chà Là." },
        { "Huỳnh Văn Tấn", "recommendation", "Đời sống tinh thần",
          "Kiến nghị xây dựng sân bóng đá mini cho thanh niên công nhân ở các nhà trọ xã Suối "
          "Đá." },
        { "Phan Ngọc Hân", "question", "Công tác Đoàn trong doanh nghiệp",
          "Làm thế nào để chủ doanh nghiệp tạo điều kiện về thời gian cho Chi đoàn sinh hoạt?" },
    };
    REQUIRE(lines.size() == 4);
    for (int i = 0; i < 3; ++i) {
        const QStringList row = lines.at(i + 1).split(QLatin1Char('\t'));
        auto at = [&](const char *column) {
            const qsizetype c = header.indexOf(QLatin1String(column));
            REQUIRE(c >= 0);
            return row.value(c);
        };
        INFO(lines.at(i + 1).toStdString());
        CHECK(at("unit") == QStringLiteral("Huyện đoàn Dương Minh Châu"));
        CHECK(at("submitter") == QString::fromUtf8(expected[i].submitter));
        CHECK(at("kind") == QString::fromUtf8(expected[i].kind));
        CHECK(at("topic").isEmpty()); // "Việc làm" … is none of the plan's four topics
        CHECK(at("channel") == QStringLiteral("handed_in")); // a list file, not an e-mail
        CHECK(at("received_on").isEmpty()); // no date column: the file's own date is not invented
        CHECK(at("status") == QStringLiteral("received"));
        // What the list said of it is in the note, the text is the question alone.
        CHECK(at("text") == QString::fromUtf8(expected[i].text));
        CHECK(at("note")
              == QStringLiteral("Lĩnh vực: %1").arg(QString::fromUtf8(expected[i].field)));
        CHECK(at("duplicate_of").isEmpty());
    }
}
