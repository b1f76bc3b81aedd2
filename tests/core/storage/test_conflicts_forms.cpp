// Edits built from what a dialog or a form showed, not from the row as stored at save (issue
// 18): the unit dialog's part and quota, the event dialog, the report's words; and a paper
// number this desk takes when printing counted as its own write.
// [stores]: "core:" two sessions on one SQLite file, "core@pg:" on one server database.
#include "support/storesupport.h"
#include "support/testsupport.h"
#include "support/twodesks.h"

#include "edit/budgetactions.h"
#include "edit/commands.h"
#include "edit/questionactions.h"
#include "edit/reportedits.h"
#include "services/paperservice.h"
#include "session/session.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace dd;
using testsupport::TwoDesks;

namespace {

const QString kDmc = QStringLiteral("Huyện đoàn Dương Minh Châu");
const QString kQuotaNote = QStringLiteral("đồng chí trong Ban Chấp hành các Chi đoàn, Chi hội");

// The quota, its note and the phone of a unit read with SQL, as an administrator would.
QString storedUnit(Session &s, qint64 unitId)
{
    QSqlQuery q(s.database().connection());
    REQUIRE(q.prepare(QStringLiteral("SELECT e.quota, e.quota_note, u.phone FROM event_units e "
                                     "JOIN units u ON u.id = e.unit_id "
                                     "WHERE e.event_id = ? AND e.unit_id = ?")));
    q.addBindValue(s.eventId());
    q.addBindValue(unitId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return QStringLiteral("%1 / %2 / %3")
        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
}

// The part the unit dialog hands back: what its fields hold, no version.
EventUnit dialogPart(const EventUnit &shown, int quota)
{
    EventUnit part;
    part.eventId = shown.eventId;
    part.unitId = shown.unitId;
    part.role = shown.role;
    part.quota = quota;
    part.quotaNote = shown.quotaNote;
    return part;
}

// Prints the paper of `kind` at a desk, as the window and `print` do; the number it carries.
int print(Session &s, PaperKind kind)
{
    QTemporaryDir out;
    const auto printed
        = paperservice::writePaper(s, kind, {}, out.filePath(QStringLiteral("paper.pdf")), true);
    REQUIRE(printed);
    return printed->number;
}

// Desk `s` numbers the plan KH/TĐTN-BTC from 40 (one undo step); the symbol it had before.
QString numberPlanFrom40(Session &s)
{
    const DocumentSettings read = s.events().documentSettings(s.eventId());
    DocumentSettings numbered = read;
    numbered.numbering[PaperKind::Plan].symbol = QStringLiteral("KH/TĐTN-BTC");
    numbered.numbering[PaperKind::Plan].nextNumber = 40;
    REQUIRE(s.push(commands::editDocumentSettings(&s, read, numbered)));
    return read.numbering.value(PaperKind::Plan).symbol;
}

} // namespace

TEST_CASE("conflicts: a quota another desk set after the unit dialog showed it is refused with "
          "both values, and goes through once the dialog shows theirs",
          "[stores]")
{
    TwoDesks desks;
    Session &a = *desks.a;
    Session &b = *desks.b;
    const qint64 dmc = a.units().findByName(kDmc)->id;
    // Desk A opens the unit dialog: the unit and its part as shown.
    const Unit shownUnit = *a.units().get(dmc);
    const EventUnit shownPart = *a.units().eventUnit(a.eventId(), dmc);
    REQUIRE(shownPart.quota == 22);
    const QString phone = shownUnit.phone;
    // Desk B sets the quota to 25 meanwhile.
    REQUIRE(b.push(commands::setQuota(&b, dmc, 25)));
    CHECK(storedUnit(b, dmc) == QStringLiteral("25 / %1 / %2").arg(kQuotaNote, phone));

    // A saves a quota of 30 and a new phone: refused, nothing of it written.
    Unit mine = shownUnit;
    mine.phone = QStringLiteral("02763822111");
    const int steps = a.undoStack()->count();
    CHECK_FALSE(a.push(
        commands::editUnitAndPart(&a, shownUnit, shownPart, mine, dialogPart(shownPart, 30))));
    REQUIRE(a.lastConflict());
    CHECK(a.lastError()
          == QStringLiteral("Another desk changed the quota of Huyện đoàn Dương Minh Châu since "
                            "you read it; nothing was changed. You read “22”; their value: “25” "
                            "/ your value: “30”."));
    CHECK(a.undoStack()->count() == steps);
    CHECK(storedUnit(b, dmc) == QStringLiteral("25 / %1 / %2").arg(kQuotaNote, phone));

    // The dialog opened again shows 25: the same save goes through.
    const Unit again = *a.units().get(dmc);
    const EventUnit againPart = *a.units().eventUnit(a.eventId(), dmc);
    REQUIRE(againPart.quota == 25);
    Unit mineAgain = again;
    mineAgain.phone = QStringLiteral("02763822111");
    REQUIRE(a.push(
        commands::editUnitAndPart(&a, again, againPart, mineAgain, dialogPart(againPart, 30))));
    CHECK(storedUnit(b, dmc) == QStringLiteral("30 / %1 / 02763822111").arg(kQuotaNote));
    // It kept its place in the event's list.
    CHECK(b.units().eventUnit(b.eventId(), dmc)->position == shownPart.position);
}

TEST_CASE("conflicts: the event dialog's edit is refused showing what the dialog showed when "
          "another desk changed the field since",
          "[stores]")
{
    TwoDesks desks;
    Session &a = *desks.a;
    Session &b = *desks.b;
    const Event shown = *a.events().get(a.eventId()); // desk A opens the event dialog
    Event theirs = *b.events().get(b.eventId());
    theirs.organiser = QStringLiteral("Ban Tổ chức – Kiểm tra Tỉnh đoàn");
    REQUIRE(b.push(commands::editEvent(&b, theirs)));

    Event mine = shown;
    mine.organiser = QStringLiteral("Văn phòng Tỉnh đoàn");
    CHECK_FALSE(a.push(commands::editEventFrom(&a, shown, mine)));
    REQUIRE(a.lastConflict());
    CHECK(a.lastConflict()->readValue == shown.organiser);
    CHECK(a.lastConflict()->theirValue == QStringLiteral("Ban Tổ chức – Kiểm tra Tỉnh đoàn"));
    CHECK(a.lastConflict()->wantedValue == QStringLiteral("Văn phòng Tỉnh đoàn"));
    CHECK(b.events().get(b.eventId())->organiser
          == QStringLiteral("Ban Tổ chức – Kiểm tra Tỉnh đoàn"));
    // "Overwrite" writes the organiser only: the title B left is kept.
    const auto overwrite = a.lastConflict()->overwrite;
    REQUIRE(overwrite);
    REQUIRE(a.push(overwrite()));
    CHECK(b.events().get(b.eventId())->organiser == QStringLiteral("Văn phòng Tỉnh đoàn"));
    CHECK(b.events().get(b.eventId())->title == theirs.title);
}

TEST_CASE("conflicts: the report's words typed while another desk stored theirs are refused, "
          "not written over",
          "[stores]")
{
    TwoDesks desks;
    Session &a = *desks.a;
    Session &b = *desks.b;
    const Event shown = *a.events().get(a.eventId()); // the report editor, as the clerk began
    REQUIRE(b.push(
        reportedits::setText(&b, QStringLiteral("Hội nghị diễn ra thành công."), std::nullopt)));
    CHECK_FALSE(a.push(reportedits::setText(&a, QStringLiteral("Đối thoại đạt kết quả tốt."),
                                            std::nullopt, shown)));
    REQUIRE(a.lastConflict());
    CHECK(a.lastConflict()->readValue == shown.reportAssessment);
    CHECK(a.lastConflict()->theirValue == QStringLiteral("Hội nghị diễn ra thành công."));
    CHECK(a.lastConflict()->wantedValue == QStringLiteral("Đối thoại đạt kết quả tốt."));
    CHECK(b.events().get(b.eventId())->reportAssessment
          == QStringLiteral("Hội nghị diễn ra thành công."));
    // Read again, the proposals go through and keep B's assessment.
    const Event again = *a.events().get(a.eventId());
    REQUIRE(a.push(
        reportedits::setText(&a, std::nullopt, QStringLiteral("Đề nghị tổ chức định kỳ."), again)));
    const Event now = *b.events().get(b.eventId());
    CHECK(now.reportAssessment == QStringLiteral("Hội nghị diễn ra thành công."));
    CHECK(now.reportProposals == QStringLiteral("Đề nghị tổ chức định kỳ."));
}

TEST_CASE("conflicts: a paper number this desk takes when printing is its own write, so undo "
          "of its numbering edit goes through unless another desk printed in between",
          "[stores]")
{
    TwoDesks desks;
    Session &a = *desks.a;
    Session &b = *desks.b;
    const PaperKind kind = PaperKind::Plan;
    // A sets the plan's numbering, prints it, then undoes the numbering edit.
    const QString symbol = numberPlanFrom40(a);
    CHECK(print(a, kind) == 40);
    REQUIRE(a.undo());
    PaperNumbering now = b.events().documentSettings(b.eventId()).numbering.value(kind);
    CHECK(now.symbol == symbol);
    CHECK(now.nextNumber == 41); // number 40 went out: it is never handed out again

    // Again, and desk B prints the plan before A does: A's undo is refused, nothing changes.
    const DocumentSettings read2 = a.events().documentSettings(a.eventId());
    DocumentSettings renumbered = read2;
    renumbered.numbering[kind].symbol = QStringLiteral("KH/TĐTN-VP");
    renumbered.numbering[kind].nextNumber = 50;
    REQUIRE(a.push(commands::editDocumentSettings(&a, read2, renumbered)));
    CHECK(print(b, kind) == 50);
    CHECK(print(a, kind) == 51);
    const int index = a.undoStack()->index();
    CHECK_FALSE(a.undo());
    REQUIRE(a.lastConflict());
    CHECK(a.lastConflict()->table == QStringLiteral("document_numbers"));
    CHECK(a.undoStack()->index() == index);
    now = b.events().documentSettings(b.eventId()).numbering.value(kind);
    CHECK(now.symbol == QStringLiteral("KH/TĐTN-VP"));
    CHECK(now.nextNumber == 52);

    // And when B prints after A's own print: refused as well.
    REQUIRE(b.undoStack()->count() == 0);
    const DocumentSettings read3 = b.events().documentSettings(b.eventId());
    DocumentSettings third = read3;
    third.numbering[kind].symbol = QStringLiteral("KH/TĐTN-TNTH");
    REQUIRE(b.push(commands::editDocumentSettings(&b, read3, third)));
    CHECK(print(b, kind) == 52);
    CHECK(print(a, kind) == 53);
    CHECK_FALSE(b.undo());
    REQUIRE(b.lastConflict());
    CHECK(b.lastConflict()->table == QStringLiteral("document_numbers"));
    now = a.events().documentSettings(a.eventId()).numbering.value(kind);
    CHECK(now.symbol == QStringLiteral("KH/TĐTN-TNTH"));
    CHECK(now.nextNumber == 54);
}

TEST_CASE("conflicts: a cell edited in a list from the row it showed is refused when another "
          "desk changed the row since, and Overwrite keeps their other fields",
          "[stores]")
{
    TwoDesks desks;
    Session &a = *desks.a;
    Session &b = *desks.b;

    // The budget: A adds a line and its list shows it; B changes its note; A types a new
    // content.
    BudgetItem added;
    added.eventId = a.eventId();
    added.section = QStringLiteral("I");
    added.content = QStringLiteral("Thuê hội trường");
    added.measure = QStringLiteral("buổi");
    added.quantityMilli = 1000;
    added.unitPrice = 3000000;
    REQUIRE(a.push(budgetactions::addItem(&a, added)));
    const QList<BudgetItem> lines = a.budget().list(a.eventId());
    REQUIRE(lines.size() == 1);
    const BudgetItem line = lines.first();
    BudgetItem theirs = *b.budget().get(line.id);
    theirs.note = QStringLiteral("Tỉnh đoàn chi");
    REQUIRE(b.push(budgetactions::editItem(&b, theirs)));
    BudgetItem mine = line;
    mine.content = QStringLiteral("Thuê hội trường và âm thanh");
    CHECK_FALSE(a.push(budgetactions::editItemFrom(&a, line, mine)));
    REQUIRE(a.lastConflict());
    CHECK(a.lastConflict()->readValue == line.content);
    CHECK(a.lastConflict()->wantedValue == QStringLiteral("Thuê hội trường và âm thanh"));
    REQUIRE(a.lastConflict()->overwrite);
    REQUIRE(a.push(a.lastConflict()->overwrite()));
    const BudgetItem after = *b.budget().get(line.id);
    CHECK(after.content == QStringLiteral("Thuê hội trường và âm thanh"));
    CHECK(after.note == QStringLiteral("Tỉnh đoàn chi")); // not the note A's list had shown

    // The programme: the same with the presenter changed by B and the duration by A.
    const QList<AgendaItem> programme = a.agenda().list(a.eventId());
    REQUIRE_FALSE(programme.isEmpty());
    const AgendaItem item = programme.first();
    AgendaItem theirItem = *b.agenda().get(item.id);
    theirItem.presenter = QStringLiteral("Đồng chí Phó Bí thư Tỉnh đoàn");
    REQUIRE(b.push(commands::editAgendaItem(&b, theirItem)));
    AgendaItem mineItem = item;
    mineItem.durationMinutes = item.durationMinutes + 5;
    CHECK_FALSE(a.push(commands::editAgendaItemFrom(&a, item, mineItem)));
    REQUIRE(a.lastConflict());
    REQUIRE(a.lastConflict()->overwrite);
    REQUIRE(a.push(a.lastConflict()->overwrite()));
    const AgendaItem afterItem = *b.agenda().get(item.id);
    CHECK(afterItem.durationMinutes == item.durationMinutes + 5);
    CHECK(afterItem.presenter == QStringLiteral("Đồng chí Phó Bí thư Tỉnh đoàn"));
}

TEST_CASE("conflicts: a question saved from its dialog with a new agency typed in is refused "
          "showing the words the dialog showed",
          "[stores]")
{
    TwoDesks desks;
    Session &a = *desks.a;
    Session &b = *desks.b;
    Question fresh;
    fresh.eventId = a.eventId();
    fresh.unitId = a.units().findByName(kDmc)->id;
    fresh.text = QStringLiteral("Công nhân cần nhà trọ giá rẻ gần khu công nghiệp.");
    fresh.receivedOn = QDate(2021, 8, 20);
    REQUIRE(a.push(commands::addQuestions(&a, { fresh })));
    const Question shown = a.questions().list(a.eventId()).first(); // A opens the dialog
    REQUIRE(shown.text == fresh.text);
    Question theirs = *b.questions().get(shown.id);
    theirs.text = QStringLiteral("Công nhân cần nhà trọ giá rẻ gần Khu công nghiệp Phước Đông.");
    REQUIRE(b.push(commands::editQuestions(&b, { theirs })));

    Question mine = shown;
    mine.text = QStringLiteral("Đề nghị hỗ trợ nhà trọ cho công nhân.");
    mine.status = QuestionStatus::Forwarded;
    mine.forwardedOn = QDate(2021, 8, 25);
    CHECK_FALSE(a.push(questionactions::saveWithNewAgency(
        &a, mine, QStringLiteral("Sở Lao động – Thương binh và Xã hội"), shown)));
    REQUIRE(a.lastConflict());
    CHECK(a.lastConflict()->readValue == fresh.text);
    CHECK(a.lastConflict()->theirValue == theirs.text);
    CHECK(a.lastConflict()->wantedValue == mine.text);
    CHECK(b.questions().get(shown.id)->text == theirs.text);
    CHECK_FALSE(b.units().findByName(QStringLiteral("Sở Lao động – Thương binh và Xã hội")));
}

TEST_CASE("conflicts: a paper number given back when the paper could not be written is this "
          "desk's own write too",
          "[stores]")
{
    TwoDesks desks;
    Session &a = *desks.a;
    const PaperKind kind = PaperKind::Plan;
    const QString symbol = numberPlanFrom40(a);
    // A folder that is not there: number 40 is taken, then given back.
    QTemporaryDir out;
    CHECK_FALSE(paperservice::writePaper(
        a, kind, {}, out.filePath(QStringLiteral("no/such/folder/kh.pdf")), true));
    CHECK(desks.b->events().documentSettings(a.eventId()).numbering.value(kind).nextNumber == 40);
    REQUIRE(a.undo());
    const PaperNumbering now
        = desks.b->events().documentSettings(a.eventId()).numbering.value(kind);
    CHECK(now.symbol == symbol);
}
