// After the day and before it, from the window (issue 17): the results report's assessment and
// proposals written in their dialog (reached from the print dialog's report entry), each field
// one undoable edit, undone and redone, then printed and read back from the PDF; and the print
// dialog's role and unit filters for badges and labels, with the count said before printing,
// checked against the people written below by hand.
#include "support/guisupport.h"
#include "support/sessionsupport.h"
#include "support/testsupport.h"

#include "dialogs/paperdialog.h"
#include "edit/commands.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace dd;
using testsupport::whenDialogOpens;

namespace {

QString flat(QString s)
{
    return s.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

qint64 unitNamed(Session *s, const QString &name)
{
    for (const Unit &u : s->units().list())
        if (u.name == name)
            return u.id;
    FAIL("no unit " << name.toStdString());
    return 0;
}

} // namespace

TEST_CASE("Report dialog: assessment and proposals typed, undone, redone and printed", "[gui]")
{
    testsupport::WindowFixture f(QStringLiteral("report.sqlite"));
    Session *s = f.session();
    const QString assessment1 = QStringLiteral("Hội nghị diễn ra đúng kế hoạch, đúng thời gian.");
    const QString assessment2 = QStringLiteral("Đoàn viên công nhân mạnh dạn nêu ý kiến.");
    const QString proposals = QStringLiteral("Đề nghị các sở, ngành trả lời bằng văn bản trước "
                                             "ngày 30/9/2021.");
    const QString pdf = f.dir.filePath(QStringLiteral("report.pdf"));
    bool saved = false;
    QStringList steps; // what the fields and the store held after each step
    const auto stored = [s] {
        const Event e = *s->events().get(s->eventId());
        return e.reportAssessment + QStringLiteral(" | ") + e.reportProposals;
    };
    whenDialogOpens(QStringLiteral("paperDialog"), [&](QDialog *d) {
        auto *dialog = qobject_cast<PaperDialog *>(d);
        REQUIRE(dialog);
        CHECK(dialog->kind() == PaperKind::Report);
        auto *open = d->findChild<QPushButton *>(QStringLiteral("reportTextButton"));
        REQUIRE(open);
        CHECK(open->isVisible());
        whenDialogOpens(QStringLiteral("reportTextDialog"), [&](QDialog *r) {
            auto *a = r->findChild<QPlainTextEdit *>(QStringLiteral("reportAssessmentEdit"));
            auto *p = r->findChild<QPlainTextEdit *>(QStringLiteral("reportProposalsEdit"));
            auto *undo = r->findChild<QPushButton *>(QStringLiteral("reportUndoButton"));
            auto *redo = r->findChild<QPushButton *>(QStringLiteral("reportRedoButton"));
            REQUIRE((a && p && undo && redo));
            // Focus moves between the fields as the clerk clicks: the dialog is active.
            QApplication::setActiveWindow(r);
            REQUIRE(QTest::qWaitForWindowActive(r));
            CHECK(a->toPlainText().isEmpty());
            testsupport::typeText(a, assessment1);
            QTest::keyClick(a, Qt::Key_Return);
            testsupport::typeText(a, assessment2);
            // Leaving the field stores it: one step.
            CHECK(QApplication::focusWidget() == a);
            p->setFocus();
            QTest::qWait(20);
            CHECK(QApplication::focusWidget() == p);
            steps << stored();
            testsupport::typeText(p, proposals);
            testsupport::shoot(r, QStringLiteral("report-text-dialog"));
            undo->click(); // the proposals, stored as their own step, then taken back
            QTest::qWait(20);
            steps << stored() + QStringLiteral(" / ") + p->toPlainText();
            undo->click();
            QTest::qWait(20);
            steps << stored() + QStringLiteral(" / ") + a->toPlainText();
            redo->click();
            redo->click();
            QTest::qWait(20);
            steps << stored() + QStringLiteral(" / ") + a->toPlainText() + QStringLiteral(" / ")
                    + p->toPlainText();
            r->reject();
        });
        open->click();
        saved = dialog->saveTo(pdf);
        d->reject();
    });
    f.find<QAction>("paperAction_report")->trigger();
    QTest::qWait(20);

    const QString both = assessment1 + QLatin1Char('\n') + assessment2;
    const QStringList expected {
        both + QStringLiteral(" | "),
        both + QStringLiteral(" |  / "),
        QStringLiteral(" |  / "),
        both + QStringLiteral(" | ") + proposals + QStringLiteral(" / ") + both
            + QStringLiteral(" / ") + proposals,
    };
    CHECK(steps == expected);

    REQUIRE(saved);
    const QString text = flat(testsupport::pdfText(pdf));
    INFO(text.toStdString());
    const QString expectedText = QStringLiteral("II. ĐÁNH GIÁ ") + assessment1 + QLatin1Char(' ')
        + assessment2 + QStringLiteral(" III. ĐỀ XUẤT, KIẾN NGHỊ ") + proposals;
    CHECK(text.contains(expectedText));

    // The window's Edit ▸ Undo takes the proposals back too: the same steps.
    f.undo()->trigger();
    CHECK(stored() == both + QStringLiteral(" | "));
    // And the editor is also on the Papers menu and the Plans tab.
    CHECK(f.find<QAction>("reportTextAction"));
    CHECK(f.window.findChild<QWidget *>(QStringLiteral("plansPage"))
              ->findChild<QPushButton *>(QStringLiteral("reportTextButton")));
}

TEST_CASE("Print dialog: badges and labels of one role and one unit, counted before printing",
          "[gui]")
{
    testsupport::WindowFixture f(QStringLiteral("cards.sqlite"));
    Session *s = f.session();
    const qint64 hoaThanh = unitNamed(s, QStringLiteral("Thị đoàn Hòa Thành"));
    const qint64 duongMinhChau = unitNamed(s, QStringLiteral("Huyện đoàn Dương Minh Châu"));
    const qint64 tinhDoan = unitNamed(s, QStringLiteral("Tỉnh đoàn Tây Ninh"));
    const struct
    {
        const char *name;
        AttendeeRole role;
        qint64 unit;
        InvitationStatus status;
    } people[] = {
        { "Trần Văn Bình", AttendeeRole::Delegate, hoaThanh, InvitationStatus::Confirmed },
        { "Lê Thị Cúc", AttendeeRole::Delegate, hoaThanh, InvitationStatus::Invited },
        { "Phạm Minh Đức", AttendeeRole::Delegate, hoaThanh, InvitationStatus::Confirmed },
        { "Võ Thị Em", AttendeeRole::Delegate, hoaThanh, InvitationStatus::Declined },
        { "Ngô Văn Phát", AttendeeRole::Press, hoaThanh, InvitationStatus::Confirmed },
        { "Đặng Thị Giang", AttendeeRole::Delegate, duongMinhChau, InvitationStatus::Confirmed },
        { "Nguyễn Thị Hạnh", AttendeeRole::CoChair, hoaThanh, InvitationStatus::Confirmed },
        { "Huỳnh Văn Khánh", AttendeeRole::Chair, tinhDoan, InvitationStatus::Confirmed },
    };
    QList<Attendee> rows;
    for (const auto &p : people) {
        Attendee a = testsupport::person(*s, QString::fromUtf8(p.name));
        a.role = p.role;
        a.unitId = p.unit;
        a.status = p.status;
        rows << a;
    }
    REQUIRE(s->push(commands::addAttendees(s, rows)));

    const QString badgesPdf = f.dir.filePath(QStringLiteral("badges.pdf"));
    const QString chairsPdf = f.dir.filePath(QStringLiteral("chairs.pdf"));
    const QString labelsPdf = f.dir.filePath(QStringLiteral("labels.pdf"));
    QStringList summaries;
    bool saved = false;
    whenDialogOpens(QStringLiteral("paperDialog"), [&](QDialog *d) {
        auto *dialog = qobject_cast<PaperDialog *>(d);
        REQUIRE(dialog);
        auto *role = d->findChild<QComboBox *>(QStringLiteral("cardRoleCombo"));
        auto *unit = d->findChild<QComboBox *>(QStringLiteral("unitCombo"));
        auto *summary = d->findChild<QLabel *>(QStringLiteral("paperSummary"));
        REQUIRE((role && unit && summary));
        CHECK(role->isVisible());
        // Cards are neither numbered nor dated.
        CHECK_FALSE(d->findChild<QWidget *>(QStringLiteral("takeNumberCheck"))->isVisible());
        CHECK_FALSE(d->findChild<QWidget *>(QStringLiteral("issueDateCheck"))->isVisible());
        // Delegates of Hòa Thành: Bình, Cúc, Đức (Em declined; Phát is press).
        role->setCurrentIndex(role->findText(QStringLiteral("Delegates (ĐẠI BIỂU)")));
        unit->setCurrentIndex(unit->findData(hoaThanh));
        summaries << summary->text();
        testsupport::shoot(d, QStringLiteral("paper-dialog-badges"));
        saved = dialog->saveTo(badgesPdf);
        // CHỦ TRÌ of every unit: the chair and the co-chair.
        role->setCurrentIndex(role->findText(QStringLiteral("Chair and co-chairs (CHỦ TRÌ)")));
        unit->setCurrentIndex(0);
        summaries << summary->text();
        saved = saved && dialog->saveTo(chairsPdf);
        // Labels for the same delegates.
        dialog->setKind(PaperKind::Labels);
        role->setCurrentIndex(role->findText(QStringLiteral("Delegates (ĐẠI BIỂU)")));
        unit->setCurrentIndex(unit->findData(hoaThanh));
        summaries << summary->text();
        saved = saved && dialog->saveTo(labelsPdf);
        d->reject();
    });
    f.find<QAction>("paperAction_badges")->trigger();
    QTest::qWait(20);

    REQUIRE(saved);
    CHECK(summaries
          == QStringList { QStringLiteral("3 badge(s) on 1 A4 sheet(s), eight to a sheet."),
                           QStringLiteral("2 badge(s) on 1 A4 sheet(s), eight to a sheet."),
                           QStringLiteral("3 label(s) on 1 label sheet(s) of 14.") });
    const QStringList everyone { "Trần Văn Bình",   "Lê Thị Cúc",     "Phạm Minh Đức",
                                 "Võ Thị Em",       "Ngô Văn Phát",   "Đặng Thị Giang",
                                 "Nguyễn Thị Hạnh", "Huỳnh Văn Khánh" };
    const auto check = [&](const QString &pdf, const QStringList &names, const QString &band) {
        INFO(pdf.toStdString());
        CHECK(testsupport::pdfPageCount(pdf) == 1);
        const QString text = flat(testsupport::pdfText(pdf));
        INFO(text.toStdString());
        for (const QString &n : everyone)
            CHECK(text.count(n) == (names.contains(n) ? 1 : 0));
        if (!band.isEmpty())
            CHECK(text.count(band) == names.size());
    };
    check(badgesPdf, { "Trần Văn Bình", "Lê Thị Cúc", "Phạm Minh Đức" },
          QStringLiteral("ĐẠI BIỂU"));
    check(chairsPdf, { "Nguyễn Thị Hạnh", "Huỳnh Văn Khánh" }, QStringLiteral("CHỦ TRÌ"));
    check(labelsPdf, { "Trần Văn Bình", "Lê Thị Cúc", "Phạm Minh Đức" },
          QStringLiteral("Kính gửi:"));
}
