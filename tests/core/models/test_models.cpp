// Every table model passes QAbstractItemModelTester, and shows what the repositories hold.
#include "support/sessionsupport.h"
#include "support/testsupport.h"

#include "edit/commands.h"
#include "models/agendatablemodel.h"
#include "models/attendeetablemodel.h"
#include "models/questiontablemodel.h"
#include "models/simplemodels.h"
#include "models/statistics.h"
#include "services/sampleevent.h"
#include "session/session.h"
#include "storage/sqltable.h"
#include "text/vietnamese.h"

#include <QAbstractItemModelTester>

using namespace dd;
using testsupport::sampleSession;

namespace {

Attendee person(Session &s, const QString &name, const QString &unit, InvitationStatus status)
{
    Attendee a;
    a.eventId = s.eventId();
    const auto parts = text::splitFullName(name);
    a.familyName = parts.family;
    a.middleName = parts.middle;
    a.givenName = parts.given;
    a.unitId = s.units().findByName(unit)->id;
    a.status = status;
    return a;
}

int countSql(Session &s, const QString &sql)
{
    QSqlQuery q(s.database().connection());
    q.prepare(sql);
    q.addBindValue(s.eventId());
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("Every model passes the item model tester through edits, undo and reloads", "[models]")
{
    auto s = sampleSession();
    AttendeeTableModel attendees(s.get());
    AttendeeFilterModel filter;
    filter.setSourceModel(&attendees);
    QuestionTableModel questions(s.get());
    QuestionFilterModel questionFilter;
    questionFilter.setSourceModel(&questions);
    AgendaTableModel agenda(s.get());
    TaskTableModel tasks(s.get());
    UnitQuotaModel quotas(s.get());
    PlanSwitchModel switches(s.get());
    const auto mode = QAbstractItemModelTester::FailureReportingMode::Fatal;
    QAbstractItemModelTester t1(&attendees, mode), t2(&filter, mode), t3(&questions, mode),
        t4(&questionFilter, mode), t5(&agenda, mode), t6(&tasks, mode), t7(&quotas, mode),
        t8(&switches, mode);

    REQUIRE(attendees.rowCount() == 5);
    REQUIRE(agenda.rowCount() == 6);
    REQUIRE(tasks.rowCount() == 7);

    REQUIRE(s->push(commands::addAttendees(
        s.get(),
        { person(*s, QStringLiteral("Trần Văn Ánh"), QStringLiteral("Thị đoàn Hòa Thành"),
                 InvitationStatus::Invited) })));
    CHECK(attendees.rowCount() == 6);
    filter.setSearchText(QStringLiteral("anh"));
    CHECK(filter.rowCount() == 1);
    filter.setSearchText(QStringLiteral("hoa thanh"));
    CHECK(filter.rowCount() == 2); // the co-chair of Hòa Thành and Trần Văn Ánh
    filter.setSearchText({});
    filter.sort(AttendeeTableModel::NameColumn);
    s->undoStack()->undo();
    CHECK(attendees.rowCount() == 5);

    Question q;
    q.eventId = s->eventId();
    q.text = QStringLiteral("Đề nghị tổ chức thêm sân chơi cho con em công nhân.");
    REQUIRE(s->push(commands::addQuestions(s.get(), { q })));
    CHECK(questions.rowCount() == 1);
    questionFilter.setSearchText(QStringLiteral("san choi"));
    CHECK(questionFilter.rowCount() == 1);

    // In-place edits go through the undo stack.
    REQUIRE(agenda.setData(agenda.index(0, AgendaTableModel::DurationColumn), 15, Qt::EditRole));
    CHECK(s->agenda().list(s->eventId()).first().durationMinutes == 15);
    CHECK(s->undoStack()->undoText().contains(QStringLiteral("Tuyên bố lý do")));
    REQUIRE(
        tasks.setData(tasks.index(0, TaskTableModel::DoneColumn), Qt::Checked, Qt::CheckStateRole));
    CHECK(s->tasks().list(s->eventId()).first().done);
    s->undoStack()->undo();
    CHECK_FALSE(s->tasks().list(s->eventId()).first().done);

    REQUIRE(s->push(commands::switchPlan(s.get(), PlanKind::Online, QStringLiteral("Chỉ thị 15"))));
    CHECK(switches.rowCount() == 1);
    s->undoStack()->undo();
    CHECK(switches.rowCount() == 0);
}

TEST_CASE("The programme shows clock times from the active plan's start time", "[models]")
{
    auto s = sampleSession();
    auto plan = *s->events().plan(s->eventId(), PlanKind::InPerson);
    plan.startTime = QTime(8, 0);
    REQUIRE(s->events().savePlan(plan).ok());
    QList<AgendaItem> items = s->agenda().list(s->eventId());
    const int minutes[] = { 10, 20, 15, 90, 15, 5 };
    for (int i = 0; i < items.size(); ++i) {
        items[i].durationMinutes = minutes[i];
        REQUIRE(s->agenda().update(items[i]).ok());
    }
    // The documentary is shown only in the hall (read again: an update writes over the row's
    // version as it was read, and the one above moved it on).
    items[2] = *s->agenda().get(items[2].id);
    items[2].scope = PlanScope::InPersonOnly;
    REQUIRE(s->agenda().update(items[2]).ok());

    AgendaTableModel model(s.get());
    CHECK(model.index(0, AgendaTableModel::TimeColumn).data().toString()
          == QStringLiteral("08:00 – 08:10"));
    CHECK(model.index(3, AgendaTableModel::TimeColumn).data().toString()
          == QStringLiteral("08:45 – 10:15"));
    CHECK(model.totalMinutes() == 155);
    CHECK(model.endTime() == QTime(10, 35));

    // Changing one duration moves everything after it.
    REQUIRE(model.setData(model.index(1, AgendaTableModel::DurationColumn), 30, Qt::EditRole));
    CHECK(model.index(3, AgendaTableModel::TimeColumn).data().toString()
          == QStringLiteral("08:55 – 10:25"));

    // Online: the documentary takes no time and its row says so.
    auto online = *s->events().plan(s->eventId(), PlanKind::Online);
    online.startTime = QTime(14, 0);
    REQUIRE(s->events().savePlan(online).ok());
    REQUIRE(s->push(commands::switchPlan(s.get(), PlanKind::Online, QStringLiteral("Chỉ thị 15"))));
    CHECK(model.index(2, AgendaTableModel::TimeColumn).data().toString() != QString());
    CHECK(model.index(3, AgendaTableModel::TimeColumn).data().toString()
          == QStringLiteral("14:40 – 16:10"));
    CHECK(model.totalMinutes() == 150);
}

TEST_CASE("The quota figures equal counts made directly from the tables", "[models]")
{
    auto s = sampleSession();
    QList<Attendee> people;
    const QString unit = QStringLiteral("Huyện đoàn Dương Minh Châu");
    for (int i = 0; i < 26; ++i)
        people << person(*s, QStringLiteral("Lê Văn Người%1").arg(i), unit,
                         i < 3
                             ? InvitationStatus::Declined
                             : (i < 10 ? InvitationStatus::Confirmed : InvitationStatus::Invited));
    people[12].checkedInAt = QDateTime::currentDateTime();
    REQUIRE(s->push(commands::addAttendees(s.get(), people)));

    UnitQuotaModel model(s.get());
    const qint64 unitId = s->units().findByName(unit)->id;
    const int row = model.rowOf(unitId);
    REQUIRE(row >= 0);
    auto cell = [&](int column) {
        return model.index(row, column).data().toInt();
    };
    const QString where
        = QStringLiteral(" FROM attendees WHERE event_id = ? AND unit_id = %1").arg(unitId);
    CHECK(cell(UnitQuotaModel::QuotaColumn) == 22);
    CHECK(cell(UnitQuotaModel::CountedColumn)
          == countSql(*s,
                      QStringLiteral("SELECT count(*)") + where
                          + QStringLiteral(" AND role = 'delegate' AND invitation_status NOT IN "
                                           "('declined','replaced')")));
    // The quota counts the union's delegates: 26 − 3 declined; its co-chair is not one.
    CHECK(cell(UnitQuotaModel::CountedColumn) == 23);
    CHECK(cell(UnitQuotaModel::DeclinedColumn) == 3);
    CHECK(cell(UnitQuotaModel::ConfirmedColumn) == 7);
    CHECK(cell(UnitQuotaModel::CheckedInColumn) == 1);
    CHECK(model.figures().units.at(row).overQuota());

    // A branch of the union in the directory (as older imports made of companies) counts
    // against the union's quota.
    Unit branch;
    branch.name = QStringLiteral("Chi đoàn Công ty TNHH Giày Da Phước Minh");
    branch.kind = UnitKind::Branch;
    branch.parentId = unitId;
    const auto branchId = s->units().insert(branch);
    REQUIRE(branchId.ok());
    Attendee worker = person(*s, QStringLiteral("Võ Văn Thợ"), unit, InvitationStatus::Invited);
    worker.unitId = *branchId;
    REQUIRE(s->push(commands::addAttendees(s.get(), { worker })));
    model.reload();
    CHECK(cell(UnitQuotaModel::CountedColumn) == 24);

    // The warning on the overview names the unit, and disappears with a larger quota.
    auto hasQuotaWarning = [&] {
        for (const Warning &w : computeWarnings(*s, QDate(2021, 8, 1)))
            if (w.tab == Warning::Tab::Attendees && w.text.contains(unit)
                && w.text.contains(QStringLiteral("people for a quota of")))
                return true;
        return false;
    };
    CHECK(hasQuotaWarning());
    REQUIRE(model.setData(model.index(row, UnitQuotaModel::QuotaColumn), 30, Qt::EditRole));
    CHECK(cell(UnitQuotaModel::QuotaColumn) == 30);
    CHECK_FALSE(hasQuotaWarning());
    s->undoStack()->undo();
    CHECK(cell(UnitQuotaModel::QuotaColumn) == 22);
}
