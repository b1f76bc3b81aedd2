// What the clerk saw on the window at 1024×600 in the sample event (branch qa2win): each plan's
// box named the programme items with the in-person titles, and the empty question table said
// nothing about what to do.
#include "support/guisupport.h"
#include "support/testsupport.h"

#include "dialogs/documentsettingsdialog.h"
#include "dialogs/questiondialog.h"
#include "edit/commands.h"
#include "models/questiontablemodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocumentFragment>

using namespace dd;

namespace {

QString plainText(QLabel *label)
{
    return QTextDocumentFragment::fromHtml(label->text()).toPlainText();
}

// The order in which Tab reaches the widgets named in `names`, from the first of them.
QStringList tabOrder(QWidget *dialog, const QStringList &names)
{
    QStringList order;
    QWidget *w = dialog->findChild<QWidget *>(names.first());
    REQUIRE(w);
    for (int i = 0; i < 1000 && order.size() < names.size(); ++i) {
        if (names.contains(w->objectName()) && !order.contains(w->objectName()))
            order << w->objectName();
        w = w->nextInFocusChain();
    }
    return order;
}

} // namespace

TEST_CASE("Each plan's box lists the programme with that plan's own item titles", "[gui][plans]")
{
    testsupport::WindowFixture f(QStringLiteral("plantitles.sqlite"));
    f.find<QTabWidget>("tabs")->setCurrentWidget(f.find<QWidget>("plansPage"));
    // The seed's programme; under plan 2 the dialogue is "trao đổi, giải đáp thắc mắc qua kênh
    // fanpage Tỉnh đoàn" (the seed's Phương án 2), as the programme paper of plan 2 prints it.
    const QString first = QStringLiteral(
        "Tuyên bố lý do, giới thiệu đại biểu · Báo cáo đề dẫn · Phóng sự các gương đoàn viên "
        "tiêu biểu hoặc các cách làm hay trong tập hợp thanh niên công nhân của các đơn vị · ");
    const QString last = QStringLiteral(" · Kết luận của chủ trì · Kết thúc hội nghị");
    const QString inPerson = plainText(f.find<QLabel>("inPersonMeaning"));
    const QString online = plainText(f.find<QLabel>("onlineMeaning"));
    INFO(inPerson.toStdString());
    INFO(online.toStdString());
    CHECK(inPerson.endsWith(QStringLiteral("Programme: 6 item(s), 0 minutes\n") + first
                            + QStringLiteral("Đối thoại trực tiếp") + last));
    CHECK(online.endsWith(QStringLiteral("Programme: 6 item(s), 0 minutes\n") + first
                          + QStringLiteral("Trao đổi, giải đáp thắc mắc qua kênh fanpage Tỉnh đoàn")
                          + last));
}

TEST_CASE("An empty question or people table says what to do", "[gui][questions]")
{
    testsupport::WindowFixture f(QStringLiteral("emptyhint.sqlite"));
    Session *s = f.session();
    auto *tabs = f.find<QTabWidget>("tabs");
    tabs->setCurrentWidget(f.find<QWidget>("questionsPage"));
    QCoreApplication::processEvents();
    // The sample event has no question yet.
    auto *questions = f.find<QLabel>("questionTableEmptyHint");
    CHECK(questions->isVisible());
    CHECK(questions->text()
          == QStringLiteral("No questions yet. Import the lists and e-mails the units sent "
                            "(Import…, or drop the files here), fetch them from the mailbox, or "
                            "add one by hand (Add…)."));
    // The line lies inside the table, across its middle.
    auto *table = f.find<QTableView>("questionTable");
    CHECK(table->viewport()->rect().contains(questions->geometry()));

    Question q;
    q.eventId = s->eventId();
    q.text = QStringLiteral("Đề nghị hỗ trợ thành lập Chi đoàn tại doanh nghiệp tư nhân.");
    REQUIRE(s->push(commands::addQuestions(s, { q })));
    CHECK(table->model()->rowCount() == 1);
    CHECK_FALSE(questions->isVisible());
    QTest::keyClicks(f.find<QLineEdit>("questionSearch"), QStringLiteral("xe buyt"));
    CHECK(table->model()->rowCount() == 0);
    CHECK(questions->isVisible());
    CHECK(questions->text()
          == QStringLiteral("No question matches the search or the filters above."));
    f.find<QLineEdit>("questionSearch")->clear();
    CHECK_FALSE(questions->isVisible());
    f.undo()->trigger();
    INFO(questions->text().toStdString());
    CHECK(table->model()->rowCount() == 0);
    CHECK(questions->isVisible());
    CHECK(questions->text().startsWith(QStringLiteral("No questions yet.")));

    // The sample's five people are on the list; a search finding no one says so.
    tabs->setCurrentWidget(f.find<QWidget>("attendeesPage"));
    QCoreApplication::processEvents();
    auto *people = f.find<QLabel>("attendeeTableEmptyHint");
    CHECK_FALSE(people->isVisible());
    QTest::keyClicks(f.find<QLineEdit>("attendeeSearch"), QStringLiteral("khong co ai"));
    CHECK(people->isVisible());
    CHECK(people->text() == QStringLiteral("No one matches the search or the filters above."));
}

