#include "support/sessionsupport.h"
#include "support/testsupport.h"

#include "edit/commands.h"
#include "services/sampleevent.h"
#include "session/session.h"
#include "text/vietnamese.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace dd;
using testsupport::person;
using testsupport::sampleSession;

// Every edit goes through Session::push and the QUndoStack; undo and redo must put the
// database back exactly, with the same ids, including the rows that pointed at removed rows.

namespace {

int count(Session &s, const char *table)
{
    QSqlQuery q(s.database().connection());
    REQUIRE(q.prepare(
        QStringLiteral("SELECT count(*) FROM %1 WHERE event_id = ?").arg(QLatin1String(table))));
    q.addBindValue(s.eventId());
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// Adds through the stack and returns the new row's id.
qint64 addPerson(Session &s, const Attendee &a)
{
    const QList<qint64> before = [&] {
        QList<qint64> ids;
        for (const Attendee &x : s.attendees().list(s.eventId()))
            ids << x.id;
        return ids;
    }();
    REQUIRE(s.push(commands::addAttendees(&s, { a })));
    for (const Attendee &x : s.attendees().list(s.eventId()))
        if (!before.contains(x.id))
            return x.id;
    FAIL("the attendee was not added");
    return 0;
}

qint64 addQuestion(Session &s, const QString &text, qint64 topic = 0, qint64 duplicateOf = 0)
{
    Question q;
    q.eventId = s.eventId();
    q.text = text;
    q.topicId = topic;
    q.duplicateOfId = duplicateOf;
    if (duplicateOf)
        q.status = QuestionStatus::Merged;
    auto id = s.questions().insert(q);
    REQUIRE(id);
    return *id;
}

std::optional<Unit> unitNamed(Session &s, const QString &name)
{
    for (const Unit &u : s.units().list())
        if (u.name == name)
            return u;
    return std::nullopt;
}

} // namespace

TEST_CASE("undo: add an attendee, undo, redo with the same id", "[stores][undo][attendee]")
{
    auto s = sampleSession();
    QUndoStack *stack = s->undoStack();
    Attendee a = person(*s, QStringLiteral("Nguyễn Thị Ánh Hồng"));
    a.position = QStringLiteral("Bí thư Chi đoàn Công ty TNHH ABC");
    a.phone = QStringLiteral("0912345678");
    a.birthYear = 1996;
    const int before = s->attendees().count(s->eventId());
    const qint64 id = addPerson(*s, a);
    CHECK(stack->count() == 1);
    CHECK(stack->undoText().contains(QStringLiteral("Nguyễn Thị Ánh Hồng")));
    CHECK(s->attendees().count(s->eventId()) == before + 1);

    stack->undo();
    CHECK_FALSE(s->attendees().get(id));
    CHECK(s->attendees().count(s->eventId()) == before);
    CHECK(stack->redoText().contains(QStringLiteral("Nguyễn Thị Ánh Hồng")));

    stack->redo();
    auto back = s->attendees().get(id);
    REQUIRE(back);
    CHECK(back->fullName() == QStringLiteral("Nguyễn Thị Ánh Hồng"));
    CHECK(back->position == a.position);
    CHECK(back->birthYear == 1996);
    CHECK(s->attendees().count(s->eventId()) == before + 1);
}

TEST_CASE("undo: several attendees are one step", "[stores][undo][attendee]")
{
    auto s = sampleSession();
    QList<Attendee> rows;
    for (const char *name : { "Trần Văn An", "Lê Thị Bình", "Phạm Đức" })
        rows << person(*s, QString::fromUtf8(name));
    const int before = s->attendees().count(s->eventId());
    REQUIRE(s->push(commands::addAttendees(s.get(), rows, QStringLiteral("nhập 3 đại biểu"))));
    CHECK(s->undoStack()->undoText() == QStringLiteral("nhập 3 đại biểu"));
    CHECK(s->attendees().count(s->eventId()) == before + 3);
    s->undoStack()->undo();
    CHECK(s->attendees().count(s->eventId()) == before);
    s->undoStack()->redo();
    CHECK(s->attendees().count(s->eventId()) == before + 3);
}

TEST_CASE("undo: edit an attendee puts the old values back", "[stores][undo][attendee]")
{
    auto s = sampleSession();
    Attendee a = person(*s, QStringLiteral("Võ Văn Ăn"));
    a.position = QStringLiteral("Phó Bí thư");
    a.phone = QStringLiteral("0912000111");
    const qint64 id = addPerson(*s, a);

    Attendee edited = s->attendees().get(id).value();
    edited.position = QStringLiteral("Bí thư");
    edited.status = InvitationStatus::Confirmed;
    edited.givenName = QStringLiteral("Ân");
    REQUIRE(s->push(commands::editAttendees(s.get(), { edited })));
    CHECK(s->undoStack()->count() == 2);
    CHECK(s->undoStack()->undoText().contains(QStringLiteral("Võ Văn Ân")));
    CHECK(s->attendees().get(id)->position == QStringLiteral("Bí thư"));

    s->undoStack()->undo();
    auto old = s->attendees().get(id);
    REQUIRE(old);
    CHECK(old->position == QStringLiteral("Phó Bí thư"));
    CHECK(old->givenName == QStringLiteral("Ăn"));
    CHECK(old->status == InvitationStatus::NotInvited);
    CHECK(old->phone == QStringLiteral("0912000111"));

    s->undoStack()->redo();
    CHECK(s->attendees().get(id)->position == QStringLiteral("Bí thư"));
    CHECK(s->attendees().get(id)->givenName == QStringLiteral("Ân"));
}

TEST_CASE("undo: removing a person restores them and the rows that pointed at them",
          "[stores][undo][attendee][dependents]")
{
    auto s = sampleSession();
    Attendee invited = person(*s, QStringLiteral("Nguyễn Văn An"));
    invited.status = InvitationStatus::Replaced;
    invited.position = QStringLiteral("Bí thư Chi đoàn");
    const qint64 original = addPerson(*s, invited);
    Attendee sub = person(*s, QStringLiteral("Lê Thị Bình"));
    sub.substituteForId = original;
    const qint64 substitute = addPerson(*s, sub);
    Question q;
    q.eventId = s->eventId();
    q.text = QStringLiteral("Đề nghị tổ chức thêm sân chơi cho công nhân.");
    q.submitterAttendeeId = original;
    const qint64 question = s->questions().insert(q).value();
    const int people = s->attendees().count(s->eventId());

    REQUIRE(s->push(commands::removeAttendees(s.get(), { original })));
    CHECK(s->undoStack()->undoText().contains(QStringLiteral("Nguyễn Văn An")));
    CHECK_FALSE(s->attendees().get(original));
    CHECK(s->attendees().get(substitute)->substituteForId == 0);
    CHECK(s->questions().get(question)->submitterAttendeeId == 0);
    CHECK(s->attendees().count(s->eventId()) == people - 1);

    s->undoStack()->undo();
    auto back = s->attendees().get(original);
    REQUIRE(back);
    CHECK(back->fullName() == QStringLiteral("Nguyễn Văn An"));
    CHECK(back->status == InvitationStatus::Replaced);
    CHECK(back->position == QStringLiteral("Bí thư Chi đoàn"));
    CHECK(s->attendees().get(substitute)->substituteForId == original);
    CHECK(s->questions().get(question)->submitterAttendeeId == original);
    CHECK(s->attendees().count(s->eventId()) == people);

    s->undoStack()->redo();
    CHECK_FALSE(s->attendees().get(original));
    CHECK(s->attendees().get(substitute)->substituteForId == 0);
    CHECK(s->questions().get(question)->submitterAttendeeId == 0);

    s->undoStack()->undo();
    CHECK(s->attendees().get(substitute)->substituteForId == original);
}

TEST_CASE("undo: removing a person together with their substitute restores both",
          "[stores][undo][attendee][dependents]")
{
    auto s = sampleSession();
    const qint64 original = addPerson(*s, person(*s, QStringLiteral("Nguyễn Văn An")));
    Attendee sub = person(*s, QStringLiteral("Lê Thị Bình"));
    sub.substituteForId = original;
    const qint64 substitute = addPerson(*s, sub);
    const int people = s->attendees().count(s->eventId());

    // The order a selection comes in must not matter: the substitute first.
    REQUIRE(s->push(commands::removeAttendees(s.get(), { substitute, original })));
    CHECK(s->attendees().count(s->eventId()) == people - 2);
    s->undoStack()->undo();
    CHECK(s->attendees().count(s->eventId()) == people);
    REQUIRE(s->attendees().get(original));
    REQUIRE(s->attendees().get(substitute));
    CHECK(s->attendees().get(substitute)->substituteForId == original);
}

TEST_CASE("undo: removing a question restores the questions merged into it",
          "[stores][undo][question][dependents]")
{
    auto s = sampleSession();
    const qint64 main = addQuestion(*s, QStringLiteral("Công nhân phải tăng ca quá nhiều."));
    const qint64 merged = addQuestion(
        *s, QStringLiteral("Tăng ca kéo dài, không có thời gian sinh hoạt."), 0, main);
    const qint64 unrelated = addQuestion(*s, QStringLiteral("Nhà trọ cho công nhân."));

    REQUIRE(s->push(commands::removeQuestions(s.get(), { main })));
    CHECK_FALSE(s->questions().get(main));
    CHECK(s->questions().get(merged)->duplicateOfId == 0);
    CHECK(s->questions().search(s->eventId(), QStringLiteral("qua nhieu")).isEmpty());

    s->undoStack()->undo();
    REQUIRE(s->questions().get(main));
    CHECK(s->questions().get(main)->text == QStringLiteral("Công nhân phải tăng ca quá nhiều."));
    CHECK(s->questions().get(merged)->duplicateOfId == main);
    CHECK(s->questions().get(merged)->status == QuestionStatus::Merged);
    CHECK(s->questions().get(unrelated)->duplicateOfId == 0);
    CHECK(s->questions().search(s->eventId(), QStringLiteral("qua nhieu"))
          == QList<qint64> { main });

    s->undoStack()->redo();
    CHECK_FALSE(s->questions().get(main));
    CHECK(s->questions().get(merged)->duplicateOfId == 0);
}

TEST_CASE("undo: removing a question and the one merged into it, in any order",
          "[stores][undo][question][dependents]")
{
    auto s = sampleSession();
    const qint64 main = addQuestion(*s, QStringLiteral("Công nhân phải tăng ca quá nhiều."));
    const qint64 merged = addQuestion(*s, QStringLiteral("Tăng ca kéo dài."), 0, main);
    REQUIRE(s->push(commands::removeQuestions(s.get(), { merged, main })));
    CHECK(s->questions().list(s->eventId()).isEmpty());
    s->undoStack()->undo();
    REQUIRE(s->questions().get(main));
    REQUIRE(s->questions().get(merged));
    CHECK(s->questions().get(merged)->duplicateOfId == main);
}

TEST_CASE("undo: removing a topic gives its questions their topic back",
          "[stores][undo][topic][dependents]")
{
    auto s = sampleSession();
    const auto topics = s->questions().topics(s->eventId());
    REQUIRE(topics.size() == 4);
    const Topic life = topics.at(2);
    const qint64 q1 = addQuestion(*s, QStringLiteral("Nhà trọ cho công nhân."), life.id);
    const qint64 q2 = addQuestion(*s, QStringLiteral("Sân chơi cho con công nhân."), life.id);
    const qint64 other = addQuestion(*s, QStringLiteral("Cách làm hay."), topics.at(3).id);

    REQUIRE(s->push(commands::removeTopic(s.get(), life.id)));
    CHECK(s->questions().topics(s->eventId()).size() == 3);
    CHECK(s->questions().get(q1)->topicId == 0);
    CHECK(s->questions().get(q2)->topicId == 0);
    CHECK(s->questions().get(other)->topicId == topics.at(3).id);

    s->undoStack()->undo();
    const auto restored = s->questions().topics(s->eventId());
    REQUIRE(restored.size() == 4);
    CHECK(restored.at(2).id == life.id);
    CHECK(restored.at(2).title == life.title);
    CHECK(s->questions().get(q1)->topicId == life.id);
    CHECK(s->questions().get(q2)->topicId == life.id);

    s->undoStack()->redo();
    CHECK(s->questions().get(q1)->topicId == 0);
}

TEST_CASE("undo: topics, programme items and tasks: add, edit, remove",
          "[stores][undo][agenda][task][topic]")
{
    auto s = sampleSession();
    QUndoStack *stack = s->undoStack();

    SECTION("topic")
    {
        Topic t { 0, s->eventId(), 5, QStringLiteral("Nhà ở cho công nhân") };
        REQUIRE(s->push(commands::addTopic(s.get(), t)));
        auto topics = s->questions().topics(s->eventId());
        REQUIRE(topics.size() == 5);
        const qint64 id = topics.last().id;
        stack->undo();
        CHECK(s->questions().topics(s->eventId()).size() == 4);
        stack->redo();
        CHECK(s->questions().topics(s->eventId()).last().id == id);

        Topic edited = s->questions().topics(s->eventId()).last();
        edited.title = QStringLiteral("Nhà ở xã hội");
        REQUIRE(s->push(commands::editTopic(s.get(), edited)));
        CHECK(s->questions().topics(s->eventId()).last().title == QStringLiteral("Nhà ở xã hội"));
        stack->undo();
        CHECK(s->questions().topics(s->eventId()).last().title
              == QStringLiteral("Nhà ở cho công nhân"));
    }
    SECTION("programme item")
    {
        const auto items = s->agenda().list(s->eventId());
        REQUIRE(items.size() == 6);
        AgendaItem extra;
        extra.eventId = s->eventId();
        extra.position = 7;
        extra.title = QStringLiteral("Chụp ảnh lưu niệm");
        REQUIRE(s->push(commands::addAgendaItem(s.get(), extra)));
        CHECK(stack->undoText().contains(QStringLiteral("Chụp ảnh lưu niệm")));
        const qint64 id = s->agenda().list(s->eventId()).last().id;
        stack->undo();
        CHECK(s->agenda().list(s->eventId()).size() == 6);
        stack->redo();
        CHECK(s->agenda().get(id).value().title == QStringLiteral("Chụp ảnh lưu niệm"));

        AgendaItem keynote = items.at(1);
        keynote.presenter = QStringLiteral("Đại diện Ban Thường vụ");
        keynote.durationMinutes = 15;
        REQUIRE(s->push(commands::editAgendaItem(s.get(), keynote)));
        CHECK(s->agenda().get(keynote.id)->durationMinutes == 15);
        stack->undo();
        CHECK(s->agenda().get(keynote.id)->durationMinutes == items.at(1).durationMinutes);
        CHECK(s->agenda().get(keynote.id)->presenter == items.at(1).presenter);

        REQUIRE(s->push(commands::removeAgendaItems(s.get(), { items.at(2).id })));
        CHECK(s->agenda().list(s->eventId()).size() == 6);
        stack->undo();
        const auto after = s->agenda().list(s->eventId());
        REQUIRE(after.size() == 7);
        CHECK(after.at(2).id == items.at(2).id);
        CHECK(after.at(2).title == items.at(2).title);
    }
    SECTION("task")
    {
        const auto tasks = s->tasks().list(s->eventId());
        REQUIRE(tasks.size() == 7);
        Task done = tasks.at(2);
        done.done = true;
        REQUIRE(s->push(commands::editTask(s.get(), done)));
        CHECK(s->tasks().get(done.id)->done);
        stack->undo();
        CHECK_FALSE(s->tasks().get(done.id)->done);

        REQUIRE(s->push(commands::removeTasks(s.get(), { tasks.at(0).id, tasks.at(1).id })));
        CHECK(s->tasks().list(s->eventId()).size() == 5);
        stack->undo();
        CHECK(s->tasks().list(s->eventId()).size() == 7);
        CHECK(s->tasks().get(tasks.at(0).id)->description == tasks.at(0).description);
        CHECK(s->tasks().get(tasks.at(1).id)->ownerUnitId == tasks.at(1).ownerUnitId);

        Task t;
        t.eventId = s->eventId();
        t.position = 8;
        t.description = QStringLiteral("Gửi giấy mời cơ quan báo chí");
        REQUIRE(s->push(commands::addTask(s.get(), t)));
        CHECK(s->tasks().list(s->eventId()).size() == 8);
        stack->undo();
        CHECK(s->tasks().list(s->eventId()).size() == 7);
    }
}

TEST_CASE("undo: units and quotas", "[stores][undo][unit]")
{
    auto s = sampleSession();
    QUndoStack *stack = s->undoStack();

    SECTION("add a unit with its part in the event")
    {
        Unit press;
        press.name = QStringLiteral("Báo Thanh Niên");
        press.kind = UnitKind::Press;
        EventUnit part { s->eventId(), 0, UnitRole::Press, 2, {} };
        REQUIRE(s->push(commands::addUnit(s.get(), press, part)));
        CHECK(stack->undoText().contains(QStringLiteral("Báo Thanh Niên")));
        auto added = unitNamed(*s, QStringLiteral("Báo Thanh Niên"));
        REQUIRE(added);
        CHECK(s->units().eventUnit(s->eventId(), added->id).value().quota == 2);

        stack->undo();
        CHECK_FALSE(unitNamed(*s, QStringLiteral("Báo Thanh Niên")));
        CHECK_FALSE(s->units().eventUnit(s->eventId(), added->id));
        stack->redo();
        auto again = unitNamed(*s, QStringLiteral("Báo Thanh Niên"));
        REQUIRE(again);
        CHECK(again->id == added->id);
        CHECK(s->units().eventUnit(s->eventId(), added->id).value().role == UnitRole::Press);

        Unit renamed = *again;
        renamed.name = QStringLiteral("Báo Thanh Niên điện tử");
        REQUIRE(s->push(commands::editUnit(s.get(), renamed)));
        CHECK(s->units().get(added->id)->name == renamed.name);
        stack->undo();
        CHECK(s->units().get(added->id)->name == QStringLiteral("Báo Thanh Niên"));

        // An unused unit can be deleted; undo brings back the unit and its part.
        QString why;
        QUndoCommand *remove = commands::removeUnit(s.get(), added->id, &why);
        REQUIRE(remove);
        REQUIRE(s->push(remove));
        CHECK_FALSE(s->units().get(added->id));
        stack->undo();
        CHECK(s->units().get(added->id));
        CHECK(s->units().eventUnit(s->eventId(), added->id).value().quota == 2);
    }
    SECTION("a unit still in use cannot be deleted")
    {
        const auto dmc = unitNamed(*s, QStringLiteral("Huyện đoàn Dương Minh Châu"));
        REQUIRE(dmc);
        QString why;
        CHECK(commands::removeUnit(s.get(), dmc->id, &why) == nullptr);
        CHECK(why.contains(QStringLiteral("Huyện đoàn Dương Minh Châu")));
        CHECK(s->units().get(dmc->id));
    }
    SECTION("set a quota")
    {
        const auto dmc = unitNamed(*s, QStringLiteral("Huyện đoàn Dương Minh Châu"));
        REQUIRE(dmc);
        REQUIRE(s->push(commands::setQuota(s.get(), dmc->id, 30)));
        CHECK(stack->undoText().contains(QStringLiteral("Huyện đoàn Dương Minh Châu")));
        CHECK(stack->undoText().contains(QStringLiteral("30")));
        CHECK(s->units().eventUnit(s->eventId(), dmc->id)->quota == 30);
        CHECK(s->units().eventUnit(s->eventId(), dmc->id)->role == UnitRole::Host);
        stack->undo();
        CHECK(s->units().eventUnit(s->eventId(), dmc->id)->quota == 22);
        stack->redo();
        CHECK(s->units().eventUnit(s->eventId(), dmc->id)->quota == 30);
    }
    SECTION("a quota for a unit not yet in the event adds it; undo takes it out")
    {
        Unit u;
        u.name = QStringLiteral("Đoàn Khối các cơ quan tỉnh");
        u.kind = UnitKind::Affiliated;
        const qint64 id = s->units().insert(u).value();
        REQUIRE(s->push(commands::setQuota(s.get(), id, 3)));
        CHECK(s->units().eventUnit(s->eventId(), id).value().quota == 3);
        stack->undo();
        CHECK_FALSE(s->units().eventUnit(s->eventId(), id));
    }
}

TEST_CASE("undo: edit the event", "[stores][undo][event]")
{
    auto s = sampleSession();
    Event e = s->event().value();
    e.date = QDate(2021, 10, 20);
    e.plannedMonth = 11;
    REQUIRE(s->push(commands::editEvent(s.get(), e)));
    CHECK(s->event()->date == QDate(2021, 10, 20));
    s->undoStack()->undo();
    CHECK_FALSE(s->event()->date.isValid());
    CHECK(s->event()->plannedMonth == 10);
}

TEST_CASE("switching plans is logged, undoable and never loses rows", "[stores][undo][plan]")
{
    auto s = sampleSession();
    QUndoStack *stack = s->undoStack();
    // Give the event questions so that "nothing is lost" covers them too.
    addQuestion(*s, QStringLiteral("Tăng ca."));
    addQuestion(*s, QStringLiteral("Nhà trọ."));
    const char *tables[]
        = { "attendees", "agenda_items", "questions", "topics", "tasks", "event_units", "plans" };
    QMap<QString, int> counts;
    for (const char *t : tables)
        counts.insert(QLatin1String(t), count(*s, t));
    auto checkCounts = [&] {
        for (const char *t : tables) {
            INFO(t);
            CHECK(count(*s, t) == counts.value(QLatin1String(t)));
        }
    };

    REQUIRE(s->activePlan() == PlanKind::InPerson);
    const QString reason = QStringLiteral("Tỉnh áp dụng Chỉ thị 15/CT-TTg");
    const QDateTime when(QDate(2021, 9, 1), QTime(14, 30));
    REQUIRE(s->push(commands::switchPlan(s.get(), PlanKind::Online, reason, when)));
    CHECK(stack->undoText()
          == QCoreApplication::translate("Commands", "switch to the online plan"));
    CHECK(s->activePlan() == PlanKind::Online);
    auto log = s->events().switches(s->eventId());
    REQUIRE(log.size() == 1);
    CHECK(log.first().from == PlanKind::InPerson);
    CHECK(log.first().to == PlanKind::Online);
    CHECK(log.first().reason == reason);
    CHECK(log.first().switchedAt == when);
    const qint64 logId = log.first().id;
    checkCounts();

    stack->undo();
    CHECK(s->activePlan() == PlanKind::InPerson);
    CHECK(s->events().switches(s->eventId()).isEmpty());
    checkCounts();

    stack->redo();
    CHECK(s->activePlan() == PlanKind::Online);
    log = s->events().switches(s->eventId());
    REQUIRE(log.size() == 1);
    CHECK(log.first().id == logId);
    CHECK(log.first().reason == reason);
    CHECK(log.first().switchedAt == when);
    checkCounts();

    // And back again: two entries in the log, still every row.
    REQUIRE(s->push(commands::switchPlan(s.get(), PlanKind::InPerson,
                                         QStringLiteral("Dịch bệnh ổn định"),
                                         QDateTime(QDate(2021, 9, 20), QTime(9, 0)))));
    CHECK(stack->undoText()
          == QCoreApplication::translate("Commands", "switch to the in-person plan"));
    CHECK(s->activePlan() == PlanKind::InPerson);
    log = s->events().switches(s->eventId());
    REQUIRE(log.size() == 2);
    CHECK(log.at(1).from == PlanKind::Online);
    CHECK(log.at(1).to == PlanKind::InPerson);
    checkCounts();

    stack->undo();
    stack->undo();
    CHECK(s->activePlan() == PlanKind::InPerson);
    CHECK(s->events().switches(s->eventId()).isEmpty());
    checkCounts();
    stack->redo();
    stack->redo();
    CHECK(s->activePlan() == PlanKind::InPerson);
    CHECK(s->events().switches(s->eventId()).size() == 2);
    checkCounts();
}

TEST_CASE("switching to the plan that is already active is refused", "[stores][undo][plan]")
{
    auto s = sampleSession();
    CHECK_FALSE(s->push(commands::switchPlan(s.get(), PlanKind::InPerson, QStringLiteral("?"))));
    CHECK_FALSE(s->lastError().isEmpty());
    CHECK(s->undoStack()->count() == 0);
    CHECK(s->events().switches(s->eventId()).isEmpty());
}

TEST_CASE("a failing command is not kept and tells why", "[stores][undo][validate]")
{
    auto s = sampleSession();
    QUndoStack *stack = s->undoStack();
    const qint64 id = addPerson(*s, person(*s, QStringLiteral("Nguyễn Văn An")));
    REQUIRE(stack->count() == 1);
    QStringList errors;
    QObject::connect(s.get(), &Session::errorOccurred, [&](const QString &m) { errors << m; });

    SECTION("edit with an impossible birth year")
    {
        Attendee bad = s->attendees().get(id).value();
        bad.birthYear = 1850;
        bad.position = QStringLiteral("Bí thư");
        CHECK_FALSE(s->push(commands::editAttendees(s.get(), { bad })));
        CHECK(stack->count() == 1);
        CHECK(stack->undoText().contains(QStringLiteral("Nguyễn Văn An")));
        CHECK(s->lastError().contains(QStringLiteral("1850")));
        CHECK(errors.size() == 1);
        CHECK(s->attendees().get(id)->birthYear == 0);
        CHECK(s->attendees().get(id)->position.isEmpty());
    }
    SECTION("an import with one bad row writes nothing")
    {
        const int before = s->attendees().count(s->eventId());
        QList<Attendee> rows;
        for (int year : { 1990, 1991, 1850 }) {
            Attendee a = person(*s, QStringLiteral("Trần Văn Bình"));
            a.birthYear = year;
            rows << a;
        }
        CHECK_FALSE(s->push(commands::addAttendees(s.get(), rows)));
        CHECK(stack->count() == 1);
        CHECK(s->lastError().contains(QStringLiteral("1850")));
        CHECK(s->attendees().count(s->eventId()) == before);
    }
    SECTION("a unit without a name")
    {
        const int units = int(s->units().list().size());
        Unit blank;
        blank.name = QStringLiteral("  ");
        CHECK_FALSE(s->push(commands::addUnit(
            s.get(), blank, EventUnit { s->eventId(), 0, UnitRole::Guest, -1, {} })));
        CHECK(stack->count() == 1);
        CHECK_FALSE(s->lastError().isEmpty());
        CHECK(s->units().list().size() == units);
    }
    SECTION("a programme item that is too long")
    {
        AgendaItem item = s->agenda().list(s->eventId()).first();
        item.durationMinutes = 5000;
        CHECK_FALSE(s->push(commands::editAgendaItem(s.get(), item)));
        CHECK(stack->count() == 1);
        CHECK(s->agenda().get(item.id)->durationMinutes == 0);
    }
    // A later good command still works and undoes on its own.
    Attendee ok = s->attendees().get(id).value();
    ok.birthYear = 1995;
    REQUIRE(s->push(commands::editAttendees(s.get(), { ok })));
    CHECK(stack->count() == 2);
    stack->undo();
    CHECK(s->attendees().get(id)->birthYear == 0);
}
