// The Budget tab as the Văn phòng uses it: a line added and typed in place, its price typed
// with dots, moved to plan 1 only by its tick, the totals of both plans in figures and words,
// and every step undone with Ctrl+Z.
#include "support/guisupport.h"
#include "support/testsupport.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace dd;

TEST_CASE("Budget tab: lines typed in place, plans ticked, totals in words, undo", "[gui]")
{
    testsupport::WindowFixture f(QStringLiteral("budget.sqlite"));
    Session *s = f.session();
    auto *tabs = f.find<QTabWidget>("tabs");
    tabs->setCurrentIndex(MainWindow::BudgetTab);
    auto *table = f.find<QTableView>("budgetTable");
    auto *totals = f.find<QLabel>("budgetTotals");
    QAbstractItemModel *model = table->model();

    f.find<QPushButton>("addBudgetButton")->click();
    QTest::qWait(20);
    REQUIRE(model->rowCount() == 1);
    // The content is open for typing at once.
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(editor);
    testsupport::typeText(editor, QStringLiteral("Thuê hội trường"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::qWait(20);
    const auto set = [&](int column, const QString &text) {
        REQUIRE(model->setData(model->index(0, column), text, Qt::EditRole));
    };
    set(0, QStringLiteral("Hội trường"));
    set(2, QStringLiteral("buổi"));
    set(4, QStringLiteral("12.500.000"));
    QList<BudgetItem> items = s->budget().list(s->eventId());
    REQUIRE(items.size() == 1);
    CHECK(items[0].content == QStringLiteral("Thuê hội trường"));
    CHECK(items[0].section == QStringLiteral("Hội trường"));
    CHECK(items[0].measure == QStringLiteral("buổi"));
    CHECK(items[0].quantityMilli == 1000);
    CHECK(items[0].unitPrice == 12500000);
    CHECK(model->index(0, 5).data().toString() == QStringLiteral("12.500.000"));
    CHECK(model->index(0, 6).data().toString() == QStringLiteral("12.500.000"));
    CHECK(totals->text().contains(QStringLiteral("Mười hai triệu năm trăm nghìn đồng chẵn")));
    testsupport::shoot(&f.window, QStringLiteral("budget-tab"));

    // Plan 2 unticked: the line leaves its estimate, which is now nothing.
    REQUIRE(model->setData(model->index(0, 6), Qt::Unchecked, Qt::CheckStateRole));
    CHECK(s->budget().get(items[0].id)->plans == BudgetPlans::InPerson);
    CHECK(model->index(0, 6).data().toString().isEmpty());
    CHECK(totals->text().contains(QStringLiteral("Không đồng chẵn")));
    // Unticking plan 1 as well would leave the line in no plan: refused.
    CHECK_FALSE(model->setData(model->index(0, 5), Qt::Unchecked, Qt::CheckStateRole));
    CHECK(s->budget().get(items[0].id)->plans == BudgetPlans::InPerson);
    // A price that is no amount changes nothing.
    CHECK_FALSE(model->setData(model->index(0, 4), QStringLiteral("12,5 triệu"), Qt::EditRole));
    CHECK(s->budget().get(items[0].id)->unitPrice == 12500000);

    // Ctrl+Z takes the steps back one by one.
    QTest::keyClick(&f.window, Qt::Key_Z, Qt::ControlModifier);
    QTest::qWait(20);
    CHECK(s->budget().get(items[0].id)->plans == BudgetPlans::Both);
    CHECK(totals->text().count(QStringLiteral("Mười hai triệu năm trăm nghìn đồng chẵn")) == 2);
}

TEST_CASE("Budget tab: a quantity with a decimal comma, its amount and words, bad ones refused",
          "[gui]")
{
    testsupport::WindowFixture f(QStringLiteral("budget-decimal.sqlite"));
    Session *s = f.session();
    f.find<QTabWidget>("tabs")->setCurrentIndex(MainWindow::BudgetTab);
    auto *table = f.find<QTableView>("budgetTable");
    auto *totals = f.find<QLabel>("budgetTotals");
    QAbstractItemModel *model = table->model();
    f.find<QPushButton>("addBudgetButton")->click();
    QTest::qWait(20);
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(editor);
    testsupport::typeText(editor, QStringLiteral("Xăng xe, công tác phí"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::qWait(20);
    REQUIRE(model->setData(model->index(0, 2), QStringLiteral("ngày"), Qt::EditRole));
    REQUIRE(model->setData(model->index(0, 4), QStringLiteral("350.000"), Qt::EditRole));
    // 1,5 × 350.000 = 525.000, worked by hand.
    REQUIRE(model->setData(model->index(0, 3), QStringLiteral("1,5"), Qt::EditRole));
    const qint64 id = s->budget().list(s->eventId()).at(0).id;
    CHECK(s->budget().get(id)->quantityMilli == 1500);
    CHECK(model->index(0, 3).data().toString() == QStringLiteral("1,5"));
    CHECK(model->index(0, 3).data(Qt::EditRole).toString() == QStringLiteral("1,5"));
    CHECK(model->index(0, 5).data().toString() == QStringLiteral("525.000"));
    CHECK(model->index(0, 6).data().toString() == QStringLiteral("525.000"));
    CHECK(totals->text().count(QStringLiteral("Năm trăm hai mươi lăm nghìn đồng chẵn")) == 2);
    // Neither a negative quantity, nor two commas, nor words, nor four decimals.
    for (const char *bad : { "-1", "1,2,3", "abc", "1,2345" }) {
        INFO(bad);
        CHECK_FALSE(model->setData(model->index(0, 3), QString::fromUtf8(bad), Qt::EditRole));
        CHECK(s->budget().get(id)->quantityMilli == 1500);
    }
    // 0,5 × 350.000 = 175.000; Ctrl+Z brings back 1,5.
    REQUIRE(model->setData(model->index(0, 3), QStringLiteral("0.5"), Qt::EditRole));
    CHECK(model->index(0, 5).data().toString() == QStringLiteral("175.000"));
    QTest::keyClick(&f.window, Qt::Key_Z, Qt::ControlModifier);
    QTest::qWait(20);
    CHECK(s->budget().get(id)->quantityMilli == 1500);
    CHECK(model->index(0, 5).data().toString() == QStringLiteral("525.000"));
}
