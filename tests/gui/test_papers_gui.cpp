// The Papers menu and dialogs, driven as a person would: settings saved and undone, a paper
// saved as PDF and read back, letters followed by "mark these people as invited".
#include "support/guisupport.h"
#include "support/testsupport.h"

#include "dialogs/paperdialog.h"
#include "mainwindow.h"
#include "services/paperservice.h"
#include "session/session.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
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
    f.find<QTabWidget>(QStringLiteral("tabs"))->setCurrentIndex(MainWindow::AttendeesTab);
    auto *table = f.find<QTableView>(QStringLiteral("attendeeTable"));
    REQUIRE(table->model()->rowCount() >= 3);
    const int notInvitedBefore = f.countWithStatus(InvitationStatus::NotInvited);
    REQUIRE(notInvitedBefore >= 3);
    table->selectionModel()->select(table->model()->index(0, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);

    const QString pdf = f.dir.filePath(QStringLiteral("letters.pdf"));
    bool saved = false;
    bool asked = false;
    whenDialogOpens(QStringLiteral("paperDialog"), [&](QDialog *d) {
        auto *dialog = qobject_cast<PaperDialog *>(d);
        REQUIRE(dialog);
        CHECK(dialog->kind() == PaperKind::PersonInvitation);
        CHECK(d->findChild<QRadioButton *>(QStringLiteral("toSelectedRadio"))->isChecked());
        CHECK(dialog->letterRecipients().size() == 2);
        whenDialogOpens(QStringLiteral("markInvitedQuestion"), [&](QDialog *q) {
            asked = true;
            auto *box = qobject_cast<QMessageBox *>(q);
            REQUIRE(box);
            CHECK(box->text().contains(QLatin1Char('2')));
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
    CHECK(testsupport::pdfPageCount(pdf) == 2);
    CHECK(testsupport::pdfText(pdf).contains(QStringLiteral("GIẤY MỜI")));
    CHECK(f.countWithStatus(InvitationStatus::Invited) == 2);
    CHECK(f.countWithStatus(InvitationStatus::NotInvited) == notInvitedBefore - 2);
    for (const Attendee &a : f.session()->attendees().list(f.session()->eventId()))
        if (a.status == InvitationStatus::Invited)
            CHECK(a.invitedOn == QDate::currentDate());

    // One undo reverts both.
    f.find<QAction>(QStringLiteral("undoAction"))->trigger();
    CHECK(f.countWithStatus(InvitationStatus::Invited) == 0);
    CHECK(f.countWithStatus(InvitationStatus::NotInvited) == notInvitedBefore);
}

TEST_CASE("Letters to everyone not yet invited: only they are marked, and numbered", "[gui]")
{
    Fixture f;
    const int everyone = f.countWithStatus(InvitationStatus::NotInvited);
    REQUIRE(everyone > 0);
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
    CHECK(testsupport::pdfPageCount(pdf) == everyone);
    CHECK(testsupport::pdfText(pdf).contains(QStringLiteral("Số: 1-GM/TĐTN-VP")));
    CHECK(f.countWithStatus(InvitationStatus::Invited) == everyone);
    // The number is taken for good; the next paper of the kind gets 2.
    CHECK(f.session()
              ->events()
              .documentSettings(f.session()->eventId())
              .numbering.value(PaperKind::PersonInvitation)
              .nextNumber
          == 2);
    f.find<QAction>(QStringLiteral("undoAction"))->trigger();
    CHECK(f.countWithStatus(InvitationStatus::NotInvited) == everyone);
}

TEST_CASE("Letters as one PDF per unit into a folder, named after the units", "[gui]")
{
    Fixture f;
    const QString folder = f.dir.filePath(QStringLiteral("per unit"));
    bool saved = false;
    QList<qint64> recipients;
    whenDialogOpens(QStringLiteral("paperDialog"), [&](QDialog *d) {
        auto *dialog = qobject_cast<PaperDialog *>(d);
        REQUIRE(dialog);
        CHECK(d->findChild<QPushButton *>(QStringLiteral("saveFolderButton"))->isVisible());
        d->findChild<QRadioButton *>(QStringLiteral("toEveryoneRadio"))->setChecked(true);
        recipients = dialog->letterRecipients();
        whenDialogOpens(QStringLiteral("markInvitedQuestion"), [](QDialog *q) {
            qobject_cast<QMessageBox *>(q)->button(QMessageBox::No)->click();
        });
        saved = dialog->saveToFolder(folder);
        d->reject();
    });
    f.find<QAction>(QStringLiteral("paperAction_invitation"))->trigger();
    QTest::qWait(20);
    REQUIRE(saved);

    // One file per unit of the invitees, one page per person of that unit.
    QHash<qint64, int> perUnit;
    for (const Attendee &a : f.session()->attendees().get(recipients))
        ++perUnit[a.unitId];
    const QStringList files = QDir(folder).entryList({ QStringLiteral("*.pdf") }, QDir::Files);
    CHECK(files.size() == perUnit.size());
    int pages = 0;
    for (auto it = perUnit.cbegin(); it != perUnit.cend(); ++it) {
        const Unit unit = *f.session()->units().get(it.key());
        const QString name
            = paperservice::safeFileName(unit.shortName.isEmpty() ? unit.name : unit.shortName);
        const QString path = QDir(folder).filePath(name + QStringLiteral(".pdf"));
        INFO(path.toStdString());
        REQUIRE(QFileInfo::exists(path));
        CHECK(testsupport::pdfPageCount(path) == it.value());
        pages += testsupport::pdfPageCount(path);
    }
    CHECK(pages == recipients.size());
    // "No" to the question: nobody is marked, nothing to undo.
    CHECK(f.countWithStatus(InvitationStatus::Invited) == 0);
    CHECK_FALSE(f.find<QAction>(QStringLiteral("undoAction"))->isEnabled());
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
