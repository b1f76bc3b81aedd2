// A question list from Excel imported in the real window: the same preview table as the
// attendee import (ImportPreviewModel), a decision changed in place, one undo step. Every row
// and field is checked against tables written by hand from the fixture's script
// (tests/fixtures/questions/make_questions.py) and the sample's topics (the 2021 plan).
#include "support/guisupport.h"
#include "support/testsupport.h"

#include "mainwindow.h"
#include "models/importpreviewmodel.h"
#include "pages/questionspage.h"
#include "session/session.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace dd;
using testsupport::whenDialogOpens;

namespace {

struct Fixture : testsupport::WindowFixture
{
    Fixture()
        : WindowFixture(QStringLiteral("question-import.sqlite"))
    {
        find<QTabWidget>("tabs")->setCurrentIndex(MainWindow::QuestionsTab);
    }
};

QStringList rowOf(const QAbstractItemModel *model, int row)
{
    QStringList out;
    for (int c = 0; c < model->columnCount(); ++c)
        out << model->index(row, c).data().toString();
    return out;
}

const char *const kTopic2
    = "Đề xuất những mong muốn, giải pháp của đoàn viên, thanh niên trong các phong trào đoàn, "
      "hội với chủ các doanh nghiệp để tìm ra hình thức hoạt động phù hợp với tình hình tại từng "
      "doanh nghiệp.";
const char *const kTopic3
    = "Các kiến nghị khác liên quan đến đời sống vật chất, tinh thần của thanh niên công nhân.";
const char *const kTopic4
    = "Ban Chấp hành các Chi đoàn, Chi hội trao đổi về những cách làm hay, hiệu quả trong công "
      "tác phối kết hợp hoạt động Đoàn, Hội gắn với nâng cao năng suất lao động tại đơn vị.";

} // namespace

