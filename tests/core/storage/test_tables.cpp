// Each repository describes its table once (storage/sqltable.h): every reader and writer goes
// through that description. These tests write a record with every field set through each
// writer, read it back through each reader, and look at the stored columns by name with a
// plain query, so that a column bound or read in the wrong place shows.
#include "support/storesupport.h"
#include "support/testsupport.h"

#include "storage/attendeerepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/questionrepository.h"
#include "storage/unitrepository.h"
#include "text/vietnamese.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace dd;

namespace {

std::unique_ptr<Database> memoryDb()
{
    auto r = Database::open(testsupport::newStore());
    REQUIRE(r.database);
    return std::move(r.database);
}

// One stored row by column name, as another program would read it ("NULL" for NULL).
QMap<QString, QString> storedRow(Database &db, const QString &table, qint64 id)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table)));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    QMap<QString, QString> row;
    for (int c = 0; c < q.record().count(); ++c) {
        const QVariant v = q.value(c);
        row.insert(q.record().fieldName(c),
                   q.isNull(c) ? QStringLiteral("NULL")
                       : v.typeId() == QMetaType::QByteArray
                       ? QString::fromLatin1(v.toByteArray().toHex())
                       : v.toString());
    }
    return row;
}

// A person with every field set to a value of its own, written by hand.
Attendee everyField(qint64 eventId, qint64 unitId, qint64 replaces)
{
    Attendee a;
    a.eventId = eventId;
    a.familyName = QStringLiteral("  Đoàn ");
    a.middleName = QStringLiteral("Thị");
    a.givenName = QStringLiteral("Hồng");
    a.gender = Gender::Female;
    a.birthYear = 1994;
    a.position = QStringLiteral("Trưởng   Ban Tổ chức – Kiểm tra");
    a.unitId = unitId;
    a.phone = QStringLiteral(" 0276 3822 456 ");
    a.email = QStringLiteral("btckt@tinhdoantayninh.vn ");
    a.role = AttendeeRole::Staff;
    a.status = InvitationStatus::Confirmed;
    a.invitedOn = QDate(2021, 9, 20);
    a.respondedOn = QDate(2021, 9, 24);
    a.substituteForId = replaces;
    a.checkedInAt = QDateTime(QDate(2021, 10, 15), QTime(7, 45, 12));
    a.walkIn = true;
    a.reserve = true;
    a.note = QStringLiteral("Nhận ý kiến qua thư điện tử\n\nGọi trước 17 giờ");
    a.workplace = QStringLiteral(" Công ty TNHH   Giày Da Phước Minh ");
    a.checkedInDesk = QStringLiteral(" Bàn  2 ");
    return a;
}

// The same person as read back: tidied as the description says.
void requireEveryField(const Attendee &a, qint64 id, qint64 eventId, qint64 unitId, qint64 replaces)
{
    CHECK(a.id == id);
    CHECK(a.eventId == eventId);
    CHECK(a.familyName == QStringLiteral("Đoàn"));
    CHECK(a.middleName == QStringLiteral("Thị"));
    CHECK(a.givenName == QStringLiteral("Hồng"));
    CHECK(a.gender == Gender::Female);
    CHECK(a.birthYear == 1994);
    CHECK(a.position == QStringLiteral("Trưởng Ban Tổ chức – Kiểm tra"));
    CHECK(a.unitId == unitId);
    CHECK(a.phone == QStringLiteral("02763822456")); // stored as its digits (issue 14.6)
    CHECK(a.email == QStringLiteral("btckt@tinhdoantayninh.vn"));
    CHECK(a.role == AttendeeRole::Staff);
    CHECK(a.status == InvitationStatus::Confirmed);
    CHECK(a.invitedOn == QDate(2021, 9, 20));
    CHECK(a.respondedOn == QDate(2021, 9, 24));
    CHECK(a.substituteForId == replaces);
    CHECK(a.checkedInAt == QDateTime(QDate(2021, 10, 15), QTime(7, 45, 12)));
    CHECK(a.walkIn);
    CHECK(a.reserve);
    CHECK(a.note == QStringLiteral("Nhận ý kiến qua thư điện tử\n\nGọi trước 17 giờ"));
    CHECK(a.workplace == QStringLiteral("Công ty TNHH Giày Da Phước Minh"));
    CHECK(a.checkedInDesk == QStringLiteral("Bàn 2"));
    CHECK(a.nameSortKey
          == text::nameSortKey(QStringLiteral("Đoàn"), QStringLiteral("Thị"),
                               QStringLiteral("Hồng")));
}

