#include "support/storesupport.h"
#include "support/testsupport.h"

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

namespace {

QString nfd(const QString &s)
{
    return s.normalized(QString::NormalizationForm_D);
}

std::unique_ptr<Database> memoryDb()
{
    auto r = Database::open(testsupport::newStore());
    REQUIRE(r.database);
    return std::move(r.database);
}

QVariant scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(sql));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0);
}

int count(Database &db, const char *table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt();
}

qint64 makeEvent(Database &db, const QString &title = QStringLiteral("Đối thoại 2021"))
{
    Event e;
    e.title = title;
    auto id = EventRepository(db).insert(e);
    REQUIRE(id);
    return *id;
}

qint64 makeUnit(Database &db, const QString &name, UnitKind kind = UnitKind::District)
{
    Unit u;
    u.name = name;
    u.kind = kind;
    auto id = UnitRepository(db).insert(u);
    REQUIRE(id);
    return *id;
}

} // namespace

TEST_CASE("units: insert, get, update, find, remove", "[stores][repo][unit]")
{
    auto db = memoryDb();
    UnitRepository units(*db);
    Unit u;
    u.name = nfd(QStringLiteral("  Huyện đoàn   Dương Minh Châu "));
    u.shortName = QStringLiteral("Dương Minh Châu");
    u.kind = UnitKind::District;
    u.email = QStringLiteral(" huyendoan.dmc@gmail.com ");
    u.contactPerson = QStringLiteral("Bí thư Huyện đoàn");
    u.phone = QStringLiteral("0276 3765 432");
    auto id = units.insert(u);
    REQUIRE(id);

    auto got = units.get(*id);
    REQUIRE(got);
    CHECK(got->id == *id);
    CHECK(got->name == QStringLiteral("Huyện đoàn Dương Minh Châu")); // NFC, spaces cleaned
    CHECK(got->shortName == QStringLiteral("Dương Minh Châu"));
    CHECK(got->kind == UnitKind::District);
    CHECK(got->email == QStringLiteral("huyendoan.dmc@gmail.com"));
    CHECK(got->contactPerson == QStringLiteral("Bí thư Huyện đoàn"));
    CHECK(got->phone == QStringLiteral("02763765432")); // stored as digits (issue 14.6)
    CHECK(scalar(*db, QStringLiteral("SELECT name_folded FROM units WHERE id = ?"), { *id })
              .toString()
          == QStringLiteral("huyen doan duong minh chau duong minh chau"));

    // Lookups ignore accents and case, by name, short name and e-mail.
    CHECK(units.findByName(QStringLiteral("huyen doan duong minh chau")).value().id == *id);
    CHECK(units.findByName(QStringLiteral("DUONG MINH CHAU")).value().id == *id);
    CHECK_FALSE(units.findByName(QStringLiteral("Thị đoàn Hòa Thành")));
    CHECK(units.findByEmail(QStringLiteral("HuyenDoan.DMC@gmail.com")).value().id == *id);
    CHECK_FALSE(units.findByEmail(QStringLiteral("other@gmail.com")));

    Unit parent;
    parent.name = QStringLiteral("Tỉnh đoàn Tây Ninh");
    parent.kind = UnitKind::Provincial;
    const auto parentId = units.insert(parent);
    REQUIRE(parentId);

    got->name = QStringLiteral("Huyện Đoàn Dương Minh Châu");
    got->kind = UnitKind::Affiliated;
    got->parentId = *parentId;
    REQUIRE(units.update(*got));
    auto updated = units.get(*id);
    REQUIRE(updated);
    CHECK(updated->name == QStringLiteral("Huyện Đoàn Dương Minh Châu"));
    CHECK(updated->kind == UnitKind::Affiliated);
    CHECK(updated->parentId == *parentId);
    CHECK(units.list().size() == 2);

    // Removing the parent clears the link instead of deleting the child.
    REQUIRE(units.remove(*parentId));
    CHECK(units.get(*id).value().parentId == 0);
    REQUIRE(units.remove(*id));
    CHECK_FALSE(units.get(*id));
    CHECK(units.list().isEmpty());
}

TEST_CASE("units: a unit without a name is refused and nothing is written",
          "[stores][repo][unit][validate]")
{
    auto db = memoryDb();
    UnitRepository units(*db);
    Unit u;
    u.name = QStringLiteral("   ");
    auto id = units.insert(u);
    CHECK_FALSE(id);
    CHECK_FALSE(id.error().isEmpty());
    CHECK(count(*db, "units") == 0);

    const qint64 ok = makeUnit(*db, QStringLiteral("Sở Nội vụ"), UnitKind::GuestAgency);
    Unit blank = units.get(ok).value();
    blank.name = QString();
    const auto s = units.update(blank);
    CHECK_FALSE(s.ok());
    CHECK_FALSE(s.error().isEmpty());
    CHECK(units.get(ok).value().name == QStringLiteral("Sở Nội vụ"));
}

TEST_CASE("event units: role, quota and note per event", "[stores][repo][unit][quota]")
{
    auto db = memoryDb();
    UnitRepository units(*db);
    const qint64 event = makeEvent(*db);
    const qint64 other = makeEvent(*db, QStringLiteral("Sự kiện khác"));
    const qint64 dmc = makeUnit(*db, QStringLiteral("Huyện đoàn Dương Minh Châu"));
    const qint64 ht = makeUnit(*db, QStringLiteral("Thị đoàn Hòa Thành"));

    REQUIRE(units.saveEventUnit(
        { event, dmc, UnitRole::Host, 22, QStringLiteral("đồng chí trong Ban Chấp hành") }));
    REQUIRE(units.saveEventUnit({ event, ht, UnitRole::Host, 24, {} }));
    REQUIRE(units.saveEventUnit({ other, dmc, UnitRole::Participant, -1, {} }));

    auto list = units.eventUnits(event);
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).unitId == dmc); // in the order they were added
    CHECK(list.at(1).unitId == ht);
    auto eu = units.eventUnit(event, dmc);
    REQUIRE(eu);
    CHECK(eu->role == UnitRole::Host);
    CHECK(eu->quota == 22);
    CHECK(eu->quotaNote == QStringLiteral("đồng chí trong Ban Chấp hành"));
    CHECK(units.eventUnit(other, dmc).value().quota == -1);

    // Saving again updates in place (one row, same position).
    REQUIRE(units.saveEventUnit({ event, dmc, UnitRole::Host, 30, QStringLiteral("ghi chú") }));
    list = units.eventUnits(event);
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).unitId == dmc);
    CHECK(list.at(0).quota == 30);
    CHECK(list.at(0).quotaNote == QStringLiteral("ghi chú"));

    // A negative quota means "none set".
    REQUIRE(units.saveEventUnit({ event, ht, UnitRole::Host, -7, {} }));
    CHECK(units.eventUnit(event, ht).value().quota == -1);

    REQUIRE(units.removeEventUnit(event, dmc));
    CHECK_FALSE(units.eventUnit(event, dmc));
    CHECK(units.eventUnit(other, dmc)); // the other event keeps its part
    CHECK(units.get(dmc)); // and the directory keeps the unit
}

