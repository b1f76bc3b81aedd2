// Lists that hide rows, columns and sheets (tests/fixtures/lists/make_hidden.py) in the
// window's import dialog, clicked by objectName: the hidden rows shown, marked and left out,
// brought in all at once (the check box) or one by one (the "Decision" column); the first
// visible sheet holding a list chosen, the hidden ones offered and said hidden; a hidden column
// said not read. The stored people are compared, field by field, with handwrittenhidden.h.
#include "support/guipeople.h"
#include "support/handwrittenhidden.h"
#include "support/testsupport.h"

#include "dialogs/importdialog.h"
#include "mainwindow.h"
#include "models/importpreviewmodel.h"
#include "pages/questionspage.h"
#include "session/session.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

using namespace dd;
using namespace handwritten;

using Window = testsupport::lists::Window;

namespace {

// The rows of the preview by file row.
int previewRow(ImportDialog *dialog, int fileRow)
{
    const ImportPreviewModel *model = dialog->previewModel();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, ImportPreviewModel::RowColumn).data().toInt() == fileRow)
            return r;
    return -1;
}

QString cell(ImportDialog *dialog, int fileRow, int column)
{
    const int r = previewRow(dialog, fileRow);
    REQUIRE(r >= 0);
    return dialog->previewModel()->index(r, column).data().toString();
}

void waitForPreview(ImportDialog *dialog, QSignalSpy &ready)
{
    while (ready.isEmpty() || dialog->isBusy())
        REQUIRE(ready.wait(20000));
}

} // namespace

TEST_CASE("hidden rows in the window: shown, marked, left out, the hidden title names no sender",
          "[gui][import][hidden]")
{
    Window w;
    ImportDialog *dialog = w.open(QStringLiteral("hidden_rows.xlsx"));
    CHECK(dialog->findChild<QComboBox *>(QStringLiteral("importUnitCombo"))->currentText()
          == QString::fromUtf8(kTc));
    // Every person is shown, the hidden ones among them.
    REQUIRE(dialog->previewModel()->rowCount() == 5);
    const QString hiddenMark = QCoreApplication::translate("Import", "Row hidden in the file");
    for (const int fileRow : { 7, 9 }) {
        INFO(fileRow);
        CHECK(cell(dialog, fileRow, ImportPreviewModel::ProblemColumn).startsWith(hiddenMark));
        CHECK(cell(dialog, fileRow, ImportPreviewModel::DecisionColumn)
              == import::decisionLabel(import::Decision::Skip));
    }
    for (const int fileRow : { 6, 8, 10 }) {
        INFO(fileRow);
        CHECK_FALSE(cell(dialog, fileRow, ImportPreviewModel::ProblemColumn).contains(hiddenMark));
        CHECK(cell(dialog, fileRow, ImportPreviewModel::DecisionColumn) == QStringLiteral("New"));
    }
    auto *include = dialog->findChild<QCheckBox *>(QStringLiteral("includeHiddenRowsCheck"));
    REQUIRE(include);
    CHECK(include->isVisibleTo(dialog));
    CHECK_FALSE(include->isChecked());
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("hiddenNote"));
    CHECK(note->isVisibleTo(dialog));
    CHECK(note->text().contains(QStringLiteral("2 row(s) hidden in the file")));
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("importCountsLabel"))
              ->text()
              .contains(QStringLiteral("2 hidden, left out")));
    testsupport::shoot(dialog, QStringLiteral("hidden-rows"));
    Window::importNow(dialog, 3);
    w.check(kHiddenRowsShown);
}

TEST_CASE("hidden rows in the window: the check box brings them all in", "[gui][import][hidden]")
{
    Window w;
    ImportDialog *dialog = w.open(QStringLiteral("hidden_rows.xlsx"));
    auto *include = dialog->findChild<QCheckBox *>(QStringLiteral("includeHiddenRowsCheck"));
    QSignalSpy ready(dialog, &ImportDialog::previewReady);
    include->click();
    waitForPreview(dialog, ready);
    CHECK(include->isChecked());
    CHECK(cell(dialog, 7, ImportPreviewModel::DecisionColumn) == QStringLiteral("New"));
    // Still marked, so that the clerk sees what the file hid.
    CHECK(cell(dialog, 7, ImportPreviewModel::ProblemColumn)
              .startsWith(QCoreApplication::translate("Import", "Row hidden in the file")));
    // The earlier hidden row comes first now: the visible one repeats it.
    CHECK(cell(dialog, 10, ImportPreviewModel::DecisionColumn)
          == import::decisionLabel(import::Decision::Skip));
    Window::importNow(dialog, 4);
    w.check(kHiddenRowsAll);
}