// The stored columns of that person, by name, in the file's own words.
void requireStoredColumns(Database &db, qint64 id, qint64 eventId, qint64 unitId, qint64 replaces,
                          qint64 version = 1)
{
    const QMap<QString, QString> row = storedRow(db, QStringLiteral("attendees"), id);
    const QMap<QString, QString> expected {
        { QStringLiteral("id"), QString::number(id) },
        { QStringLiteral("event_id"), QString::number(eventId) },
        { QStringLiteral("family_name"), QStringLiteral("Đoàn") },
        { QStringLiteral("middle_name"), QStringLiteral("Thị") },
        { QStringLiteral("given_name"), QStringLiteral("Hồng") },
        { QStringLiteral("name_folded"), QStringLiteral("doan thi hong") },
        { QStringLiteral("name_sort_key"),
          QString::fromLatin1(text::nameSortKey(QStringLiteral("Đoàn"), QStringLiteral("Thị"),
                                                QStringLiteral("Hồng"))
                                  .toHex()) },
        { QStringLiteral("search_folded"),
          QStringLiteral("doan thi hong truong ban to chuc – kiem tra cong ty tnhh giay da "
                         "phuoc minh btckt@tinhdoantayninh.vn 02763822456") },
        { QStringLiteral("gender"), QStringLiteral("female") },
        { QStringLiteral("birth_year"), QStringLiteral("1994") },
        { QStringLiteral("position"), QStringLiteral("Trưởng Ban Tổ chức – Kiểm tra") },
        { QStringLiteral("unit_id"), unitId ? QString::number(unitId) : QStringLiteral("NULL") },
        { QStringLiteral("phone"), QStringLiteral("02763822456") },
        { QStringLiteral("email"), QStringLiteral("btckt@tinhdoantayninh.vn") },
        { QStringLiteral("role"), QStringLiteral("staff") },
        { QStringLiteral("invitation_status"), QStringLiteral("confirmed") },
        { QStringLiteral("invited_on"), QStringLiteral("2021-09-20") },
        { QStringLiteral("responded_on"), QStringLiteral("2021-09-24") },
        { QStringLiteral("substitute_for_id"),
          replaces ? QString::number(replaces) : QStringLiteral("NULL") },
        { QStringLiteral("checked_in_at"), QStringLiteral("2021-10-15T07:45:12") },
        { QStringLiteral("walk_in"), QStringLiteral("1") },
        { QStringLiteral("note"),
          QStringLiteral("Nhận ý kiến qua thư điện tử\n\nGọi trước 17 giờ") },
        { QStringLiteral("workplace"), QStringLiteral("Công ty TNHH Giày Da Phước Minh") },
        { QStringLiteral("checked_in_desk"), QStringLiteral("Bàn 2") },
        { QStringLiteral("row_version"), QString::number(version) },
        { QStringLiteral("reserve"), QStringLiteral("1") },
    };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        INFO("column " << it.key().toStdString());
        REQUIRE(row.contains(it.key()));
        CHECK(row.value(it.key()) == it.value());
    }
    CHECK(row.size() == expected.size()); // no column left out of this table
}

} // namespace

