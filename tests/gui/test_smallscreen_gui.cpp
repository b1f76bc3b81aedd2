// The clerk's window on the secretariat's small screens (1024×600 less a 40 px taskbar), also
// with the larger font some of their PCs are set to: what the clerk works with is read whole
// and in view, and nothing makes the window wider or taller than the screen.
#include "support/guisupport.h"

#include "edit/commands.h"
#include "models/attendeetablemodel.h"
#include "models/questiontablemodel.h"
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

TEST_CASE("At 1024x600 the overview names every unit whole and its title takes two lines",
          "[gui][fits]")
{
    for (const QString &language : { QStringLiteral("vi"), QStringLiteral("en") }) {
        installLanguage(language);
        INFO(language.toStdString());
        testsupport::WindowFixture f(QStringLiteral("overview-%1.sqlite").arg(language));
        f.window.showTab(MainWindow::OverviewTab);
        f.window.resize(kScreenWidth, kScreenHeight);
        QTest::qWait(20);
        for (const char *name : { "seatsChart", "questionsChart" }) {
            auto *chart = f.find<BarChart>(name);
            REQUIRE(chart->bars().size() >= 3);
            for (int i = 0; i < chart->bars().size(); ++i) {
                const QString label = chart->bars().at(i).label;
                INFO(name << ": " << label.toStdString() << " on " << chart->width() << " px");
                const QStringList shown = chart->shownLabel(i);
                CHECK(shown.size() <= 3);
                CHECK(shown.join(QLatin1Char(' ')) == label);
            }
        }
        // "Huyện đoàn Dương Minh Châu" is one of them (the sample's first host unit).
        const QList<BarChart::Bar> hosts = f.find<BarChart>("questionsChart")->bars();
        CHECK(std::any_of(hosts.cbegin(), hosts.cend(), [](const BarChart::Bar &b) {
            return b.label == QStringLiteral("Huyện đoàn Dương Minh Châu");
        }));
        auto *title = f.find<QLabel>("eventTitleLabel");
        const int oneLine = title->heightForWidth(100000);
        INFO("title " << title->height() << " px, one line " << oneLine << " px");
        CHECK(title->height() < oneLine * 5 / 2);
    }
    installLanguage(defaultLanguage());
}

TEST_CASE("The programme's total with its clock times never widens the window past 1024 px",
          "[gui][fits]")
{
    for (const QString &language : { QStringLiteral("vi"), QStringLiteral("en") }) {
        installLanguage(language);
        INFO(language.toStdString());
        testsupport::WindowFixture f(QStringLiteral("programme-%1.sqlite").arg(language));
        Session *s = f.session();
        // The clerk sets the start at 7h30, the items at 15 minutes, and the end by 8h30.
        Plan before = *s->events().plan(s->eventId(), s->event()->activePlan);
        Plan plan = before;
        plan.startTime = QTime(7, 30);
        REQUIRE(s->push(commands::editPlan(s, before, plan)));
        Event event = *s->event();
        Event later = event;
        later.latestEndTime = QTime(8, 30);
        REQUIRE(s->push(commands::editEventFrom(s, event, later)));
        for (AgendaItem item : s->agenda().list(s->eventId())) {
            AgendaItem timed = item;
            timed.durationMinutes = 15;
            REQUIRE(s->push(commands::editAgendaItemFrom(s, item, timed)));
        }
        f.window.showTab(MainWindow::AgendaTab);
        f.window.resize(kScreenWidth, kScreenHeight);
        QTest::qWait(20);
        auto *summary = f.find<QLabel>("agendaSummary");
        INFO(summary->text().toStdString());
        CHECK(summary->text().contains(QStringLiteral("07:30")));
        CHECK(summary->text().contains(QStringLiteral("09:00")));
        CHECK(summary->text().contains(QStringLiteral("08:30")));
        CHECK(summary->isVisible());
        CHECK(f.window.minimumSizeHint().width() <= kScreenWidth);
        // And it is read whole: no line of it is cut at the label's edge.
        CHECK(summary->height() >= summary->heightForWidth(summary->width()));
    }
    installLanguage(defaultLanguage());
}

TEST_CASE("With a 25 % larger font the window still fits a 1024x600 screen on every tab",
          "[gui][fits]")
{
    for (const QString &language : { QStringLiteral("vi"), QStringLiteral("en") }) {
        installLanguage(language);
        INFO(language.toStdString());
        LargerFont larger(1.25);
        testsupport::WindowFixture f(QStringLiteral("largefont-%1.sqlite").arg(language));
        auto *tabs = f.find<QTabWidget>("tabs");
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(5);
            INFO(tabs->tabText(i).toStdString()
                 << ": page needs " << tabs->widget(i)->minimumSizeHint().width() << "×"
                 << tabs->widget(i)->minimumSizeHint().height());
            CHECK(f.window.minimumSizeHint().width() <= kScreenWidth);
            CHECK(f.window.minimumSizeHint().height() <= kScreenHeight);
        }
    }
    installLanguage(defaultLanguage());
}

TEST_CASE("At 1024x600 each question's unit, text and status are in view beside the summary",
          "[gui][fits]")
{
    for (const QString &language : { QStringLiteral("vi"), QStringLiteral("en") }) {
        installLanguage(language);
        INFO(language.toStdString());
        testsupport::WindowFixture f(QStringLiteral("questioncolumns-%1.sqlite").arg(language));
        Session *s = f.session();
        Question q;
        q.eventId = s->eventId();
        q.text = QStringLiteral("Đề nghị tỉnh hỗ trợ vốn vay khởi nghiệp cho thanh niên nông thôn");
        REQUIRE(s->push(commands::addQuestions(s, { q })));
        f.window.showTab(MainWindow::QuestionsTab);
        f.window.resize(kScreenWidth, kScreenHeight);
        QTest::qWait(20);
        auto *table = f.find<QTableView>("questionTable");
        REQUIRE(table->model()->rowCount() == 1);
        REQUIRE(table->horizontalScrollBar()->value() == 0);
        for (int c :
             { int(QuestionTableModel::OrderColumn), int(QuestionTableModel::UnitColumn),
               int(QuestionTableModel::TextColumn), int(QuestionTableModel::StatusColumn) }) {
            INFO(table->model()->headerData(c, Qt::Horizontal).toString().toStdString()
                 << " at " << table->columnViewportPosition(c) << "+" << table->columnWidth(c)
                 << " in " << table->viewport()->width());
            CHECK(inView(table, c));
        }
        // The text keeps the width it is read at.
        CHECK(table->columnWidth(QuestionTableModel::TextColumn) >= 260);
        CHECK(table->model()->index(0, QuestionTableModel::StatusColumn).data().toString()
              == questionStatusLabel(QuestionStatus::Received));
    }
    installLanguage(defaultLanguage());
}
