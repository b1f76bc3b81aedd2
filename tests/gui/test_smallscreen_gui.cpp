// The clerk's window on the secretariat's small screens (1024×600 less a 40 px taskbar), also
// with the larger font some of their PCs are set to: what the clerk works with is read whole
// and in view, and nothing makes the window wider or taller than the screen.
#include "support/guisupport.h"

#include "edit/commands.h"
#include "models/attendeetablemodel.h"
#include "pages/barchart.h"
#include "util/language.h"

#include <QApplication>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>

using namespace dd;

namespace {

constexpr int kScreenWidth = 1024;
constexpr int kScreenHeight = 600 - 40; // the taskbar

// A larger application font for the scope of a test, as a PC set to bigger text gives.
struct LargerFont
{
    QFont before = QApplication::font();
    explicit LargerFont(double factor)
    {
        QFont big = before;
        big.setPointSizeF(before.pointSizeF() * factor);
        QApplication::setFont(big);
    }
    ~LargerFont() { QApplication::setFont(before); }
};

// Whether column `c` of `table` is shown whole without scrolling sideways.
bool inView(QTableView *table, int c)
{
    return !table->isColumnHidden(c) && table->columnViewportPosition(c) >= 0
        && table->columnViewportPosition(c) + table->columnWidth(c) <= table->viewport()->width();
}

} // namespace

TEST_CASE("At 1024x600 the attendee table shows the role, the invitation and the check-in "
          "without scrolling",
          "[gui][fits]")
{
    for (const QString &language : { QStringLiteral("vi"), QStringLiteral("en") }) {
        installLanguage(language);
        INFO(language.toStdString());
        testsupport::WindowFixture f(QStringLiteral("columns-%1.sqlite").arg(language));
        f.window.showTab(MainWindow::AttendeesTab);
        f.window.resize(kScreenWidth, kScreenHeight);
        QTest::qWait(20);
        auto *table = f.find<QTableView>("attendeeTable");
        REQUIRE(table->horizontalScrollBar()->value() == 0);
        for (int c :
             { int(AttendeeTableModel::NameColumn), int(AttendeeTableModel::PositionColumn),
               int(AttendeeTableModel::UnitColumn), int(AttendeeTableModel::RoleColumn),
               int(AttendeeTableModel::StatusColumn), int(AttendeeTableModel::CheckedInColumn) }) {
            INFO(table->model()->headerData(c, Qt::Horizontal).toString().toStdString()
                 << " at " << table->columnViewportPosition(c) << "+" << table->columnWidth(c)
                 << " in " << table->viewport()->width());
            CHECK(inView(table, c));
        }
        // Only the view's order changed: the model's columns (read by exports) did not.
        CHECK(table->horizontalHeader()->visualIndex(AttendeeTableModel::RoleColumn)
              < table->horizontalHeader()->visualIndex(AttendeeTableModel::WorkplaceColumn));
    }
    installLanguage(defaultLanguage());
}
