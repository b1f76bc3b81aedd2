// The Papers menu and dialogs, driven as a person would: settings saved and undone, a paper
// saved as PDF and read back, letters followed by "mark these people as invited".
#include "support/guisupport.h"
#include "support/testsupport.h"

#include "dialogs/paperdialog.h"
#include "edit/commands.h"
#include "mainwindow.h"
#include "models/attendeetablemodel.h"
#include "services/paperservice.h"
#include "session/session.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace dd;
using testsupport::typeText;
using testsupport::whenDialogOpens;
using namespace Qt::StringLiterals;

namespace {

struct Fixture : testsupport::WindowFixture
{
    Fixture()
        : WindowFixture(QStringLiteral("papers.sqlite"))
    { }
    QString signer()
    {
        return session()->events().documentSettings(session()->eventId()).signerName;
    }
    int countWithStatus(InvitationStatus s)
    {
        int n = 0;
        for (const Attendee &a : session()->attendees().list(session()->eventId()))
            n += a.status == s;
        return n;
    }
    // The lists two district unions sent: three delegates of Dương Minh Châu, one of Hòa
    // Thành (the sample itself names nobody who gets a personal letter).
    void addDistrictLists()
    {
        const struct
        {
            const char16_t *family, *middle, *given, *unit;
        } people[] = { { u"Nguyễn", u"Văn", u"An", u"Huyện đoàn Dương Minh Châu" },
                       { u"Trần", u"Văn", u"Bình", u"Huyện đoàn Dương Minh Châu" },
                       { u"Đặng", u"Ngọc", u"Lan", u"Huyện đoàn Dương Minh Châu" },
                       { u"Phạm", u"Thị", u"Hoa", u"Thị đoàn Hòa Thành" } };
        QList<Attendee> rows;
        for (const auto &p : people) {
            Attendee a;
            a.eventId = session()->eventId();
            a.familyName = QString::fromUtf16(p.family);
            a.middleName = QString::fromUtf16(p.middle);
            a.givenName = QString::fromUtf16(p.given);
            a.unitId = session()->units().findByName(QString::fromUtf16(p.unit))->id;
            a.position = QStringLiteral("Bí thư Chi đoàn");
            rows << a;
        }
        REQUIRE(session()->push(commands::addAttendees(session(), rows)));
    }
    // The row of the Attendees tab holding the name.
    int rowOf(QTableView *table, const QString &name)
    {
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, AttendeeTableModel::NameColumn).data().toString() == name)
                return r;
        return -1;
    }
};

} // namespace

TEST_CASE("Paper settings: the signer is changed through the Papers menu, and undone", "[gui]")
{
    Fixture f;
    auto *menu = f.find<QMenu>(QStringLiteral("papersMenu"));
    CHECK(menu->isEnabled());
    CHECK(f.signer() == QStringLiteral("Hoàng Thị Thanh Thúy"));

    whenDialogOpens(QStringLiteral("documentSettingsDialog"), [](QDialog *d) {
        auto *name = d->findChild<QLineEdit *>(QStringLiteral("signerNameEdit"));
        REQUIRE(name);
        CHECK(name->text() == QStringLiteral("Hoàng Thị Thanh Thúy"));
        name->clear();
        typeText(name, QStringLiteral("Nguyễn Thành Trung"));
        auto *next = d->findChild<QWidget *>(QStringLiteral("nextNumberSpin_invitation"));
        CHECK(next);
        d->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
            ->button(QDialogButtonBox::Save)
            ->click();
    });
    f.find<QAction>(QStringLiteral("paperSettingsAction"))->trigger();
    QTest::qWait(20);

    CHECK(f.signer() == QStringLiteral("Nguyễn Thành Trung"));
    auto *undo = f.find<QAction>(QStringLiteral("undoAction"));
    REQUIRE(undo->isEnabled());
    undo->trigger();
    CHECK(f.signer() == QStringLiteral("Hoàng Thị Thanh Thúy"));
    f.find<QAction>(QStringLiteral("redoAction"))->trigger();
    CHECK(f.signer() == QStringLiteral("Nguyễn Thành Trung"));
}

