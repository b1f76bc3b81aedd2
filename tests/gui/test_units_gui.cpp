// The unit directory as a secretariat user keeps it: a new district union with its e-mail
// (so that its questions are matched) and its quota, then undo.
#include "support/guisupport.h"
#include "support/testsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace dd;
using testsupport::typeText;
using testsupport::whenDialogOpens;

TEST_CASE("A unit is added with its e-mail and quota from the units dialog, and undone", "[gui]")
{
    // The sample holds the nine district unions; a directly affiliated union is the user's to add.
    testsupport::WindowFixture f(QStringLiteral("units.sqlite"));
    Session *s = f.session();
    const int before = int(s->units().list().size());

    whenDialogOpens(QStringLiteral("unitsDialog"), [](QDialog *units) {
        whenDialogOpens(QStringLiteral("unitDialog"), [](QDialog *d) {
            typeText(d->findChild<QLineEdit *>(QStringLiteral("unitNameEdit")),
                     QStringLiteral("Đoàn Khối các cơ quan và doanh nghiệp tỉnh"));
            typeText(d->findChild<QLineEdit *>(QStringLiteral("unitEmailEdit")),
                     QStringLiteral("doankhoi.tayninh@gmail.com"));
            auto *part = d->findChild<QComboBox *>(QStringLiteral("unitPartCombo"));
            part->setCurrentIndex(part->findData(int(UnitRole::Host)));
            d->findChild<QSpinBox *>(QStringLiteral("unitQuotaSpin"))->setValue(18);
            testsupport::shoot(d, QStringLiteral("unit-dialog"));
            d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        units->findChild<QPushButton *>(QStringLiteral("addUnitButton"))->click();
        QTest::qWait(20);
        CHECK(units->findChild<QTableView *>(QStringLiteral("unitTable"))
                  ->model()
                  ->index(0, 0)
                  .data()
                  .isValid());
        testsupport::shoot(units, QStringLiteral("units-dialog"));
        units->reject();
    });
    f.find<QAction>("unitsAction")->trigger();
    QTest::qWait(50);

    REQUIRE(int(s->units().list().size()) == before + 1);
    const auto unit = s->units().findByEmail(QStringLiteral("doankhoi.tayninh@gmail.com"));
    REQUIRE(unit);
    CHECK(unit->name == QStringLiteral("Đoàn Khối các cơ quan và doanh nghiệp tỉnh"));
    const auto part = s->units().eventUnit(s->eventId(), unit->id);
    REQUIRE(part);
    CHECK(part->role == UnitRole::Host);
    CHECK(part->quota == 18);
    CHECK(f.undo()->text().contains(QStringLiteral("Đoàn Khối các cơ quan và doanh nghiệp tỉnh")));
    f.undo()->trigger();
    CHECK(int(s->units().list().size()) == before);
    CHECK_FALSE(s->units().findByEmail(QStringLiteral("doankhoi.tayninh@gmail.com")));
}

TEST_CASE("A unit still used by people cannot be deleted and the dialog says why", "[gui]")
{
    testsupport::WindowFixture f(QStringLiteral("units2.sqlite"));
    Session *s = f.session();
    const int before = int(s->units().list().size());
    whenDialogOpens(QStringLiteral("unitsDialog"), [](QDialog *units) {
        auto *table = units->findChild<QTableView *>(QStringLiteral("unitTable"));
        // Find Huyện đoàn Dương Minh Châu: its co-chair is in the event.
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, 0).data().toString()
                == QStringLiteral("Huyện đoàn Dương Minh Châu"))
                table->setCurrentIndex(table->model()->index(r, 0));
        units->findChild<QPushButton *>(QStringLiteral("deleteUnitButton"))->click();
        CHECK(units->findChild<QLabel *>(QStringLiteral("unitsMessage"))
                  ->text()
                  .contains(QStringLiteral("Huyện đoàn Dương Minh Châu")));
        units->reject();
    });
    f.find<QAction>("unitsAction")->trigger();
    QTest::qWait(50);
    CHECK(int(s->units().list().size()) == before);
}
