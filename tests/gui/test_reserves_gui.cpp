// Reserve delegates in the real window: marked in the attendee dialog, shown and filtered in
// the Attendees table, counted apart in the quota panel, and put in a delegate's place by
// Substitute… in one step that one undo takes back.
#include "support/guisupport.h"
#include "support/sessionsupport.h"
#include "support/testsupport.h"

#include "edit/commands.h"
#include "models/attendeetablemodel.h"
#include "models/simplemodels.h"
#include "session/session.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace dd;
using testsupport::typeText;
using testsupport::whenDialogOpens;

namespace {

const QString kUnit = QStringLiteral("Huyện đoàn Dương Minh Châu");

std::optional<Attendee> byName(Session *s, const QString &fullName)
{
    for (const Attendee &a : s->attendees().list(s->eventId()))
        if (a.fullName() == fullName)
            return a;
    return std::nullopt;
}

} // namespace

TEST_CASE("a reserve is made in the dialog and shown apart and takes a delegate's place",
          "[gui][reserve]")
{
    testsupport::WindowFixture f;
    Session *s = f.session();
    f.find<QTabWidget>("tabs")->setCurrentIndex(MainWindow::AttendeesTab);
    auto *table = f.find<QTableView>("attendeeTable");

    // A delegate of the union, invited.
    Attendee lan = testsupport::person(*s, QStringLiteral("Phạm Thị Lan"));
    lan.unitId = s->units().findByName(kUnit)->id;
    lan.status = InvitationStatus::Invited;
    lan.invitedOn = QDate(2021, 9, 1);
    REQUIRE(s->push(commands::addAttendees(s, { lan })));

    // The reserve, through the form.
    whenDialogOpens(QStringLiteral("attendeeDialog"), [](QDialog *d) {
        typeText(d->findChild<QLineEdit *>(QStringLiteral("fullNameEdit")),
                 QStringLiteral("Trịnh Văn Hậu"));
        auto *unit = d->findChild<QComboBox *>(QStringLiteral("unitCombo"));
        unit->setCurrentIndex(unit->findText(kUnit));
        auto *reserve = d->findChild<QCheckBox *>(QStringLiteral("reserveCheck"));
        REQUIRE(reserve);
        CHECK_FALSE(reserve->isChecked());
        reserve->click();
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    f.find<QPushButton>("addAttendeeButton")->click();
    QTest::qWait(50);
    const auto hau = byName(s, QStringLiteral("Trịnh Văn Hậu"));
    REQUIRE(hau);
    CHECK(hau->reserve);

    // The role filter shows the reserves alone, marked in the role column.
    auto *roles = f.find<QComboBox>("roleFilter");
    const int reservesItem = roles->findText(QStringLiteral("Reserve delegates"));
    REQUIRE(reservesItem >= 0);
    roles->setCurrentIndex(reservesItem);
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, AttendeeTableModel::NameColumn).data().toString()
          == QStringLiteral("Trịnh Văn Hậu"));
    CHECK(table->model()->index(0, AttendeeTableModel::RoleColumn).data().toString()
          == QStringLiteral("Delegate (reserve)"));
    roles->setCurrentIndex(0);

    // The quota panel: Lan counts, Hậu is a reserve.
    auto *quotas = f.find<QTableView>("quotaTable");
    int quotaRow = -1;
    for (int r = 0; r < quotas->model()->rowCount(); ++r)
        if (quotas->model()->index(r, UnitQuotaModel::UnitColumn).data().toString() == kUnit)
            quotaRow = r;
    REQUIRE(quotaRow >= 0);
    CHECK(quotas->model()->headerData(UnitQuotaModel::ReservesColumn, Qt::Horizontal).toString()
          == QStringLiteral("Reserves"));
    CHECK(quotas->model()->index(quotaRow, UnitQuotaModel::CountedColumn).data().toInt() == 1);
    CHECK(quotas->model()->index(quotaRow, UnitQuotaModel::ReservesColumn).data().toInt() == 1);

    // Lan cannot come: Substitute… offers Hậu first, then a new person.
    auto *search = f.find<QLineEdit>("attendeeSearch");
    QTest::keyClicks(search, QStringLiteral("pham thi lan"));
    REQUIRE(table->model()->rowCount() == 1);
    table->selectRow(0);
    QStringList offered;
    whenDialogOpens(QStringLiteral("reserveChoiceDialog"), [&offered](QDialog *d) {
        auto *list = d->findChild<QListWidget *>(QStringLiteral("reserveList"));
        REQUIRE(list);
        for (int i = 0; i < list->count(); ++i)
            offered << list->item(i)->text();
        list->setCurrentRow(0);
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    f.find<QPushButton>("substituteButton")->click();
    QTest::qWait(50);
    CHECK(offered
          == QStringList { QStringLiteral("Trịnh Văn Hậu"), QStringLiteral("A new person…") });
    CHECK(byName(s, QStringLiteral("Phạm Thị Lan"))->status == InvitationStatus::Replaced);
    const auto promoted = byName(s, QStringLiteral("Trịnh Văn Hậu"));
    CHECK_FALSE(promoted->reserve);
    CHECK(promoted->substituteForId == byName(s, QStringLiteral("Phạm Thị Lan"))->id);
    CHECK(promoted->status == InvitationStatus::Invited);
    CHECK(quotas->model()->index(quotaRow, UnitQuotaModel::CountedColumn).data().toInt() == 1);
    CHECK(quotas->model()->index(quotaRow, UnitQuotaModel::ReservesColumn).data().toInt() == 0);

    // One undo takes both back.
    f.undo()->trigger();
    QTest::qWait(20);
    CHECK(byName(s, QStringLiteral("Phạm Thị Lan"))->status == InvitationStatus::Invited);
    CHECK(byName(s, QStringLiteral("Trịnh Văn Hậu"))->reserve);
    CHECK(quotas->model()->index(quotaRow, UnitQuotaModel::ReservesColumn).data().toInt() == 1);
}
