#include "support/storesupport.h"
#include "support/testsupport.h"

#include "services/sampleevent.h"
#include "storage/agendarepository.h"
#include "storage/attendeerepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/questionrepository.h"
#include "storage/taskrepository.h"
#include "storage/unitrepository.h"
#include "text/vietnamese.h"

#include <QSqlQuery>

using namespace dd;

// The 2021 Tây Ninh plan (shared/seed) read back fact by fact through the repositories.

namespace {

struct Sample
{
    std::unique_ptr<Database> db;
    qint64 eventId = 0;
};

Sample makeSample()
{
    auto r = Database::open(testsupport::newStore());
    REQUIRE(r.database);
    Sample s;
    s.db = std::move(r.database);
    auto id = createSampleEvent(*s.db);
    INFO(id.error().toStdString());
    REQUIRE(id);
    s.eventId = *id;
    return s;
}

QString unitName(Database &db, qint64 id)
{
    const auto u = UnitRepository(db).get(id);
    return u ? u->name : QString();
}

std::optional<Unit> unitNamed(Database &db, const QString &name)
{
    for (const Unit &u : UnitRepository(db).list())
        if (u.name == name)
            return u;
    return std::nullopt;
}

} // namespace

TEST_CASE("sample: the event, its references and the question intake", "[stores][sample]")
{
    auto s = makeSample();
    auto e = EventRepository(*s.db).get(s.eventId);
    REQUIRE(e);
    CHECK(
        e->title
        == QStringLiteral("Gặp gỡ, đối thoại giữa lãnh đạo Tỉnh đoàn với Ban Chấp hành Chi đoàn, "
                          "Chi hội thanh niên công nhân trong doanh nghiệp và trên địa bàn dân cư "
                          "tỉnh Tây Ninh năm 2021"));
    CHECK(e->organiser == QStringLiteral("Ban Thường vụ Tỉnh đoàn Tây Ninh"));
    CHECK(e->parentPlanRef.startsWith(
        QStringLiteral("Kế hoạch số 280-KH/TĐTN-TCKT, ngày 04/12/2020")));
    CHECK(e->schemeRef.startsWith(QStringLiteral("Đề án số 08-ĐA/TU, ngày 27/3/2020")));
    CHECK(e->schemeRef.contains(QStringLiteral("giai đoạn 2020 – 2025")));
    CHECK(e->introduction.startsWith(QStringLiteral("Thực hiện Kế hoạch số 280-KH/TĐTN-TCKT")));
    CHECK(e->purpose.contains(QStringLiteral("lắng nghe, trao đổi những kiến nghị")));
    CHECK(e->purpose.contains(QStringLiteral("nâng cao năng suất lao động")));
    CHECK(e->requirements.contains(QStringLiteral("Covid-19")));
    CHECK(e->content.contains(QStringLiteral("chủ đề")));
    CHECK(e->closingText.startsWith(QStringLiteral("Trên đây là Kế hoạch gặp gỡ, đối thoại")));

    // "Dự kiến trong tháng 10 năm 2021": a month, no date yet.
    CHECK(e->plannedYear == 2021);
    CHECK(e->plannedMonth == 10);
    CHECK_FALSE(e->date.isValid());
    CHECK(e->activePlan == PlanKind::InPerson);

    // Questions: at least 5 per host unit, before 30/8/2021, by e-mail or to the head of BTCKT.
    CHECK(e->questionDeadline == QDate(2021, 8, 30));
    CHECK(e->minQuestionsPerHost == 5);
    CHECK(e->intakeEmail == QStringLiteral("bantochuctinhdoantayninh@gmail.com"));
    CHECK(e->intakeContact.contains(QStringLiteral("Đoàn Thị Hồng")));
    CHECK(e->intakeContact.contains(QStringLiteral("Trưởng Ban Tổ chức – Kiểm tra Tỉnh đoàn")));
    CHECK(text::normalizePhone(e->intakePhone) == QStringLiteral("0938428213"));

    CHECK(s.db->integrityCheck() == QStringLiteral("ok"));
}