TEST_CASE("Question import: an Excel list with title rows previewed in the import's table, a "
          "row skipped in place, imported as one step and undone",
          "[gui][questions][import]")
{
    Fixture f;
    Session *s = f.session();
    auto *page = f.find<QuestionsPage>("questionsPage");
    const QString file = QStringLiteral("ht_ykien_titles.xlsx");

    QList<QStringList> previewed;
    QStringList topicTips; // the topic's full title, as the plan writes it
    bool sheetShown = true;
    QString summary;
    whenDialogOpens(QStringLiteral("questionImportDialog"), [&](QDialog *d) {
        auto *table = d->findChild<QTableView *>(QStringLiteral("questionPreviewTable"));
        REQUIRE(table);
        QAbstractItemModel *model = table->model();
        sheetShown = d->findChild<QComboBox *>(QStringLiteral("sheetCombo"))->isVisibleTo(d);
        // Skip the question from the other union: its Decision cell, edited in place.
        const QModelIndex decision = model->index(1, 2);
        table->edit(decision);
        auto *combo = table->findChild<QComboBox *>(QStringLiteral("decisionCombo"));
        REQUIRE(combo);
        REQUIRE(combo->count() == 2);
        CHECK(combo->itemText(0) == QStringLiteral("Import"));
        combo->setCurrentIndex(combo->findText(QStringLiteral("Skip")));
        QTest::keyClick(combo, Qt::Key_Return);
        QTest::qWait(20); // the delegate commits the editor's value once back in the loop
        for (int r = 0; r < model->rowCount(); ++r) {
            previewed << rowOf(model, r);
            topicTips << model->index(r, 5).data(Qt::ToolTipRole).toString();
        }
        summary = d->findChild<QLabel *>(QStringLiteral("questionImportSummary"))->text();
        testsupport::shoot(d, QStringLiteral("question-import-preview"));
        auto *import = d->findChild<QPushButton *>(QStringLiteral("questionImportButton"));
        CHECK(import->text() == QStringLiteral("Import 3 question(s)"));
        import->click();
    });
    const int steps = s->undoStack()->count();
    page->importFiles({ testsupport::fixture(QStringLiteral("questions/") + file) });
    QTest::qWait(50);

    // Source, problems, decision, unit, kind, topic, text, received: by hand from the script.
    const QString ht = QStringLiteral("Thị đoàn Hòa Thành");
    const QString htShort = QStringLiteral("Hòa Thành"); // its short name in the sample
    const QList<QStringList> preview {
        { file + QStringLiteral(", row 9"),
          {},
          QStringLiteral("Import"),
          ht,
          QStringLiteral("Recommendation"),
          QStringLiteral("Topic 3"),
          QStringLiteral("Đề nghị công ty bố trí phòng đọc sách cho công nhân ở khu lưu trú."),
          QStringLiteral("24/08/2021"),
          {} },
        { file + QStringLiteral(", row 10"),
          {},
          QStringLiteral("Skip"),
          QStringLiteral("Huyện đoàn Dương Minh Châu"),
          QStringLiteral("Question"),
          {},
          QStringLiteral("Thanh niên công nhân có được vay vốn học nghề không?"),
          QStringLiteral("25/08/2021"),
          {} },
        { file + QStringLiteral(", row 11"),
          {},
          QStringLiteral("Import"),
          ht,
          QStringLiteral("Proposal"),
          QStringLiteral("Topic 2"),
          QStringLiteral("Đề xuất tổ chức giải bóng đá công nhân hằng năm."),
          QStringLiteral("26/08/2021"),
          {} },
        { file + QStringLiteral(", row 12"),
          {},
          QStringLiteral("Import"),
          ht,
          QStringLiteral("Initiative"),
          QStringLiteral("Topic 4"),
          QStringLiteral("Lập nhóm Zalo để công nhân mới hỏi đáp về thủ tục chuyển sinh hoạt "
                         "Đoàn."),
          QStringLiteral("26/08/2021"),
          {} },
    };
    CHECK(topicTips
          == QStringList { QString::fromUtf8(kTopic3), QString(), QString::fromUtf8(kTopic2),
                           QString::fromUtf8(kTopic4) });
    CHECK_FALSE(sheetShown); // one sheet: nothing to choose
    CHECK(summary == QStringLiteral("3 question(s) will be imported."));
    REQUIRE(previewed.size() == preview.size());
    for (int r = 0; r < preview.size(); ++r) {
        INFO("preview row " << r);
        CHECK(previewed.at(r) == preview.at(r));
    }

    // The question table: order, unit, asked by, kind, topic, text, received, channel, status,
    // agency, answer, note. A workbook chosen from the disk was handed in, not e-mailed.
    CHECK(s->undoStack()->count() == steps + 1);
    auto *questions = f.find<QTableView>("questionTable");
    QAbstractItemModel *model = questions->model();
    const QList<QStringList> stored {
        { "1", htShort, QStringLiteral("Nguyễn Thị Kim Ngân"), "Recommendation", "Topic 3",
          preview.at(0).at(6), "24/08/2021", "Handed in", "Classified", "", "", "" },
        { "2", htShort, QStringLiteral("Trần Văn Tâm"), "Proposal", "Topic 2", preview.at(2).at(6),
          "26/08/2021", "Handed in", "Classified", "", "", "" },
        { "3", htShort, QStringLiteral("Phạm Thị Hoa"), "Initiative", "Topic 4",
          preview.at(3).at(6), "26/08/2021", "Handed in", "Classified", "", "", "" },
    };
    REQUIRE(model->rowCount() == stored.size());
    REQUIRE(model->columnCount() == 12);
    for (int r = 0; r < stored.size(); ++r) {
        INFO("question " << r);
        CHECK(rowOf(model, r) == stored.at(r));
    }

    // One undo removes exactly what the import added.
    f.find<QAction>("undoAction")->trigger();
    QTest::qWait(20);
    CHECK(model->rowCount() == 0);
    CHECK(s->questions().list(s->eventId()).isEmpty());
}

TEST_CASE("Question import: a workbook with a list on each sheet shows both, and the sheet "
          "chosen in the window is the one imported",
          "[gui][questions][import]")
{
    Fixture f;
    Session *s = f.session();
    auto *page = f.find<QuestionsPage>("questionsPage");
    QStringList sheets;
    int rows = 0;
    whenDialogOpens(QStringLiteral("questionImportDialog"), [&](QDialog *d) {
        auto *combo = d->findChild<QComboBox *>(QStringLiteral("sheetCombo"));
        REQUIRE(combo->isVisibleTo(d));
        for (int i = 0; i < combo->count(); ++i)
            sheets << combo->itemText(i);
        auto *table = d->findChild<QTableView *>(QStringLiteral("questionPreviewTable"));
        rows = table->model()->rowCount();
        testsupport::shoot(d, QStringLiteral("question-import-two-sheets"));
        combo->setCurrentIndex(combo->findText(QStringLiteral("Duong Minh Chau")));
        auto *import = d->findChild<QPushButton *>(QStringLiteral("questionImportButton"));
        CHECK(import->text() == QStringLiteral("Import 2 question(s)"));
        import->click();
    });
    page->importFiles(
        { testsupport::fixture(QStringLiteral("questions/ht_ykien_two_sheets.xlsx")) });
    QTest::qWait(50);
    CHECK(sheets
          == QStringList { QStringLiteral("All sheets"), QStringLiteral("Hoa Thanh"),
                           QStringLiteral("Duong Minh Chau") });
    CHECK(rows == 6);
    const auto dmc = s->units().findByName(QStringLiteral("Huyện đoàn Dương Minh Châu"));
    REQUIRE(dmc);
    const QList<Question> stored = s->questions().list(s->eventId());
    REQUIRE(stored.size() == 2);
    CHECK(stored.at(0).text
          == QStringLiteral("Đề nghị doanh nghiệp cho Chi đoàn sinh hoạt vào chiều thứ Bảy."));
    CHECK(stored.at(0).submitter == QStringLiteral("Võ Minh Nhựt"));
    CHECK(stored.at(0).unitId == dmc->id);
    CHECK(stored.at(0).kind == QuestionKind::Recommendation);
    CHECK(stored.at(0).receivedOn == QDate(2021, 8, 23));
    CHECK(stored.at(1).text
          == QStringLiteral("Công nhân làm ca đêm có được hỗ trợ tiền xe buýt không?"));
    CHECK(stored.at(1).submitter == QStringLiteral("Đặng Thị Mai"));
    CHECK(stored.at(1).unitId == dmc->id);
    CHECK(stored.at(1).kind == QuestionKind::Question);
    CHECK(stored.at(1).topicId == 0);
    CHECK(stored.at(1).receivedOn == QDate(2021, 8, 24));
}

