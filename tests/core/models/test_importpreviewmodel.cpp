// The preview of an attendee import as the dialog's table shows it: every cell of every row
// against a table written by hand, the duplicate decisions edited in place, and
// QAbstractItemModelTester watching throughout.
#include "support/sessionsupport.h"
#include "support/testsupport.h"

#include "import/attendeepreview.h"
#include "import/questionimport.h"
#include "models/importpreviewmodel.h"
#include "session/session.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>

using namespace dd;
using testsupport::sampleSession;

namespace {

// A list as a district union makes it: a title row, the header, six people. Hồng is in the
// sample event already (same name, unit and phone); Nguyễn Văn An comes twice, then a third
// time with another phone (possibly the same person); row 6 has no name; Bình's unit is not in
// the directory and her phone is short. A row that is not imported still shows what was read
// from it.
io::Sheet handMadeSheet()
{
    io::Sheet sheet;
    sheet.rows = {
        { QStringLiteral("DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ"), {}, {}, {}, {} },
        { QStringLiteral("STT"), QStringLiteral("Họ và tên"), QStringLiteral("Năm sinh"),
          QStringLiteral("Đơn vị"), QStringLiteral("Số điện thoại") },
        { QStringLiteral("1"), QStringLiteral("Nguyễn Văn An"), QStringLiteral("1995"),
          QStringLiteral("Huyện đoàn Dương Minh Châu"), QStringLiteral("0912 345 678") },
        { QStringLiteral("2"), QStringLiteral("Đoàn Thị Hồng"), QStringLiteral("1990"),
          QStringLiteral("Ban Tổ chức – Kiểm tra Tỉnh đoàn"), QStringLiteral("0938428213") },
        { QStringLiteral("3"),
          QStringLiteral("Nguyễn Văn An"),
          QStringLiteral("1995"),
          QStringLiteral("Huyện đoàn Dương Minh Châu"),
          {} },
        { QStringLiteral("4"),
          {},
          QStringLiteral("1996"),
          QStringLiteral("Thị đoàn Hòa Thành"),
          QStringLiteral("0987654321") },
        { QStringLiteral("5"), QStringLiteral("Lê Thị Bình"), QStringLiteral("1997"),
          QStringLiteral("Xã Lạ"), QStringLiteral("12345") },
        { QStringLiteral("6"), QStringLiteral("Nguyễn Văn An"), QStringLiteral("1995"),
          QStringLiteral("Huyện đoàn Dương Minh Châu"), QStringLiteral("0912345679") },
    };
    return sheet;
}

const QColor kRed(0xf8, 0xd7, 0xda);
const QColor kGrey(0xe9, 0xec, 0xef);
const QColor kAmber(0xff, 0xf3, 0xcd);

} // namespace

