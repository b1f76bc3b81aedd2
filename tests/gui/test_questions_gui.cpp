// The Ý kiến tab as a secretary uses it: quick entry, triage on many rows, undo, import
// preview, live mode. Driven through the real MainWindow by objectName.
#include "support/guisupport.h"
#include "support/testsupport.h"

#include "edit/commands.h"
#include "mainwindow.h"
#include "pages/livequestionswindow.h"
#include "pages/questionspage.h"
#include "session/session.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <functional>

using namespace dd;
using testsupport::typeText;
using testsupport::whenDialogOpens;

namespace {

struct Fixture : testsupport::WindowFixture
{
    Fixture()
        : WindowFixture(QStringLiteral("questions.sqlite"))
    {
        find<QTabWidget>("tabs")->setCurrentIndex(MainWindow::QuestionsTab);
    }
};

} // namespace

TEST_CASE("Questions: two entered with \"Save and add another\" keep unit, channel and date",
          "[gui][questions]")
{
    Fixture f;
    auto *table = f.find<QTableView>("questionTable");
    const int before = table->model()->rowCount();
    whenDialogOpens(QStringLiteral("questionDialog"), [](QDialog *d) {
        auto *unit = d->findChild<QComboBox *>(QStringLiteral("questionUnitCombo"));
        unit->setCurrentIndex(unit->findText(QStringLiteral("Thị đoàn Hòa Thành")));
        auto *channel = d->findChild<QComboBox *>(QStringLiteral("channelCombo"));
        channel->setCurrentIndex(channel->findData(int(QuestionChannel::HandedIn)));
        auto *text = d->findChild<QPlainTextEdit *>(QStringLiteral("questionTextEdit"));
        typeText(text, QStringLiteral("Đề nghị mở thêm tuyến xe buýt cho công nhân tan ca."));
        d->findChild<QPushButton *>(QStringLiteral("saveAndNewButton"))->click();
        // The form is ready for the next one: text cleared, unit and channel kept.
        CHECK(text->toPlainText().isEmpty());
        CHECK(unit->currentText() == QStringLiteral("Thị đoàn Hòa Thành"));
        CHECK(channel->currentData().toInt() == int(QuestionChannel::HandedIn));
        CHECK(d->findChild<QLabel *>(QStringLiteral("savedLabel"))->isVisible());
        typeText(text, QStringLiteral("Công nhân có được hỗ trợ tiền thuê nhà không?"));
        d->findChild<QPushButton *>(QStringLiteral("saveQuestionButton"))->click();
    });
    f.find<QPushButton>("addQuestionButton")->click();
    QTest::qWait(50);
    REQUIRE(table->model()->rowCount() == before + 2);
    const QList<Question> all = f.session()->questions().list(f.session()->eventId());
    const qint64 ht = f.session()->units().findByName(QStringLiteral("Thị đoàn Hòa Thành"))->id;
    CHECK(std::count_if(all.cbegin(), all.cend(),
                        [ht](const Question &q) {
                            return q.unitId == ht && q.channel == QuestionChannel::HandedIn;
                        })
          == 2);
    // The search ignores accents.
    QTest::keyClicks(f.find<QLineEdit>("questionSearch"), QStringLiteral("xe buyt"));
    CHECK(table->model()->rowCount() == 1);
}

TEST_CASE("Questions: multi-select, classify in one step, undo", "[gui][questions]")
{
    Fixture f;
    Session *s = f.session();
    auto *page = f.find<QuestionsPage>("questionsPage");
    auto *table = f.find<QTableView>("questionTable");
    for (const char *text : { "Câu hỏi một", "Câu hỏi hai", "Câu hỏi ba" }) {
        Question q;
        q.eventId = s->eventId();
        q.text = QString::fromUtf8(text);
        REQUIRE(s->push(commands::addQuestions(s, { q })));
    }
    QTest::qWait(20);
    REQUIRE(table->model()->rowCount() == 3);
    table->selectAll();
    CHECK(page->selectedIds().size() == 3);
    CHECK(f.find<QPushButton>("mergeButton")->isEnabled());
    const qint64 topic = s->questions().topics(s->eventId()).at(3).id;
    const int steps = s->undoStack()->count();
    REQUIRE(page->classify(page->selectedIds(), topic));
    CHECK(s->undoStack()->count() == steps + 1);
    for (const Question &q : s->questions().list(s->eventId()))
        CHECK(q.status == QuestionStatus::Classified);
    // The summary shows the topic's three waiting questions.
    auto *summary = f.find<QTableWidget>("questionSummaryTable");
    bool found = false;
    for (int r = 0; r < summary->rowCount(); ++r)
        if (summary->item(r, 0)->text().contains(QLatin1Char('4')) && summary->item(r, 1)
            && summary->item(r, 1)->text() == QStringLiteral("3"))
            found = true;
    CHECK(found);
    QAction *undo = f.find<QAction>("undoAction");
    undo->trigger();
    for (const Question &q : s->questions().list(s->eventId()))
        CHECK(q.status == QuestionStatus::Received);
}