TEST_CASE("Question import: a Gmail reply with the questions in an attached workbook previews "
          "the attachment's rows with the e-mail's unit and day, and imports them as e-mails",
          "[gui][questions][import]")
{
    Fixture f;
    auto *page = f.find<QuestionsPage>("questionsPage");
    const QString eml = QStringLiteral("ht_reply_attachment.eml");
    const QString source = eml + QStringLiteral(", Câu hỏi đối thoại - Hòa Thành.xlsx, row %1");
    QList<QStringList> previewed;
    whenDialogOpens(QStringLiteral("questionImportDialog"), [&](QDialog *d) {
        auto *table = d->findChild<QTableView *>(QStringLiteral("questionPreviewTable"));
        REQUIRE(table);
        for (int r = 0; r < table->model()->rowCount(); ++r)
            previewed << rowOf(table->model(), r);
        testsupport::shoot(d, QStringLiteral("question-import-attachment"));
        auto *import = d->findChild<QPushButton *>(QStringLiteral("questionImportButton"));
        CHECK(import->text() == QStringLiteral("Import 3 question(s)"));
        import->click();
    });
    page->importFiles({ testsupport::fixture(QStringLiteral("email/") + eml) });
    QTest::qWait(50);

    // Source, problems, decision, unit, kind, topic, text, received: by hand from
    // make_lists_qa2.py (the e-mail's Date is 27 Aug 2021; the list has no date column).
    const QString ht = QStringLiteral("Thị đoàn Hòa Thành");
    const QString viecLam
        = QStringLiteral("Kiến nghị mở thêm lớp học nghề buổi tối cho thanh niên công nhân.");
    const QList<QStringList> preview {
        { source.arg(2),
          {},
          QStringLiteral("Import"),
          ht,
          QStringLiteral("Proposal"),
          QStringLiteral("Topic 2"),
          QStringLiteral("Đề xuất doanh nghiệp cho Chi đoàn sinh hoạt trong giờ nghỉ giữa ca mỗi "
                         "tháng một lần."),
          QStringLiteral("27/08/2021"),
          {} },
        { source.arg(3),
          QStringLiteral("“Việc làm” names none of the event's topics: left unclassified, kept "
                         "in the question's note."),
          QStringLiteral("Import"),
          ht,
          QStringLiteral("Recommendation"),
          {},
          viecLam,
          QStringLiteral("27/08/2021"),
          QStringLiteral("Lĩnh vực: Việc làm") },
        { source.arg(4),
          {},
          QStringLiteral("Import"),
          ht,
          QStringLiteral("Question"),
          {},
          QStringLiteral("Thanh niên công nhân có được tham gia bảo hiểm y tế hộ gia đình tại nơi "
                         "tạm trú không?"),
          QStringLiteral("27/08/2021"),
          {} },
    };
    REQUIRE(previewed.size() == preview.size());
    for (int r = 0; r < preview.size(); ++r) {
        INFO("preview row " << r);
        CHECK(previewed.at(r) == preview.at(r));
    }
    // The question table: order, unit, asked by, kind, topic, text, received, channel, status,
    // agency, answer, note.
    QAbstractItemModel *model = f.find<QTableView>("questionTable")->model();
    const QString htShort = QStringLiteral("Hòa Thành");
    const QList<QStringList> stored {
        { "1", htShort, QStringLiteral("Nguyễn Thị Kim Loan"), "Proposal", "Topic 2",
          preview.at(0).at(6), "27/08/2021", "E-mail", "Classified", "", "", "" },
        { "2", htShort, QStringLiteral("Trần Quốc Việt"), "Recommendation", "", viecLam,
          "27/08/2021", "E-mail", "Received", "", "", QStringLiteral("Lĩnh vực: Việc làm") },
        { "3", htShort, QStringLiteral("Phan Thị Diễm"), "Question", "", preview.at(2).at(6),
          "27/08/2021", "E-mail", "Received", "", "", "" },
    };
    REQUIRE(model->rowCount() == stored.size());
    for (int r = 0; r < stored.size(); ++r) {
        INFO("question " << r);
        CHECK(rowOf(model, r) == stored.at(r));
    }
}