TEST_CASE("events: every field round-trips, with validation", "[stores][repo][event]")
{
    auto db = memoryDb();
    EventRepository events(*db);
    Event e;
    e.title = nfd(QStringLiteral("Gặp gỡ, đối thoại năm 2021"));
    e.organiser = QStringLiteral("Ban Thường vụ Tỉnh đoàn Tây Ninh");
    e.parentPlanRef = QStringLiteral("Kế hoạch số 280-KH/TĐTN-TCKT, ngày 04/12/2020");
    e.schemeRef = QStringLiteral("Đề án số 08-ĐA/TU");
    e.introduction = QStringLiteral("Thực hiện ...");
    e.purpose = QStringLiteral("Mục đích\ndòng hai");
    e.requirements = QStringLiteral("Yêu cầu");
    e.content = QStringLiteral("Nội dung");
    e.plannedYear = 2021;
    e.plannedMonth = 10;
    e.date = QDate(2021, 10, 15);
    e.latestEndTime = QTime(11, 30);
    e.activePlan = PlanKind::Online;
    e.questionDeadline = QDate(2021, 8, 30);
    e.minQuestionsPerHost = 5;
    e.intakeEmail = QStringLiteral("bantochuctinhdoantayninh@gmail.com");
    e.intakeContact = QStringLiteral("đồng chí Đoàn Thị Hồng");
    e.intakePhone = QStringLiteral("0938.428.213");
    e.closingText = QStringLiteral("Trên đây là Kế hoạch ...");
    auto id = events.insert(e);
    REQUIRE(id);

    auto got = events.get(*id);
    REQUIRE(got);
    CHECK(got->title == QStringLiteral("Gặp gỡ, đối thoại năm 2021"));
    CHECK(got->organiser == e.organiser);
    CHECK(got->parentPlanRef == e.parentPlanRef);
    CHECK(got->schemeRef == e.schemeRef);
    CHECK(got->introduction == e.introduction);
    CHECK(got->purpose == e.purpose);
    CHECK(got->requirements == e.requirements);
    CHECK(got->content == e.content);
    CHECK(got->plannedYear == 2021);
    CHECK(got->plannedMonth == 10);
    CHECK(got->date == QDate(2021, 10, 15));
    CHECK(got->latestEndTime == QTime(11, 30));
    CHECK(got->activePlan == PlanKind::Online);
    CHECK(got->questionDeadline == QDate(2021, 8, 30));
    CHECK(got->minQuestionsPerHost == 5);
    CHECK(got->intakeEmail == e.intakeEmail);
    CHECK(got->intakeContact == e.intakeContact);
    CHECK(got->intakePhone == e.intakePhone);
    CHECK(got->closingText == e.closingText);
    CHECK(scalar(*db, QStringLiteral("SELECT title_folded FROM events WHERE id = ?"), { *id })
              .toString()
          == QStringLiteral("gap go, doi thoai nam 2021"));

    got->title = QStringLiteral("Đối thoại 2022");
    got->date = QDate();
    got->latestEndTime = QTime();
    got->activePlan = PlanKind::InPerson;
    REQUIRE(events.update(*got));
    auto updated = events.get(*id);
    REQUIRE(updated);
    CHECK(updated->title == QStringLiteral("Đối thoại 2022"));
    CHECK_FALSE(updated->date.isValid()); // cleared, stored as NULL
    CHECK_FALSE(updated->latestEndTime.isValid());
    CHECK(updated->activePlan == PlanKind::InPerson);
    CHECK(scalar(*db, QStringLiteral("SELECT event_date IS NULL FROM events WHERE id = ?"), { *id })
              .toInt()
          == 1);

    SECTION("an event needs a title")
    {
        Event blank;
        blank.title = QStringLiteral("  ");
        auto r = events.insert(blank);
        CHECK_FALSE(r);
        CHECK_FALSE(r.error().isEmpty());
        CHECK(events.list().size() == 1);
        Event u = *updated;
        u.title.clear();
        CHECK_FALSE(events.update(u).ok());
        CHECK(events.get(*id)->title == QStringLiteral("Đối thoại 2022"));
    }
    SECTION("a month outside 1..12 is refused")
    {
        Event bad = *updated;
        bad.id = 0;
        bad.plannedMonth = 13;
        CHECK_FALSE(events.insert(bad));
        CHECK(events.list().size() == 1);
        bad.id = *id;
        CHECK_FALSE(events.update(bad).ok());
        CHECK(events.get(*id)->plannedMonth == 10);
    }
    SECTION("remove")
    {
        REQUIRE(events.remove(*id));
        CHECK_FALSE(events.get(*id));
        CHECK(events.list().isEmpty());
    }
}

