// Issue 14.2 in the window: the list a clerk is working in keeps its selection, current cell and
// scroll position through edits, and a unit filter on a unit that is undone away falls back to
// all units.
#include "support/guisupport.h"
#include "support/sessionsupport.h"
#include "support/testsupport.h"

#include "edit/attendeeactions.h"
#include "edit/commands.h"
#include "models/attendeetablemodel.h"

#include <QComboBox>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>

using namespace dd;

TEST_CASE("The attendee list keeps its selection and scroll through a check-in and undo",
          "[gui][changes]")
{
    testsupport::WindowFixture f(QStringLiteral("stay.sqlite"));
    Session *s = f.session();
    f.window.resize(1024, 600);
    QList<Attendee> people;
    const qint64 unit = s->units().list().first().id;
    for (int i = 0; i < 120; ++i) {
        Attendee a = testsupport::person(
            *s, QStringLiteral("Nguyễn Văn Người%1").arg(i, 3, 10, QLatin1Char('0')));
        a.unitId = unit;
        people << a;
    }
    REQUIRE(s->push(commands::addAttendees(s, people)));
    f.find<QTabWidget>("tabs")->setCurrentWidget(f.find<QWidget>("attendeesPage"));
    auto *table = f.find<QTableView>("attendeeTable");
    QTest::qWait(20);
    REQUIRE(table->model()->rowCount() == 125);

    const QModelIndex target = table->model()->index(80, AttendeeTableModel::PhoneColumn);
    table->setCurrentIndex(target);
    table->scrollTo(target, QAbstractItemView::PositionAtCenter);
    const int scroll = table->verticalScrollBar()->value();
    REQUIRE(scroll > 0);
    const qint64 id = target.data(SessionTableModel::IdRole).toLongLong();

    // Someone else is checked in: nothing the clerk sees moves.
    const qint64 other = table->model()->index(3, 0).data(SessionTableModel::IdRole).toLongLong();
    REQUIRE(s->push(attendeeactions::checkIn(s, { other }, QDateTime::currentDateTime())));
    CHECK(table->currentIndex().row() == 80);
    CHECK(table->currentIndex().column() == AttendeeTableModel::PhoneColumn);
    CHECK(table->currentIndex().data(SessionTableModel::IdRole).toLongLong() == id);
    CHECK(table->selectionModel()->isRowSelected(80, {}));
    CHECK(table->verticalScrollBar()->value() == scroll);

    // A person added above the current one and undone: the current row follows its person.
    REQUIRE(s->push(
        commands::addAttendees(s, { testsupport::person(*s, QStringLiteral("Lê Thị An")) })));
    CHECK(table->currentIndex().data(SessionTableModel::IdRole).toLongLong() == id);
    f.undo()->trigger();
    f.undo()->trigger();
    CHECK(table->currentIndex().row() == 80);
    CHECK(table->currentIndex().data(SessionTableModel::IdRole).toLongLong() == id);
    CHECK(table->verticalScrollBar()->value() == scroll);
}

TEST_CASE("A unit filter on a unit that is undone away falls back to all units", "[gui][changes]")
{
    testsupport::WindowFixture f(QStringLiteral("unitgone.sqlite"));
    Session *s = f.session();
    auto *table = f.find<QTableView>("attendeeTable");
    auto *unitFilter = f.find<QComboBox>("unitFilter");
    const int everyone = table->model()->rowCount();
    REQUIRE(everyone == 5);

    Unit u;
    u.name = QStringLiteral("Đoàn Khối các cơ quan tỉnh");
    REQUIRE(s->push(commands::addUnit(s, u)));
    const int at = unitFilter->findText(u.name);
    REQUIRE(at > 0);
    unitFilter->setCurrentIndex(at);
    CHECK(table->model()->rowCount() == 0);

    f.undo()->trigger();
    CHECK(unitFilter->findText(u.name) < 0);
    CHECK(unitFilter->currentData().toLongLong() == 0);
    CHECK(unitFilter->currentText() == unitFilter->itemText(0));
    CHECK(table->model()->rowCount() == everyone);
}