TEST_CASE("The delegate list is saved as PDF from the paper dialog and reads back", "[gui]")
{
    Fixture f;
    const QString pdf = f.dir.filePath(QStringLiteral("delegates.pdf"));
    bool saved = false;
    whenDialogOpens(QStringLiteral("paperDialog"), [&](QDialog *d) {
        auto *dialog = qobject_cast<PaperDialog *>(d);
        REQUIRE(dialog);
        CHECK(dialog->kind() == PaperKind::DelegateList);
        CHECK(d->findChild<QPushButton *>(QStringLiteral("savePdfButton"))->isEnabled());
        // Letters only: no "one PDF per unit" for a list.
        CHECK_FALSE(d->findChild<QPushButton *>(QStringLiteral("saveFolderButton"))->isVisible());
        saved = dialog->saveTo(pdf);
        d->reject();
    });
    f.find<QAction>(QStringLiteral("paperAction_delegates"))->trigger();
    QTest::qWait(20);

    REQUIRE(saved);
    REQUIRE(QFileInfo::exists(pdf));
    CHECK(testsupport::pdfInfo(pdf).contains(QStringLiteral("A4")));
    const QString text = testsupport::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("DANH SÁCH")));
    CHECK(text.contains(QStringLiteral("ĐOÀN TNCS HỒ CHÍ MINH")));
    CHECK(text.contains(QStringLiteral("Đoàn Thị Hồng")));
    // Nothing is marked for a list.
    CHECK_FALSE(f.find<QAction>(QStringLiteral("undoAction"))->isEnabled());
}

TEST_CASE("Letters to the selected people, then marked invited in one undoable step", "[gui]")
{
    Fixture f;
    f.addDistrictLists();
    f.find<QTabWidget>(QStringLiteral("tabs"))->setCurrentIndex(MainWindow::AttendeesTab);
    auto *table = f.find<QTableView>(QStringLiteral("attendeeTable"));
    // Two people selected: a delegate, and the organiser's own staff, who gets no letter.
    const int an = f.rowOf(table, QStringLiteral("Nguyễn Văn An"));
    const int staff = f.rowOf(table, QStringLiteral("Đoàn Thị Hồng"));
    REQUIRE(an >= 0);
    REQUIRE(staff >= 0);
    for (int row : { an, staff })
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const int notInvitedBefore = f.countWithStatus(InvitationStatus::NotInvited);

    const QString pdf = f.dir.filePath(QStringLiteral("letters.pdf"));
    bool saved = false;
    bool asked = false;
    whenDialogOpens(QStringLiteral("paperDialog"), [&](QDialog *d) {
        auto *dialog = qobject_cast<PaperDialog *>(d);
        REQUIRE(dialog);
        CHECK(dialog->kind() == PaperKind::PersonInvitation);
        CHECK(d->findChild<QRadioButton *>(QStringLiteral("toSelectedRadio"))->isChecked());
        CHECK(dialog->letterRecipients().size() == 1);
        const QString summary = d->findChild<QLabel *>(QStringLiteral("paperSummary"))->text();
        CHECK(summary.contains(QStringLiteral("1 letter")));
        CHECK(summary.contains(QStringLiteral("1 of the people selected get no personal letter")));
        whenDialogOpens(QStringLiteral("markInvitedQuestion"), [&](QDialog *q) {
            asked = true;
            auto *box = qobject_cast<QMessageBox *>(q);
            REQUIRE(box);
            CHECK(box->text().contains(QLatin1Char('1')));
            box->button(QMessageBox::Yes)->click();
        });
        saved = dialog->saveTo(pdf);
        d->reject();
    });
    // The Print… button of the Attendees tab, its "Invitation letter (person)" entry.
    f.find<QAction>(QStringLiteral("printAction_invitation"))->trigger();
    QTest::qWait(20);

    REQUIRE(saved);
    CHECK(asked);
    CHECK(testsupport::pdfPageCount(pdf) == 1);
    const QString text = testsupport::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Đồng chí Nguyễn Văn An")));
    CHECK_FALSE(text.contains(QStringLiteral("Đồng chí Đoàn Thị Hồng")));
    CHECK(f.countWithStatus(InvitationStatus::Invited) == 1);
    CHECK(f.countWithStatus(InvitationStatus::NotInvited) == notInvitedBefore - 1);
    for (const Attendee &a : f.session()->attendees().list(f.session()->eventId()))
        if (a.status == InvitationStatus::Invited)
            CHECK(a.fullName() == QStringLiteral("Nguyễn Văn An"));

    // One undo reverts it.
    f.find<QAction>(QStringLiteral("undoAction"))->trigger();
    CHECK(f.countWithStatus(InvitationStatus::Invited) == 0);
    CHECK(f.countWithStatus(InvitationStatus::NotInvited) == notInvitedBefore);
}