TEST_CASE("attendees: every column is written and read in its place by every writer and reader",
          "[stores][repo][attendee][table]")
{
    auto db = memoryDb();
    Event e;
    e.title = QStringLiteral("Đối thoại 2021");
    const auto eventId = EventRepository(*db).insert(e);
    REQUIRE(eventId);
    Unit u;
    u.name = QStringLiteral("Văn phòng Tỉnh đoàn");
    const auto unitId = UnitRepository(*db).insert(u);
    REQUIRE(unitId);
    AttendeeRepository people(*db);
    Attendee replaced;
    replaced.eventId = *eventId;
    replaced.familyName = QStringLiteral("Lê");
    replaced.givenName = QStringLiteral("Tám");
    const auto replacedId = people.insert(replaced);
    REQUIRE(replacedId);

    auto readEveryWay = [&](qint64 id, qint64 unit, qint64 replaces, qint64 version = 1) {
        requireStoredColumns(*db, id, *eventId, unit, replaces, version);
        const auto got = people.get(id);
        REQUIRE(got);
        requireEveryField(*got, id, *eventId, unit, replaces);
        bool listed = false;
        for (const Attendee &a : people.list(*eventId)) {
            if (a.id == id) {
                requireEveryField(a, id, *eventId, unit, replaces);
                listed = true;
            }
        }
        CHECK(listed);
        AttendeeRepository::Reader reader = people.read(*eventId);
        Attendee a;
        int streamed = 0;
        while (reader.next(a)) {
            if (a.id == id) {
                requireEveryField(a, id, *eventId, unit, replaces);
                ++streamed;
            }
        }
        CHECK(reader.error().isEmpty());
        CHECK(streamed == 1);
    };

    SECTION("one insert, then an update that changes every field back and forth")
    {
        const auto id = people.insert(everyField(*eventId, *unitId, *replacedId));
        REQUIRE(id);
        readEveryWay(*id, *unitId, *replacedId);

        // Each update writes over the version it read: 1 from the insert, then 2.
        Attendee other = replaced;
        other.id = *id;
        other.rowVersion = 1;
        REQUIRE(people.update(other));
        const auto changed = people.get(*id);
        REQUIRE(changed);
        CHECK(changed->familyName == QStringLiteral("Lê"));
        CHECK(changed->unitId == 0);
        CHECK(changed->substituteForId == 0);
        CHECK_FALSE(changed->invitedOn.isValid());
        CHECK_FALSE(changed->checkedInAt.isValid());
        CHECK(changed->gender == Gender::Unknown);
        CHECK(changed->status == InvitationStatus::NotInvited);
        CHECK_FALSE(changed->walkIn);
        CHECK_FALSE(changed->reserve);

        Attendee back = everyField(*eventId, 0, 0);
        back.id = *id;
        back.rowVersion = 2;
        REQUIRE(people.update(back));
        readEveryWay(*id, 0, 0, 3);
    }
    SECTION("a bulk insert of many rows, the person among them")
    {
        QList<Attendee> rows;
        for (int i = 0; i < 40; ++i) { // more than one statement's worth of rows
            Attendee filler;
            filler.eventId = *eventId;
            filler.familyName = QStringLiteral("Nguyễn");
            filler.givenName = QStringLiteral("Người %1").arg(i);
            rows << filler;
        }
        rows.insert(33, everyField(*eventId, *unitId, *replacedId));
        Transaction t(*db);
        const auto ids = people.insertMany(rows);
        REQUIRE(ids);
        REQUIRE(ids->size() == 41);
        REQUIRE(t.commit());
        readEveryWay(ids->at(33), *unitId, *replacedId);
        CHECK(ids->first() == *replacedId + 1);
        CHECK(ids->last() == *replacedId + 41);
    }
}

