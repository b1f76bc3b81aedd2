// A clerk's first start on a new data file, in Vietnamese: the welcome page, "Create a new
// event…", and every tab of the empty event says what to do instead of showing a blank grid.
#include "support/guisupport.h"

#include "util/language.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace dd;

TEST_CASE("A new empty event from the welcome page: each empty table says what to do",
          "[gui][files]")
{
    installLanguage(QStringLiteral("vi"));
    QTemporaryDir dir;
    QSettings().clear();
    MainWindow window;
    REQUIRE(window.openFile(dir.filePath(QStringLiteral("hoi-nghi-2026.sqlite"))));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *create = window.findChild<QPushButton *>(QStringLiteral("newEventButton"));
    REQUIRE(create);
    CHECK(create->text() == QStringLiteral("Tạo hội nghị mới…"));
    testsupport::whenDialogOpens(QStringLiteral("eventDialog"), [](QDialog *d) {
        testsupport::typeText(d->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                              QStringLiteral("Hội nghị đối thoại năm 2026"));
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    create->click();
    QTest::qWait(50);
    Session *s = window.session();
    REQUIRE(s->event());
    CHECK(s->event()->title == QStringLiteral("Hội nghị đối thoại năm 2026"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    REQUIRE(tabs->count() == 6);

    // Each table, empty, with its line in Vietnamese.
    const struct
    {
        MainWindow::Tab tab;
        const char *table;
        QString hint;
    } tables[] = {
        { MainWindow::AttendeesTab, "attendeeTable", QStringLiteral("Danh sách chưa có ai.") },
        { MainWindow::QuestionsTab, "questionTable", QStringLiteral("Chưa có ý kiến nào") },
        { MainWindow::AgendaTab, "agendaTable",
          QStringLiteral("Chưa có mục nào trong chương trình. Bấm Thêm mục… để thêm; đặt giờ bắt "
                         "đầu ở thẻ Phương án, giờ từng mục sẽ tính theo thời lượng.") },
        { MainWindow::BudgetTab, "budgetTable",
          QStringLiteral("Chưa có dòng kinh phí nào. Bấm Thêm dòng để thêm một dòng rồi gõ "
                         "đè lên; dự toán và báo cáo kết quả được in từ các dòng này (In…).") },
    };
    for (const auto &t : tables) {
        INFO(t.table);
        window.showTab(t.tab);
        QCoreApplication::processEvents();
        auto *table = window.findChild<QTableView *>(QLatin1String(t.table));
        REQUIRE(table);
        CHECK(table->model()->rowCount() == 0);
        auto *hint
            = window.findChild<QLabel *>(QLatin1String(t.table) + QStringLiteral("EmptyHint"));
        REQUIRE(hint);
        CHECK(hint->isVisible());
        INFO(hint->text().toStdString());
        CHECK(hint->text().startsWith(t.hint));
        CHECK(table->viewport()->rect().contains(hint->geometry()));
    }

    // A budget line added hides the line; undone, it is back.
    window.showTab(MainWindow::BudgetTab);
    auto *budgetHint = window.findChild<QLabel *>(QStringLiteral("budgetTableEmptyHint"));
    window.findChild<QPushButton *>(QStringLiteral("addBudgetButton"))->click();
    QTest::qWait(10);
    CHECK_FALSE(budgetHint->isVisible());
    window.findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QTest::qWait(10);
    CHECK(budgetHint->isVisible());
    installLanguage(defaultLanguage());
}