TEST_CASE("plans: insert, update, capacity validation", "[stores][repo][plan]")
{
    auto db = memoryDb();
    EventRepository events(*db);
    const qint64 event = makeEvent(*db);
    Plan p;
    p.eventId = event;
    p.kind = PlanKind::Online;
    p.number = 2;
    p.name = QStringLiteral("Tổ chức đối thoại trực tuyến");
    p.condition = nfd(QStringLiteral("nếu áp dụng Chỉ thị 15/CT-TTg"));
    p.venue = QStringLiteral("Phòng họp Tỉnh đoàn");
    p.livestreamUrl = QStringLiteral(" https://www.facebook.com/TinhDoanTayNinh ");
    p.startTime = QTime(8, 0);
    auto id = events.savePlan(p);
    REQUIRE(id);
    Plan first;
    first.eventId = event;
    first.kind = PlanKind::InPerson;
    first.number = 1;
    first.capacity = 100;
    first.venue = QStringLiteral("Sảnh Trung tâm");
    REQUIRE(events.savePlan(first));

    const auto plans = events.plans(event);
    REQUIRE(plans.size() == 2);
    CHECK(plans.at(0).kind == PlanKind::InPerson); // by number
    CHECK(plans.at(1).id == *id);
    auto online = events.plan(event, PlanKind::Online);
    REQUIRE(online);
    CHECK(online->condition == QStringLiteral("nếu áp dụng Chỉ thị 15/CT-TTg"));
    CHECK(online->livestreamUrl == QStringLiteral("https://www.facebook.com/TinhDoanTayNinh"));
    CHECK(online->startTime == QTime(8, 0));
    CHECK(online->capacity == 0);

    online->venue = QStringLiteral("Hội trường Tỉnh đoàn");
    auto again = events.savePlan(*online);
    REQUIRE(again);
    CHECK(*again == *id);
    CHECK(events.plan(event, PlanKind::Online)->venue == QStringLiteral("Hội trường Tỉnh đoàn"));
    CHECK(events.plans(event).size() == 2);

    online->capacity = -1;
    CHECK_FALSE(events.savePlan(*online));
    CHECK(events.plan(event, PlanKind::Online)->capacity == 0);

    // One plan of each kind per event.
    Plan duplicate = first;
    CHECK_FALSE(events.savePlan(duplicate));
    CHECK(events.plans(event).size() == 2);
}

TEST_CASE("document settings and paper numbering", "[stores][repo][documents]")
{
    auto db = memoryDb();
    EventRepository events(*db);
    const qint64 event = makeEvent(*db);

    // Without a saved row the defaults of the Vietnamese format apply.
    DocumentSettings defaults = events.documentSettings(event);
    CHECK(defaults.eventId == event);
    CHECK(defaults.partyLine == QStringLiteral("ĐOÀN TNCS HỒ CHÍ MINH"));
    CHECK(defaults.signerName.isEmpty());
    CHECK(defaults.numbering.isEmpty());

    DocumentSettings s = defaults;
    s.signerName = nfd(QStringLiteral("Hoàng Thị Thanh Thúy"));
    s.signerTitle = QStringLiteral("PHÓ BÍ THƯ");
    s.recipients = { QStringLiteral("Thường trực Tỉnh ủy"), QStringLiteral("  "),
                     QStringLiteral("Lưu VP, BTCKT") };
    s.contactLine = QStringLiteral("Đoàn Thị Hồng, 0938.428.213");
    s.whatToBring = QStringLiteral("Thẻ đoàn viên");
    s.numbering.insert(PaperKind::PersonInvitation, { QStringLiteral("GM/TĐTN-VP"), 12 });
    s.numbering.insert(PaperKind::Plan, { QStringLiteral("KH/TĐTN-TCKT"), 1 });
    REQUIRE(events.saveDocumentSettings(s));

    DocumentSettings got = events.documentSettings(event);
    CHECK(got.signerName == QStringLiteral("Hoàng Thị Thanh Thúy"));
    CHECK(got.signerTitle == QStringLiteral("PHÓ BÍ THƯ"));
    CHECK(got.signerCapacity == QStringLiteral("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN"));
    CHECK(
        got.recipients
        == QStringList { QStringLiteral("Thường trực Tỉnh ủy"), QStringLiteral("Lưu VP, BTCKT") });
    CHECK(got.contactLine == s.contactLine);
    CHECK(got.whatToBring == s.whatToBring);
    REQUIRE(got.numbering.contains(PaperKind::PersonInvitation));
    CHECK(got.numbering.value(PaperKind::PersonInvitation).symbol == QStringLiteral("GM/TĐTN-VP"));
    CHECK(got.numbering.value(PaperKind::PersonInvitation).nextNumber == 12);

    // Each paper takes the next number; kinds count separately.
    CHECK(events.takeNextNumber(event, PaperKind::PersonInvitation).value() == 12);
    CHECK(events.takeNextNumber(event, PaperKind::PersonInvitation).value() == 13);
    CHECK(events.takeNextNumber(event, PaperKind::Plan).value() == 1);
    CHECK(events.takeNextNumber(event, PaperKind::Programme).value() == 1); // no row yet
    CHECK(events.takeNextNumber(event, PaperKind::Programme).value() == 2);
    got = events.documentSettings(event);
    CHECK(got.numbering.value(PaperKind::PersonInvitation).nextNumber == 14);
    CHECK(got.numbering.value(PaperKind::PersonInvitation).symbol == QStringLiteral("GM/TĐTN-VP"));
    CHECK(got.numbering.value(PaperKind::Plan).nextNumber == 2);
    CHECK(got.numbering.value(PaperKind::Programme).nextNumber == 3);

    // Another event numbers on its own.
    const qint64 other = makeEvent(*db, QStringLiteral("Khác"));
    CHECK(events.takeNextNumber(other, PaperKind::PersonInvitation).value() == 1);

    // A number below 1 is refused and the saved settings stay.
    DocumentSettings bad = got;
    bad.signerName = QStringLiteral("Người khác");
    bad.numbering[PaperKind::Plan].nextNumber = 0;
    CHECK_FALSE(events.saveDocumentSettings(bad).ok());
    CHECK(events.documentSettings(event).signerName == QStringLiteral("Hoàng Thị Thanh Thúy"));
}

