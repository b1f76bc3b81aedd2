#include "domain/schedule.h"

#include "support/testsupport.h"

using dd::AgendaItem;
using dd::computeSchedule;
using dd::PlanKind;
using dd::PlanScope;
using dd::slotVietnamese;

namespace {

AgendaItem item(int position, const QString &title, int minutes, PlanScope scope = PlanScope::Both)
{
    AgendaItem a;
    a.id = position;
    a.position = position;
    a.title = title;
    a.durationMinutes = minutes;
    a.scope = scope;
    return a;
}

} // namespace

TEST_CASE("schedule: consecutive items from the plan's start time", "[schedule]")
{
    const QList<AgendaItem> items { item(1, QStringLiteral("Tuyên bố lý do, giới thiệu đại biểu"),
                                         10),
                                    item(2, QStringLiteral("Báo cáo đề dẫn"), 15),
                                    item(3, QStringLiteral("Đối thoại trực tiếp"), 90) };
    const auto s = computeSchedule(items, PlanKind::InPerson, QTime(8, 0));
    REQUIRE(s.size() == 3);
    CHECK(s[0].start == QTime(8, 0));
    CHECK(s[0].end == QTime(8, 10));
    CHECK(s[1].start == QTime(8, 10));
    CHECK(s[1].end == QTime(8, 25));
    CHECK(s[2].start == QTime(8, 25));
    CHECK(s[2].end == QTime(9, 55));
    CHECK(slotVietnamese(s[0]) == QStringLiteral("08 giờ 00 – 08 giờ 10"));
    for (const auto &slot : s) {
        CHECK_FALSE(slot.crossesMidnight);
        CHECK(slot.startDay == 0);
    }
}

TEST_CASE("schedule: items are ordered by position, not by list order", "[schedule]")
{
    const QList<AgendaItem> items { item(3, QStringLiteral("C"), 5),
                                    item(1, QStringLiteral("A"), 10),
                                    item(2, QStringLiteral("B"), 20) };
    const auto s = computeSchedule(items, PlanKind::InPerson, QTime(14, 0));
    REQUIRE(s.size() == 3);
    CHECK(s[0].item.title == QStringLiteral("A"));
    CHECK(s[1].item.title == QStringLiteral("B"));
    CHECK(s[1].start == QTime(14, 10));
    CHECK(s[2].item.title == QStringLiteral("C"));
    CHECK(s[2].end == QTime(14, 35));
}

TEST_CASE("schedule: items of the other plan are left out and take no time", "[schedule]")
{
    const QList<AgendaItem> items {
        item(1, QStringLiteral("Khai mạc"), 10),
        item(2, QStringLiteral("Phóng sự"), 15, PlanScope::InPersonOnly),
        item(3, QStringLiteral("Giải đáp câu hỏi qua fanpage"), 30, PlanScope::OnlineOnly),
        item(4, QStringLiteral("Kết luận"), 10)
    };

    const auto inPerson = computeSchedule(items, PlanKind::InPerson, QTime(8, 0));
    REQUIRE(inPerson.size() == 3);
    CHECK(inPerson[1].item.title == QStringLiteral("Phóng sự"));
    CHECK(inPerson[2].item.title == QStringLiteral("Kết luận"));
    CHECK(inPerson[2].start == QTime(8, 25));

    const auto online = computeSchedule(items, PlanKind::Online, QTime(8, 0));
    REQUIRE(online.size() == 3);
    CHECK(online[1].item.title == QStringLiteral("Giải đáp câu hỏi qua fanpage"));
    CHECK(online[1].start == QTime(8, 10));
    CHECK(online[2].start == QTime(8, 40));
    CHECK(online[2].end == QTime(8, 50));
}

TEST_CASE("schedule: across midnight", "[schedule]")
{
    const QList<AgendaItem> items { item(1, QStringLiteral("Giao lưu"), 20),
                                    item(2, QStringLiteral("Đối thoại"), 30),
                                    item(3, QStringLiteral("Kết thúc"), 10) };
    const auto s = computeSchedule(items, PlanKind::Online, QTime(23, 40));
    REQUIRE(s.size() == 3);
    CHECK(s[0].start == QTime(23, 40));
    CHECK(s[0].end == QTime(0, 0)); // ends exactly at midnight: does not cross it
    CHECK_FALSE(s[0].crossesMidnight);
    CHECK(s[0].startDay == 0);
    CHECK(s[1].start == QTime(0, 0));
    CHECK(s[1].startDay == 1);
    CHECK_FALSE(s[1].crossesMidnight);
    CHECK(s[2].start == QTime(0, 30));
    CHECK(s[2].startDay == 1);

    const auto t = computeSchedule(items, PlanKind::Online, QTime(23, 50));
    CHECK(t[0].end == QTime(0, 10));
    CHECK(t[0].crossesMidnight);
    CHECK(t[0].startDay == 0);
    CHECK(slotVietnamese(t[0]) == QStringLiteral("23 giờ 50 – 00 giờ 10"));
    CHECK(t[1].startDay == 1);
    CHECK_FALSE(t[1].crossesMidnight);
}

TEST_CASE("schedule: zero and negative durations", "[schedule]")
{
    const QList<AgendaItem> items { item(1, QStringLiteral("Chào cờ"), 0),
                                    item(2, QStringLiteral("Lỗi nhập"), -15),
                                    item(3, QStringLiteral("Báo cáo"), 15) };
    const auto s = computeSchedule(items, PlanKind::InPerson, QTime(7, 30));
    REQUIRE(s.size() == 3);
    CHECK(s[0].start == QTime(7, 30));
    CHECK(s[0].end == QTime(7, 30));
    CHECK(s[1].start == QTime(7, 30));
    CHECK(s[1].end == QTime(7, 30));
    CHECK(s[2].start == QTime(7, 30));
    CHECK(s[2].end == QTime(7, 45));
    const auto late = computeSchedule({ item(1, QStringLiteral("Mốc"), 0) }, PlanKind::InPerson,
                                      QTime(23, 59, 0));
    CHECK_FALSE(late[0].crossesMidnight);
    CHECK(dd::scheduleMinutes(s) == 15);
}

TEST_CASE("schedule: without a start time the items keep their order, untimed", "[schedule]")
{
    const auto s
        = computeSchedule({ item(1, QStringLiteral("A"), 10), item(2, QStringLiteral("B"), 5) },
                          PlanKind::InPerson, QTime());
    REQUIRE(s.size() == 2);
    CHECK_FALSE(s[0].start.isValid());
    CHECK_FALSE(s[1].end.isValid());
    CHECK(slotVietnamese(s[0]).isEmpty());
}

TEST_CASE("schedule: an empty agenda gives an empty schedule", "[schedule]")
{
    CHECK(computeSchedule({}, PlanKind::InPerson, QTime(8, 0)).isEmpty());
}