TEST_CASE("The import preview model shows every row as it will be written", "[models][import]")
{
    auto s = sampleSession();
    import::ImportPreview preview = import::buildImportPreview(
        handMadeSheet(), import::loadImportContext(*s), import::ImportOptions {});
    ImportPreviewModel model(&preview);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const QStringList headers { "Row",    "Problems", "Decision", "Full name", "Gender",
                                "Born",   "Position", "Unit",     "Workplace", "Phone",
                                "E-mail", "Role",     "Note" };
    REQUIRE(model.columnCount() == headers.size());
    for (int c = 0; c < headers.size(); ++c)
        CHECK(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() == headers.at(c));

    // Row, problems, decision, name, gender, born, position, unit, workplace, phone, e-mail,
    // role, note.
    const QList<QStringList> expected {
        { "3", "", "New", "Nguyễn Văn An", "", "1995", "", "Huyện đoàn Dương Minh Châu", "",
          "0912345678", "", "Delegate", "" },
        { "4", "Đoàn Thị Hồng is already in the event (same name and phone).", "Update existing",
          "Đoàn Thị Hồng", "", "1990", "", "Ban Tổ chức – Kiểm tra Tỉnh đoàn", "", "0938428213", "",
          "Delegate", "" },
        { "5", "The same person as row 3 of the file.", "Skip", "Nguyễn Văn An", "", "1995", "",
          "Huyện đoàn Dương Minh Châu", "", "", "", "Delegate", "" },
        { "6", "The name is missing: the row is not imported.", "Not imported", "", "", "1996", "",
          "Thị đoàn Hòa Thành", "", "0987654321", "", "Delegate", "" },
        { "7",
          "The unit “Xã Lạ” is not in the directory. · The phone number “12345” does not "
          "have 10 digits.",
          "New", "Lê Thị Bình", "", "1997", "", "Xã Lạ", "", "12345", "", "Delegate", "" },
        { "8",
          "Possibly the same person as row 3 of the file (phone differs); imported as another "
          "person.",
          "Possibly the same: imported", "Nguyễn Văn An", "", "1995", "",
          "Huyện đoàn Dương Minh Châu", "", "0912345679", "", "Delegate", "" },
    };
    REQUIRE(model.rowCount() == expected.size());
    for (int r = 0; r < expected.size(); ++r)
        for (int c = 0; c < headers.size(); ++c) {
            INFO("row " << r << ", " << headers.at(c).toStdString());
            CHECK(model.index(r, c).data().toString() == expected.at(r).at(c));
        }

    // Colours: red not imported, grey skipped, amber imported with a warning.
    CHECK_FALSE(model.index(0, 0).data(Qt::BackgroundRole).isValid());
    CHECK(model.index(1, 0).data(Qt::BackgroundRole).value<QColor>() == kAmber);
    CHECK(model.index(2, 0).data(Qt::BackgroundRole).value<QColor>() == kGrey);
    CHECK(model.index(3, 0).data(Qt::BackgroundRole).value<QColor>() == kRed);
    CHECK(model.index(4, 0).data(Qt::BackgroundRole).value<QColor>() == kAmber);
    CHECK(model.index(3, ImportPreviewModel::ProblemColumn).data(Qt::ToolTipRole).toString()
          == QStringLiteral("The name is missing: the row is not imported."));

    // The problem kinds a question list's rows use too.
    using K = import::ProblemKind;
    CHECK(preview.rows.at(1).problems.at(0).kind == K::Duplicate);
    CHECK(preview.rows.at(2).problems.at(0).kind == K::Duplicate);
    CHECK(preview.rows.at(3).problems.at(0).kind == K::MissingField);
    CHECK(preview.rows.at(4).problems.at(0).kind == K::UnknownUnit);
    CHECK(preview.rows.at(4).problems.at(1).kind == K::Other); // a short phone number

    // Only a duplicate's decision can be changed, to what its kind of duplicate allows.
    using D = import::Decision;
    const int decision = ImportPreviewModel::DecisionColumn;
    CHECK(model.index(1, decision).data(ImportPreviewModel::kChoicesRole).toList()
          == QVariantList { int(D::Skip), int(D::Update), int(D::KeepBoth) });
    CHECK(model.index(2, decision).data(ImportPreviewModel::kChoicesRole).toList()
          == QVariantList { int(D::Skip), int(D::KeepBoth) });
    CHECK(model.index(5, decision).data(ImportPreviewModel::kChoicesRole).toList()
          == QVariantList { int(D::KeepBoth), int(D::Skip) });
    CHECK(model.index(0, decision).data(ImportPreviewModel::kChoicesRole).toList().isEmpty());
    CHECK(model.index(3, decision).data(ImportPreviewModel::kChoicesRole).toList().isEmpty());
    CHECK(model.flags(model.index(1, decision)).testFlag(Qt::ItemIsEditable));
    CHECK(model.flags(model.index(2, decision)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.flags(model.index(0, decision)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.flags(model.index(3, decision)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(
        model.flags(model.index(1, ImportPreviewModel::NameColumn)).testFlag(Qt::ItemIsEditable));

    // An, and the possible An; Bình has no unit to count against (no sender was chosen).
    CHECK(preview.counts().toAdd == 2);
    CHECK(preview.counts().noUnit == 1);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy decided(&model, &ImportPreviewModel::decisionChanged);
    CHECK_FALSE(model.setData(model.index(0, decision), int(D::Skip), Qt::EditRole));
    CHECK_FALSE(model.setData(model.index(2, decision), int(D::Update), Qt::EditRole)); // in file
    CHECK_FALSE(model.setData(model.index(2, decision), int(D::Skip), Qt::EditRole)); // as it is
    CHECK(changed.isEmpty());
    REQUIRE(model.setData(model.index(2, decision), int(D::KeepBoth), Qt::EditRole));
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).toModelIndex() == model.index(2, 0));
    CHECK(changed.at(0).at(1).toModelIndex()
          == model.index(2, ImportPreviewModel::ColumnCount - 1));
    CHECK(decided.size() == 1);
    CHECK(model.index(2, decision).data().toString() == QStringLiteral("Keep both"));
    CHECK_FALSE(model.index(2, 0).data(Qt::BackgroundRole).value<QColor>() == kGrey);
    CHECK(preview.counts().toAdd == 3);

    // A new preview replaces the rows as a whole.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    preview = import::ImportPreview {};
    model.reset();
    CHECK(reset.size() == 1);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The import preview model shows a question list through the same columns and "
          "decisions",
          "[models][import][questions]")
{
    auto s = sampleSession();
    // Thị đoàn Hòa Thành's list: a title naming the union, the header, four rows: one for
    // itself, one from a union the directory lacks (a branch of its own would be its own: see
    // tests/cli/test_cli_questions_qa2.cpp), one without text, one repeating the first.
    io::Sheet sheet;
    sheet.name = QStringLiteral("Sheet1");
    sheet.rows = {
        { QStringLiteral("THỊ ĐOÀN HÒA THÀNH"), {}, {}, {}, {}, {} },
        { QStringLiteral("STT"), QStringLiteral("Đơn vị"), QStringLiteral("Loại"),
          QStringLiteral("Nội dung"), QStringLiteral("Ngày"), QStringLiteral("Ghi chú") },
        { QStringLiteral("1"),
          {},
          QStringLiteral("Kiến nghị"),
          QStringLiteral("Đề nghị mở lớp tin học buổi tối."),
          QStringLiteral("24/08/2021"),
          QStringLiteral("Đã hỏi năm 2020") },
        { QStringLiteral("2"),
          QStringLiteral("Huyện đoàn Đức Hòa"),
          {},
          QStringLiteral("Khi nào có nhà trọ giá rẻ?"),
          QStringLiteral("31/02/2021") },
        { QStringLiteral("3"), {}, QStringLiteral("Câu hỏi"), {}, {} },
        { QStringLiteral("4"), {}, {}, QStringLiteral("Đề nghị mở lớp tin học buổi tối."), {} },
    };
    import::ImportPreview preview = importQuestionsFromSheet(*s, sheet, QStringLiteral("ht.xlsx"));
    ImportPreviewModel model(&preview);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const QStringList headers { "Source", "Problems", "Decision", "Unit", "Kind",
                                "Topic",  "Question", "Received", "Note" };
    REQUIRE(model.columnCount() == headers.size());
    for (int c = 0; c < headers.size(); ++c)
        CHECK(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() == headers.at(c));
    const QList<QStringList> expected {
        { "ht.xlsx, row 3", "", "Import", "Thị đoàn Hòa Thành", "Recommendation", "",
          "Đề nghị mở lớp tin học buổi tối.", "24/08/2021", "Ghi chú: Đã hỏi năm 2020" },
        { "ht.xlsx, row 4",
          "Unknown unit “Huyện đoàn Đức Hòa”: choose the unit. · Unreadable date "
          "“31/02/2021” (use dd/mm/yyyy).",
          "Waits for a unit", "Huyện đoàn Đức Hòa", "Question", "", "Khi nào có nhà trọ giá rẻ?",
          "", "" },
        { "ht.xlsx, row 5", "The row has no question text.", "Not imported", "Thị đoàn Hòa Thành",
          "", "", "", "", "" },
        { "ht.xlsx, row 6", "Same text as ht.xlsx, row 3.", "Skip", "Thị đoàn Hòa Thành",
          "Recommendation", "", "Đề nghị mở lớp tin học buổi tối.", "", "" },
    };
    REQUIRE(model.rowCount() == expected.size());
    for (int r = 0; r < expected.size(); ++r)
        for (int c = 0; c < headers.size(); ++c) {
            INFO("row " << r << ", " << headers.at(c).toStdString());
            CHECK(model.index(r, c).data().toString() == expected.at(r).at(c));
        }
    // The problem kinds the attendee rows use where they mean the same.
    using K = import::ProblemKind;
    CHECK(preview.rows.at(1).problems.at(0).kind == K::UnknownUnit);
    CHECK(preview.rows.at(1).problems.at(1).kind == K::BadDate);
    CHECK(preview.rows.at(2).problems.at(0).kind == K::MissingField);
    CHECK(preview.rows.at(3).duplicate == import::Duplicate::InFile);
    CHECK(preview.rows.at(3).problems.at(0).kind == K::Duplicate);
    CHECK(model.index(2, 0).data(Qt::BackgroundRole).value<QColor>() == kRed);
    CHECK(model.index(3, 0).data(Qt::BackgroundRole).value<QColor>() == kGrey);

    // Import or Skip on every row that can be imported; none on the blocked one.
    using D = import::Decision;
    const int decision = ImportPreviewModel::DecisionColumn;
    for (const int r : { 0, 1, 3 }) {
        CHECK(model.index(r, decision).data(ImportPreviewModel::kChoicesRole).toList()
              == QVariantList { int(D::Import), int(D::Skip) });
        CHECK(model.flags(model.index(r, decision)).testFlag(Qt::ItemIsEditable));
    }
    CHECK_FALSE(model.flags(model.index(2, decision)).testFlag(Qt::ItemIsEditable));
    CHECK(import::questionsToImport(preview).size() == 1);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy decided(&model, &ImportPreviewModel::decisionChanged);
    REQUIRE(model.setData(model.index(3, decision), int(D::Import), Qt::EditRole));
    CHECK(decided.size() == 1);
    CHECK(model.index(3, decision).data().toString() == QStringLiteral("Import"));
    REQUIRE(model.setData(model.index(0, decision), int(D::Skip), Qt::EditRole));
    CHECK(model.index(0, decision).data().toString() == QStringLiteral("Skip"));
    CHECK(changed.size() == 2);
    CHECK(changed.at(1).at(1).toModelIndex()
          == model.index(0, ImportPreviewModel::QuestionColumnCount - 1));

    // A unit chosen for the unknown one: the row says so and is imported.
    const auto dmc = s->units().findByName(QStringLiteral("Huyện đoàn Dương Minh Châu"));
    REQUIRE(dmc);
    model.rowsChanged(import::setQuestionUnit(preview, 1, dmc->id, dmc->name));
    CHECK(changed.size() == 3);
    CHECK(model.index(1, ImportPreviewModel::ProblemColumn).data().toString()
          == QStringLiteral("Unreadable date “31/02/2021” (use dd/mm/yyyy)."));
    CHECK(model.index(1, decision).data().toString() == QStringLiteral("Import"));
    CHECK(model.index(1, ImportPreviewModel::QuestionUnitColumn).data().toString()
          == QStringLiteral("Huyện đoàn Dương Minh Châu"));
    const QList<Question> ready = import::questionsToImport(preview);
    REQUIRE(ready.size() == 2);
    CHECK(ready.at(0).text == QStringLiteral("Khi nào có nhà trọ giá rẻ?"));
    CHECK(ready.at(0).unitId == dmc->id);
    CHECK(ready.at(1).text == QStringLiteral("Đề nghị mở lớp tin học buổi tối."));
}
