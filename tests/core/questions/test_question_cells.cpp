// Cells of question lists as the unions write them, with what each one means written by hand:
// the topic a "Chủ đề"/"Lĩnh vực" cell names among the sample's four (the 2021 plan), and the
// day a "Ngày"/"Ngày gửi"/"Thời gian" cell gives.
#include "support/sessionsupport.h"

#include "import/questionfields.h"
#include "session/session.h"

#include <catch2/catch.hpp>

using namespace dd;

TEST_CASE("Topic cells name the plan's topics by number, Roman numeral or title, and nothing "
          "else",
          "[questions][import]")
{
    auto s = testsupport::sampleSession();
    const QList<Topic> topics = s->questions().topics(s->eventId());
    REQUIRE(topics.size() == 4);
    const std::pair<const char *, int> cells[] = {
        { "3", 3 },
        { "Chủ đề 1", 1 },
        { "CĐ2", 2 },
        { "III", 3 },
        { "Chủ đề IV", 4 },
        { "ii. Đề xuất", 2 },
        { "Các kiến nghị khác liên quan đến đời sống vật chất", 3 },
        { "Việc làm", 0 },
        { "Ít việc làm", 0 },
        { "In ấn tài liệu", 0 },
        { "5", 0 },
        { "V", 0 },
    };
    for (const auto &[cell, position] : cells) {
        INFO(cell);
        const auto topic = import::findTopic(topics, QString::fromUtf8(cell));
        CHECK((topic ? topic->position : 0) == position);
    }
}

TEST_CASE("Date cells of question lists, with and without the year", "[questions][import]")
{
    const std::pair<const char *, QDate> cells[] = {
        { "23/08/2021", QDate(2021, 8, 23) },
        { "23/08/2021 09:15", QDate(2021, 8, 23) },
        { "2021-08-25T09:30:00", QDate(2021, 8, 25) },
        { "44431", QDate(2021, 8, 23) }, // Excel's day count (Python: 23 Aug 2021 − 30 Dec 1899)
        { "14 giờ, ngày 26/8/2021", QDate(2021, 8, 26) },
        { "ngày 27 tháng 8 năm 2021", QDate(2021, 8, 27) },
        { "25/8", QDate(2021, 8, 25) }, // the year given: the event's
        { "9:30", QDate() },
        { "31/2", QDate() },
        { "sáng thứ Hai", QDate() },
    };
    for (const auto &[cell, day] : cells) {
        INFO(cell);
        CHECK(import::parseQuestionDate(QString::fromUtf8(cell), 2021) == day);
    }
    CHECK_FALSE(import::parseQuestionDate(QStringLiteral("25/8")).isValid()); // no year known
}