TEST_CASE("Questions: e-mails previewed and imported as one step", "[gui][questions]")
{
    Fixture f;
    Session *s = f.session();
    auto *page = f.find<QuestionsPage>("questionsPage");
    whenDialogOpens(QStringLiteral("questionImportDialog"), [](QDialog *d) {
        auto *preview = d->findChild<QTableView *>(QStringLiteral("questionPreviewTable"));
        REQUIRE(preview);
        CHECK(preview->model()->rowCount() == 6); // 5 items + the unreadable file
        auto *import = d->findChild<QPushButton *>(QStringLiteral("questionImportButton"));
        // The sender's display name, "Huyện đoàn Dương Minh Châu", is exactly a unit's name
        // (issue 13.7): its five questions are ready at once, nothing to choose.
        CHECK(import->isEnabled());
        CHECK(import->text().contains(QLatin1Char('5')));
        import->click();
    });
    page->importFiles({ testsupport::fixture(QStringLiteral("email/broken_not_email.eml")),
                        testsupport::fixture(QStringLiteral("email/dmc_numbered_qp.eml")) });
    QTest::qWait(50);
    const QList<Question> imported = s->questions().list(s->eventId());
    CHECK(imported.size() == 5);
    const auto dmc = s->units().findByName(QStringLiteral("Huyện đoàn Dương Minh Châu"));
    REQUIRE(dmc);
    for (const Question &q : imported)
        CHECK(q.unitId == dmc->id);
    f.find<QAction>("undoAction")->trigger();
    CHECK(s->questions().list(s->eventId()).isEmpty());
}

TEST_CASE("Questions: the live mode lists, marks, adds and projects", "[gui][questions]")
{
    Fixture f;
    Session *s = f.session();
    for (const char *text : { "Câu hỏi thứ nhất", "Câu hỏi thứ hai" }) {
        Question q;
        q.eventId = s->eventId();
        q.text = QString::fromUtf8(text);
        REQUIRE(s->push(commands::addQuestions(s, { q })));
    }
    f.find<QPushButton>("liveModeButton")->click();
    QTest::qWait(50);
    LiveQuestionsWindow *live = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == QStringLiteral("liveModeWindow") && w->isVisible())
            live = qobject_cast<LiveQuestionsWindow *>(w);
    REQUIRE(live);
    auto *list = live->findChild<QListWidget *>(QStringLiteral("liveQuestionList"));
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("▶")));

    // Alt+Down moves the first one down, persisted in the running order.
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    QTest::qWait(20);
    CHECK(list->item(1)->text().contains(QStringLiteral("thứ nhất")));
    const auto order = live->order();
    CHECK(s->questions().get(order.at(0))->runningOrder == 1);

    // A question from the room, in a few keystrokes; channel: in the room (in-person plan).
    auto *quick = live->findChild<QLineEdit *>(QStringLiteral("liveQuickAddEdit"));
    typeText(quick, QStringLiteral("Câu hỏi tại hội trường"));
    QTest::keyClick(quick, Qt::Key_Return);
    QTest::qWait(20);
    REQUIRE(list->count() == 3);
    CHECK(list->item(2)->text().contains(QStringLiteral("tại hội trường")));
    const auto added = s->questions().get(live->order().at(2));
    CHECK(added->channel == QuestionChannel::InRoom);

    // The answer typed as given is saved when leaving the field.
    live->setCurrentQuestion(live->order().at(2));
    auto *answer = live->findChild<QPlainTextEdit *>(QStringLiteral("liveAnswerEdit"));
    typeText(answer, QStringLiteral("Tỉnh đoàn sẽ trả lời bằng văn bản."));
    quick->setFocus();
    live->saveAnswer();
    CHECK(s->questions().get(live->order().at(2))->status == QuestionStatus::Answered);

    live->findChild<QPushButton *>(QStringLiteral("projectorButton"))->click();
    QTest::qWait(20);
    REQUIRE(live->projector());
    CHECK(live->projector()->objectName() == QStringLiteral("projectorWindow"));
    CHECK(live->projector()->shownText() == QStringLiteral("Câu hỏi tại hội trường"));
    live->close();
}

