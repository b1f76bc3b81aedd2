// The real window, driven as a person would: find widgets by objectName, type, click, and
// read back what the window and the data file show.
#include "support/guisupport.h"
#include "support/testsupport.h"

#include "mainwindow.h"
#include "models/agendatablemodel.h"
#include "models/statistics.h"
#include "services/sampleevent.h"
#include "session/session.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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

namespace {

struct Fixture : testsupport::WindowFixture
{
};

} // namespace

TEST_CASE("The window opens a new file with the sample event and shows its six tabs", "[gui]")
{
    Fixture f;
    auto *tabs = f.find<QTabWidget>("tabs");
    REQUIRE(tabs->count() == 6);
    const QStringList pages = { QStringLiteral("overviewPage"),  QStringLiteral("attendeesPage"),
                                QStringLiteral("questionsPage"), QStringLiteral("agendaPage"),
                                QStringLiteral("plansPage"),     QStringLiteral("budgetPage") };
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(20);
        CHECK(tabs->currentWidget()->objectName() == pages.at(i));
        CHECK(tabs->currentWidget()->isVisible());
    }
    // The sample event is selected and its title shown on the overview.
    auto *selector = f.find<QComboBox>("eventSelector");
    REQUIRE(selector->count() == 1);
    CHECK(selector->currentText().contains(QStringLiteral("Tây Ninh năm 2021")));
    CHECK(f.find<QLabel>("eventTitleLabel")->text().contains(QStringLiteral("Gặp gỡ, đối thoại")));
    // Programme: the six items of the seed.
    CHECK(f.find<QTableView>("agendaTable")->model()->rowCount() == 6);
}

TEST_CASE("Adding an attendee through the form, then undo and redo", "[gui]")
{
    Fixture f;
    f.find<QTabWidget>("tabs")->setCurrentIndex(MainWindow::AttendeesTab);
    auto *table = f.find<QTableView>("attendeeTable");
    const int before = table->model()->rowCount();
    Session *session = f.window.session();

    whenDialogOpens(QStringLiteral("attendeeDialog"), [](QDialog *d) {
        auto *name = d->findChild<QLineEdit *>(QStringLiteral("fullNameEdit"));
        REQUIRE(name);
        typeText(name, QStringLiteral("Nguyễn Thị Ánh Hồng"));
        // The full name is split as it is typed.
        CHECK(d->findChild<QLineEdit *>(QStringLiteral("familyNameEdit"))->text()
              == QStringLiteral("Nguyễn"));
        CHECK(d->findChild<QLineEdit *>(QStringLiteral("middleNameEdit"))->text()
              == QStringLiteral("Thị Ánh"));
        CHECK(d->findChild<QLineEdit *>(QStringLiteral("givenNameEdit"))->text()
              == QStringLiteral("Hồng"));
        auto *unit = d->findChild<QComboBox *>(QStringLiteral("unitCombo"));
        unit->setCurrentIndex(unit->findText(QStringLiteral("Thị đoàn Hòa Thành")));
        QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("phoneEdit")),
                         QStringLiteral("0912 345 678"));
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    f.find<QPushButton>("addAttendeeButton")->click();
    QTest::qWait(50);

    REQUIRE(table->model()->rowCount() == before + 1);
    const QList<Attendee> people = session->attendees().list(session->eventId());
    auto it = std::find_if(people.begin(), people.end(), [](const Attendee &a) {
        return a.middleName == QStringLiteral("Thị Ánh");
    });
    REQUIRE(it != people.end());
    CHECK(it->familyName == QStringLiteral("Nguyễn"));
    CHECK(it->middleName == QStringLiteral("Thị Ánh"));
    CHECK(session->units().get(it->unitId)->name == QStringLiteral("Thị đoàn Hòa Thành"));

    // The search box finds her without accents, and by phone digits typed with spaces.
    auto *search = f.find<QLineEdit>("attendeeSearch");
    QTest::keyClicks(search, QStringLiteral("anh hong"));
    CHECK(table->model()->rowCount() == 1);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("0912 345"));
    CHECK(table->model()->rowCount() == 1);
    search->clear();

    // Edit ▸ Undo names the action and removes her; Redo brings her back.
    QAction *undo = f.undo();
    REQUIRE(undo->isEnabled());
    CHECK(undo->text().contains(QStringLiteral("Nguyễn Thị Ánh Hồng")));
    undo->trigger();
    CHECK(table->model()->rowCount() == before);
    CHECK(session->attendees().count(session->eventId()) == before);
    f.find<QAction>("redoAction")->trigger();
    CHECK(table->model()->rowCount() == before + 1);
}

