// Two desks on one PostgreSQL database (issue 18, point 3): an edit in one window of a row the
// other desk changed since the list showed it is refused, and the window asks — their value or
// mine — by a dialog whose buttons are clicked here by name. Runs as "gui@pg" only ([server]).
#include "support/desksupport.h"
#include "support/guisupport.h"
#include "support/storesupport.h"
#include "support/testsupport.h"

#include "edit/commands.h"
#include "models/attendeetablemodel.h"
#include "serverdesk.h"

#include <QAbstractProxyModel>
#include <QElapsedTimer>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>

using namespace dd;
using testsupport::child;
using testsupport::eventually;

namespace {

// The index of `column` of person `id` in the list `w` shows (through its filter).
QModelIndex cell(MainWindow &w, qint64 id, int column)
{
    auto *view = child<QTableView>(w, "attendeeTable");
    QAbstractItemModel *model = view->model();
    QList<QAbstractProxyModel *> proxies;
    while (auto *proxy = qobject_cast<QAbstractProxyModel *>(model)) {
        proxies.prepend(proxy);
        model = proxy->sourceModel();
    }
    auto *people = qobject_cast<AttendeeTableModel *>(model);
    REQUIRE(people);
    for (int row = 0; row < people->rowCount(); ++row) {
        if (people->idAt(row) == id) {
            QModelIndex index = people->index(row, column);
            for (QAbstractProxyModel *proxy : std::as_const(proxies))
                index = proxy->mapFromSource(index);
            return index;
        }
    }
    return {};
}

// The digits of a phone as the list shows it ("0913.222.333").
QString digits(const QVariant &shown)
{
    return shown.toString().remove(QLatin1Char('.'));
}

// The other desk changes the phone of person `id`.
void theyChangePhone(MainWindow &desk, qint64 id, const QString &phone)
{
    Session &s = *desk.session();
    Attendee a = *s.attendees().get(id);
    a.phone = phone;
    REQUIRE(s.push(commands::editAttendees(&s, { a })));
}

} // namespace

TEST_CASE("Two desks on one server: an edit of a row the other desk changed since asks which "
          "value to keep, and both answers do what they say",
          "[server][gui]")
{
    MainWindow office;
    const QString uri = testsupport::openSampleDesk(office, QStringLiteral("Ban Tổ chức"));
    office.showTab(MainWindow::AttendeesTab);

    ServerDesk::setDeskName(QStringLiteral("Văn phòng"));
    MainWindow other;
    REQUIRE(other.openFile(uri));
    REQUIRE(other.session()->eventId() == office.session()->eventId());

    qint64 hongId = 0;
    for (const Attendee &a : office.session()->attendees().list(office.session()->eventId()))
        if (a.fullName() == QStringLiteral("Đoàn Thị Hồng"))
            hongId = a.id;
    REQUIRE(hongId > 0);
    const QString shownPhone = office.session()->attendees().get(hongId)->phone;

    // The other desk changes her phone; before the office's list has heard of it, the office
    // types a new one into the same cell.
    theyChangePhone(other, hongId, QStringLiteral("0913222333"));
    auto *view = child<QTableView>(office, "attendeeTable");
    const QModelIndex phone = cell(office, hongId, AttendeeTableModel::PhoneColumn);
    REQUIRE(phone.isValid());
    CHECK(digits(phone.data()) == shownPhone);
    view->model()->setData(phone, QStringLiteral("0987654321"), Qt::EditRole);

    QPointer<QDialog> dialog = office.findChild<QDialog *>(QStringLiteral("conflictDialog"));
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(*dialog, "theirValueLabel")->text()
          == QStringLiteral("Their value: “0913222333”"));
    CHECK(child<QLabel>(*dialog, "yourValueLabel")->text()
          == QStringLiteral("Your value: “0987654321”"));
    CHECK(child<QLabel>(*dialog, "readValueLabel")->text()
          == QStringLiteral("You read: “%1”").arg(shownPhone));
    CHECK(child<QLabel>(*dialog, "conflictMessage")->text()
          == QStringLiteral("Another desk changed the phone of this person (row %1) after you "
                            "read it; nothing of yours was written.")
                 .arg(hongId));
    CHECK(office.session()->attendees().get(hongId)->phone == QStringLiteral("0913222333"));

    // "Take their value": nothing of the office's is written, its list shows theirs.
    QTest::mouseClick(child<QPushButton>(*dialog, "takeTheirsButton"), Qt::LeftButton);
    CHECK(eventually([&] {
        return digits(cell(office, hongId, AttendeeTableModel::PhoneColumn).data())
            == QStringLiteral("0913222333");
    }));
    CHECK(office.session()->attendees().get(hongId)->phone == QStringLiteral("0913222333"));
    const int steps = office.session()->undoStack()->count();

    // Again, and this time "Overwrite": the office's value over theirs, as an edit it can undo.
    theyChangePhone(other, hongId, QStringLiteral("0913444555"));
    view->model()->setData(cell(office, hongId, AttendeeTableModel::PhoneColumn),
                           QStringLiteral("0987654321"), Qt::EditRole);
    CHECK(eventually([&] { return dialog.isNull(); })); // the first one closed and went
    QDialog *second = nullptr;
    for (auto *d : office.findChildren<QDialog *>(QStringLiteral("conflictDialog")))
        if (d->isVisible())
            second = d;
    REQUIRE(second);
    CHECK(child<QLabel>(*second, "theirValueLabel")->text()
          == QStringLiteral("Their value: “0913444555”"));
    QTest::mouseClick(child<QPushButton>(*second, "overwriteButton"), Qt::LeftButton);
    CHECK(office.session()->attendees().get(hongId)->phone == QStringLiteral("0987654321"));
    CHECK(office.session()->undoStack()->count() == steps + 1);
    CHECK(other.session()->attendees().get(hongId)->phone == QStringLiteral("0987654321"));
}
