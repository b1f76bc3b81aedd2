// Every kind of edit the window makes, one after the other as a clerk would, in Vietnamese:
// each is one step named in the Edit menu ("Hoàn tác: …" with what it did), Undo brings back
// exactly what was shown, Redo does it again, and no table of the window is reset on the way
// (a reset loses the clerk's selection and scroll position).
#include "support/guisupport.h"

#include "dialogs/documentsettingsdialog.h"
#include "dialogs/eventdialog.h"
#include "models/agendatablemodel.h"
#include "models/attendeetablemodel.h"
#include "models/budgettablemodel.h"
#include "models/simplemodels.h"
#include "util/language.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>

using namespace dd;

namespace {

// The row of `table` that shows `id`, or -1.
int rowOf(QTableView *table, qint64 id)
{
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, 0).data(SessionTableModel::IdRole).toLongLong() == id)
            return r;
    return -1;
}

// The text a cell of `table` shows for the row of `id`.
QString cellOf(QTableView *table, qint64 id, int column)
{
    const int row = rowOf(table, id);
    return row < 0 ? QStringLiteral("(no row)")
                   : table->model()->index(row, column).data().toString();
}

} // namespace

TEST_CASE("Each edit of the window is one named step that Undo and Redo take back and forth, "
          "and no table resets",
          "[gui][undo]")
{
    installLanguage(QStringLiteral("vi"));
    testsupport::WindowFixture f(QStringLiteral("undotour.sqlite"));
    Session *s = f.session();
    QAction *undo = f.undo();
    QAction *redo = f.find<QAction>("redoAction");

    // Every table the window shows, and what is under its filter, counted for resets.
    int resets = 0;
    QStringList resetBy;
    for (QTableView *view : f.window.findChildren<QTableView *>()) {
        QList<QAbstractItemModel *> models { view->model() };
        if (auto *proxy = qobject_cast<QAbstractProxyModel *>(view->model()))
            models << proxy->sourceModel();
        for (QAbstractItemModel *m : models)
            if (m)
                QObject::connect(m, &QAbstractItemModel::modelReset, [&, view] {
                    ++resets;
                    resetBy << view->objectName();
                });
    }

    // One edit: `read` is what the clerk sees of it. The step is named in Vietnamese.
    const QRegularExpression english(QStringLiteral(
        "\\b(add|edit|delete|set|check|switch|import|the|quota|question|attendee)\\b"));
    auto step = [&](const char *what, const std::function<void()> &act,
                    const std::function<QString()> &read) {
        INFO(what);
        const QString before = read();
        act();
        QTest::qWait(10);
        const QString after = read();
        CHECK(after != before);
        REQUIRE(undo->isEnabled());
        const QString name = undo->text();
        INFO(name.toStdString());
        CHECK(name.startsWith(QStringLiteral("Hoàn tác: ")));
        CHECK(name.size() > QStringLiteral("Hoàn tác: ").size() + 3);
        CHECK_FALSE(name.contains(english));
        undo->trigger();
        QTest::qWait(10);
        CHECK(read() == before);
        REQUIRE(redo->isEnabled());
        CHECK(redo->text().startsWith(QStringLiteral("Làm lại: ")));
        redo->trigger();
        QTest::qWait(10);
        CHECK(read() == after);
    };

    auto *tabs = f.find<QTabWidget>("tabs");
    tabs->setCurrentIndex(MainWindow::AttendeesTab);
    auto *people = f.find<QTableView>("attendeeTable");
    const qint64 hong = [&] {
        for (const Attendee &a : s->attendees().list(s->eventId()))
            if (a.fullName() == QStringLiteral("Đoàn Thị Hồng"))
                return a.id;
        return qint64(0);
    }();
    REQUIRE(hong > 0);

    step(
        "a typed cell of an attendee",
        [&] {
            people->model()->setData(
                people->model()->index(rowOf(people, hong), AttendeeTableModel::PositionColumn),
                QStringLiteral("Phó Trưởng Ban Tổ chức"));
        },
        [&] { return cellOf(people, hong, AttendeeTableModel::PositionColumn); });

    step(
        "a check-in",
        [&] {
            people->clearSelection();
            people->selectRow(rowOf(people, hong));
            f.find<QPushButton>("checkInButton")->click();
        },
        [&] { return cellOf(people, hong, AttendeeTableModel::CheckedInColumn); });

    step(
        "an invitation",
        [&] {
            people->clearSelection();
            people->selectRow(rowOf(people, hong));
            f.find<QPushButton>("inviteButton")->click();
        },
        [&] { return cellOf(people, hong, AttendeeTableModel::StatusColumn); });

    auto *quotas = f.find<QTableView>("quotaTable");
    const qint64 firstUnit
        = quotas->model()->index(0, 0).data(SessionTableModel::IdRole).toLongLong();
    step(
        "a quota",
        [&] {
            quotas->model()->setData(quotas->model()->index(0, UnitQuotaModel::QuotaColumn), 7);
        },
        [&] { return cellOf(quotas, firstUnit, UnitQuotaModel::QuotaColumn); });

    tabs->setCurrentIndex(MainWindow::QuestionsTab);
    auto *questions = f.find<QTableView>("questionTable");
    step(
        "a question added through its form",
        [&] {
            testsupport::whenDialogOpens(QStringLiteral("questionDialog"), [](QDialog *d) {
                testsupport::typeText(
                    d->findChild<QPlainTextEdit *>(QStringLiteral("questionTextEdit")),
                    QStringLiteral("Đề nghị hỗ trợ vốn vay khởi nghiệp"));
                d->findChild<QPushButton *>(QStringLiteral("saveQuestionButton"))->click();
            });
            f.find<QPushButton>("addQuestionButton")->click();
        },
        [&] { return QString::number(questions->model()->rowCount()); });

    tabs->setCurrentIndex(MainWindow::AgendaTab);
    auto *agenda = f.find<QTableView>("agendaTable");
    const qint64 firstItem
        = agenda->model()->index(0, 0).data(SessionTableModel::IdRole).toLongLong();
    step(
        "a programme item's duration",
        [&] {
            agenda->model()->setData(agenda->model()->index(0, AgendaTableModel::DurationColumn),
                                     20);
        },
        [&] { return cellOf(agenda, firstItem, AgendaTableModel::DurationColumn); });

    tabs->setCurrentIndex(MainWindow::PlansTab);
    step(
        "a plan switch",
        [&] {
            testsupport::whenDialogOpens(QStringLiteral("switchPlanDialog"), [](QDialog *d) {
                testsupport::typeText(d->findChild<QLineEdit *>(QStringLiteral("reasonEdit")),
                                      QStringLiteral("Tỉnh áp dụng Chỉ thị 15/CT-TTg"));
                d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            });
            f.find<QPushButton>("switchPlanButton")->click();
        },
        [&] { return f.find<QLabel>("activePlanLabel")->text(); });
    for (QWidget *w : QApplication::topLevelWidgets()) // the reminder about the plan's text
        if (w->objectName() == QStringLiteral("planTextReminder"))
            w->close();

    tabs->setCurrentIndex(MainWindow::BudgetTab);
    auto *budget = f.find<QTableView>("budgetTable");
    step(
        "a budget line", [&] { f.find<QPushButton>("addBudgetButton")->click(); },
        [&] { return QString::number(budget->model()->rowCount()); });

    tabs->setCurrentIndex(MainWindow::OverviewTab);
    auto *tasks = f.find<QTableView>("taskTable");
    const qint64 firstTask
        = tasks->model()->index(0, 0).data(SessionTableModel::IdRole).toLongLong();
    step(
        "a task typed in its cell",
        [&] {
            tasks->model()->setData(tasks->model()->index(0, TaskTableModel::OwnerColumn),
                                    QStringLiteral("Văn phòng Tỉnh đoàn"));
        },
        [&] { return cellOf(tasks, firstTask, TaskTableModel::OwnerColumn); });
    // The owner typed as a unit of the directory is shown is that unit, not words.
    const Unit office = s->units().list().first();
    const QString officeName = office.shortName.isEmpty() ? office.name : office.shortName;
    tasks->model()->setData(tasks->model()->index(0, TaskTableModel::OwnerColumn), officeName);
    CHECK(s->tasks().list(s->eventId()).first().ownerUnitId == office.id);
    CHECK(s->tasks().list(s->eventId()).first().ownerLabel.isEmpty());
    CHECK(cellOf(tasks, firstTask, TaskTableModel::OwnerColumn) == officeName);
    undo->trigger();

    step(
        "the paper settings",
        [&] {
            DocumentSettingsDialog d(s, &f.window);
            auto *recipients = d.findChild<QPlainTextEdit *>(QStringLiteral("recipientsEdit"));
            recipients->setPlainText(recipients->toPlainText() + QStringLiteral("\n- Lưu VP"));
            d.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
                ->button(QDialogButtonBox::Save)
                ->click();
        },
        [&] { return s->events().documentSettings(s->eventId()).recipients.join(u'|'); });

    step(
        "the event's details",
        [&] {
            EventDialog d(s, *s->event(), &f.window);
            auto *organiser = d.findChild<QLineEdit *>(QStringLiteral("organiserEdit"));
            REQUIRE(organiser);
            organiser->setText(QStringLiteral("Ban Thường vụ Tỉnh đoàn Tây Ninh (sửa)"));
            d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        },
        [&] { return f.find<QLabel>("eventFactsLabel")->text(); });

    INFO(resetBy.join(u',').toStdString());
    CHECK(resets == 0);
    installLanguage(defaultLanguage());
}
