// The plan paper of the shipped sample event against the seed, paragraph by paragraph, as
// pdftotext reads it in both of its modes and as the ODT holds it; and what keeps the plan's
// words right afterwards: a copied event starts from them, a changed fact is pointed out.
#include "samplepapers.h"

#include "edit/commands.h"
#include "services/eventsetup.h"
#include "services/planfacts.h"

#include <QRegularExpression>

using namespace dd;
using namespace samplepapers;

namespace {

// Each expected paragraph whole in `text`, in order; returns where the last one ends.
qsizetype checkInOrder(const QString &text, const QStringList &expected, qsizetype from = 0)
{
    for (const QString &p : expected) {
        INFO(p.toStdString());
        const qsizetype at = text.indexOf(p.simplified(), from);
        CHECK(at >= from);
        if (at >= from)
            from = at + p.simplified().size();
    }
    return from;
}

} // namespace

TEST_CASE("plan: the sample's plan paper is the seed word for word", "[plan][seed]")
{
    const Seed seed = readSeed();
    // Sections I–IV with the opening and closing paragraphs; the signature; Nơi nhận.
    REQUIRE(seed.body.size() == 57);
    REQUIRE(seed.signature.size() == 3);
    REQUIRE(seed.recipients.size() == 10);
    CHECK(seed.body.first().startsWith(QStringLiteral("Thực hiện Kế hoạch số 280-KH/TĐTN-TCKT")));
    CHECK(seed.body.last().startsWith(QStringLiteral("Trên đây là Kế hoạch")));

    auto s = testsupport::sampleSession();
    QTemporaryDir dir;
    paperservice::PaperDates dates;
    dates.signedOn = QDate(2021, 7, 20);
    const QString pdf = write(*s, dir, PaperKind::Plan, QStringLiteral("plan.pdf"), {}, dates);

    // pdftotext in reading order and in -layout mode: every paragraph reads whole (no page
    // number inside one), in the seed's order and numbering.
    const QString raw = pdfFlat(pdf);
    const QString layout = testsupport::pdfText(pdf).simplified();
    for (const QString &text : { raw, layout }) {
        CHECK(text.contains(QStringLiteral("Tây Ninh, ngày 20 tháng 7 năm 2021")));
        const qsizetype title = text.indexOf(seed.title);
        CHECK(title >= 0);
        const qsizetype body = checkInOrder(text, QStringList { seed.subtitle } + seed.body, title);
        // The signature and "Nơi nhận" stand side by side: each in its own order after the
        // closing paragraph.
        checkInOrder(text, seed.signature, body);
        checkInOrder(text, seed.recipients, body);
    }
    // Nothing but the seed: no paragraph the seed does not have (the page numbers aside).
    QString rest = raw;
    for (const QString &p :
         QStringList { seed.title, seed.subtitle } + seed.body + seed.signature + seed.recipients)
        rest.replace(p.simplified(), QStringLiteral(" "));
    for (const QString &head :
         { QStringLiteral("BCH ĐOÀN TỈNH TÂY NINH"), QStringLiteral("***"),
           QStringLiteral("ĐOÀN TNCS HỒ CHÍ MINH"), QStringLiteral("Số: -KH/TĐTN-TCKT"),
           QStringLiteral("Tây Ninh, ngày 20 tháng 7 năm 2021") })
        rest.replace(head, QStringLiteral(" "));
    rest = rest.simplified();
    INFO(rest.toStdString());
    CHECK(QRegularExpression(QStringLiteral("^[0-9 ]*$")).match(rest).hasMatch());

    // The ODT holds the same paragraphs in the same order.
    const QString odt = write(*s, dir, PaperKind::Plan, QStringLiteral("plan.odt"), {}, dates);
    const OdtText o = odtText(odt);
    const QStringList expected = QStringList { seed.title, seed.subtitle } + seed.body;
    qsizetype at = o.paragraphs.indexOf(seed.title);
    REQUIRE(at >= 0);
    CHECK(o.paragraphs.mid(at, expected.size()) == expected);
    CHECK(o.cells.join(QLatin1Char(' ')).contains(seed.signature.join(QLatin1Char(' '))));
    CHECK(o.cells.join(QLatin1Char(' ')).contains(seed.recipients.join(QLatin1Char(' '))));
}