TEST_CASE("Questions: e-mails dropped on the tab open their import, other files are refused",
          "[gui][questions]")
{
    Fixture f;
    Session *s = f.session();
    auto *page = f.find<QuestionsPage>("questionsPage");
    CHECK(page->acceptDrops());

    // A file that holds no questions (a program, a picture…) is not taken.
    CHECK_FALSE(testsupport::dragFiles(
        page, { QUrl::fromLocalFile(testsupport::fixture(QStringLiteral("import/random.bin"))) }));

    int previewed = -1;
    whenDialogOpens(QStringLiteral("questionImportDialog"), [&](QDialog *d) {
        auto *preview = d->findChild<QTableView *>(QStringLiteral("questionPreviewTable"));
        REQUIRE(preview);
        previewed = preview->model()->rowCount();
        d->reject(); // looked at, not imported
    });
    CHECK(testsupport::dragFiles(page,
                                 { QUrl::fromLocalFile(testsupport::fixture(
                                     QStringLiteral("email/dmc_numbered_qp.eml"))) }));
    QTest::qWait(50);
    CHECK(previewed == 5);
    CHECK(s->questions().list(s->eventId()).isEmpty());
}

TEST_CASE("Questions: forwarded to any unit of the directory, or to a new agency typed in, and "
          "the asker found without accents",
          "[gui][questions]")
{
    Fixture f;
    Session *s = f.session();
    // A directory unit that is not a guest agency of the event.
    const QString district = QStringLiteral("Huyện đoàn Dương Minh Châu");
    whenDialogOpens(QStringLiteral("questionDialog"), [&](QDialog *d) {
        auto *agency = d->findChild<QComboBox *>(QStringLiteral("agencyCombo"));
        CHECK(agency->findText(district) > 0);
        CHECK(agency->findText(QStringLiteral("Sở Nội vụ")) > 0);
        // "Người hỏi": "hong" without accents, from the middle of the name, offers her.
        auto *submitter = d->findChild<QLineEdit *>(QStringLiteral("submitterEdit"));
        QCompleter *c = submitter->completer();
        REQUIRE(c);
        c->setCompletionPrefix(QStringLiteral("thi hong"));
        QStringList offered;
        for (int i = 0; c->setCurrentRow(i); ++i)
            offered << c->currentCompletion();
        CHECK(offered == QStringList { QStringLiteral("Đoàn Thị Hồng") });
        c->setCompletionPrefix(QStringLiteral("Hồng"));
        CHECK(c->completionCount() == 1);

        typeText(d->findChild<QPlainTextEdit *>(QStringLiteral("questionTextEdit")),
                 QStringLiteral("Đề nghị hỗ trợ nhà trọ cho công nhân."));
        auto *status = d->findChild<QComboBox *>(QStringLiteral("questionStatusCombo"));
        status->setCurrentIndex(status->findData(int(QuestionStatus::Forwarded)));
        agency->setEditText(QStringLiteral("Liên đoàn Lao động tỉnh"));
        d->findChild<QPushButton *>(QStringLiteral("saveQuestionButton"))->click();
    });
    const int steps = s->undoStack()->count();
    f.find<QPushButton>("addQuestionButton")->click();
    QTest::qWait(50);
    const auto ldld = s->units().findByName(QStringLiteral("Liên đoàn Lao động tỉnh"));
    REQUIRE(ldld);
    CHECK(ldld->kind == UnitKind::GuestAgency);
    const QList<Question> all = s->questions().list(s->eventId());
    REQUIRE(all.size() == 1);
    CHECK(all.first().forwardedToUnitId == ldld->id);
    CHECK(all.first().status == QuestionStatus::Forwarded);
    // The agency and the question are one step.
    CHECK(s->undoStack()->count() == steps + 1);
    f.undo()->trigger();
    CHECK(s->questions().list(s->eventId()).isEmpty());
    CHECK_FALSE(s->units().findByName(QStringLiteral("Liên đoàn Lao động tỉnh")));
    // Redo brings both back, the question still pointing at the agency.
    s->undoStack()->redo();
    const auto again = s->units().findByName(QStringLiteral("Liên đoàn Lao động tỉnh"));
    REQUIRE(again);
    const QList<Question> redone = s->questions().list(s->eventId());
    REQUIRE(redone.size() == 1);
    CHECK(redone.first().forwardedToUnitId == again->id);
    CHECK(redone.first().status == QuestionStatus::Forwarded);
}

