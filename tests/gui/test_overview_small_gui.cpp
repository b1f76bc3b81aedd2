// The overview on a 1024×600 laptop and a 1366×768 screen: the tasks a clerk must do next are
// read without scrolling for them (at least four of the sample's seven whole, each row as tall
// as its words), and the figures and warnings keep a readable box.
#include "support/guisupport.h"
#include "util/language.h"

#include <QGroupBox>
#include <QHeaderView>
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