TEST_CASE("plan: a new event copied from the sample starts from the same words", "[plan]")
{
    auto s = testsupport::sampleSession();
    const Event sample = *s->event();
    REQUIRE_FALSE(sample.planText.isEmpty());
    Event next;
    next.title = QStringLiteral("Gặp gỡ, đối thoại năm 2022");
    next.plannedYear = 2022;
    const auto id = createEvent(s->database(), next, sample.id);
    REQUIRE(id.ok());
    const Event copy = *s->events().get(*id);
    CHECK(copy.planText == sample.planText);
    CHECK(copy.intakeEmail == QStringLiteral("bantochuctinhdoantayninh@gmail.com"));
    CHECK(copy.minQuestionsPerHost == 5);
    // The new event's own title; its papers keep no date of the old one.
    CHECK(copy.title == QStringLiteral("Gặp gỡ, đối thoại năm 2022"));
    for (const PaperNumbering &n : s->events().documentSettings(*id).numbering)
        CHECK_FALSE(n.signedOn.isValid());

    // The plan's text is the event's own: editing it changes the paper, not the facts.
    Event edited = copy;
    edited.planText.replace(QStringLiteral("Dự kiến trong tháng 10 năm 2021"),
                            QStringLiteral("Dự kiến trong tháng 9 năm 2022"));
    s->setEventId(*id);
    REQUIRE(s->push(commands::editEvent(s.get(), edited)));
    QTemporaryDir dir;
    const QString pdf = write(*s, dir, PaperKind::Plan, QStringLiteral("plan.pdf"));
    CHECK(pdfFlat(pdf).contains(QStringLiteral("4. Thời gian: Dự kiến trong tháng 9 năm 2022.")));
    CHECK(s->events().get(sample.id)->planText == sample.planText);
}

TEST_CASE("plan: a changed fact that the plan states is pointed out", "[plan]")
{
    auto s = testsupport::sampleSession();
    const PlanFacts before = PlanFacts::of(*s);
    const qint64 dmc = unitId(*s, QStringLiteral("Huyện đoàn Dương Minh Châu"));

    SECTION("a quota")
    {
        REQUIRE(s->push(commands::setQuota(s.get(), dmc, 25)));
        const QStringList r = planTextReminders(before, PlanFacts::of(*s));
        REQUIRE(r.size() == 1);
        CHECK(r.first().contains(QStringLiteral("Huyện đoàn Dương Minh Châu")));
        CHECK(r.first().contains(QStringLiteral("“+ Huyện Dương Minh Châu: 22 đồng chí trong Ban "
                                                "Chấp hành các Chi đoàn, Chi hội.”")));
        // Undone, the plan and the facts agree again: nothing to say.
        const PlanFacts changed = PlanFacts::of(*s);
        s->undoStack()->undo();
        CHECK(planTextReminders(changed, PlanFacts::of(*s)).isEmpty());
    }
    SECTION("the date, the deadline and the contact")
    {
        Event e = before.event;
        e.date = QDate(2021, 10, 15);
        e.questionDeadline = QDate(2021, 9, 5);
        e.intakePhone = QStringLiteral("0276.3822.123");
        REQUIRE(s->push(commands::editEvent(s.get(), e)));
        const QString r = planTextReminders(before, PlanFacts::of(*s)).join(QLatin1Char('\n'));
        INFO(r.toStdString());
        CHECK(r.contains(QStringLiteral("“4. Thời gian: Dự kiến trong tháng 10 năm 2021.”")));
        CHECK(r.contains(QStringLiteral("trước ngày 30/8/2021")));
        CHECK(r.contains(QStringLiteral("sdt: 0938.428.213")));
        CHECK(planTextReminders(before, PlanFacts::of(*s)).size() == 3);
    }
    SECTION("a venue")
    {
        Plan p = *s->events().plan(s->eventId(), PlanKind::InPerson);
        Plan moved = p;
        moved.venue = QStringLiteral("Hội trường Tỉnh đoàn");
        REQUIRE(s->push(commands::editPlan(s.get(), p, moved)));
        const QStringList r = planTextReminders(before, PlanFacts::of(*s));
        REQUIRE(r.size() == 1);
        CHECK(r.first().contains(QStringLiteral("Trường hợp đối thoại trực tiếp tổ chức tại Sảnh "
                                                "Trung tâm học tập sinh hoạt thanh thiếu nhi Tây "
                                                "Ninh.")));
    }
    SECTION("a fact the plan does not state")
    {
        const qint64 tanBien = unitId(*s, QStringLiteral("Huyện đoàn Tân Biên"));
        REQUIRE(s->push(commands::setQuota(s.get(), tanBien, 2)));
        CHECK(planTextReminders(before, PlanFacts::of(*s)).isEmpty());
    }
}