TEST_CASE("sample: the two plans", "[stores][sample][plan]")
{
    auto s = makeSample();
    const auto plans = EventRepository(*s.db).plans(s.eventId);
    REQUIRE(plans.size() == 2);

    const Plan &inPerson = plans.at(0);
    CHECK(inPerson.kind == PlanKind::InPerson);
    CHECK(inPerson.number == 1);
    CHECK(inPerson.name == QStringLiteral("Tổ chức chương trình đối thoại trực tiếp"));
    CHECK(inPerson.condition == QStringLiteral("nếu tình hình dịch bệnh ổn"));
    CHECK(inPerson.venue
          == QStringLiteral("Sảnh Trung tâm học tập sinh hoạt thanh thiếu nhi Tây Ninh"));
    CHECK(inPerson.capacity == 100);
    CHECK(inPerson.livestreamUrl.isEmpty());
    CHECK(inPerson.description.contains(QStringLiteral("Dương Minh Châu, Hòa Thành, Thành phố")));

    const Plan &online = plans.at(1);
    CHECK(online.kind == PlanKind::Online);
    CHECK(online.number == 2);
    CHECK(online.name == QStringLiteral("Tổ chức đối thoại trực tuyến"));
    CHECK(online.condition.contains(QStringLiteral("Chỉ thị 15/CT-TTg")));
    CHECK(online.venue == QStringLiteral("Phòng họp Tỉnh đoàn"));
    CHECK(online.livestreamUrl == QStringLiteral("https://www.facebook.com/TinhDoanTayNinh"));
    CHECK(online.capacity == 0); // the ~100 quota does not apply online
    CHECK(online.description.contains(QStringLiteral("fanpage Tỉnh đoàn")));

    CHECK(EventRepository(*s.db).switches(s.eventId).isEmpty());
}

TEST_CASE("sample: the programme in order and the four topics", "[stores][sample][agenda]")
{
    auto s = makeSample();
    QStringList titles;
    for (const AgendaItem &i : AgendaRepository(*s.db).list(s.eventId))
        titles << i.title;
    CHECK(titles
          == QStringList {
              QStringLiteral("Tuyên bố lý do, giới thiệu đại biểu"),
              QStringLiteral("Báo cáo đề dẫn"),
              QStringLiteral("Phóng sự các gương đoàn viên tiêu biểu hoặc các cách làm "
                             "hay trong tập hợp thanh niên công nhân của các đơn vị"),
              QStringLiteral("Đối thoại trực tiếp"), QStringLiteral("Kết luận của chủ trì"),
              QStringLiteral("Kết thúc hội nghị") });
    // Under plan 2 the dialogue itself is held on the fanpage, in the seed's words.
    QStringList online;
    for (const AgendaItem &i : AgendaRepository(*s.db).list(s.eventId))
        online << i.titleFor(PlanKind::Online);
    CHECK(online.at(3) == QStringLiteral("Trao đổi, giải đáp thắc mắc qua kênh fanpage Tỉnh đoàn"));
    CHECK(online.mid(0, 3) == titles.mid(0, 3));
    CHECK(online.mid(4) == titles.mid(4));

    const auto topics = QuestionRepository(*s.db).topics(s.eventId);
    REQUIRE(topics.size() == 4);
    CHECK(topics.at(0).title.startsWith(
        QStringLiteral("Đoàn viên, thanh niên nêu ý kiến, kiến nghị")));
    CHECK(topics.at(0).title.contains(QStringLiteral("doanh nghiệp ngoài nhà nước")));
    CHECK(topics.at(1).title.startsWith(QStringLiteral("Đề xuất những mong muốn, giải pháp")));
    CHECK(topics.at(2).title
          == QStringLiteral("Các kiến nghị khác liên quan đến đời sống vật chất, tinh thần của "
                            "thanh niên công nhân."));
    CHECK(topics.at(3).title.contains(QStringLiteral("cách làm hay, hiệu quả")));
    CHECK(topics.at(3).title.contains(QStringLiteral("năng suất lao động")));
    for (int i = 0; i < topics.size(); ++i)
        CHECK(topics.at(i).position == i + 1);
    // No questions are invented.
    CHECK(QuestionRepository(*s.db).list(s.eventId).isEmpty());
}

