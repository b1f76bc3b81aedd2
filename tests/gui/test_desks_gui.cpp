// Two desks on one PostgreSQL database (issue 18): what the door desk does appears in the
// office's window without reloading, and each sees who else is connected. Runs as "gui@pg"
// only ([server]): scripts/test starts the cluster.
#include "support/desksupport.h"
#include "support/guisupport.h"
#include "support/storesupport.h"
#include "support/testsupport.h"

#include "models/attendeetablemodel.h"
#include "serverdesk.h"

#include <QAbstractProxyModel>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>

using namespace dd;
using testsupport::child;
using testsupport::eventually;

namespace {

// The text the attendee list of `w` shows in `column` for person `id`.
QString shown(MainWindow &w, qint64 id, int column)
{
    auto *view = child<QTableView>(w, "attendeeTable");
    QAbstractItemModel *model = view->model();
    while (auto *proxy = qobject_cast<QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    auto *people = qobject_cast<AttendeeTableModel *>(model);
    REQUIRE(people);
    for (int row = 0; row < people->rowCount(); ++row)
        if (people->idAt(row) == id)
            return people->index(row, column).data().toString();
    return QStringLiteral("(not listed)");
}

} // namespace

TEST_CASE("Two desks on one server: a check-in at the door shows in the office's list, and "
          "each desk sees the other connected",
          "[server][gui]")
{
    MainWindow door;
    const QString uri = testsupport::openSampleDesk(door, QStringLiteral("Cửa chính"));

    ServerDesk::setDeskName(QStringLiteral("Văn phòng"));
    MainWindow office;
    REQUIRE(office.openFile(uri));
    office.show();
    REQUIRE(QTest::qWaitForWindowExposed(&office));
    REQUIRE(office.session()->eventId() == door.session()->eventId());
    office.showTab(MainWindow::AttendeesTab);

    qint64 hongId = 0;
    for (const Attendee &a : office.session()->attendees().list(office.session()->eventId()))
        if (a.fullName() == QStringLiteral("Đoàn Thị Hồng"))
            hongId = a.id;
    REQUIRE(hongId > 0);
    CHECK(shown(office, hongId, AttendeeTableModel::CheckedInColumn).isEmpty());
    CHECK(child<QLabel>(office, "attendeeCountLabel")
              ->text()
              .endsWith(QStringLiteral("· 0 present")));

    // The door desk checks her in as it does on the day: a few letters, Enter.
    door.showTab(MainWindow::AttendeesTab);
    child<QCheckBox>(door, "checkInModeCheck")->setChecked(true);
    auto *search = child<QLineEdit>(door, "attendeeSearch");
    QTest::keyClicks(search, QStringLiteral("doan hong"));
    QTest::keyClick(search, Qt::Key_Return);
    const auto hong = door.session()->attendees().get(hongId);
    REQUIRE(hong);
    REQUIRE(hong->checkedInAt.isValid());

    // The office's list shows it in her row, and its count moves, without reloading.
    const QString time = hong->checkedInAt.toString(QStringLiteral("HH:mm"));
    CHECK(eventually(
        [&] { return shown(office, hongId, AttendeeTableModel::CheckedInColumn) == time; }));
    CHECK(child<QLabel>(office, "attendeeCountLabel")
              ->text()
              .endsWith(QStringLiteral("· 1 present")));

    // Each desk's status bar names the other.
    child<ServerDesk>(office, "serverDesk")->refresh();
    child<ServerDesk>(door, "serverDesk")->refresh();
    CHECK(child<QLabel>(office, "desksLabel")->text()
          == QStringLiteral("Also connected: Cửa chính"));
    CHECK(child<QLabel>(door, "desksLabel")->text() == QStringLiteral("Also connected: Văn phòng"));
}