TEST_CASE("Question import: a shortened unit name that fits two units offers them first, the "
          "clerk picks one",
          "[gui][questions][import][abbreviations]")
{
    Fixture f;
    Session *s = f.session();
    auto *page = f.find<QuestionsPage>("questionsPage");
    const QString tp = QStringLiteral("Thành đoàn thành phố Tây Ninh");
    const QString tinh = QStringLiteral("Tỉnh đoàn Tây Ninh");
    QStringList units; // by hand from make_lists_qa3q.py: each row's unit as the preview shows it
    QString problem;
    whenDialogOpens(QStringLiteral("questionImportDialog"), [&](QDialog *d) {
        auto *table = d->findChild<QTableView *>(QStringLiteral("questionPreviewTable"));
        REQUIRE(table);
        QAbstractItemModel *model = table->model();
        for (int r = 0; r < model->rowCount(); ++r)
            units << model->index(r, ImportPreviewModel::QuestionUnitColumn).data().toString();
        problem = model->index(4, ImportPreviewModel::ProblemColumn).data().toString();
        // "TĐ Tây Ninh" (row 5 of the sheet): its two units first, then a separator, then all.
        auto *combo = d->findChild<QComboBox *>(QStringLiteral("rowUnitCombo4"));
        REQUIRE(combo);
        CHECK(combo->itemText(0) == QStringLiteral("(choose the unit)"));
        CHECK(QStringList { combo->itemText(1), combo->itemText(2) } == QStringList { tp, tinh });
        CHECK(combo->itemData(3, Qt::AccessibleDescriptionRole).toString()
              == QStringLiteral("separator"));
        CHECK(combo->findText(QStringLiteral("Thị đoàn Hòa Thành")) > 3);
        CHECK(combo->findText(tinh) == 2); // once
        // "LĐLĐ tỉnh", in no directory: no unit first, the event's units as before.
        auto *unknown = d->findChild<QComboBox *>(QStringLiteral("rowUnitCombo6"));
        REQUIRE(unknown);
        CHECK(unknown->itemData(2, Qt::AccessibleDescriptionRole).toString().isEmpty());
        auto *import = d->findChild<QPushButton *>(QStringLiteral("questionImportButton"));
        CHECK(import->text() == QStringLiteral("Import 8 question(s)"));
        combo->setCurrentIndex(2);
        emit combo->activated(2);
        testsupport::shoot(d, QStringLiteral("question-import-abbreviations"));
        CHECK(import->text() == QStringLiteral("Import 9 question(s)"));
        import->click();
    });
    page->importFiles({ testsupport::fixture(QStringLiteral("lists/q_abbrev_units.xlsx")) });
    QTest::qWait(50);

    const QString dmc = QStringLiteral("Huyện đoàn Dương Minh Châu");
    const QString ht = QStringLiteral("Thị đoàn Hòa Thành");
    CHECK(units
          == QStringList { dmc, dmc, dmc, tp, QStringLiteral("TĐ Tây Ninh"), ht,
                           QStringLiteral("LĐLĐ tỉnh"), QStringLiteral("TB"), ht, tp,
                           QStringLiteral("Huyện đoàn Gò Dầu") });
    CHECK(problem
          == QStringLiteral("“TĐ Tây Ninh” fits several units (%1; %2): choose the unit.")
                 .arg(tp, tinh));
    const QList<Question> stored = s->questions().list(s->eventId());
    REQUIRE(stored.size() == 9);
    const auto asked = std::find_if(stored.cbegin(), stored.cend(), [](const Question &q) {
        return q.submitter == QStringLiteral("Lý Thị Mai");
    });
    REQUIRE(asked != stored.cend());
    CHECK(asked->unitId == s->units().findByName(tinh)->id);
    CHECK(asked->note == QStringLiteral("Ghi chú: Hỏi lại đơn vị gửi"));
}