TEST_CASE("The print preview opens within the screen", "[gui][papers]")
{
    testsupport::WindowFixture f(QStringLiteral("previewfits.sqlite"));
    QSize opened, screen;
    testsupport::whenDialogOpens(QStringLiteral("paperDialog"), [&](QDialog *paper) {
        testsupport::whenDialogOpens(QStringLiteral("paperPreviewDialog"), [&](QDialog *preview) {
            opened = preview->size();
            screen = preview->screen()->availableGeometry().size();
            preview->reject();
        });
        paper->findChild<QAbstractButton *>(QStringLiteral("previewButton"))->click();
        paper->reject();
    });
    f.find<QAction>("paperAction_delegates")->trigger();
    // On a 1024×600 laptop a 700 px tall preview had its lower part under the screen's edge.
    INFO(opened.width() << "×" << opened.height() << " on " << screen.width() << "×"
                        << screen.height());
    REQUIRE(opened.isValid());
    CHECK(opened.width() <= screen.width());
    CHECK(opened.height() <= screen.height());
}

TEST_CASE("Every programme item's title can be read whole at 1024×600", "[gui][agenda]")
{
    testsupport::WindowFixture f(QStringLiteral("agendarows.sqlite"));
    f.window.resize(1024, 600);
    f.find<QTabWidget>("tabs")->setCurrentWidget(f.find<QWidget>("agendaPage"));
    QCoreApplication::processEvents();
    auto *table = f.find<QTableView>("agendaTable");
    // What each row's cells need to be drawn whole (the view's measure is public on the base).
    const QAbstractItemView *view = table;
    REQUIRE(table->model()->rowCount() == 6);
    // The third item of the seed's programme is the longest; the title column is narrow here.
    CHECK(table->model()->index(2, 1).data().toString()
          == QStringLiteral("Phóng sự các gương đoàn viên tiêu biểu hoặc các cách làm hay trong "
                            "tập hợp thanh niên công nhân của các đơn vị"));
    for (int r = 0; r < 6; ++r) {
        INFO("row " << r << ": " << table->rowHeight(r) << " px, needs "
                    << view->sizeHintForRow(r));
        CHECK(table->rowHeight(r) >= view->sizeHintForRow(r));
    }
    // Widened, the rows lose the lines they no longer need; also when the tab is opened on a
    // window that was widened while another tab was shown.
    f.find<QTabWidget>("tabs")->setCurrentWidget(f.find<QWidget>("overviewPage"));
    f.window.resize(1366, 768);
    QCoreApplication::processEvents();
    f.find<QTabWidget>("tabs")->setCurrentWidget(f.find<QWidget>("agendaPage"));
    QCoreApplication::processEvents();
    for (int r = 0; r < 6; ++r) {
        INFO("row " << r << ": " << table->rowHeight(r) << " px, needs "
                    << view->sizeHintForRow(r));
        CHECK(table->rowHeight(r)
              == std::max(view->sizeHintForRow(r), table->verticalHeader()->minimumSectionSize()));
    }
}