TEST_CASE("attendees: stored NFC with folded and sort-key columns kept by the repository",
          "[stores][repo][attendee]")
{
    auto db = memoryDb();
    AttendeeRepository people(*db);
    const qint64 event = makeEvent(*db);
    const qint64 unit = makeUnit(*db, QStringLiteral("Thị đoàn Hòa Thành"));

    Attendee a;
    a.eventId = event;
    a.familyName = nfd(QStringLiteral("Nguyễn"));
    a.middleName = nfd(QStringLiteral(" Thị  Ánh "));
    a.givenName = nfd(QStringLiteral("Hồng"));
    a.gender = Gender::Female;
    a.birthYear = 1995;
    a.position = nfd(QStringLiteral("Bí thư Chi đoàn"));
    a.unitId = unit;
    a.phone = QStringLiteral("+84 912 345 678");
    a.email = QStringLiteral("hong@example.com");
    a.role = AttendeeRole::Delegate;
    a.status = InvitationStatus::Invited;
    a.invitedOn = QDate(2021, 9, 20);
    a.checkedInAt = QDateTime(QDate(2021, 10, 15), QTime(7, 45, 10));
    a.walkIn = true;
    a.note = nfd(QStringLiteral("Ghi chú"));
    REQUIRE(nfd(a.givenName) == a.givenName);
    REQUIRE(a.givenName != QStringLiteral("Hồng"));
    auto id = people.insert(a);
    REQUIRE(id);

    auto got = people.get(*id);
    REQUIRE(got);
    CHECK(got->familyName == QStringLiteral("Nguyễn"));
    CHECK(got->middleName == QStringLiteral("Thị Ánh"));
    CHECK(got->givenName == QStringLiteral("Hồng"));
    CHECK(got->fullName() == QStringLiteral("Nguyễn Thị Ánh Hồng"));
    CHECK(got->position == QStringLiteral("Bí thư Chi đoàn"));
    CHECK(got->note == QStringLiteral("Ghi chú"));
    CHECK(got->gender == Gender::Female);
    CHECK(got->birthYear == 1995);
    CHECK(got->unitId == unit);
    CHECK(got->phone == QStringLiteral("0912345678")); // stored as digits (issue 14.6)
    CHECK(got->email == QStringLiteral("hong@example.com"));
    CHECK(got->status == InvitationStatus::Invited);
    CHECK(got->invitedOn == QDate(2021, 9, 20));
    CHECK_FALSE(got->respondedOn.isValid());
    CHECK(got->checkedInAt == QDateTime(QDate(2021, 10, 15), QTime(7, 45, 10)));
    CHECK(got->walkIn);
    CHECK(got->substituteForId == 0);

    // The raw columns, as stored.
    QSqlQuery q(db->connection());
    REQUIRE(q.prepare(QStringLiteral("SELECT given_name, name_folded, search_folded, name_sort_key "
                                     "FROM attendees WHERE id = ?")));
    q.addBindValue(*id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("Hồng")); // NFC on disk, not only on reading
    CHECK(q.value(1).toString() == QStringLiteral("nguyen thi anh hong"));
    CHECK(q.value(2).toString().contains(QStringLiteral("bi thu chi doan")));
    CHECK(q.value(2).toString().contains(QStringLiteral("0912345678")));
    CHECK(q.value(3).toByteArray()
          == text::nameSortKey(QStringLiteral("Nguyễn"), QStringLiteral("Thị Ánh"),
                               QStringLiteral("Hồng")));
    CHECK(text::matchesQuery(q.value(2).toString(), QStringLiteral("0912 345")));

    // Update keeps the derived columns in step.
    got->familyName = QStringLiteral("Đỗ");
    got->middleName = QString();
    got->givenName = QStringLiteral("Đức");
    got->phone = QStringLiteral("0938.428.213");
    got->birthYear = 0;
    REQUIRE(people.update(*got));
    CHECK(scalar(*db, QStringLiteral("SELECT name_folded FROM attendees WHERE id = ?"), { *id })
              .toString()
          == QStringLiteral("do duc"));
    CHECK(scalar(*db, QStringLiteral("SELECT search_folded FROM attendees WHERE id = ?"), { *id })
              .toString()
              .contains(QStringLiteral("0938428213")));
    CHECK(scalar(*db, QStringLiteral("SELECT name_sort_key FROM attendees WHERE id = ?"), { *id })
              .toByteArray()
          == text::nameSortKey(QStringLiteral("Đỗ"), QString(), QStringLiteral("Đức")));
    CHECK(people.get(*id)->birthYear == 0);
    CHECK(people.count(event) == 1);

    REQUIRE(people.remove(*id));
    CHECK_FALSE(people.get(*id));
    CHECK(people.count(event) == 0);
}

TEST_CASE("attendees: every public way in cleans what it is given, the bulk ones too",
          "[stores][repo][attendee]")
{
    // Only the import's own row check may skip the cleaning (AttendeeRepository::Tidied, which
    // nothing else can make): insertMany(), insertPrepared(prepare()) and a bulk insert clean
    // a dirty person as insert() does.
    auto db = memoryDb();
    AttendeeRepository people(*db);
    const qint64 event = makeEvent(*db);
    Attendee dirty;
    dirty.eventId = event;
    dirty.familyName = nfd(QStringLiteral(" Trần\t"));
    dirty.middleName = QStringLiteral("Thị \u00a0 Thu");
    dirty.givenName = nfd(QStringLiteral("Hà\n"));
    dirty.position = QStringLiteral("Ủy viên  BCH ");
    dirty.workplace = nfd(QStringLiteral("  Chi đoàn   Công ty Giày Da"));
    dirty.phone = QStringLiteral(" 0912.345.678 ");
    dirty.email = QStringLiteral("  ha@example.vn ");
    dirty.note = nfd(QStringLiteral("  Dòng một\nDòng hai  "));
    auto checkClean = [&](qint64 id) {
        const auto got = people.get(id);
        REQUIRE(got);
        CHECK(got->familyName == QStringLiteral("Trần"));
        CHECK(got->middleName == QStringLiteral("Thị Thu"));
        CHECK(got->givenName == QStringLiteral("Hà"));
        CHECK(got->position == QStringLiteral("Ủy viên BCH"));
        CHECK(got->workplace == QStringLiteral("Chi đoàn Công ty Giày Da"));
        CHECK(got->phone == QStringLiteral("0912345678"));
        CHECK(got->email == QStringLiteral("ha@example.vn"));
        CHECK(got->note == QStringLiteral("Dòng một\nDòng hai"));
        CHECK(scalar(*db, QStringLiteral("SELECT name_folded FROM attendees WHERE id = ?"), { id })
                  .toString()
              == QStringLiteral("tran thi thu ha"));
    };
    Transaction t(*db);
    const auto many = people.insertMany({ dirty, dirty });
    REQUIRE(many);
    REQUIRE(many->size() == 2);
    checkClean(many->at(0));
    checkClean(many->at(1));
    const auto prepared = people.insertPrepared({ AttendeeRepository::prepare(dirty) });
    REQUIRE(prepared);
    REQUIRE(prepared->size() == 1);
    checkClean(prepared->first());
    REQUIRE(t.commit());
}