TEST_CASE("hidden rows in the window: one brought in by its decision", "[gui][import][hidden]")
{
    Window w;
    ImportDialog *dialog = w.open(QStringLiteral("hidden_rows.xlsx"));
    ImportPreviewModel *model = dialog->previewModel();
    const QModelIndex decision
        = model->index(previewRow(dialog, 7), ImportPreviewModel::DecisionColumn);
    REQUIRE(model->flags(decision) & Qt::ItemIsEditable);
    REQUIRE(model->setData(decision, int(import::Decision::Import), Qt::EditRole));
    CHECK(decision.data().toString() == QStringLiteral("New"));
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("importCountsLabel"))
              ->text()
              .contains(QStringLiteral("1 hidden, left out")));
    Window::importNow(dialog, 4);
    w.check(kHiddenRowsPlusRow7);
}

TEST_CASE("hidden in the window: filtered and collapsed rows, a hidden old unit column",
          "[gui][import][hidden]")
{
    Window w;
    ImportDialog *dialog = w.open(QStringLiteral("filtered_grouped.xlsx"));
    REQUIRE(dialog->previewModel()->rowCount() == 6);
    const QString note = dialog->findChild<QLabel *>(QStringLiteral("hiddenNote"))->text();
    CHECK(note.contains(QStringLiteral("3 row(s) hidden in the file")));
    CHECK(note.contains(QStringLiteral("Column F (“Đơn vị”) is hidden in the file and was not "
                                       "read: column G is read as Unit.")
                            .toHtmlEscaped()));
    auto *mappingF = dialog->findChild<QComboBox *>(QStringLiteral("mappingCombo5"));
    auto *mappingG = dialog->findChild<QComboBox *>(QStringLiteral("mappingCombo6"));
    CHECK(mappingF->currentData().toInt() == int(import::Field::Ignore));
    CHECK(mappingG->currentData().toInt() == int(import::Field::Unit));
    Window::importNow(dialog, 3);
    w.check(kFilteredShown);
}

TEST_CASE("hidden sheets in the window: the first visible list chosen, the hidden ones offered",
          "[gui][import][hidden]")
{
    Window w;
    ImportDialog *dialog = w.open(QStringLiteral("hidden_sheets.xlsx"));
    auto *sheet = dialog->findChild<QComboBox *>(QStringLiteral("sheetCombo"));
    CHECK(sheet->currentText() == QStringLiteral("Danh sách"));
    CHECK(sheet->findText(QStringLiteral("DS cũ (hidden in the file)")) == 0);
    CHECK(sheet->findText(QStringLiteral("Lưu (hidden in the file)")) == 4);
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("hiddenNote"))
              ->text()
              .contains(QStringLiteral("The file also holds a list on the hidden sheet(s) “DS "
                                       "cũ”, “Lưu”, not read")
                            .toHtmlEscaped()));
    // One list the clerk can see: no "one per sheet" note.
    CHECK_FALSE(dialog->findChild<QLabel *>(QStringLiteral("senderNote"))
                    ->text()
                    .contains(QStringLiteral("one per sheet")));
    Window::importNow(dialog, 3);
    w.check(kHiddenSheetsList);

    // The hidden old list, chosen by hand, is said hidden and can be imported.
    dialog = w.open(QStringLiteral("hidden_sheets.xlsx"));
    sheet = dialog->findChild<QComboBox *>(QStringLiteral("sheetCombo"));
    QSignalSpy ready(dialog, &ImportDialog::previewReady);
    sheet->setCurrentIndex(0);
    waitForPreview(dialog, ready);
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("hiddenNote"))
              ->text()
              .contains(QStringLiteral("The sheet “DS cũ” is hidden in the file.")));
    Window::importNow(dialog, 2);
}

TEST_CASE("hidden in the window: an ODS with a hidden table, hidden rows and a hidden column",
          "[gui][import][hidden]")
{
    Window w;
    ImportDialog *dialog = w.open(QStringLiteral("hidden_lo.ods"));
    CHECK(dialog->findChild<QComboBox *>(QStringLiteral("sheetCombo"))->currentText()
          == QStringLiteral("Danh sách"));
    CHECK(dialog->findChild<QComboBox *>(QStringLiteral("importUnitCombo"))->currentText()
          == QString::fromUtf8(kHt));
    REQUIRE(dialog->previewModel()->rowCount() == 5);
    Window::importNow(dialog, 3);
    w.check(kOdsShown);
}

