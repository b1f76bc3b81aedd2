// Next year's dialogue takes minutes: a new event copies the set-up of an earlier one, but
// not its people or questions.
#include "support/sessionsupport.h"
#include "support/testsupport.h"

#include "edit/commands.h"
#include "services/eventsetup.h"

using namespace dd;
using testsupport::sampleSession;

TEST_CASE("A new event copies units, quotas, topics, programme, plans and paper settings",
          "[stores][events]")
{
    auto s = sampleSession();
    const qint64 old = s->eventId();
    Question q;
    q.eventId = old;
    q.text = QStringLiteral("Kiến nghị xây dựng nhà trọ cho công nhân.");
    REQUIRE(s->push(commands::addQuestions(s.get(), { q })));
    auto plan = *s->events().plan(old, PlanKind::InPerson);
    plan.startTime = QTime(7, 30);
    REQUIRE(s->events().savePlan(plan).ok());
    REQUIRE(s->events().takeNextNumber(old, PaperKind::PersonInvitation).ok());

    Event next;
    next.title = QStringLiteral("Gặp gỡ, đối thoại năm 2022");
    next.plannedYear = 2022;
    next.plannedMonth = 9;
    auto id = createEvent(s->database(), next, old);
    REQUIRE(id.ok());

    CHECK(s->units().eventUnits(*id).size() == s->units().eventUnits(old).size());
    CHECK(s->units()
              .eventUnit(*id,
                         s->units().findByName(QStringLiteral("Thành đoàn thành phố Tây Ninh"))->id)
              ->quota
          == 46);
    CHECK(s->questions().topics(*id).size() == 4);
    const auto agenda = s->agenda().list(*id);
    REQUIRE(agenda.size() == 6);
    CHECK(agenda.first().title == QStringLiteral("Tuyên bố lý do, giới thiệu đại biểu"));
    const auto plans = s->events().plans(*id);
    REQUIRE(plans.size() == 2);
    CHECK(plans.at(0).startTime == QTime(7, 30));
    CHECK(plans.at(1).livestreamUrl == QStringLiteral("https://www.facebook.com/TinhDoanTayNinh"));
    const DocumentSettings settings = s->events().documentSettings(*id);
    CHECK(settings.signerName == QStringLiteral("Hoàng Thị Thanh Thúy"));
    CHECK(settings.recipients.size() == 9);
    CHECK(settings.numbering.value(PaperKind::PersonInvitation).nextNumber == 1); // numbers restart
    // People and questions stay with the old event.
    CHECK(s->attendees().count(*id) == 0);
    CHECK(s->questions().list(*id).isEmpty());
    CHECK(s->questions().list(old).size() == 1);
    CHECK(s->events().get(*id)->title == QStringLiteral("Gặp gỡ, đối thoại năm 2022"));
}

TEST_CASE("A new event without a model gets both plans and default paper settings",
          "[stores][events]")
{
    auto s = sampleSession();
    Event blank;
    blank.title = QStringLiteral("Hội nghị mới");
    auto id = createEvent(s->database(), blank);
    REQUIRE(id.ok());
    const auto plans = s->events().plans(*id);
    REQUIRE(plans.size() == 2);
    CHECK(plans.at(0).kind == PlanKind::InPerson);
    CHECK(plans.at(1).kind == PlanKind::Online);
    CHECK(s->events().documentSettings(*id).partyLine == QStringLiteral("ĐOÀN TNCS HỒ CHÍ MINH"));
    CHECK(s->units().eventUnits(*id).isEmpty());

    Event untitled;
    CHECK_FALSE(createEvent(s->database(), untitled).ok());
    CHECK(s->events().list().size() == 2); // nothing written for the refused one
}