TEST_CASE("attendees: list in Vietnamese name order", "[stores][repo][attendee][sort]")
{
    auto db = memoryDb();
    AttendeeRepository people(*db);
    const qint64 event = makeEvent(*db);
    const QStringList inserted = { QStringLiteral("Trần Văn Đức"),  QStringLiteral("Lê Thị Ân"),
                                   QStringLiteral("Phạm Anh"),      QStringLiteral("Võ Văn Ăn"),
                                   QStringLiteral("Nguyễn Văn An"), QStringLiteral("Lê Văn An"),
                                   QStringLiteral("Hồ Thị Ánh"),    QStringLiteral("Đặng Bình") };
    for (const QString &name : inserted) {
        const auto parts = text::splitFullName(name);
        Attendee a;
        a.eventId = event;
        a.familyName = parts.family;
        a.middleName = parts.middle;
        a.givenName = parts.given;
        REQUIRE(people.insert(a));
    }
    // Two namesakes of "Nguyễn Văn An", the later id stored first, and a person of another
    // event with a name that would come first.
    const qint64 firstAn = people.list(event).at(1).id;
    for (const qint64 id : { 900, 800 }) {
        Attendee a;
        a.id = id;
        a.eventId = event;
        a.familyName = QStringLiteral("Nguyễn");
        a.middleName = QStringLiteral("Văn");
        a.givenName = QStringLiteral("An");
        REQUIRE(people.insert(a));
    }
    Attendee other;
    other.eventId = makeEvent(*db);
    other.familyName = QStringLiteral("Bùi");
    other.givenName = QStringLiteral("A");
    REQUIRE(people.insert(other));

    const QStringList expected
        = { QStringLiteral("Lê Văn An"),     QStringLiteral("Nguyễn Văn An"),
            QStringLiteral("Nguyễn Văn An"), QStringLiteral("Nguyễn Văn An"),
            QStringLiteral("Phạm Anh"),      QStringLiteral("Hồ Thị Ánh"),
            QStringLiteral("Võ Văn Ăn"),     QStringLiteral("Lê Thị Ân"),
            QStringLiteral("Đặng Bình"),     QStringLiteral("Trần Văn Đức") };
    QStringList names;
    QList<qint64> namesakes;
    for (const Attendee &a : people.list(event)) {
        names << a.fullName();
        if (a.fullName() == QStringLiteral("Nguyễn Văn An"))
            namesakes << a.id;
    }
    CHECK(names == expected);
    CHECK(namesakes == QList<qint64> { firstAn, 800, 900 }); // namesakes by id
    // The reader an export streams from gives the same order.
    QStringList read;
    QList<qint64> readNamesakes;
    auto reader = people.read(event);
    for (Attendee a; reader.next(a);) {
        read << a.fullName();
        if (a.fullName() == QStringLiteral("Nguyễn Văn An"))
            readNamesakes << a.id;
    }
    CHECK(reader.error().isEmpty());
    CHECK(read == expected);
    CHECK(readNamesakes == QList<qint64> { firstAn, 800, 900 });
}

TEST_CASE("attendees: impossible values are refused with a message and nothing is written",
          "[stores][repo][attendee][validate]")
{
    auto db = memoryDb();
    AttendeeRepository people(*db);
    const qint64 event = makeEvent(*db);
    Attendee a;
    a.eventId = event;
    a.familyName = QStringLiteral("Nguyễn");
    a.givenName = QStringLiteral("An");
    a.birthYear = 1850;
    auto id = people.insert(a);
    CHECK_FALSE(id);
    CHECK(id.error().contains(QStringLiteral("1850")));
    CHECK(count(*db, "attendees") == 0);

    a.birthYear = 1990;
    id = people.insert(a);
    REQUIRE(id);
    Attendee edit = people.get(*id).value();
    edit.birthYear = 1850;
    edit.givenName = QStringLiteral("Bình");
    const auto s = people.update(edit);
    CHECK_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("1850")));
    CHECK(people.get(*id)->birthYear == 1990);
    CHECK(people.get(*id)->givenName == QStringLiteral("An"));

    // A person cannot stand in for themselves.
    edit = people.get(*id).value();
    edit.substituteForId = edit.id;
    CHECK_FALSE(people.update(edit).ok());
    CHECK(people.get(*id)->substituteForId == 0);

    // In a batch, one bad row refuses the batch; the caller's transaction leaves nothing.
    QList<Attendee> batch;
    for (int year : { 1991, 1992, 1850, 1993 }) {
        Attendee b = a;
        b.birthYear = year;
        batch << b;
    }
    {
        Transaction t(*db);
        auto r = people.insertMany(batch);
        CHECK_FALSE(r);
        CHECK(r.error().contains(QStringLiteral("1850")));
    }
    CHECK(count(*db, "attendees") == 1);
    batch[2].birthYear = 2000;
    {
        Transaction t(*db);
        auto r = people.insertMany(batch);
        REQUIRE(r);
        CHECK(r->size() == 4);
        REQUIRE(t.commit());
    }
    CHECK(count(*db, "attendees") == 5);
}

TEST_CASE("attendees: a substitute keeps a link to the person they replace",
          "[stores][repo][attendee]")
{
    auto db = memoryDb();
    AttendeeRepository people(*db);
    const qint64 event = makeEvent(*db);
    Attendee a;
    a.eventId = event;
    a.givenName = QStringLiteral("An");
    const qint64 original = people.insert(a).value();
    Attendee b = a;
    b.givenName = QStringLiteral("Bình");
    b.substituteForId = original;
    const qint64 substitute = people.insert(b).value();
    CHECK(people.get(substitute)->substituteForId == original);
    REQUIRE(people.remove(original));
    CHECK(people.get(substitute)->substituteForId == 0); // ON DELETE SET NULL
}