TEST_CASE("hidden in the window: an .xls says its hidden rows cannot be seen",
          "[gui][import][hidden]")
{
    Window w;
    ImportDialog *dialog = w.open(QStringLiteral("dmc_dob_gender_lo.xls"));
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("hiddenNote"));
    CHECK(note->isVisibleTo(dialog));
    CHECK(note->text().contains(QStringLiteral("Excel 97–2003 file (.xls)")));
    CHECK_FALSE(dialog->findChild<QCheckBox *>(QStringLiteral("includeHiddenRowsCheck"))
                    ->isVisibleTo(dialog));
}

TEST_CASE("hidden rows of a question list in the window: marked and skipped, brought in by the "
          "check box",
          "[gui][import][hidden][questions]")
{
    testsupport::WindowFixture f(QStringLiteral("hidden-questions.sqlite"));
    f.find<QTabWidget>("tabs")->setCurrentIndex(MainWindow::QuestionsTab);
    Session *s = f.session();
    QStringList before;
    for (const Question &q : s->questions().list(s->eventId()))
        before << q.text;
    const QString file = QStringLiteral("hidden_questions.xlsx");
    QStringList decisions, sources;
    QString hiddenProblem, buttonBefore, buttonAfter, summary;
    bool checkShown = false;
    testsupport::whenDialogOpens(QStringLiteral("questionImportDialog"), [&](QDialog *d) {
        auto *table = d->findChild<QTableView *>(QStringLiteral("questionPreviewTable"));
        REQUIRE(table);
        QAbstractItemModel *model = table->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            sources << model->index(r, ImportPreviewModel::SourceColumn).data().toString();
            decisions << model->index(r, ImportPreviewModel::DecisionColumn).data().toString();
        }
        hiddenProblem = model->index(1, ImportPreviewModel::ProblemColumn).data().toString();
        auto *include = d->findChild<QCheckBox *>(QStringLiteral("includeHiddenRowsCheck"));
        REQUIRE(include);
        checkShown = include->isVisibleTo(d);
        summary = d->findChild<QLabel *>(QStringLiteral("questionImportSummary"))->text();
        auto *import = d->findChild<QPushButton *>(QStringLiteral("questionImportButton"));
        buttonBefore = import->text();
        include->click();
        buttonAfter = import->text();
        import->click();
    });
    f.find<QuestionsPage>("questionsPage")
        ->importFiles({ testsupport::fixture(QStringLiteral("lists/") + file) });
    QTest::qWait(50);
    const QString sheet = file + QStringLiteral(" [Câu hỏi]");
    CHECK(sources
          == QStringList { sheet + QStringLiteral(", row 4"), sheet + QStringLiteral(", row 5"),
                           sheet + QStringLiteral(", row 6"), sheet + QStringLiteral(", row 7"),
                           sheet + QStringLiteral(", row 8") });
    CHECK(summary.contains(QStringLiteral(
        "The sheet “Cũ” of hidden_questions.xlsx is hidden in the file and was not read.")));
    CHECK(decisions
          == QStringList { QStringLiteral("Import"), QStringLiteral("Skip"),
                           QStringLiteral("Import"), QStringLiteral("Skip"),
                           QStringLiteral("Import") });
    CHECK(hiddenProblem == QCoreApplication::translate("Import", "Row hidden in the file"));
    CHECK(checkShown);
    CHECK(buttonBefore == QStringLiteral("Import 3 question(s)"));
    CHECK(buttonAfter == QStringLiteral("Import 5 question(s)"));
    QStringList added;
    for (const Question &q : s->questions().list(s->eventId()))
        if (!before.contains(q.text))
            added << q.text;
    CHECK(added
          == QStringList {
              QStringLiteral("Đề nghị mở thêm lớp dạy nghề cho thanh niên nông thôn."),
              QStringLiteral("Câu hỏi cũ đã được trả lời năm trước về sân bóng ấp Long Hải."),
              QStringLiteral("Khi nào có nhà văn hóa cho thanh niên khu công nghiệp?"),
              QStringLiteral("Câu hỏi nháp chưa gửi về việc làm thêm giờ."),
              QStringLiteral("Xin hỗ trợ vốn vay khởi nghiệp cho đoàn viên.") });
}
