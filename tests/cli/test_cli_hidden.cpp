// Lists that hide rows, columns and sheets (tests/fixtures/lists/make_hidden.py), imported on
// the command line as a clerk expects: what Excel or LibreOffice shows is imported, the hidden
// rows are left out and said by row number, --include-hidden-rows brings them in, a hidden
// column never overwrites the visible one, a hidden sheet is read only when --sheet names it.
// Every imported person is compared, field by field, with handwrittenhidden.h.
#include "support/clipeople.h"
#include "support/handwrittenhidden.h"
#include "support/testsupport.h"

using namespace handwritten;
using testsupport::ProcessResult;
using testsupport::lists::checkPeople;
using testsupport::lists::Data;
using testsupport::lists::out;

namespace {

const QString kInclude = QStringLiteral("--include-hidden-rows");

} // namespace

TEST_CASE("hidden rows: left out and said by number, the hidden title names no sender, "
          "--include-hidden-rows imports them",
          "[cli][import][hidden]")
{
    {
        Data d;
        const ProcessResult r = d.import(QStringLiteral("hidden_rows.xlsx"));
        INFO(out(r).toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        // The visible title, not the hidden "HUYỆN ĐOÀN GÒ DẦU" above it.
        CHECK(out(r).startsWith(QStringLiteral(
            "Sent by Huyện đoàn Tân Châu (from the title line “HUYỆN ĐOÀN TÂN CHÂU”).\n")));
        CHECK(out(r).contains(QStringLiteral("2 row(s) hidden in the file left out (row(s) 7, 9); "
                                             "--include-hidden-rows imports them.")));
        CHECK(out(r).contains(QStringLiteral("3 added, 0 updated")));
        CHECK(out(r).contains(QStringLiteral("2 hidden row(s) left out")));
        // The hidden earlier row does not make the visible one a repeat.
        CHECK_FALSE(out(r).contains(QStringLiteral("row 10:")));
        checkPeople(d, kHiddenRowsShown);
    }
    Data d;
    const ProcessResult r = d.import(QStringLiteral("hidden_rows.xlsx"), { kInclude });
    INFO(out(r).toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(out(r).contains(QStringLiteral("row 7: Row hidden in the file")));
    CHECK(out(r).contains(QStringLiteral("row 10: The same person as row 9 of the file.")));
    CHECK(out(r).contains(QStringLiteral("4 added, 0 updated, 1 already there or repeated")));
    CHECK_FALSE(out(r).contains(QStringLiteral("left out (row")));
    checkPeople(d, kHiddenRowsAll);
}

TEST_CASE("hidden rows: an AutoFilter's and a collapsed group's, a hidden old unit column "
          "never read",
          "[cli][import][hidden]")
{
    {
        Data d;
        const ProcessResult r = d.import(QStringLiteral("filtered_grouped.xlsx"));
        INFO(out(r).toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(out(r).contains(
            QStringLiteral("3 row(s) hidden in the file left out (row(s) 5, 7, 8)")));
        CHECK(out(r).contains(QStringLiteral(
            "Column F (“Đơn vị”) is hidden in the file and was not read: column G is read as "
            "Unit.")));
        CHECK(out(r).contains(QStringLiteral("3 added, 0 updated")));
        checkPeople(d, kFilteredShown);
    }
    Data d;
    const ProcessResult r = d.import(QStringLiteral("filtered_grouped.xlsx"), { kInclude });
    INFO(out(r).toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(out(r).contains(QStringLiteral("6 added, 0 updated")));
    checkPeople(d, kFilteredAll);
}

TEST_CASE("hidden sheets: the visible list is read, a guide and a summary are passed over, the "
          "hidden sheets are said, --sheet reads one",
          "[cli][import][hidden]")
{
    {
        Data d;
        const ProcessResult r = d.import(QStringLiteral("hidden_sheets.xlsx"));
        INFO(out(r).toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(out(r).contains(QStringLiteral(
            "The sheet “DS cũ” is hidden in the file and was not read (--sheet “DS cũ” reads "
            "it).")));
        CHECK(out(r).contains(QStringLiteral(
            "The sheet “Lưu” is hidden in the file and was not read (--sheet “Lưu” reads it).")));
        CHECK(out(r).contains(QStringLiteral("Sheet “Danh sách”:")));
        CHECK(out(r).contains(QStringLiteral("3 added, 0 updated")));
        checkPeople(d, kHiddenSheetsList);
    }
    {
        Data d;
        const ProcessResult r = d.import(QStringLiteral("hidden_sheets.xlsx"),
                                         { QStringLiteral("--sheet"), QStringLiteral("DS cũ") });
        INFO(out(r).toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(out(r).contains(QStringLiteral("2 added, 0 updated")));
        checkPeople(d, kHiddenSheetsOld);
    }
    {
        // A guide holds no list, and a sheet that is not there is named with the real ones.
        Data d;
        ProcessResult r = d.import(QStringLiteral("hidden_sheets.xlsx"),
                                   { QStringLiteral("--sheet"), QStringLiteral("Hướng dẫn") });
        CHECK(r.exitCode != 0);
        CHECK(QString::fromUtf8(r.err).contains(QStringLiteral("has no header row")));
        r = d.import(QStringLiteral("hidden_sheets.xlsx"),
                     { QStringLiteral("--sheet"), QStringLiteral("Sheet9") });
        CHECK(r.exitCode != 0);
        CHECK(QString::fromUtf8(r.err).contains(QStringLiteral(
            "its sheets are “DS cũ”, “Hướng dẫn”, “Tổng hợp”, “Danh sách”, “Lưu”.")));
        CHECK(d.rows() == d.before);
    }
}

TEST_CASE("hidden in ODS: a hidden table, a collapsed row, a filtered row, a hidden column",
          "[cli][import][hidden]")
{
    {
        Data d;
        const ProcessResult r = d.import(QStringLiteral("hidden_lo.ods"));
        INFO(out(r).toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(out(r).contains(QStringLiteral("The sheet “Cũ” is hidden in the file")));
        CHECK(
            out(r).contains(QStringLiteral("2 row(s) hidden in the file left out (row(s) 6, 7)")));
        CHECK(out(r).contains(
            QStringLiteral("Column E (“Đơn vị”) is hidden in the file and was not read.")));
        checkPeople(d, kOdsShown);
    }
    Data d;
    const ProcessResult r = d.import(QStringLiteral("hidden_lo.ods"), { kInclude });
    INFO(out(r).toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    checkPeople(d, kOdsAll);
}

TEST_CASE("hidden rows: an .xls cannot tell, and the import says so", "[cli][import][hidden]")
{
    Data d;
    const ProcessResult r
        = d.import(QStringLiteral("dmc_dob_gender_lo.xls"),
                   { QStringLiteral("--unit"), QStringLiteral("Dương Minh Châu") });
    INFO(out(r).toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(out(r).contains(
        QStringLiteral("DialogueDesk cannot see which rows an Excel 97–2003 file (.xls) hides")));
}

TEST_CASE("hidden rows of a question list: left out with the same words, "
          "--include-hidden-rows imports them",
          "[cli][import][hidden][questions]")
{
    const QString file = testsupport::fixture(QStringLiteral("lists/hidden_questions.xlsx"));
    const QStringList visible {
        QStringLiteral("Đề nghị mở thêm lớp dạy nghề cho thanh niên nông thôn."),
        QStringLiteral("Khi nào có nhà văn hóa cho thanh niên khu công nghiệp?"),
        QStringLiteral("Xin hỗ trợ vốn vay khởi nghiệp cho đoàn viên."),
    };
    const QStringList hidden {
        QStringLiteral("Câu hỏi cũ đã được trả lời năm trước về sân bóng ấp Long Hải."),
        QStringLiteral("Câu hỏi nháp chưa gửi về việc làm thêm giờ."),
    };
    const auto texts = [](const testsupport::SampleData &d) {
        QStringList out;
        const QStringList lines = d.list(QStringLiteral("questions"));
        const int c = int(lines.value(0).split(QLatin1Char('\t')).indexOf(QStringLiteral("text")));
        for (const QString &line : lines.mid(1))
            out << line.split(QLatin1Char('\t')).value(c);
        return out;
    };
    for (const bool include : { false, true }) {
        INFO(include);
        testsupport::SampleData d(QStringLiteral("hidden-questions.sqlite"));
        const QStringList before = texts(d);
        QStringList args { QStringLiteral("import"), QStringLiteral("questions"), file };
        if (include)
            args << kInclude;
        const ProcessResult r = d.run(args);
        INFO(out(r).toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QStringList added;
        for (const QString &t : texts(d))
            if (!before.contains(t))
                added << t;
        const QStringList expected = include
            ? QStringList { visible.at(0), hidden.at(0), visible.at(1), hidden.at(1),
                            visible.at(2) }
            : visible;
        CHECK(added == expected);
        CHECK(QString::fromUtf8(r.err).contains(
                  QStringLiteral("hidden_questions.xlsx [Câu hỏi], row 5: not imported: Row "
                                 "hidden in the file"))
              == !include);
        CHECK(out(r).contains(QStringLiteral("2 row(s) hidden in the file left out")) == !include);
        // The hidden sheet of last year's questions is said, and not read.
        CHECK(out(r).contains(QStringLiteral(
            "The sheet “Cũ” of hidden_questions.xlsx is hidden in the file and was not read.")));
    }
}