TEST_CASE("topics and questions: insert, get, update, remove", "[stores][repo][question]")
{
    auto db = memoryDb();
    QuestionRepository questions(*db);
    const qint64 event = makeEvent(*db);
    const qint64 unit = makeUnit(*db, QStringLiteral("Thành đoàn thành phố Tây Ninh"));
    const qint64 agency = makeUnit(*db, QStringLiteral("Sở Nội vụ"), UnitKind::GuestAgency);

    auto topicId
        = questions.insertTopic({ 0, event, 1, nfd(QStringLiteral(" Đời sống công nhân ")) });
    REQUIRE(topicId);
    CHECK_FALSE(questions.insertTopic({ 0, event, 2, QStringLiteral("   ") }));
    auto topics = questions.topics(event);
    REQUIRE(topics.size() == 1);
    CHECK(topics.first().title == QStringLiteral("Đời sống công nhân"));
    Topic t = topics.first();
    t.title = QStringLiteral("Đời sống vật chất, tinh thần");
    t.position = 3;
    REQUIRE(questions.updateTopic(t));
    CHECK(questions.topics(event).first().title == QStringLiteral("Đời sống vật chất, tinh thần"));
    CHECK(questions.topics(event).first().position == 3);
    t.title.clear();
    CHECK_FALSE(questions.updateTopic(t).ok());

    Question q;
    q.eventId = event;
    q.unitId = unit;
    q.submitter = QStringLiteral("Chi đoàn Công ty TNHH ABC");
    q.kind = QuestionKind::Recommendation;
    q.topicId = *topicId;
    q.text = nfd(QStringLiteral("Đề nghị hỗ trợ nhà ở cho công nhân tăng ca."));
    q.receivedOn = QDate(2021, 8, 20);
    q.channel = QuestionChannel::Email;
    q.status = QuestionStatus::Forwarded;
    q.forwardedToUnitId = agency;
    q.forwardedOn = QDate(2021, 8, 31);
    q.runningOrder = 4;
    auto id = questions.insert(q);
    REQUIRE(id);
    auto got = questions.get(*id);
    REQUIRE(got);
    CHECK(got->text == QStringLiteral("Đề nghị hỗ trợ nhà ở cho công nhân tăng ca."));
    CHECK(got->unitId == unit);
    CHECK(got->submitter == QStringLiteral("Chi đoàn Công ty TNHH ABC"));
    CHECK(got->kind == QuestionKind::Recommendation);
    CHECK(got->topicId == *topicId);
    CHECK(got->receivedOn == QDate(2021, 8, 20));
    CHECK(got->status == QuestionStatus::Forwarded);
    CHECK(got->forwardedToUnitId == agency);
    CHECK(got->forwardedOn == QDate(2021, 8, 31));
    CHECK(got->runningOrder == 4);
    CHECK(scalar(*db, QStringLiteral("SELECT text_folded FROM questions WHERE id = ?"), { *id })
              .toString()
          == QStringLiteral("de nghi ho tro nha o cho cong nhan tang ca."));

    got->status = QuestionStatus::Answered;
    got->answer = QStringLiteral("Tỉnh sẽ xem xét.");
    got->answeredBy = QStringLiteral("Sở Nội vụ");
    got->answeredAt = QDateTime(QDate(2021, 10, 15), QTime(9, 30));
    REQUIRE(questions.update(*got));
    auto answered = questions.get(*id);
    CHECK(answered->status == QuestionStatus::Answered);
    CHECK(answered->answer == QStringLiteral("Tỉnh sẽ xem xét."));
    CHECK(answered->answeredAt == QDateTime(QDate(2021, 10, 15), QTime(9, 30)));

    // Validation: empty text, merged into itself.
    Question empty = q;
    empty.text = QStringLiteral("  ");
    CHECK_FALSE(questions.insert(empty));
    Question self = *answered;
    self.duplicateOfId = self.id;
    CHECK_FALSE(questions.update(self).ok());
    CHECK(questions.get(*id)->duplicateOfId == 0);
    CHECK(count(*db, "questions") == 1);

    // Removing the topic keeps the question, unclassified.
    REQUIRE(questions.removeTopic(*topicId));
    CHECK(questions.get(*id)->topicId == 0);

    REQUIRE(questions.remove(*id));
    CHECK_FALSE(questions.get(*id));
    CHECK(questions.list(event).isEmpty());
}

TEST_CASE("questions: full-text search ignores accents", "[stores][repo][question][search]")
{
    auto db = memoryDb();
    QuestionRepository questions(*db);
    const qint64 event = makeEvent(*db);
    const qint64 other = makeEvent(*db, QStringLiteral("Khác"));
    auto add = [&](qint64 ev, const QString &text) {
        Question q;
        q.eventId = ev;
        q.text = text;
        auto id = questions.insert(q);
        REQUIRE(id);
        return *id;
    };
    const qint64 overtime
        = add(event, QStringLiteral("Công nhân phải tăng ca quá nhiều, đề nghị có chế độ hợp lý."));
    const qint64 housing
        = add(event, nfd(QStringLiteral("Đề nghị hỗ trợ nhà trọ cho thanh niên công nhân.")));
    const qint64 wages = add(event, QStringLiteral("Tiền lương tăng chậm."));
    add(other, QStringLiteral("Tăng ca ở sự kiện khác."));

    CHECK(questions.search(event, QStringLiteral("tang ca")) == QList<qint64> { overtime });
    CHECK(questions.search(event, QStringLiteral("TĂNG CA")) == QList<qint64> { overtime });
    CHECK(questions.search(event, QStringLiteral("nha tro")) == QList<qint64> { housing });
    CHECK(questions.search(event, QStringLiteral("cong nhan"))
          == QList<qint64> { overtime, housing });
    CHECK(questions.search(event, QStringLiteral("tang")) == QList<qint64> { overtime, wages });
    CHECK(questions.search(event, QStringLiteral("luong")) == QList<qint64> { wages });
    CHECK(questions.search(event, QStringLiteral("bao hiem")).isEmpty());
    CHECK(questions.search(event, QString()).isEmpty());
    // Quotes in a query are words, not syntax.
    CHECK(questions.search(event, QStringLiteral("\"tang ca")) == QList<qint64> { overtime });

    // The index follows edits and deletes.
    Question q = questions.get(wages).value();
    q.text = QStringLiteral("Bảo hiểm xã hội cho công nhân.");
    REQUIRE(questions.update(q));
    CHECK(questions.search(event, QStringLiteral("luong")).isEmpty());
    CHECK(questions.search(event, QStringLiteral("bao hiem")) == QList<qint64> { wages });
    REQUIRE(questions.remove(overtime));
    CHECK(questions.search(event, QStringLiteral("tang ca")).isEmpty());
    CHECK(db->integrityCheck() == QStringLiteral("ok"));
    if (!db->isServer()) // SQLite's FTS5 table checks itself against the questions
        CHECK(db->exec(
            QStringLiteral("INSERT INTO questions_fts(questions_fts) VALUES ('integrity-check')")));
}