TEST_CASE("Letters to everyone not yet invited: only they are marked, and numbered", "[gui]")
{
    Fixture f;
    f.addDistrictLists();
    const QString pdf = f.dir.filePath(QStringLiteral("all.pdf"));
    bool saved = false;
    whenDialogOpens(QStringLiteral("paperDialog"), [&](QDialog *d) {
        auto *dialog = qobject_cast<PaperDialog *>(d);
        REQUIRE(dialog);
        // Nothing selected: the letters go to everyone not invited yet.
        CHECK(d->findChild<QRadioButton *>(QStringLiteral("toNotInvitedRadio"))->isChecked());
        d->findChild<QCheckBox *>(QStringLiteral("takeNumberCheck"))->setChecked(true);
        whenDialogOpens(QStringLiteral("markInvitedQuestion"), [](QDialog *q) {
            qobject_cast<QMessageBox *>(q)->button(QMessageBox::Yes)->click();
        });
        saved = dialog->saveTo(pdf);
        d->reject();
    });
    f.find<QAction>(QStringLiteral("paperAction_invitation"))->trigger();
    QTest::qWait(20);

    REQUIRE(saved);
    // The four delegates of the two lists; not the nameless chairs nor the staff.
    CHECK(testsupport::pdfPageCount(pdf) == 4);
    CHECK(testsupport::pdfText(pdf).contains(QStringLiteral("Số: 01-GM/TĐTN-VP")));
    CHECK(f.countWithStatus(InvitationStatus::Invited) == 4);
    // The number is taken for good; the next paper of the kind gets 2.
    CHECK(f.session()
              ->events()
              .documentSettings(f.session()->eventId())
              .numbering.value(PaperKind::PersonInvitation)
              .nextNumber
          == 2);
    f.find<QAction>(QStringLiteral("undoAction"))->trigger();
    CHECK(f.countWithStatus(InvitationStatus::Invited) == 0);
}

TEST_CASE("Letters as one PDF per unit into a folder, named after the units", "[gui]")
{
    Fixture f;
    f.addDistrictLists();
    const QString folder = f.dir.filePath(QStringLiteral("per unit"));
    bool saved = false;
    whenDialogOpens(QStringLiteral("paperDialog"), [&](QDialog *d) {
        auto *dialog = qobject_cast<PaperDialog *>(d);
        REQUIRE(dialog);
        CHECK(d->findChild<QPushButton *>(QStringLiteral("saveFolderButton"))->isVisible());
        d->findChild<QRadioButton *>(QStringLiteral("toEveryoneRadio"))->setChecked(true);
        whenDialogOpens(QStringLiteral("markInvitedQuestion"), [](QDialog *q) {
            qobject_cast<QMessageBox *>(q)->button(QMessageBox::No)->click();
        });
        saved = dialog->saveToFolder(folder);
        d->reject();
    });
    f.find<QAction>(QStringLiteral("paperAction_invitation"))->trigger();
    QTest::qWait(20);
    REQUIRE(saved);

    // One file per unit of the invitees (their short names), one page per person.
    QStringList files = QDir(folder).entryList({ QStringLiteral("*.pdf") }, QDir::Files);
    files.sort();
    CHECK(
        files
        == QStringList { QStringLiteral("Dương Minh Châu.pdf"), QStringLiteral("Hòa Thành.pdf") });
    CHECK(testsupport::pdfPageCount(QDir(folder).filePath(QStringLiteral("Dương Minh Châu.pdf")))
          == 3);
    CHECK(testsupport::pdfPageCount(QDir(folder).filePath(QStringLiteral("Hòa Thành.pdf"))) == 1);
    // "No" to the question: nobody is marked, nothing to undo but the people added.
    CHECK(f.countWithStatus(InvitationStatus::Invited) == 0);
}

