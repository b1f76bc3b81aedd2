// The results report after the day (issue 17, point 4) on the sample event with a handful of
// people checked in, questions answered on the day, forwarded and answered in writing, and the
// amounts spent. Every figure below is counted by hand from what the test enters.
#include "samplepapers.h"

#include "edit/attendeeactions.h"
#include "edit/budgetactions.h"
#include "edit/commands.h"

using namespace dd;
using namespace samplepapers;

TEST_CASE("Results report: attendance against quotas, the questions' fate, the cost",
          "[sample][papers][report]")
{
    auto s = testsupport::sampleSession();
    Event e = *s->event();
    e.date = QDate(2021, 9, 15);
    e.reportAssessment = QStringLiteral("Hội nghị diễn ra đúng kế hoạch, đúng thành phần.");
    e.reportProposals = QStringLiteral("Tổ chức đối thoại định kỳ hằng năm.");
    REQUIRE(s->push(commands::editEvent(s.get(), e)));
    const qint64 dmc = unitId(*s, QStringLiteral("Huyện đoàn Dương Minh Châu"));
    const qint64 ht = unitId(*s, QStringLiteral("Thị đoàn Hòa Thành"));
    const qint64 bdv = unitId(*s, QStringLiteral("Ban Dân vận Tỉnh ủy"));
    const qint64 snv = unitId(*s, QStringLiteral("Sở Nội vụ"));

    const auto person
        = [&](const QString &name, qint64 unit, AttendeeRole role, const QString &position) {
              Attendee a = testsupport::person(*s, name);
              a.unitId = unit;
              a.role = role;
              a.position = position;
              a.status = InvitationStatus::Confirmed;
              auto *cmd = commands::addAttendees(s.get(), { a });
              REQUIRE(s->push(cmd));
              for (const Attendee &x : s->attendees().list(s->eventId()))
                  if (x.fullName() == name)
                      return x.id;
              FAIL("not added");
              return qint64(0);
          };
    const QDateTime morning(e.date, QTime(7, 45));
    QList<qint64> present {
        person(QStringLiteral("Nguyễn Thị Thu Hà"), dmc, AttendeeRole::Delegate,
               QStringLiteral("Bí thư Chi đoàn")),
        person(QStringLiteral("Lê Văn Tám"), dmc, AttendeeRole::Delegate,
               QStringLiteral("Phó Bí thư Chi đoàn")),
        person(QStringLiteral("Võ Thị Mỹ Duyên"), ht, AttendeeRole::Delegate,
               QStringLiteral("Bí thư")),
        person(QStringLiteral("Trương Nhật Quang"), bdv, AttendeeRole::Guest,
               QStringLiteral("Trưởng Ban Dân vận Tỉnh ủy")),
    };
    person(QStringLiteral("Phạm Quốc Bảo"), dmc, AttendeeRole::Delegate,
           QStringLiteral("Ủy viên BCH")); // did not come
    REQUIRE(s->push(attendeeactions::checkIn(s.get(), present, morning)));

    const QList<Topic> topics = s->questions().topics(s->eventId());
    REQUIRE(topics.size() >= 2);
    const auto question = [&](qint64 unit, qint64 topic, const QString &text, QuestionStatus status,
                              qint64 agency, const QDateTime &answered) {
        Question q;
        q.eventId = s->eventId();
        q.unitId = unit;
        q.topicId = topic;
        q.text = text;
        q.receivedOn = QDate(2021, 8, 25);
        q.status = status;
        q.forwardedToUnitId = agency;
        q.forwardedOn = agency ? QDate(2021, 9, 16) : QDate();
        if (answered.isValid()) {
            q.answer = QStringLiteral("Đã trả lời.");
            q.answeredAt = answered;
        }
        REQUIRE(s->push(commands::addQuestions(s.get(), { q })));
    };
    const QDateTime onTheDay(e.date, QTime(9, 30));
    const QDateTime later(QDate(2021, 9, 30), QTime(14, 0));
    question(dmc, topics[0].id, QStringLiteral("Hỗ trợ vay vốn khởi nghiệp cho thanh niên."),
             QuestionStatus::Answered, 0, onTheDay);
    question(dmc, topics[0].id, QStringLiteral("Tuyển dụng công chức cấp xã."),
             QuestionStatus::Answered, snv, later);
    question(dmc, topics[1].id, QStringLiteral("Chế độ cho cán bộ Đoàn không chuyên trách."),
             QuestionStatus::Forwarded, snv, {});
    question(ht, topics[1].id, QStringLiteral("Sân chơi cho thanh niên công nhân."),
             QuestionStatus::Classified, 0, {});
    question(ht, topics[0].id, QStringLiteral("Đào tạo nghề cho thanh niên."),
             QuestionStatus::Answered, 0, onTheDay);

    BudgetItem hall;
    hall.section = QStringLiteral("Hội trường");
    hall.content = QStringLiteral("Thuê hội trường");
    hall.measure = QStringLiteral("buổi");
    hall.quantityMilli = 1 * BudgetItem::kQuantityScale;
    hall.unitPrice = 5000000;
    hall.plans = BudgetPlans::InPerson;
    hall.actualAmount = 4800000;
    BudgetItem water = hall;
    water.section = QStringLiteral("Nước uống");
    water.content = QStringLiteral("Nước suối");
    water.measure = QStringLiteral("chai");
    water.quantityMilli = 300 * BudgetItem::kQuantityScale;
    water.unitPrice = 5000;
    water.actualAmount = 1350000;
    REQUIRE(s->push(budgetactions::addItem(s.get(), hall)));
    REQUIRE(s->push(budgetactions::addItem(s.get(), water)));

    QTemporaryDir dir;
    const QString pdf = write(*s, dir, PaperKind::Report, QStringLiteral("report.pdf"));
    const QString text = pdfFlat(pdf);
    // Rows at a page's foot come out of plain pdftotext in column blocks: those are read from
    // the layout text, one row a line.
    const QString rows = pdfLayout(pdf).simplified();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("BÁO CÁO")));
    CHECK(text.contains(QStringLiteral("- Hình thức: trực tiếp (Phương án 1).")));
    CHECK(text.contains(QStringLiteral("Tổng số đại biểu có mặt: 4 đồng chí.")));
    CHECK(text.contains(QStringLiteral("Huyện đoàn Dương Minh Châu 22 2")));
    CHECK(text.contains(QStringLiteral("Thị đoàn Hòa Thành 24 1")));
    // The guest agency has no quota, one person present.
    CHECK(rows.contains(QStringLiteral("10 Ban Dân vận Tỉnh ủy 1 Tổng cộng")));
    // Quotas: 22 + 24 + 46 and six districts of 1.
    CHECK(rows.contains(QStringLiteral("Tổng cộng 98 4")));
    CHECK(text.contains(
        QStringLiteral("- Đồng chí Trương Nhật Quang – Trưởng Ban Dân vận Tỉnh ủy;")));
    CHECK(text.contains(QStringLiteral(
        "Tổng số ý kiến nhận được: 5; trả lời trực tiếp tại hội nghị: 2; chuyển cơ quan, đơn vị "
        "trả lời: 2; đã trả lời bằng văn bản: 1; còn chưa trả lời: 2.")));
    // Per unit: Dương Minh Châu 3 (1 on the day, 2 forwarded, 1 in writing), Hòa Thành 2.
    // (A table that runs onto the next page repeats its header, so the cells are looked for
    // as runs of figures.)
    CHECK(text.contains(QStringLiteral("3 1 2 1")));
    CHECK(text.contains(QStringLiteral("Thị đoàn Hòa Thành 2 1 0 0")));
    CHECK(text.contains(QStringLiteral("Tổng cộng 5 2 2 1")));
    CHECK(text.contains(QStringLiteral("- Sở Nội vụ: 2 ý kiến, đã trả lời 1.")));
    CHECK(text.contains(QStringLiteral("Chế độ cho cán bộ Đoàn không chuyên trách. Sở Nội vụ")));
    CHECK(text.contains(QStringLiteral("Sân chơi cho thanh niên công nhân. Chưa chuyển")));
    const QString squashed = QString(text).remove(QLatin1Char(' '));
    // The cost table may run onto the next page, its header repeated between the cells.
    CHECK(squashed.contains(QStringLiteral("Thuêhộitrường")));
    CHECK(squashed.contains(QStringLiteral("5.000.000Thựcchi4.800.000")));
    CHECK(squashed.contains(QStringLiteral("Nướcsuối1.500.0001.350.000")));
    CHECK(text.contains(QStringLiteral("Tổng cộng 6.500.000 6.150.000")));
    CHECK(text.contains(QStringLiteral(
        "Tổng kinh phí thực chi (bằng chữ): Sáu triệu một trăm năm mươi nghìn đồng chẵn.")));
    CHECK(text.contains(QStringLiteral("II. ĐÁNH GIÁ Hội nghị diễn ra đúng kế hoạch, đúng thành "
                                       "phần.")));
    CHECK(text.contains(QStringLiteral("III. ĐỀ XUẤT, KIẾN NGHỊ Tổ chức đối thoại định kỳ hằng "
                                       "năm.")));
    CHECK_FALSE(text.contains(QStringLiteral("Phạm Quốc Bảo")));
}
