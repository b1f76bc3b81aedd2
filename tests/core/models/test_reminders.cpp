// Reminders before the day (issue 17, point 5), on the sample's units: the quotas of the seed
// (Dương Minh Châu 22, Hòa Thành 24, Thành phố 46, the six other districts 1 each), the
// minimum of 5 questions per host union by the deadline, and the day the agencies were asked
// to answer by. The expected sentences are written out by hand.
#include "support/sessionsupport.h"
#include "support/testsupport.h"

#include "edit/commands.h"
#include "models/statistics.h"

using namespace dd;
using testsupport::sampleSession;

namespace {

QStringList texts(Session &s, const QDate &today)
{
    QStringList out;
    for (const Warning &w : computeWarnings(s, today))
        out << w.text;
    return out;
}

qint64 unitId(Session &s, const QString &name)
{
    const auto u = s.units().findByName(name);
    REQUIRE(u);
    return u->id;
}

} // namespace

TEST_CASE("Reminders: unions below their quota until the day", "[models][reminders]")
{
    auto s = sampleSession();
    Event e = *s->event();
    e.date = QDate(2027, 1, 15);
    REQUIRE(s->events().update(e));
    const QDate today(2027, 1, 5);

    QStringList t = texts(*s, today);
    CHECK(t.contains(QStringLiteral("Huyện đoàn Dương Minh Châu has sent 0 of the 22 people of "
                                    "its quota.")));
    CHECK(
        t.contains(QStringLiteral("Thị đoàn Hòa Thành has sent 0 of the 24 people of its quota.")));
    CHECK(t.contains(
        QStringLiteral("Thành đoàn thành phố Tây Ninh has sent 0 of the 46 people of its quota.")));
    CHECK(
        t.contains(QStringLiteral("Thị đoàn Trảng Bàng has sent 0 of the 1 people of its quota.")));

    // One delegate of Trảng Bàng fills its quota; the reminder goes.
    Attendee a = testsupport::person(*s, QStringLiteral("Lê Văn Bình"));
    a.unitId = unitId(*s, QStringLiteral("Thị đoàn Trảng Bàng"));
    a.status = InvitationStatus::Confirmed;
    REQUIRE(s->push(commands::addAttendees(s.get(), { a })));
    t = texts(*s, today);
    CHECK_FALSE(t.join(QLatin1Char('\n')).contains(QStringLiteral("Trảng Bàng")));

    // After the day there is nothing left to remind.
    CHECK_FALSE(texts(*s, QDate(2027, 1, 16))
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("people of its quota")));
}

TEST_CASE("Reminders: host unions short of questions as the deadline nears, agencies late",
          "[models][reminders]")
{
    auto s = sampleSession();
    Event e = *s->event();
    e.sample = false; // a real event: its deadline counts
    e.questionDeadline = QDate(2027, 1, 10);
    e.minQuestionsPerHost = 5;
    REQUIRE(s->events().update(e));
    const qint64 dmc = unitId(*s, QStringLiteral("Huyện đoàn Dương Minh Châu"));
    QList<Question> sent;
    for (int i = 0; i < 3; ++i) {
        Question q;
        q.eventId = e.id;
        q.unitId = dmc;
        q.text = QStringLiteral("Câu hỏi số %1 về việc làm").arg(i + 1);
        q.receivedOn = QDate(2027, 1, 2);
        sent << q;
    }
    REQUIRE(s->push(commands::addQuestions(s.get(), sent)));

    // Eight days before: no reminder yet; seven: the three host unions, with the days left.
    CHECK_FALSE(texts(*s, QDate(2027, 1, 2))
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("questions required")));
    const QStringList week = texts(*s, QDate(2027, 1, 3));
    INFO(week.join(QLatin1Char('\n')).toStdString());
    CHECK(week.contains(QStringLiteral("Huyện đoàn Dương Minh Châu has sent 3 of the 5 questions "
                                       "required by 10/01/2027: 7 day(s) left.")));
    CHECK(week.contains(QStringLiteral("Thị đoàn Hòa Thành has sent 0 of the 5 questions required "
                                       "by 10/01/2027: 7 day(s) left.")));

    // Questions forwarded to Sở Nội vụ, answers asked by 20/01/2027: late from the 21st.
    const qint64 snv = unitId(*s, QStringLiteral("Sở Nội vụ"));
    QList<Question> forwarded;
    for (const Question &q : s->questions().list(e.id)) {
        Question f = q;
        f.status = QuestionStatus::Forwarded;
        f.forwardedToUnitId = snv;
        f.forwardedOn = QDate(2027, 1, 12);
        forwarded << f;
    }
    forwarded.removeLast(); // the third is answered on the day
    REQUIRE(s->push(commands::editQuestions(s.get(), forwarded)));
    DocumentSettings settings = s->events().documentSettings(e.id);
    settings.numbering[PaperKind::ForwardLetter].answerBy = QDate(2027, 1, 20);
    REQUIRE(s->events().saveDocumentSettings(settings));
    CHECK_FALSE(texts(*s, QDate(2027, 1, 20))
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("Sở Nội vụ")));
    CHECK(texts(*s, QDate(2027, 1, 21))
              .contains(QStringLiteral(
                  "Sở Nội vụ has not answered 2 forwarded question(s), due by 20/01/2027.")));
}