TEST_CASE("Switching the plan with a reason, seeing it everywhere, and undoing it", "[gui]")
{
    Fixture f;
    Session *session = f.window.session();
    const int attendees = session->attendees().count(session->eventId());
    f.find<QTabWidget>("tabs")->setCurrentIndex(MainWindow::PlansTab);
    auto *status = f.find<QLabel>("activePlanLabel");
    CHECK(status->text().contains(planKindLabel(PlanKind::InPerson)));

    whenDialogOpens(QStringLiteral("switchPlanDialog"), [](QDialog *d) {
        auto *buttons = d->findChild<QDialogButtonBox *>();
        // A reason is required.
        CHECK_FALSE(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        typeText(d->findChild<QLineEdit *>(QStringLiteral("reasonEdit")),
                 QStringLiteral("Tỉnh áp dụng Chỉ thị 15/CT-TTg"));
        buttons->button(QDialogButtonBox::Ok)->click();
    });
    f.find<QPushButton>("switchPlanButton")->click();
    QTest::qWait(50);

    CHECK(session->activePlan() == PlanKind::Online);
    CHECK(status->text().contains(planKindLabel(PlanKind::Online)));
    auto *log = f.find<QTableView>("planSwitchLog");
    REQUIRE(log->model()->rowCount() == 1);
    CHECK(log->model()->index(0, 3).data().toString()
          == QStringLiteral("Tỉnh áp dụng Chỉ thị 15/CT-TTg"));
    // Nothing is lost by switching.
    CHECK(session->attendees().count(session->eventId()) == attendees);

    f.undo()->trigger();
    CHECK(session->activePlan() == PlanKind::InPerson);
    CHECK(status->text().contains(planKindLabel(PlanKind::InPerson)));
    CHECK(log->model()->rowCount() == 0);
}

TEST_CASE("Programme items reorder with Alt+Down and the clock times follow", "[gui]")
{
    Fixture f;
    Session *session = f.window.session();
    f.find<QTabWidget>("tabs")->setCurrentIndex(MainWindow::AgendaTab);
    auto *table = f.find<QTableView>("agendaTable");
    const QString first = table->model()->index(0, AgendaTableModel::TitleColumn).data().toString();
    const QString second
        = table->model()->index(1, AgendaTableModel::TitleColumn).data().toString();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, AgendaTableModel::TitleColumn));
    QTest::keyClick(table, Qt::Key_Down, Qt::AltModifier);
    QTest::qWait(20);
    CHECK(table->model()->index(0, AgendaTableModel::TitleColumn).data().toString() == second);
    CHECK(table->model()->index(1, AgendaTableModel::TitleColumn).data().toString() == first);
    const QList<AgendaItem> stored = session->agenda().list(session->eventId());
    CHECK(stored.at(0).title == second);
    CHECK(table->currentIndex().row() == 1); // the moved item stays selected
    f.undo()->trigger();
    CHECK(session->agenda().list(session->eventId()).at(0).title == first);
}

TEST_CASE("A new file opens on the welcome page, and the sample is made only when asked, once, and "
          "marked",
          "[gui][welcome]")
{
    QTemporaryDir dir;
    QSettings().clear();
    MainWindow window;
    const QString path = dir.filePath(QStringLiteral("first.sqlite"));
    REQUIRE(window.openFile(path));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    REQUIRE(tabs->count() == 1);
    CHECK(tabs->currentWidget()->objectName() == QStringLiteral("welcomePage"));
    for (const char *name : { "sampleButton", "newEventButton", "openFileButton" }) {
        auto *b = window.findChild<QPushButton *>(QLatin1String(name));
        REQUIRE(b);
        CHECK(b->isVisible());
    }
    CHECK(window.session()->events().list().isEmpty()); // nothing made unasked

    window.findChild<QPushButton *>(QStringLiteral("sampleButton"))->click();
    QTest::qWait(20);
    REQUIRE(tabs->count() == 6);
    auto *selector = window.findChild<QComboBox *>(QStringLiteral("eventSelector"));
    REQUIRE(selector->count() == 1);
    CHECK(selector->currentText().startsWith(QStringLiteral("[Sample] ")));
    // Its 2021 deadline is long past, and no alarm says so.
    for (const Warning &w : computeWarnings(*window.session(), QDate::currentDate()))
        CHECK_FALSE(w.text.contains(QStringLiteral("30/08/2021")));

    // Asked again (as `--sample` on this file does): still the one sample.
    const auto again = ensureSampleEvent(window.session()->database());
    REQUIRE(again);
    CHECK(*again == window.session()->eventId());
    CHECK(window.session()->events().list().size() == 1);
}