TEST_CASE("events, units and questions: the stored columns by name", "[stores][repo][table]")
{
    auto db = memoryDb();
    Event e;
    e.title = QStringLiteral(" Gặp gỡ, đối thoại  năm 2021 ");
    e.organiser = QStringLiteral("Ban Thường vụ Tỉnh đoàn Tây Ninh");
    e.plannedYear = 2021;
    e.plannedMonth = 10;
    e.date = QDate(2021, 10, 15);
    e.latestEndTime = QTime(11, 30);
    e.activePlan = PlanKind::Online;
    e.questionDeadline = QDate(2021, 8, 30);
    e.minQuestionsPerHost = 5;
    e.intakeEmail = QStringLiteral(" btckt@tinhdoantayninh.vn");
    e.personalDataErasedAt = QDateTime(QDate(2021, 11, 2), QTime(16, 30));
    const auto eventId = EventRepository(*db).insert(e);
    REQUIRE(eventId);
    const QMap<QString, QString> event = storedRow(*db, QStringLiteral("events"), *eventId);
    CHECK(event.value(QStringLiteral("title")) == QStringLiteral("Gặp gỡ, đối thoại năm 2021"));
    CHECK(event.value(QStringLiteral("title_folded"))
          == QStringLiteral("gap go, doi thoai nam 2021"));
    CHECK(event.value(QStringLiteral("organiser"))
          == QStringLiteral("Ban Thường vụ Tỉnh đoàn Tây Ninh"));
    CHECK(event.value(QStringLiteral("planned_year")) == QStringLiteral("2021"));
    CHECK(event.value(QStringLiteral("planned_month")) == QStringLiteral("10"));
    CHECK(event.value(QStringLiteral("event_date")) == QStringLiteral("2021-10-15"));
    CHECK(event.value(QStringLiteral("latest_end_time")) == QStringLiteral("11:30"));
    CHECK(event.value(QStringLiteral("active_plan")) == QStringLiteral("online"));
    CHECK(event.value(QStringLiteral("question_deadline")) == QStringLiteral("2021-08-30"));
    CHECK(event.value(QStringLiteral("min_questions_per_host")) == QStringLiteral("5"));
    CHECK(event.value(QStringLiteral("intake_email"))
          == QStringLiteral("btckt@tinhdoantayninh.vn"));
    CHECK(event.value(QStringLiteral("scheme_ref")) == QString());
    CHECK(event.value(QStringLiteral("personal_data_erased_at"))
          == QStringLiteral("2021-11-02T16:30:00"));
    CHECK(EventRepository(*db).get(*eventId)->personalDataErasedAt
          == QDateTime(QDate(2021, 11, 2), QTime(16, 30)));

    Unit u;
    u.name = QStringLiteral("Thị đoàn Hòa Thành");
    u.shortName = QStringLiteral("Hòa Thành");
    u.kind = UnitKind::District;
    u.email = QStringLiteral("thidoanhoathanh@gmail.com ");
    u.contactPerson = QStringLiteral("Bí thư Thị đoàn");
    u.phone = QStringLiteral("0276 3841 234");
    const auto unitId = UnitRepository(*db).insert(u);
    REQUIRE(unitId);
    const QMap<QString, QString> unit = storedRow(*db, QStringLiteral("units"), *unitId);
    CHECK(unit
          == QMap<QString, QString> {
              { QStringLiteral("id"), QString::number(*unitId) },
              { QStringLiteral("name"), QStringLiteral("Thị đoàn Hòa Thành") },
              { QStringLiteral("name_folded"), QStringLiteral("thi doan hoa thanh hoa thanh") },
              { QStringLiteral("short_name"), QStringLiteral("Hòa Thành") },
              { QStringLiteral("kind"), QStringLiteral("district") },
              { QStringLiteral("parent_id"), QStringLiteral("NULL") },
              { QStringLiteral("email"), QStringLiteral("thidoanhoathanh@gmail.com") },
              { QStringLiteral("contact_person"), QStringLiteral("Bí thư Thị đoàn") },
              { QStringLiteral("phone"), QStringLiteral("02763841234") },
              { QStringLiteral("row_version"), QStringLiteral("1") },
          });

    Question q;
    q.eventId = *eventId;
    q.unitId = *unitId;
    q.submitter = QStringLiteral("Chi đoàn Công ty TNHH Giày Da Phước Minh");
    q.kind = QuestionKind::Recommendation;
    q.text = QStringLiteral("Đề nghị hỗ trợ nhà ở cho công nhân trẻ.");
    q.receivedOn = QDate(2021, 8, 25);
    q.channel = QuestionChannel::HandedIn;
    q.status = QuestionStatus::Forwarded;
    q.forwardedToUnitId = *unitId;
    q.forwardedOn = QDate(2021, 9, 1);
    q.runningOrder = 3;
    q.note = QStringLiteral("Lĩnh vực: Nhà ở; hỏi lại");
    const auto questionId = QuestionRepository(*db).insert(q);
    REQUIRE(questionId);
    const QMap<QString, QString> question
        = storedRow(*db, QStringLiteral("questions"), *questionId);
    CHECK(question
          == QMap<QString, QString> {
              { QStringLiteral("id"), QString::number(*questionId) },
              { QStringLiteral("event_id"), QString::number(*eventId) },
              { QStringLiteral("unit_id"), QString::number(*unitId) },
              { QStringLiteral("submitter"),
                QStringLiteral("Chi đoàn Công ty TNHH Giày Da Phước Minh") },
              { QStringLiteral("submitter_attendee_id"), QStringLiteral("NULL") },
              { QStringLiteral("kind"), QStringLiteral("recommendation") },
              { QStringLiteral("topic_id"), QStringLiteral("NULL") },
              { QStringLiteral("text"), QStringLiteral("Đề nghị hỗ trợ nhà ở cho công nhân trẻ.") },
              { QStringLiteral("text_folded"),
                QStringLiteral("de nghi ho tro nha o cho cong nhan tre.") },
              { QStringLiteral("received_on"), QStringLiteral("2021-08-25") },
              { QStringLiteral("channel"), QStringLiteral("handed_in") },
              { QStringLiteral("status"), QStringLiteral("forwarded") },
              { QStringLiteral("forwarded_to_unit_id"), QString::number(*unitId) },
              { QStringLiteral("forwarded_on"), QStringLiteral("2021-09-01") },
              { QStringLiteral("answer"), QString() },
              { QStringLiteral("answered_by"), QString() },
              { QStringLiteral("answered_at"), QStringLiteral("NULL") },
              { QStringLiteral("duplicate_of_id"), QStringLiteral("NULL") },
              { QStringLiteral("running_order"), QStringLiteral("3") },
              { QStringLiteral("row_version"), QStringLiteral("1") },
              { QStringLiteral("note"), QStringLiteral("Lĩnh vực: Nhà ở; hỏi lại") },
          });
}
