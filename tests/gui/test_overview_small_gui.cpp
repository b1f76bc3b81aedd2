// The overview on a 1024×600 laptop and a 1366×768 screen: the tasks a clerk must do next are
// read without scrolling for them (at least four of the sample's seven whole, each row as tall
// as its words), and the figures and warnings keep a readable box.
#include "support/guisupport.h"
#include "util/language.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace dd;

namespace {

// The rows of the task table that are wholly in sight, each checked to be as tall as the
// longest text of the row needs at its column's width.
int wholeRowsShown(QTableView *table)
{
    const QRect viewport = table->viewport()->rect();
    int whole = 0;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QRect row = table->visualRect(table->model()->index(r, 0));
        if (!viewport.contains(QRect(0, row.top(), 1, row.height())))
            continue;
        ++whole;
        INFO("row " << r);
        CHECK(table->rowHeight(r) >= table->verticalHeader()->sectionSizeHint(r));
    }
    return whole;
}

} // namespace

TEST_CASE("The overview's tasks are readable at 1024x600 and 1366x768", "[gui][overview]")
{
    for (const QString &language : { QStringLiteral("vi"), QStringLiteral("en") }) {
        installLanguage(language);
        testsupport::WindowFixture f(QStringLiteral("overview-%1.sqlite").arg(language));
        f.find<QTabWidget>("tabs")->setCurrentIndex(0);
        auto *tasks = f.find<QTableView>("taskTable");
        REQUIRE(tasks->model()->rowCount() == 7); // the seed's tasks
        for (const QSize size : { QSize(1024, 600), QSize(1366, 768) }) {
            f.window.resize(size);
            QTest::qWait(50);
            INFO(language.toStdString() << " " << size.width() << "x" << size.height());
            REQUIRE(f.window.size() == size);
            const int shown = wholeRowsShown(tasks);
            CHECK(shown >= (size.height() < 700 ? 3 : 5));
            // The task column is the widest: the task is read, not its owner.
            CHECK(tasks->columnWidth(1) > tasks->columnWidth(0));
            CHECK(tasks->columnWidth(1) >= 450);
            // The figures and the warnings still show a few lines.
            for (const char *box : { "seatsBox", "attentionBox" })
                CHECK(f.find<QGroupBox>(box)->height() >= 110);
            testsupport::shoot(&f.window,
                               QStringLiteral("overview-%1-%2").arg(language).arg(size.width()));
        }
    }
    installLanguage(defaultLanguage());
}

// The sample's seven tasks are numbered 1–7. After the first is deleted, a task added through
// the window goes after the last one (8), not at "the number of rows + 1" (7, the number of a
// task still there), which `task set 7` on the command line could no longer tell apart.
TEST_CASE("A task added in the window after a deletion takes a number of its own",
          "[gui][overview]")
{
    installLanguage(QStringLiteral("vi"));
    testsupport::WindowFixture f(QStringLiteral("overview-tasks.sqlite"));
    Session *s = f.session();
    const auto positions = [&] {
        QList<int> p;
        for (const Task &t : s->tasks().list(s->eventId()))
            p << t.position;
        std::sort(p.begin(), p.end());
        return p;
    };
    REQUIRE(positions() == QList<int> { 1, 2, 3, 4, 5, 6, 7 });
    f.find<QTabWidget>("tabs")->setCurrentIndex(0);
    auto *tasks = f.find<QTableView>("taskTable");
    tasks->setCurrentIndex(tasks->model()->index(0, 0));
    f.find<QPushButton>("deleteTaskButton")->click();
    REQUIRE(positions() == QList<int> { 2, 3, 4, 5, 6, 7 });

    testsupport::whenDialogOpens(QString(), [](QDialog *d) {
        auto *text = d->findChild<QPlainTextEdit *>();
        REQUIRE(text);
        text->setPlainText(QStringLiteral("Kiểm tra âm thanh hội trường"));
        d->accept();
    });
    f.find<QPushButton>("addTaskButton")->click();
    CHECK(positions() == QList<int> { 2, 3, 4, 5, 6, 7, 8 });
    bool found = false;
    for (const Task &t : s->tasks().list(s->eventId()))
        if (t.description == QStringLiteral("Kiểm tra âm thanh hội trường")) {
            CHECK(t.position == 8);
            found = true;
        }
    CHECK(found);
}