TEST_CASE("The print dialog warns about a missing date, dates the paper and saves ODT", "[gui]")
{
    Fixture f;
    const QString pdf = f.dir.filePath(QStringLiteral("programme.pdf"));
    const QString odt = f.dir.filePath(QStringLiteral("programme.odt"));
    bool done = false;
    whenDialogOpens(QStringLiteral("paperDialog"), [&](QDialog *d) {
        auto *dialog = qobject_cast<PaperDialog *>(d);
        REQUIRE(dialog);
        CHECK(dialog->kind() == PaperKind::Programme);
        // The event has no date yet: said before anything is printed.
        auto *warning = d->findChild<QLabel *>(QStringLiteral("dateWarning"));
        CHECK(warning->isVisible());
        CHECK(warning->text().contains(QStringLiteral("Dự kiến trong tháng 10 năm 2021")));
        // Undated by default: the line is left blank.
        auto *dated = d->findChild<QCheckBox *>(QStringLiteral("issueDateCheck"));
        CHECK_FALSE(dated->isChecked());
        CHECK(dialog->issueDate().isNull());
        dated->setChecked(true);
        d->findChild<QDateEdit *>(QStringLiteral("issueDateEdit"))->setDate(QDate(2021, 9, 20));
        CHECK(d->findChild<QPushButton *>(QStringLiteral("saveOdtButton"))->isEnabled());
        done = dialog->saveTo(pdf) && dialog->saveTo(odt);
        d->reject();
    });
    f.find<QAction>(QStringLiteral("paperAction_programme"))->trigger();
    QTest::qWait(20);
    REQUIRE(done);
    CHECK(testsupport::pdfText(pdf).contains(QStringLiteral("Tây Ninh, ngày 20 tháng 9 năm 2021")));
    CHECK(QFileInfo(odt).size() > 0);
    // The date is kept for the programme, and undone in one step.
    const auto remembered = [&] {
        return f.session()
            ->events()
            .documentSettings(f.session()->eventId())
            .numbering.value(PaperKind::Programme)
            .signedOn;
    };
    CHECK(remembered() == QDate(2021, 9, 20));
    whenDialogOpens(QStringLiteral("paperDialog"), [&](QDialog *d) {
        CHECK(d->findChild<QCheckBox *>(QStringLiteral("issueDateCheck"))->isChecked());
        CHECK(qobject_cast<PaperDialog *>(d)->issueDate() == QDate(2021, 9, 20));
        d->reject();
    });
    f.find<QAction>(QStringLiteral("paperAction_programme"))->trigger();
    QTest::qWait(20);
    f.find<QAction>(QStringLiteral("undoAction"))->trigger();
    CHECK(remembered().isNull());
}

TEST_CASE("The print dialog warns when a letter asking for questions is signed after their "
          "deadline",
          "[gui]")
{
    Fixture f; // questions are asked before 30/08/2021
    QString before, after, undated;
    bool numberRowShown = true;
    whenDialogOpens(QStringLiteral("paperDialog"), [&](QDialog *d) {
        auto *warning = d->findChild<QLabel *>(QStringLiteral("dateWarning"));
        auto *dated = d->findChild<QCheckBox *>(QStringLiteral("issueDateCheck"));
        auto *date = d->findChild<QDateEdit *>(QStringLiteral("issueDateEdit"));
        dated->setChecked(true);
        date->setDate(QDate(2021, 8, 20));
        before = warning->isVisible() ? warning->text() : QString();
        date->setDate(QDate(2021, 9, 5));
        after = warning->isVisible() ? warning->text() : QString();
        dated->setChecked(false);
        undated = warning->isVisible() ? warning->text() : QString();
        d->reject();
    });
    f.find<QAction>(QStringLiteral("paperAction_notice"))->trigger();
    QTest::qWait(20);
    const QString late = QStringLiteral(
        "The paper is signed on 05/09/2021, after the deadline for questions (30/08/2021): it "
        "asks for questions before a day that has already passed. Move the deadline (event "
        "setup) or the signing date.");
    CHECK(after.split(QLatin1Char('\n')).contains(late));
    CHECK_FALSE(before.contains(QStringLiteral("deadline")));
    CHECK_FALSE(undated.contains(QStringLiteral("deadline")));

    // The sign-in sheet takes no number: the dialog does not offer one.
    whenDialogOpens(QStringLiteral("paperDialog"), [&](QDialog *d) {
        numberRowShown = d->findChild<QCheckBox *>(QStringLiteral("takeNumberCheck"))->isVisible();
        d->reject();
    });
    f.find<QAction>(QStringLiteral("paperAction_sign-in"))->trigger();
    QTest::qWait(20);
    CHECK_FALSE(numberRowShown);
}