TEST_CASE("agenda items: insert, get, update, reorder, remove", "[stores][repo][agenda]")
{
    auto db = memoryDb();
    AgendaRepository agenda(*db);
    const qint64 event = makeEvent(*db);
    QList<qint64> ids;
    int position = 0;
    for (const char *title :
         { "Tuyên bố lý do, giới thiệu đại biểu", "Báo cáo đề dẫn", "Đối thoại trực tiếp" }) {
        AgendaItem i;
        i.eventId = event;
        i.position = ++position;
        i.title = QString::fromUtf8(title);
        i.durationMinutes = 10 * position;
        auto id = agenda.insert(i);
        REQUIRE(id);
        ids << *id;
    }
    auto item = agenda.get(ids.at(1));
    REQUIRE(item);
    CHECK(item->title == QStringLiteral("Báo cáo đề dẫn"));
    CHECK(item->durationMinutes == 20);
    CHECK(item->scope == PlanScope::Both);

    item->presenter = nfd(QStringLiteral("Đại diện lãnh đạo Tỉnh đoàn"));
    item->notes = QStringLiteral("Chiếu màn hình");
    item->scope = PlanScope::InPersonOnly;
    REQUIRE(agenda.update(*item));
    item = agenda.get(ids.at(1));
    CHECK(item->presenter == QStringLiteral("Đại diện lãnh đạo Tỉnh đoàn"));
    CHECK(item->notes == QStringLiteral("Chiếu màn hình"));
    CHECK(item->scope == PlanScope::InPersonOnly);

    AgendaItem bad = *item;
    bad.durationMinutes = 2000;
    CHECK_FALSE(agenda.update(bad).ok());
    bad.durationMinutes = 10;
    bad.title = QStringLiteral(" ");
    CHECK_FALSE(agenda.update(bad).ok());
    bad.id = 0;
    CHECK_FALSE(agenda.insert(bad));
    CHECK(agenda.list(event).size() == 3);
    CHECK(agenda.get(ids.at(1))->title == QStringLiteral("Báo cáo đề dẫn"));

    REQUIRE(agenda.reorder(event, { ids.at(2), ids.at(0), ids.at(1) }));
    QList<qint64> order;
    for (const AgendaItem &i : agenda.list(event))
        order << i.id;
    CHECK(order == QList<qint64> { ids.at(2), ids.at(0), ids.at(1) });

    REQUIRE(agenda.remove(ids.at(0)));
    CHECK_FALSE(agenda.get(ids.at(0)));
    CHECK(agenda.list(event).size() == 2);
}

TEST_CASE("tasks: insert, get, update, remove", "[stores][repo][task]")
{
    auto db = memoryDb();
    TaskRepository tasks(*db);
    const qint64 event = makeEvent(*db);
    const qint64 owner = makeUnit(*db, QStringLiteral("Văn phòng Tỉnh đoàn"), UnitKind::Provincial);
    Task t;
    t.eventId = event;
    t.position = 1;
    t.ownerUnitId = owner;
    t.description = nfd(QStringLiteral("Soạn thư mời các thành phần liên quan"));
    t.dueDate = QDate(2021, 9, 30);
    auto id = tasks.insert(t);
    REQUIRE(id);
    auto got = tasks.get(*id);
    REQUIRE(got);
    CHECK(got->description == QStringLiteral("Soạn thư mời các thành phần liên quan"));
    CHECK(got->ownerUnitId == owner);
    CHECK(got->dueDate == QDate(2021, 9, 30));
    CHECK_FALSE(got->done);

    got->done = true;
    got->ownerUnitId = 0;
    got->ownerLabel = QStringLiteral("Các huyện, thị, thành đoàn");
    got->dueDate = QDate();
    REQUIRE(tasks.update(*got));
    got = tasks.get(*id);
    CHECK(got->done);
    CHECK(got->ownerUnitId == 0);
    CHECK(got->ownerLabel == QStringLiteral("Các huyện, thị, thành đoàn"));
    CHECK_FALSE(got->dueDate.isValid());

    Task blank = t;
    blank.description = QStringLiteral("  ");
    CHECK_FALSE(tasks.insert(blank));
    blank.id = *id;
    CHECK_FALSE(tasks.update(blank).ok());
    CHECK(tasks.list(event).size() == 1);

    REQUIRE(tasks.remove(*id));
    CHECK_FALSE(tasks.get(*id));
}

TEST_CASE("deleting an event deletes its rows and keeps the unit directory",
          "[stores][repo][cascade]")
{
    auto db = memoryDb();
    EventRepository events(*db);
    UnitRepository units(*db);
    const qint64 doomed = makeEvent(*db, QStringLiteral("Bị xóa"));
    const qint64 kept = makeEvent(*db, QStringLiteral("Giữ lại"));
    const qint64 unit = makeUnit(*db, QStringLiteral("Thị đoàn Hòa Thành"));

    for (qint64 event : { doomed, kept }) {
        Plan p;
        p.eventId = event;
        REQUIRE(events.savePlan(p));
        REQUIRE(units.saveEventUnit({ event, unit, UnitRole::Host, 24, {} }));
        Attendee a;
        a.eventId = event;
        a.givenName = QStringLiteral("An");
        a.unitId = unit;
        const qint64 person = AttendeeRepository(*db).insert(a).value();
        const qint64 topic = QuestionRepository(*db)
                                 .insertTopic({ 0, event, 1, QStringLiteral("Chủ đề") })
                                 .value();
        Question q;
        q.eventId = event;
        q.text = QStringLiteral("Câu hỏi tăng ca");
        q.topicId = topic;
        q.submitterAttendeeId = person;
        REQUIRE(QuestionRepository(*db).insert(q));
        AgendaItem i;
        i.eventId = event;
        i.title = QStringLiteral("Báo cáo đề dẫn");
        REQUIRE(AgendaRepository(*db).insert(i));
        Task t;
        t.eventId = event;
        t.description = QStringLiteral("Chuẩn bị hậu cần");
        REQUIRE(TaskRepository(*db).insert(t));
        DocumentSettings s;
        s.eventId = event;
        s.numbering.insert(PaperKind::Programme, { QStringLiteral("CTr/TĐTN"), 1 });
        REQUIRE(events.saveDocumentSettings(s));
        qint64 version = events.get(event)->rowVersion;
        REQUIRE(events.switchPlan(event, PlanKind::Online, QStringLiteral("Chỉ thị 15"),
                                  QDateTime::currentDateTime(), &version));
    }
    const char *perEvent[]
        = { "plans",     "plan_switches", "event_units", "attendees",         "topics",
            "questions", "agenda_items",  "tasks",       "document_settings", "document_numbers" };
    for (const char *table : perEvent) {
        INFO(table);
        CHECK(scalar(*db,
                     QStringLiteral("SELECT count(*) FROM %1 WHERE event_id = ?")
                         .arg(QLatin1String(table)),
                     { doomed })
                  .toInt()
              == 1);
    }

    REQUIRE(events.remove(doomed));
    CHECK_FALSE(events.get(doomed));
    for (const char *table : perEvent) {
        INFO(table);
        const QString sql = QStringLiteral("SELECT count(*) FROM %1 WHERE event_id = ?")
                                .arg(QLatin1String(table));
        CHECK(scalar(*db, sql, { doomed }).toInt() == 0);
        CHECK(scalar(*db, sql, { kept }).toInt() == 1);
    }
    CHECK(units.get(unit)); // the directory is shared by events
    QuestionRepository questions(*db);
    CHECK(questions.search(doomed, QStringLiteral("tang ca")).isEmpty());
    CHECK(questions.search(kept, QStringLiteral("tang ca")).size() == 1);
    CHECK(db->integrityCheck() == QStringLiteral("ok"));
}

