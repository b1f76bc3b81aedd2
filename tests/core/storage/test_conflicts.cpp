// Two desks on one store (issue 18, point 3): every edited row carries a version; an edit, an
// undo or a removal of a row another desk changed since it was read is refused with the values
// of both, and nothing is written. [stores]: "core:" runs two sessions on one SQLite file,
// "core@pg:" two sessions on one server database.
//
// The rule, as the message says it: a row changed at another desk since it was read is a
// conflict even when the other desk changed a different field of it (the simple, safe rule;
// nothing is merged behind the user's back).
#include "support/sessionsupport.h"
#include "support/storesupport.h"
#include "support/testsupport.h"
#include "support/twodesks.h"

#include "edit/commands.h"
#include "edit/questionactions.h"
#include "services/sampleevent.h"
#include "session/session.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace dd;
using testsupport::TwoDesks;

namespace {

// The phone stored for person `id`, read with SQL as an administrator would.
QString storedPhone(Session &s, qint64 id)
{
    QSqlQuery q(s.database().connection());
    REQUIRE(q.prepare(QStringLiteral("SELECT phone FROM attendees WHERE id = ?")));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("conflicts: an edit of a field another desk changed since it was read is refused with "
          "what was read, what is wanted and their value, and can overwrite or take theirs",
          "[stores]")
{
    TwoDesks desks;
    Session &a = *desks.a;
    Session &b = *desks.b;
    const Attendee start = desks.personAt(a, QStringLiteral("Đoàn Thị Hồng"));
    {
        Attendee known = start;
        known.phone = QStringLiteral("0905111222");
        REQUIRE(a.push(commands::editAttendees(&a, { known })));
    }
    const int aSteps = a.undoStack()->count();

    // Desk A reads her (the list shows the row), desk B changes her phone and commits.
    const Attendee read = *a.attendees().get(start.id);
    REQUIRE(read.phone == QStringLiteral("0905111222"));
    Attendee theirs = *b.attendees().get(start.id);
    theirs.phone = QStringLiteral("0913222333");
    REQUIRE(b.push(commands::editAttendees(&b, { theirs })));

    // Desk A's edit of the same field, from what it had read: refused, nothing written.
    Attendee mine = read;
    mine.phone = QStringLiteral("0987654321");
    CHECK_FALSE(a.push(commands::editAttendeesFrom(&a, { read }, { mine })));
    const RowConflict *c = a.lastConflict();
    REQUIRE(c);
    CHECK(c->table == QStringLiteral("attendees"));
    CHECK(c->row == start.id);
    CHECK_FALSE(c->removed);
    CHECK(c->field == QStringLiteral("phone"));
    CHECK(c->readValue == QStringLiteral("0905111222"));
    CHECK(c->wantedValue == QStringLiteral("0987654321"));
    CHECK(c->theirValue == QStringLiteral("0913222333"));
    CHECK(a.lastError().contains(QStringLiteral("“0913222333”")));
    CHECK(a.lastError().contains(QStringLiteral("“0987654321”")));
    CHECK(storedPhone(a, start.id) == QStringLiteral("0913222333"));
    CHECK(a.undoStack()->count() == aSteps);

    SECTION("take theirs: nothing is applied, and a new edit from the row as it is now goes "
            "through")
    {
        Attendee fresh = *a.attendees().get(start.id);
        CHECK(fresh.phone == QStringLiteral("0913222333"));
        fresh.note = QStringLiteral("Đến muộn 10 phút");
        REQUIRE(
            a.push(commands::editAttendeesFrom(&a, { *a.attendees().get(start.id) }, { fresh })));
        CHECK(storedPhone(a, start.id) == QStringLiteral("0913222333"));
        CHECK(a.attendees().get(start.id)->note == QStringLiteral("Đến muộn 10 phút"));
    }
    SECTION("overwrite: mine goes over theirs as a new edit, and its undo puts theirs back")
    {
        REQUIRE(c->overwrite);
        REQUIRE(a.push(c->overwrite()));
        CHECK(storedPhone(a, start.id) == QStringLiteral("0987654321"));
        CHECK(a.undoStack()->count() == aSteps + 1);
        // The other fields are theirs (B changed only the phone; the rest as stored).
        const Attendee now = *a.attendees().get(start.id);
        CHECK(now.fullName() == QStringLiteral("Đoàn Thị Hồng"));
        CHECK(now.email == theirs.email);
        REQUIRE(a.undo());
        CHECK(storedPhone(a, start.id) == QStringLiteral("0913222333"));
    }
}

TEST_CASE("conflicts: an undo of a row another desk changed since is refused and the stack "
          "stays as it was",
          "[stores]")
{
    TwoDesks desks;
    Session &a = *desks.a;
    Session &b = *desks.b;
    const Attendee start = desks.personAt(a, QStringLiteral("Đoàn Thị Hồng"));
    Attendee mine = start;
    mine.phone = QStringLiteral("0905111222");
    REQUIRE(a.push(commands::editAttendees(&a, { mine })));
    const int index = a.undoStack()->index();

    // Two of A's own edits of one row undo in turn (the stack follows its own versions).
    Attendee again = *a.attendees().get(start.id);
    again.phone = QStringLiteral("0905333444");
    REQUIRE(a.push(commands::editAttendees(&a, { again })));
    REQUIRE(a.undo());
    CHECK(storedPhone(a, start.id) == QStringLiteral("0905111222"));

    Attendee theirs = *b.attendees().get(start.id);
    theirs.phone = QStringLiteral("0913222333");
    REQUIRE(b.push(commands::editAttendees(&b, { theirs })));

    CHECK_FALSE(a.undo());
    const RowConflict *c = a.lastConflict();
    REQUIRE(c);
    CHECK(c->table == QStringLiteral("attendees"));
    CHECK(c->row == start.id);
    CHECK(c->field == QStringLiteral("phone"));
    CHECK(c->readValue == QStringLiteral("0905111222")); // what A wrote and would take back
    CHECK(c->wantedValue == start.phone); // what A's undo would write
    CHECK(c->theirValue == QStringLiteral("0913222333"));
    CHECK(storedPhone(a, start.id) == QStringLiteral("0913222333"));
    CHECK(a.undoStack()->index() == index);
    CHECK(a.undoStack()->canUndo());

    // Overwriting from the undo's refusal writes what the undo would have written.
    REQUIRE(c->overwrite);
    REQUIRE(a.push(c->overwrite()));
    CHECK(storedPhone(a, start.id) == start.phone);
}

TEST_CASE("conflicts: another desk's change to a different field of the same row is a conflict, "
          "a change to another row is not",
          "[stores]")
{
    TwoDesks desks;
    Session &a = *desks.a;
    Session &b = *desks.b;
    QList<Question> asked;
    for (const char *text : { "Đề nghị sửa đường liên xã Hòa Bình.",
                              "Xin hỗ trợ vốn vay cho thanh niên khởi nghiệp." }) {
        Question q;
        q.eventId = a.eventId();
        q.text = QString::fromUtf8(text);
        q.submitter = QStringLiteral("Lê Văn Cường");
        asked << q;
    }
    REQUIRE(a.push(commands::addQuestions(&a, asked)));
    const QList<Question> questions = a.questions().list(a.eventId());
    REQUIRE(questions.size() == 2);
    const Question read = questions.at(0);
    const Question other = questions.at(1);

    // B answers another question: A's edit of its own question goes through.
    Question answered = *b.questions().get(other.id);
    answered.answer = QStringLiteral("Sở Giáo dục đã trả lời bằng văn bản.");
    REQUIRE(b.push(commands::editQuestions(&b, { answered })));
    Question mine = read;
    mine.submitter = QStringLiteral("Nguyễn Văn An");
    REQUIRE(a.push(commands::editQuestionsFrom(&a, { read }, { mine })));

    // B changes the answer of A's question; A, from what it read before that, changes the
    // submitter: refused, shown on A's field (whose stored value is still what A read).
    const Question readAgain = *a.questions().get(read.id);
    Question theirs = *b.questions().get(read.id);
    theirs.answer = QStringLiteral("Đã chuyển UBND huyện.");
    REQUIRE(b.push(commands::editQuestions(&b, { theirs })));
    Question second = readAgain;
    second.submitter = QStringLiteral("Trần Thị Bình");
    CHECK_FALSE(a.push(commands::editQuestionsFrom(&a, { readAgain }, { second })));
    const RowConflict *c = a.lastConflict();
    REQUIRE(c);
    CHECK(c->table == QStringLiteral("questions"));
    CHECK(c->row == read.id);
    CHECK(c->field == QStringLiteral("submitter"));
    CHECK(c->readValue == QStringLiteral("Nguyễn Văn An"));
    CHECK(c->wantedValue == QStringLiteral("Trần Thị Bình"));
    CHECK(c->theirValue == QStringLiteral("Nguyễn Văn An"));
    CHECK(a.lastError().contains(QStringLiteral("even when they changed a different field")));
    CHECK(a.questions().get(read.id)->submitter == QStringLiteral("Nguyễn Văn An"));
    CHECK(a.questions().get(read.id)->answer == QStringLiteral("Đã chuyển UBND huyện."));

    // Overwrite writes A's field only: B's answer stays.
    REQUIRE(a.push(c->overwrite()));
    CHECK(a.questions().get(read.id)->submitter == QStringLiteral("Trần Thị Bình"));
    CHECK(a.questions().get(read.id)->answer == QStringLiteral("Đã chuyển UBND huyện."));
}

TEST_CASE("conflicts: a unit another desk changed since is neither edited nor removed from under "
          "it",
          "[stores]")
{
    TwoDesks desks;
    Session &a = *desks.a;
    Session &b = *desks.b;
    const Unit read = desks.unitChangedByB();
    const qint64 id = read.id;

    Unit mine = read;
    mine.phone = QStringLiteral("02963555666");
    CHECK_FALSE(a.push(commands::editUnitFrom(&a, read, mine)));
    REQUIRE(a.lastConflict());
    CHECK(a.lastConflict()->table == QStringLiteral("units"));
    CHECK(a.lastConflict()->field == QStringLiteral("phone"));
    CHECK(a.lastConflict()->readValue == QStringLiteral("02963111222"));
    CHECK(a.lastConflict()->wantedValue == QStringLiteral("02963555666"));
    CHECK(a.lastConflict()->theirValue == QStringLiteral("02963999000"));

    // Undoing A's "add unit" would remove the row B changed since: refused, the unit stays.
    CHECK_FALSE(a.undo());
    REQUIRE(a.lastConflict());
    CHECK(a.units().get(id).has_value());
    CHECK(a.units().get(id)->phone == QStringLiteral("02963999000"));
}