TEST_CASE("Under the online plan no union is told it is over or short of its seat quota",
          "[gui][plans]")
{
    testsupport::WindowFixture f(QStringLiteral("onlinequota.sqlite"));
    Session *s = f.session();
    // Thị đoàn Trảng Bàng sends its Secretary (quota 1 in the seed) and two more people.
    const qint64 trangBang = s->units().findByName(QStringLiteral("Thị đoàn Trảng Bàng"))->id;
    QList<Attendee> people;
    for (const char *given : { "Lệ", "Phúc", "Trí" }) {
        Attendee a;
        a.eventId = s->eventId();
        a.familyName = QStringLiteral("Trần");
        a.middleName = QStringLiteral("Văn");
        a.givenName = QString::fromUtf8(given);
        a.unitId = trangBang;
        people << a;
    }
    REQUIRE(s->push(commands::addAttendees(s, people)));
    auto *warnings = f.find<QListWidget>("warningsList");
    auto *capacity = f.find<QLabel>("capacityLabel");
    const auto listed = [&] {
        QStringList out;
        for (int i = 0; i < warnings->count(); ++i)
            out << warnings->item(i)->text();
        return out;
    };
    const QString over = QStringLiteral("Thị đoàn Trảng Bàng has 3 people for a quota of 1.");
    const QString overNote = QStringLiteral("Thị đoàn Trảng Bàng is over its quota (3 of 1).");
    CHECK(listed().contains(over));
    CHECK(capacity->text().contains(overNote));

    // The seed's plan 2: "số lượng này áp dụng đối với trường hợp tổ chức đối thoại trực tiếp".
    REQUIRE(s->push(commands::switchPlan(s, PlanKind::Online, QStringLiteral("Chỉ thị 15"))));
    QCoreApplication::processEvents();
    INFO(listed().join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(listed().contains(over));
    for (const QString &w : listed())
        CHECK_FALSE(w.contains(QStringLiteral("quota")));
    CHECK_FALSE(capacity->text().contains(QStringLiteral("quota")));

    f.undo()->trigger();
    QCoreApplication::processEvents();
    CHECK(listed().contains(over));
    CHECK(capacity->text().contains(overNote));
}

TEST_CASE("The question text keeps a readable width on a 1024×600 screen", "[gui][questions]")
{
    testsupport::WindowFixture f(QStringLiteral("questionwidth.sqlite"));
    Session *s = f.session();
    f.window.resize(1024, 600);
    Question q;
    q.eventId = s->eventId();
    q.text = QStringLiteral("Đề nghị Tỉnh đoàn phối hợp Sở Lao động tổ chức ngày hội việc làm cho "
                            "thanh niên công nhân tại khu công nghiệp Chà Là.");
    REQUIRE(s->push(commands::addQuestions(s, { q })));
    f.find<QTabWidget>("tabs")->setCurrentWidget(f.find<QWidget>("questionsPage"));
    QCoreApplication::processEvents();
    auto *table = f.find<QTableView>("questionTable");
    INFO("table " << table->viewport()->width() << " px wide");
    // The summary beside it keeps its 400 px; the text had about 100 px left.
    CHECK(table->columnWidth(QuestionTableModel::TextColumn) >= 260);
    // On a wide screen the text takes what the other columns leave, as before.
    f.window.resize(1900, 1000);
    QCoreApplication::processEvents();
    int others = 0;
    for (int c = 0; c < table->model()->columnCount(); ++c)
        if (c != QuestionTableModel::TextColumn && !table->isColumnHidden(c))
            others += table->columnWidth(c);
    INFO("table " << table->viewport()->width() << " px wide, other columns " << others);
    CHECK(table->columnWidth(QuestionTableModel::TextColumn) > 260);
    CHECK(table->columnWidth(QuestionTableModel::TextColumn)
          == table->viewport()->width() - others);
}

TEST_CASE("Tab goes down the question form in the order it is read", "[gui][questions]")
{
    testsupport::WindowFixture f(QStringLiteral("questiontabs.sqlite"));
    Question q;
    q.eventId = f.session()->eventId();
    QuestionDialog dialog(f.session(), q, &f.window);
    dialog.show();
    QCoreApplication::processEvents();
    // The form from top to bottom, then the buttons; "Forwarded to" had come right after
    // "From unit".
    const QStringList expected {
        QStringLiteral("questionUnitCombo"),   QStringLiteral("submitterEdit"),
        QStringLiteral("kindCombo"),           QStringLiteral("topicCombo"),
        QStringLiteral("editTopicsButton"),    QStringLiteral("questionTextEdit"),
        QStringLiteral("receivedDateEdit"),    QStringLiteral("channelCombo"),
        QStringLiteral("questionStatusCombo"), QStringLiteral("agencyCombo"),
        QStringLiteral("forwardedDateEdit"),   QStringLiteral("answerEdit"),
        QStringLiteral("answeredByEdit"),      QStringLiteral("answeredAtEdit"),
        QStringLiteral("saveQuestionButton")
    };
    CHECK(tabOrder(&dialog, expected) == expected);
}

TEST_CASE("Tab goes down the paper settings, the budget's preparer last", "[gui][papers]")
{
    testsupport::WindowFixture f(QStringLiteral("settingstabs.sqlite"));
    DocumentSettingsDialog dialog(f.session(), &f.window);
    dialog.show();
    QCoreApplication::processEvents();
    // The left column from top to bottom, then the numbering table, then "Người lập" under it.
    QStringList expected { QStringLiteral("issuingBody1Edit"),   QStringLiteral("issuingBody2Edit"),
                           QStringLiteral("partyLineEdit"),      QStringLiteral("placeEdit"),
                           QStringLiteral("signerCapacityEdit"), QStringLiteral("signerTitleEdit"),
                           QStringLiteral("signerNameEdit"),     QStringLiteral("contactLineEdit"),
                           QStringLiteral("whatToBringEdit"),    QStringLiteral("recipientsEdit") };
    for (const char *paper :
         { "invitation", "unit-invitation", "delegates", "programme", "questions", "forward",
           "notice", "plan", "budget", "badges", "place-cards", "labels", "report" })
        expected << QStringLiteral("symbolEdit_") + QLatin1String(paper)
                 << QStringLiteral("nextNumberSpin_") + QLatin1String(paper);
    expected << QStringLiteral("preparerNameEdit");
    CHECK(tabOrder(&dialog, expected) == expected);
}