TEST_CASE("attendees: a bulk insert into an empty table keeps every index",
          "[stores][repositories]")
{
    auto opened = Database::open(testsupport::newStore());
    REQUIRE(opened.database);
    Database &db = *opened.database;
    EventRepository events(db);
    Event e;
    e.title = QStringLiteral("Hội nghị");
    const auto eventId = events.insert(e);
    REQUIRE(eventId.ok());
    auto indexes = [&db] {
        QStringList names;
        // The engine's own list of the table's indexes (the key's aside).
        QSqlQuery q = db.query(
            db.isServer() ? QStringLiteral("SELECT indexname FROM pg_indexes WHERE tablename = "
                                           "'attendees' AND indexname <> 'attendees_pkey' "
                                           "ORDER BY indexname")
                          : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                                           "AND tbl_name = 'attendees' AND sql IS NOT NULL "
                                           "ORDER BY name"));
        while (q.next())
            names << q.value(0).toString();
        return names;
    };
    const QStringList before = indexes();
    REQUIRE(before.size() == 3);

    QList<Attendee> rows;
    for (int i = 0; i < 12000; ++i) {
        Attendee a;
        a.eventId = *eventId;
        a.familyName = QStringLiteral("Nguyễn");
        a.middleName = QStringLiteral("Văn");
        a.givenName = QStringLiteral("Người %1").arg(i);
        rows << a;
    }
    AttendeeRepository people(db);
    {
        Transaction t(db);
        const auto ids = people.insertMany(rows);
        REQUIRE(ids.ok());
        CHECK(ids->size() == 12000);
        REQUIRE(t.commit());
    }
    CHECK(indexes() == before);
    CHECK(people.count(*eventId) == 12000);
    CHECK(db.integrityCheck() == QStringLiteral("ok"));
    // The name index is used again: the list comes back in Vietnamese order.
    const QList<Attendee> listed = people.list(*eventId);
    REQUIRE(listed.size() == 12000);
    CHECK(listed.first().givenName == QStringLiteral("Người 0"));
    CHECK(listed.at(1).givenName == QStringLiteral("Người 1"));
    CHECK(listed.at(2).givenName == QStringLiteral("Người 10"));

    // A bulk insert that fails half-way (a row reuses an id) rolls back its rows and the
    // dropped indexes together.
    for (int i = 0; i < 1000; ++i)
        rows << rows.first();
    rows.last().id = listed.first().id;
    {
        Transaction t(db);
        CHECK_FALSE(people.insertMany(rows).ok());
    }
    CHECK(indexes() == before);
    CHECK(people.count(*eventId) == 12000);

    // The same when the failing row is in the middle of the list, after many full 32-row
    // statements have run: the failure comes back all the same, and nothing is left of the
    // rows or of the dropped indexes.
    rows.last().id = 0;
    rows[5000].id = listed.first().id;
    {
        Transaction t(db);
        const auto failed = people.insertMany(rows);
        REQUIRE_FALSE(failed.ok());
        CHECK_FALSE(failed.error().isEmpty());
    }
    CHECK(indexes() == before);
    CHECK(people.count(*eventId) == 12000);
    CHECK(db.integrityCheck() == QStringLiteral("ok"));
}

TEST_CASE("attendees: a check-in is taken once, and only the check-in made is taken back",
          "[stores][repo][attendee][checkin]")
{
    auto db = memoryDb();
    const qint64 event = makeEvent(*db);
    AttendeeRepository people(*db);
    Attendee a;
    a.eventId = event;
    a.familyName = QStringLiteral("Đoàn");
    a.middleName = QStringLiteral("Thị");
    a.givenName = QStringLiteral("Hồng");
    const auto id = people.insert(a);
    REQUIRE(id);
    const QDateTime first(QDate(2021, 6, 18), QTime(7, 42, 5));
    const QDateTime second(QDate(2021, 6, 18), QTime(7, 42, 9));

    const auto won = people.checkIn(*id, first, QStringLiteral("Cửa Đông"));
    REQUIRE(won);
    CHECK(won->done);
    const auto late = people.checkIn(*id, second, QStringLiteral("Cửa Tây"));
    REQUIRE(late);
    CHECK_FALSE(late->done);
    CHECK(late->at == first);
    CHECK(late->desk == QStringLiteral("Cửa Đông"));
    CHECK(scalar(*db, QStringLiteral("SELECT checked_in_at FROM attendees WHERE id = ?"), { *id })
              .toString()
          == QStringLiteral("2021-06-18T07:42:05"));
    CHECK(scalar(*db, QStringLiteral("SELECT checked_in_desk FROM attendees WHERE id = ?"), { *id })
              .toString()
          == QStringLiteral("Cửa Đông"));

    // Taking back the other desk's check-in (another time, another desk) changes nothing.
    const auto notMine = people.clearCheckIn(*id, second, QStringLiteral("Cửa Tây"));
    REQUIRE(notMine);
    CHECK_FALSE(*notMine);
    CHECK(people.get(*id)->checkedInAt == first);
    const auto mine = people.clearCheckIn(*id, first, QStringLiteral("Cửa Đông"));
    REQUIRE(mine);
    CHECK(*mine);
    CHECK_FALSE(people.get(*id)->checkedInAt.isValid());
    CHECK(people.get(*id)->checkedInDesk.isEmpty());
}