TEST_CASE("The covering letter from the Questions tab records the forwarding", "[gui]")
{
    Fixture f;
    Session *s = f.session();
    const qint64 noiVu = s->units().findByName(QStringLiteral("Sở Nội vụ"))->id;
    Question q;
    q.eventId = s->eventId();
    q.unitId = s->units().findByName(QStringLiteral("Thị đoàn Hòa Thành"))->id;
    q.kind = QuestionKind::Recommendation;
    q.text = QStringLiteral("Đề nghị hướng dẫn thủ tục thành lập Chi đoàn.");
    q.forwardedToUnitId = noiVu;
    q.status = QuestionStatus::Classified;
    REQUIRE(s->push(commands::addQuestions(s, { q })));
    f.find<QTabWidget>(QStringLiteral("tabs"))->setCurrentIndex(MainWindow::QuestionsTab);

    const QString pdf = f.dir.filePath(QStringLiteral("cv.pdf"));
    bool saved = false;
    whenDialogOpens(QStringLiteral("paperDialog"), [&](QDialog *d) {
        auto *dialog = qobject_cast<PaperDialog *>(d);
        REQUIRE(dialog);
        CHECK(dialog->kind() == PaperKind::ForwardLetter);
        auto *agency = d->findChild<QComboBox *>(QStringLiteral("agencyCombo"));
        REQUIRE(agency->isVisible());
        CHECK(agency->currentData().toLongLong() == noiVu);
        // (the tests run untranslated: "%n question(s)" keeps its source form)
        CHECK(agency->currentText().startsWith(QStringLiteral("Sở Nội vụ (1 question")));
        d->findChild<QCheckBox *>(QStringLiteral("issueDateCheck"))->setChecked(true);
        d->findChild<QDateEdit *>(QStringLiteral("issueDateEdit"))->setDate(QDate(2021, 9, 10));
        d->findChild<QCheckBox *>(QStringLiteral("answerByCheck"))->setChecked(true);
        d->findChild<QDateEdit *>(QStringLiteral("answerByEdit"))->setDate(QDate(2021, 9, 20));
        saved = dialog->saveTo(pdf);
        d->reject();
    });
    f.find<QAction>(QStringLiteral("printAction_forward"))->trigger();
    QTest::qWait(20);
    REQUIRE(saved);
    const QString text = testsupport::pdfText(pdf).simplified();
    CHECK(text.contains(QStringLiteral("Kính gửi: Sở Nội vụ")));
    CHECK(text.contains(QStringLiteral("trước ngày 20/9/2021")));
    const Question after = s->questions().list(s->eventId()).first();
    CHECK(after.status == QuestionStatus::Forwarded);
    CHECK(after.forwardedOn == QDate(2021, 9, 10));
}

TEST_CASE("File names from unit names are safe on Windows and keep Vietnamese letters")
{
    using paperservice::safeFileName;
    CHECK(safeFileName(u"Huyện đoàn Dương Minh Châu"_s) == u"Huyện đoàn Dương Minh Châu"_s);
    CHECK(safeFileName(u"Đoàn khối: CQ/DN \"Tây Ninh\" <1> | 2 * ?"_s)
          == u"Đoàn khối- CQ-DN -Tây Ninh- -1- - 2 - -"_s);
    CHECK(safeFileName(u"Chi đoàn A\\B."_s) == u"Chi đoàn A-B"_s);
    CHECK(safeFileName(u"  Tab\there  "_s) == u"Tab-here"_s);
    CHECK(safeFileName(u"con"_s) == u"_con"_s);
    CHECK(safeFileName(u"LPT1.txt"_s) == u"_LPT1.txt"_s);
}

TEST_CASE("A quota changed in the window points to the plan's text, edited in the event dialog",
          "[gui]")
{
    Fixture f;
    Session *s = f.session();
    const qint64 dmc = s->units().findByName(QStringLiteral("Huyện đoàn Dương Minh Châu"))->id;
    REQUIRE(s->push(commands::setQuota(s, dmc, 25)));
    QTest::qWait(20);
    auto *box = f.window.findChild<QMessageBox *>(QStringLiteral("planTextReminder"));
    REQUIRE(box);
    CHECK(box->isVisible());
    CHECK(box->text().contains(QStringLiteral("+ Huyện Dương Minh Châu: 22 đồng chí")));
    box->accept();

    // The clerk puts the new quota in the plan's words through Overview ▸ Edit event….
    f.find<QTabWidget>(QStringLiteral("tabs"))->setCurrentIndex(MainWindow::OverviewTab);
    whenDialogOpens(QStringLiteral("eventDialog"), [](QDialog *d) {
        auto *edit = d->findChild<QPlainTextEdit *>(QStringLiteral("planTextEdit"));
        REQUIRE(edit);
        QString text = edit->toPlainText();
        CHECK(text.contains(QStringLiteral("+ Huyện Dương Minh Châu: 22 đồng chí")));
        text.replace(QStringLiteral("+ Huyện Dương Minh Châu: 22 đồng chí"),
                     QStringLiteral("+ Huyện Dương Minh Châu: 25 đồng chí"));
        edit->setPlainText(text);
        d->accept();
    });
    f.find<QPushButton>(QStringLiteral("editEventButton"))->click();
    QTest::qWait(20);
    CHECK(s->event()->planText.contains(QStringLiteral("+ Huyện Dương Minh Châu: 25 đồng chí")));
    CHECK_FALSE(s->event()->planText.contains(QStringLiteral("22 đồng chí")));
}