TEST_CASE("sample: units, guests, hosts and quotas", "[stores][sample][unit]")
{
    auto s = makeSample();
    Database &db = *s.db;
    const auto parts = UnitRepository(db).eventUnits(s.eventId);

    QStringList guests;
    QList<std::pair<QString, int>> hosts;
    for (const EventUnit &eu : parts) {
        if (eu.role == UnitRole::Guest) {
            guests << unitName(db, eu.unitId);
            CHECK(UnitRepository(db).get(eu.unitId)->kind == UnitKind::GuestAgency);
        } else if (eu.role == UnitRole::Host) {
            hosts << std::make_pair(unitName(db, eu.unitId), eu.quota);
            CHECK(eu.quotaNote
                  == QStringLiteral("đồng chí trong Ban Chấp hành các Chi đoàn, Chi hội"));
        }
    }
    CHECK(guests
          == QStringList {
              QStringLiteral("Ban Dân vận Tỉnh ủy"), QStringLiteral("Ban Tuyên giáo Tỉnh ủy"),
              QStringLiteral("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), QStringLiteral("Sở Nội vụ"),
              QStringLiteral("Hội Cựu Chiến binh tỉnh"), QStringLiteral("Hội Nông dân tỉnh"),
              QStringLiteral("Hội Liên hiệp Phụ nữ tỉnh") });
    REQUIRE(hosts.size() == 3);
    CHECK(hosts.at(0) == std::make_pair(QStringLiteral("Huyện đoàn Dương Minh Châu"), 22));
    CHECK(hosts.at(1) == std::make_pair(QStringLiteral("Thị đoàn Hòa Thành"), 24));
    CHECK(hosts.at(2) == std::make_pair(QStringLiteral("Thành đoàn thành phố Tây Ninh"), 46));
    for (const auto &[name, quota] : hosts)
        CHECK(unitNamed(db, name).value().kind == UnitKind::District);

    // The Standing Committee takes part as a whole, under the provincial union.
    const auto btv = unitNamed(db, QStringLiteral("Ban Thường vụ Tỉnh đoàn"));
    REQUIRE(btv);
    const auto td = unitNamed(db, QStringLiteral("Tỉnh đoàn Tây Ninh"));
    REQUIRE(td);
    CHECK(btv->parentId == td->id);
    const auto btvPart = UnitRepository(db).eventUnit(s.eventId, btv->id);
    REQUIRE(btvPart);
    CHECK(btvPart->role == UnitRole::Organiser);
    CHECK(btvPart->quota == -1);
    CHECK(btvPart->quotaNote == QStringLiteral("Các đồng chí trong Ban Thường vụ Tỉnh đoàn"));

    // III.3 and IV.2 invite every district-level union: the nine of Tây Ninh in 2021, in the
    // directory; the six that are not hosts send their Bí thư or Phó Bí thư (one seat).
    QStringList districts;
    for (const EventUnit &eu : parts) {
        const Unit u = UnitRepository(db).get(eu.unitId).value();
        if (u.kind != UnitKind::District)
            continue;
        districts << u.name;
        if (eu.role == UnitRole::Participant) {
            CHECK(eu.quota == 1);
            CHECK(eu.quotaNote == QStringLiteral("Đồng chí Bí thư hoặc Phó Bí thư"));
        } else {
            CHECK(eu.role == UnitRole::Host);
        }
    }
    CHECK(districts
          == QStringList {
              QStringLiteral("Huyện đoàn Dương Minh Châu"), QStringLiteral("Thị đoàn Hòa Thành"),
              QStringLiteral("Thành đoàn thành phố Tây Ninh"),
              QStringLiteral("Thị đoàn Trảng Bàng"), QStringLiteral("Huyện đoàn Tân Biên"),
              QStringLiteral("Huyện đoàn Tân Châu"), QStringLiteral("Huyện đoàn Châu Thành"),
              QStringLiteral("Huyện đoàn Gò Dầu"), QStringLiteral("Huyện đoàn Bến Cầu") });

    // IV.1 invites the press without naming it: the program adds the provincial newspaper and
    // broadcaster, and says so.
    QStringList press;
    for (const EventUnit &eu : parts)
        if (eu.role == UnitRole::Press) {
            press << unitName(db, eu.unitId);
            CHECK(UnitRepository(db).get(eu.unitId)->kind == UnitKind::Press);
            CHECK(eu.quotaNote.startsWith(QStringLiteral("Do chương trình thêm")));
        }
    CHECK(press
          == QStringList { QStringLiteral("Báo Tây Ninh"),
                           QStringLiteral("Đài Phát thanh và Truyền hình Tây Ninh") });

    // BTCKT receives the questions.
    const auto btckt = unitNamed(db, QStringLiteral("Ban Tổ chức – Kiểm tra Tỉnh đoàn"));
    REQUIRE(btckt);
    CHECK(btckt->email == QStringLiteral("bantochuctinhdoantayninh@gmail.com"));
    CHECK(text::normalizePhone(btckt->phone) == QStringLiteral("0938428213"));
    CHECK(btckt->contactPerson.startsWith(QStringLiteral("Đoàn Thị Hồng")));
    CHECK(UnitRepository(db).findByEmail(QStringLiteral("BanToChucTinhDoanTayNinh@gmail.com"))->id
          == btckt->id);
}

TEST_CASE("sample: the people the plan names, and nobody invented", "[stores][sample][attendee]")
{
    auto s = makeSample();
    Database &db = *s.db;
    const auto people = AttendeeRepository(db).list(s.eventId);
    REQUIRE(people.size() == 5);

    QMap<QString, QString> coChairs; // unit → position
    int chairs = 0;
    for (const Attendee &a : people) {
        if (a.role == AttendeeRole::CoChair) {
            // The plan names the office ("Bí thư"), not the person.
            CHECK(a.fullName().isEmpty());
            coChairs.insert(unitName(db, a.unitId), a.position);
        } else if (a.role == AttendeeRole::Chair) {
            ++chairs;
            CHECK(a.fullName().isEmpty());
            CHECK(a.position == QStringLiteral("Đại diện lãnh đạo Tỉnh đoàn"));
            CHECK(unitName(db, a.unitId) == QStringLiteral("Tỉnh đoàn Tây Ninh"));
        } else {
            // The only person the plan names (besides the signer) is the contact at BTCKT.
            CHECK(a.fullName() == QStringLiteral("Đoàn Thị Hồng"));
            CHECK(a.familyName == QStringLiteral("Đoàn"));
            CHECK(a.middleName == QStringLiteral("Thị"));
            CHECK(a.givenName == QStringLiteral("Hồng"));
            CHECK(a.gender == Gender::Female);
            CHECK(a.role == AttendeeRole::Staff);
            CHECK(unitName(db, a.unitId) == QStringLiteral("Ban Tổ chức – Kiểm tra Tỉnh đoàn"));
            CHECK(text::normalizePhone(a.phone) == QStringLiteral("0938428213"));
        }
        CHECK(a.birthYear == 0);
    }
    CHECK(chairs == 1);
    REQUIRE(coChairs.size() == 3);
    CHECK(coChairs.value(QStringLiteral("Huyện đoàn Dương Minh Châu"))
          == QStringLiteral("Bí thư Huyện đoàn Dương Minh Châu"));
    CHECK(coChairs.value(QStringLiteral("Thị đoàn Hòa Thành"))
          == QStringLiteral("Bí thư Thị đoàn Hòa Thành"));
    CHECK(coChairs.value(QStringLiteral("Thành đoàn thành phố Tây Ninh"))
          == QStringLiteral("Bí thư Thành đoàn thành phố Tây Ninh"));
}

TEST_CASE("sample: who does what", "[stores][sample][task]")
{
    auto s = makeSample();
    Database &db = *s.db;
    const auto tasks = TaskRepository(db).list(s.eventId);
    REQUIRE(tasks.size() == 7);

    auto owner = [&](const Task &t) {
        return t.ownerUnitId ? unitName(db, t.ownerUnitId) : t.ownerLabel;
    };
    CHECK(owner(tasks.at(0)) == QStringLiteral("Ban Tổ chức – Kiểm tra Tỉnh đoàn"));
    CHECK(
        tasks.at(0).description.contains(QStringLiteral("phân loại và gửi các đơn vị liên quan")));
    CHECK(owner(tasks.at(1)) == QStringLiteral("Ban Tuyên giáo Tỉnh đoàn"));
    CHECK(tasks.at(1).description.contains(
        QStringLiteral("liên hệ kỹ thuật trường hợp tổ chức hội nghị trực tuyến")));
    CHECK(owner(tasks.at(2)) == QStringLiteral("Văn phòng Tỉnh đoàn"));
    CHECK(tasks.at(2).description.contains(QStringLiteral("Soạn thư mời")));
    CHECK(tasks.at(2).description.contains(QStringLiteral("dự trù kinh phí")));
    CHECK(tasks.at(2).description.contains(QStringLiteral("hậu cần")));

    // The district unions' duties, one of them with the question deadline.
    int withDeadline = 0;
    for (int i = 3; i < tasks.size(); ++i) {
        const Task &t = tasks.at(i);
        CHECK(t.ownerUnitId == 0);
        CHECK((t.ownerLabel.startsWith(QStringLiteral("Các huyện, thị, thành đoàn"))
               || t.ownerLabel.startsWith(
                   QStringLiteral("Huyện đoàn Dương Minh Châu, Thị đoàn Hòa Thành"))));
        if (t.dueDate.isValid()) {
            ++withDeadline;
            CHECK(t.dueDate == QDate(2021, 8, 30));
            CHECK(t.description.contains(QStringLiteral("tối thiểu 05 ý kiến")));
        }
    }
    CHECK(withDeadline == 1);
    CHECK(tasks.at(3).description
          == QStringLiteral("Tham dự hội nghị đúng đối tượng, đảm bảo thời gian theo quy định."));
    CHECK(tasks.at(6).description.contains(QStringLiteral("tổ chức trực tuyến")));
    for (int i = 0; i < tasks.size(); ++i)
        CHECK(tasks.at(i).position == i + 1);
}

TEST_CASE("sample: the signer, the letterhead and the nine recipients",
          "[stores][sample][documents]")
{
    auto s = makeSample();
    const DocumentSettings d = EventRepository(*s.db).documentSettings(s.eventId);
    CHECK(d.signerName == QStringLiteral("Hoàng Thị Thanh Thúy"));
    CHECK(d.signerCapacity == QStringLiteral("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN"));
    CHECK(d.signerTitle == QStringLiteral("BÍ THƯ"));
    CHECK(d.issuingBodyLine1 == QStringLiteral("BCH ĐOÀN TỈNH TÂY NINH"));
    // Guide 29-HD/TWĐTN-VP: the issuing body on one line, no "BAN THƯỜNG VỤ" under it.
    CHECK(d.issuingBodyLine2.isEmpty());
    CHECK(d.partyLine == QStringLiteral("ĐOÀN TNCS HỒ CHÍ MINH"));
    CHECK(d.placeName == QStringLiteral("Tây Ninh"));
    CHECK(d.recipients
          == QStringList { QStringLiteral("Đ/c Bùi Quang Huy – BT.BCHTWD"),
                           QStringLiteral("BTCTWD"), QStringLiteral("Thường trực Tỉnh ủy"),
                           QStringLiteral("Đ/c Trương Nhật Quang – Trưởng BDV TU"),
                           QStringLiteral("BTC, BDV, UBKT Tỉnh ủy"),
                           QStringLiteral("Ủy ban MTTQ Việt Nam tỉnh"),
                           QStringLiteral("CBCC Tỉnh đoàn"),
                           QStringLiteral("Huyện, thị, thành đoàn và đoàn trực thuộc"),
                           QStringLiteral("Lưu VP, BTCKT") });
    CHECK(d.contactLine
          == QStringLiteral("đồng chí Đoàn Thị Hồng – Trưởng Ban Tổ chức – Kiểm tra Tỉnh đoàn, "
                            "điện thoại: 0938.428.213"));
    // The plan itself is numbered 280-style "KH/TĐTN-TCKT"; invitations come from the Office.
    CHECK(d.numbering.value(PaperKind::Plan).symbol == QStringLiteral("KH/TĐTN-TCKT"));
    CHECK(d.numbering.value(PaperKind::PersonInvitation).symbol == QStringLiteral("GM/TĐTN-VP"));
    CHECK(d.numbering.value(PaperKind::UnitInvitation).symbol == QStringLiteral("GM/TĐTN-VP"));
    // The covering letter to an agency comes from the Organisation–Inspection Board.
    CHECK(d.numbering.value(PaperKind::ForwardLetter).symbol == QStringLiteral("CV/TĐTN-TCKT"));
    CHECK(d.numbering.size() == 9);
    // No number is taken and no paper is dated yet: "ngày … tháng … năm 2021" is left blank.
    for (const PaperNumbering &n : d.numbering) {
        CHECK(n.nextNumber == 1);
        CHECK_FALSE(n.signedOn.isValid());
        CHECK_FALSE(n.answerBy.isValid());
    }
}

TEST_CASE("sample: creating it twice reuses the units and gives two events", "[stores][sample]")
{
    auto s = makeSample();
    Database &db = *s.db;
    const int unitsAfterFirst = int(UnitRepository(db).list().size());
    // 5 of the organiser, 9 district unions, 7 guests, 2 press agencies.
    CHECK(unitsAfterFirst == 23);

    auto second = createSampleEvent(db);
    REQUIRE(second);
    CHECK(*second != s.eventId);
    CHECK(EventRepository(db).list().size() == 2);
    CHECK(UnitRepository(db).list().size() == unitsAfterFirst);
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM units GROUP BY name HAVING count(*) > 1")));
    CHECK_FALSE(q.next());

    // The second event has all of its own rows, pointing at the same units.
    CHECK(UnitRepository(db).eventUnits(*second).size() == 23);
    CHECK(EventRepository(db).plans(*second).size() == 2);
    CHECK(AgendaRepository(db).list(*second).size() == 6);
    CHECK(QuestionRepository(db).topics(*second).size() == 4);
    CHECK(TaskRepository(db).list(*second).size() == 7);
    CHECK(AttendeeRepository(db).count(*second) == 5);
    CHECK(EventRepository(db).documentSettings(*second).recipients.size() == 9);
    const auto dmc = unitNamed(db, QStringLiteral("Huyện đoàn Dương Minh Châu"));
    REQUIRE(dmc);
    CHECK(UnitRepository(db).eventUnit(*second, dmc->id).value().quota == 22);
    // Still one set of rows for the first.
    CHECK(AgendaRepository(db).list(s.eventId).size() == 6);
    CHECK(AttendeeRepository(db).count(s.eventId) == 5);
}