TEST_CASE("Questions: a note written in the dialog shows in its column, is found by the search, "
          "and is undone as one step",
          "[gui][questions][note]")
{
    Fixture f;
    Session *s = f.session();
    auto *table = f.find<QTableView>("questionTable");
    Question q;
    q.eventId = s->eventId();
    q.text = QStringLiteral("Công nhân có được hỗ trợ tiền thuê nhà không?");
    REQUIRE(s->push(commands::addQuestions(s, { q })));
    QTest::qWait(20);
    REQUIRE(table->model()->rowCount() == 1);
    // The column is the table's last, headed "Note" (Ghi chú in Vietnamese).
    QAbstractItemModel *model = table->model();
    const int noteColumn = model->columnCount() - 1;
    CHECK(model->headerData(noteColumn, Qt::Horizontal).toString() == QStringLiteral("Note"));
    CHECK_FALSE(table->isColumnHidden(noteColumn));

    const QString note = QStringLiteral("Lĩnh vực: Nhà ở; hỏi lại anh Tâm trước hội nghị");
    whenDialogOpens(QStringLiteral("questionDialog"), [&](QDialog *d) {
        auto *edit = d->findChild<QLineEdit *>(QStringLiteral("questionNoteEdit"));
        REQUIRE(edit);
        CHECK(edit->text().isEmpty());
        typeText(edit, note);
        d->findChild<QPushButton *>(QStringLiteral("saveQuestionButton"))->click();
    });
    table->selectRow(0);
    const int steps = s->undoStack()->count();
    f.find<QPushButton>("editQuestionButton")->click();
    QTest::qWait(50);
    CHECK(s->undoStack()->count() == steps + 1);
    const Question saved = s->questions().list(s->eventId()).value(0);
    CHECK(saved.note == note);
    CHECK(saved.text == q.text); // the text is untouched
    CHECK(model->index(0, noteColumn).data().toString() == note);
    // Found by a word only the note has, accents left out; not by a word of neither.
    QTest::keyClicks(f.find<QLineEdit>("questionSearch"), QStringLiteral("anh tam"));
    CHECK(model->rowCount() == 1);
    f.find<QLineEdit>("questionSearch")->clear();
    QTest::keyClicks(f.find<QLineEdit>("questionSearch"), QStringLiteral("xe buyt"));
    CHECK(model->rowCount() == 0);
    f.find<QLineEdit>("questionSearch")->clear();
    CHECK(model->rowCount() == 1);

    f.undo()->trigger();
    CHECK(s->questions().list(s->eventId()).value(0).note.isEmpty());
    CHECK(model->index(0, noteColumn).data().toString().isEmpty());
    // Reopened, the dialog shows the note as stored.
    s->undoStack()->redo();
    whenDialogOpens(QStringLiteral("questionDialog"), [&](QDialog *d) {
        CHECK(d->findChild<QLineEdit *>(QStringLiteral("questionNoteEdit"))->text() == note);
        d->reject();
    });
    table->selectRow(0);
    f.find<QPushButton>("editQuestionButton")->click();
    QTest::qWait(50);
}
