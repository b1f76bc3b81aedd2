// Issue 12, lists nobody had tried: twelve district and province lists in twelve layouts
// (tests/fixtures/lists/make_lists.py: openpyxl, LibreOffice, Excel's CSV and text files),
// imported on the command line with and without --unit. Every imported person is compared,
// field by field, with the tables below, written by hand from the lists as a clerk reads them.
#include "support/clipeople.h"
#include "support/handwrittenlists.h"
#include "support/testsupport.h"

using namespace handwritten;
using testsupport::ProcessResult;

using testsupport::lists::checkPeople;
using testsupport::lists::Data;
using testsupport::lists::out;

namespace {

struct Case
{
    const char *file;
    const char *sentBy; // the first line of the output without --unit; null: refused
    const char *unit; // given with --unit in the second run
};

template<std::size_t N>
void importBothWays(const Case &c, const Person (&expected)[N])
{
    const QString file = QString::fromUtf8(c.file);
    INFO(c.file);
    {
        Data d;
        const ProcessResult r = d.import(file);
        INFO(out(r).toStdString() << r.err.toStdString());
        if (c.sentBy) {
            REQUIRE(r.exitCode == 0);
            CHECK(out(r).startsWith(QString::fromUtf8(c.sentBy) + QLatin1Char('\n')));
            CHECK(out(r).contains(QStringLiteral("%1 added, 0 updated").arg(N)));
            checkPeople(d, expected);
            // Imported again: nothing added or updated, every stored value as it was.
            const QList<QStringList> first = d.rows();
            const ProcessResult again = d.import(file);
            CHECK(again.exitCode == 0);
            CHECK(out(again).contains(QStringLiteral("0 added, 0 updated, %1 already").arg(N)));
            CHECK(d.rows() == first);
        } else {
            CHECK(r.exitCode == 1);
            CHECK(QString::fromUtf8(r.err).contains(QStringLiteral("Give it with --unit NAME")));
            CHECK(d.rows() == d.before);
        }
    }
    Data d;
    const ProcessResult r = d.import(file, { QStringLiteral("--unit"), QString::fromUtf8(c.unit) });
    INFO(out(r).toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(out(r).contains(QStringLiteral("%1 added, 0 updated").arg(N)));
    checkPeople(d, expected);
}

} // namespace

TEST_CASE("lists: the sender only in the file name, Chức vụ before the name, phones typed as "
          "numbers, names in capitals",
          "[cli][import][lists]")
{
    importBothWays({ "DS_HuyenDoan_TrangBang.xlsx",
                     "Sent by Thị đoàn Trảng Bàng (from the file name "
                     "“DS_HuyenDoan_TrangBang.xlsx”).",
                     "Trảng Bàng" },
                   kTrangBang);
}

TEST_CASE("lists: Năm sinh over Nam | Nữ in LibreOffice's .xls, the union's own secretary "
          "without a workplace",
          "[cli][import][lists]")
{
    importBothWays({ "gd_namnu_lo.xls",
                     "Sent by Huyện đoàn Gò Dầu (from the title line “HUYỆN ĐOÀN GÒ DẦU”).",
                     "Huyện đoàn Gò Dầu" },
                   kGoDau);
}

TEST_CASE("lists: dates of birth as dates and as text, empty rows, a hidden column, two phones "
          "in one cell",
          "[cli][import][lists]")
{
    importBothWays({ "ct_dates.xlsx",
                     "Sent by Huyện đoàn Châu Thành (from the title line “Đơn vị: Huyện đoàn "
                     "Châu Thành”).",
                     "Châu Thành" },
                   kChauThanh);
}

TEST_CASE("lists: UTF-8 with BOM in combining marks, double and no-break spaces in the names",
          "[cli][import][lists]")
{
    importBothWays({ "bc_nfd_bom.csv",
                     "Sent by Huyện đoàn Bến Cầu (from the title line “HUYỆN ĐOÀN BẾN CẦU”).",
                     "Bến Cầu" },
                   kBenCau);
}

TEST_CASE("lists: a province list in Excel's Unicode text naming the unions by short names",
          "[cli][import][lists]")
{
    // No sender: each row's union is its own; --unit changes nothing when every one is known.
    Data d;
    const ProcessResult r = d.import(QStringLiteral("province_short.txt"));
    INFO(out(r).toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(out(r).startsWith(QStringLiteral("5 added, 0 updated")));
    checkPeople(d, kProvinceShort);
    Data withUnit;
    REQUIRE(withUnit
                .import(QStringLiteral("province_short.txt"),
                        { QStringLiteral("--unit"), QStringLiteral("Tỉnh đoàn Tây Ninh") })
                .exitCode
            == 0);
    checkPeople(withUnit, kProvinceShort);
}

TEST_CASE("lists: two unions on two sheets of one workbook, each under its own union",
          "[cli][import][lists]")
{
    Data d;
    const ProcessResult r = d.import(QStringLiteral("two_sheets.xlsx"));
    INFO(out(r).toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(out(r)
          == QStringLiteral(
              "Sheet “Tân Biên”:\n"
              "Sent by Huyện đoàn Tân Biên (from the title line “HUYỆN ĐOÀN TÂN BIÊN”).\n"
              "2 added, 0 updated, 0 already there or repeated, skipped, 0 row(s) with errors "
              "not imported\n"
              "Sheet “Châu Thành”:\n"
              "Sent by Huyện đoàn Châu Thành (from the title line “HUYỆN ĐOÀN CHÂU THÀNH”).\n"
              "2 added, 0 updated, 0 already there or repeated, skipped, 0 row(s) with errors "
              "not imported\n"));
    checkPeople(d, kTwoSheets);
}

TEST_CASE("lists: the union in the title of a LibreOffice ODS, Nam/Nữ, a note naming whom the "
          "person replaces, the signer not a person",
          "[cli][import][lists]")
{
    importBothWays({ "ht_ghichu_lo.ods",
                     "Sent by Thị đoàn Hòa Thành (from the title line “DANH SÁCH ĐẠI BIỂU THỊ "
                     "ĐOÀN HÒA THÀNH”).",
                     "Hòa Thành" },
                   kHoaThanh);
}

TEST_CASE("lists: Windows-1258 with semicolons, Họ và tên đệm | Tên in capitals",
          "[cli][import][lists]")
{
    importBothWays({ "dmc_caps_1258.csv",
                     "Sent by Huyện đoàn Dương Minh Châu (from the title line “Đơn vị gửi: "
                     "Huyện đoàn Dương Minh Châu”).",
                     "Dương Minh Châu" },
                   kDuongMinhChau);
}

TEST_CASE("lists: an old TCVN3 file, Họ | Tên", "[cli][import][lists]")
{
    importBothWays({ "tp_tcvn3.csv",
                     "Sent by Thành đoàn thành phố Tây Ninh (from the title line “Thành đoàn Tây "
                     "Ninh”).",
                     "Thành phố Tây Ninh" },
                   kTayNinh);
}

TEST_CASE("lists: the sender only in the e-mail: refused without --unit, imported with it",
          "[cli][import][lists]")
{
    importBothWays({ "email_only.xlsx", nullptr, "Tân Châu" }, kEmailOnly);
}

TEST_CASE("lists: Họ | Chữ lót | Tên under a merged Họ và tên, a column-number row, ĐT liên hệ, "
          "Xác nhận của Huyện đoàn under the table",
          "[cli][import][lists]")
{
    importBothWays({ "tc_numbered_lo.xlsx",
                     "Sent by Huyện đoàn Tân Châu (from the title line “BCH HUYỆN ĐOÀN TÂN "
                     "CHÂU”).",
                     "Tân Châu" },
                   kTanChau);
}

TEST_CASE("lists: a province list with a section row per union and a union the directory lacks",
          "[cli][import][lists]")
{
    Data d;
    ProcessResult r = d.import(QStringLiteral("province_sections.xlsx"));
    INFO(out(r).toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(out(r).contains(QStringLiteral(
        "row 9: left out: “Đoàn Khối các cơ quan tỉnh” is not a unit of the directory")));
    CHECK(out(r).contains(QStringLiteral("3 added, 0 updated")));
    r = d.import(QStringLiteral("province_sections.xlsx"), { QStringLiteral("--create-units") });
    REQUIRE(r.exitCode == 0);
    CHECK(out(r).contains(QStringLiteral("1 added, 0 updated, 3 already there")));
    CHECK(out(r).contains(QStringLiteral("1 unit(s) created")));
    checkPeople(d, kProvinceSections);
}

TEST_CASE("lists: a person who replaces one the union sent before is imported, and the row says "
          "whom to mark replaced",
          "[cli][import][lists]")
{
    Data d;
    // Thị đoàn Hòa Thành's first list sends Nguyễn Văn Hùng; its second one replaces him.
    REQUIRE(d.run({ QStringLiteral("import"), QStringLiteral("attendees"),
                    testsupport::fixture(QStringLiteral("import/ht_line.csv")) })
                .exitCode
            == 0);
    const QList<QStringList> first = d.rows();
    const ProcessResult r = d.import(QStringLiteral("ht_ghichu_lo.ods"));
    INFO(out(r).toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(out(r)
          == QStringLiteral(
              "Sent by Thị đoàn Hòa Thành (from the title line “DANH SÁCH ĐẠI BIỂU THỊ ĐOÀN HÒA "
              "THÀNH”).\n"
              "row 4: Replaces Nguyễn Văn Hùng of Thị đoàn Hòa Thành, who is still in the list: "
              "set their invitation to “Replaced” so that the union's quota does not count them "
              "twice.\n"
              "3 added, 0 updated, 0 already there or repeated, skipped, 0 row(s) with errors not "
              "imported\n"));
    // Nobody else's record was changed by the import.
    for (const QStringList &row : first)
        CHECK(d.rows().contains(row));
}

TEST_CASE("lists: a letterhead \"BAN CHẤP HÀNH ĐOÀN THỊ XÃ …\", Đ/c before the names, a remark "
          "in brackets after one",
          "[cli][import][lists]")
{
    importBothWays({ "ht_letterhead_dc.xlsx",
                     "Sent by Thị đoàn Hòa Thành (from the title line “BAN CHẤP HÀNH ĐOÀN THỊ XÃ "
                     "HÒA THÀNH”).",
                     "Hòa Thành" },
                   kHtLetterhead);
}

TEST_CASE("lists: the union said only in the signature block under the table",
          "[cli][import][lists]")
{
    importBothWays({ "ct_signature_only.xlsx",
                     "Sent by Huyện đoàn Châu Thành (from the signature line “T/M BAN THƯỜNG VỤ "
                     "HUYỆN ĐOÀN CHÂU THÀNH”).",
                     "Châu Thành" },
                   kCtSignature);
}

TEST_CASE("lists: Họ và tên merged over two columns with no row under it, the name written "
          "across them",
          "[cli][import][lists]")
{
    // The Excel 97 file does not say the header is merged: the column without a header, one
    // word a row, tells it.
    for (const char *file : { "tbien_name_two_cells.xlsx", "tbien_name_two_cells_lo.xls" })
        importBothWays({ file,
                         "Sent by Huyện đoàn Tân Biên (from the title line “DANH SÁCH ĐẠI BIỂU "
                         "HUYỆN ĐOÀN TÂN BIÊN”).",
                         "Tân Biên" },
                       kTanBienTwoCells);
}

TEST_CASE("lists: a heading row per branch merged across the table, the first right under the "
          "header",
          "[cli][import][lists]")
{
    importBothWays({ "gd_branch_sections.xlsx",
                     "Sent by Huyện đoàn Gò Dầu (from the title line “HUYỆN ĐOÀN GÒ DẦU”).",
                     "Gò Dầu" },
                   kGoDauSections);
}

TEST_CASE("lists: people under a branch heading get it as their workplace when they write none",
          "[cli][import][lists]")
{
    importBothWays({ "gd_branch_workplace.xlsx",
                     "Sent by Huyện đoàn Gò Dầu (from the title line “HUYỆN ĐOÀN GÒ DẦU”).",
                     "Gò Dầu" },
                   kGoDauBranchWorkplace);
}

TEST_CASE("lists: the header on row 7 under an official letterhead, position and workplace in "
          "one cell, a cell of two lines",
          "[cli][import][lists]")
{
    importBothWays({ "tn_row7_chucvu_donvi.xlsx",
                     "Sent by Thành đoàn thành phố Tây Ninh (from the title line “BCH ĐOÀN TP. "
                     "TÂY NINH”).",
                     "Thành đoàn thành phố Tây Ninh" },
                   kTnRow7);
}

TEST_CASE("lists: a cell of two lines in LibreOffice's ODS keeps both lines",
          "[cli][import][lists]")
{
    importBothWays({ "tn_row7_chucvu_donvi_lo.ods",
                     "Sent by Thành đoàn thành phố Tây Ninh (from the title line “BCH ĐOÀN TP. "
                     "TÂY NINH”).",
                     "Thành đoàn thành phố Tây Ninh" },
                   kTnRow7);
}

TEST_CASE("lists: a table from column C on Sheet1 (2) after an empty sheet, Nam and Nữ as x, "
          "+84 phones, substitutes under a heading and the header written again",
          "[cli][import][lists]")
{
    importBothWays({ "tn_colc_namnu_x.xlsx",
                     "Sent by Thành đoàn thành phố Tây Ninh (from the title line “THÀNH ĐOÀN "
                     "TÂY NINH”).",
                     "Thành đoàn thành phố Tây Ninh" },
                   kTnColC);
    // --dry-run: the same words, nothing written.
    Data d;
    const ProcessResult r
        = d.import(QStringLiteral("tn_colc_namnu_x.xlsx"), { QStringLiteral("--dry-run") });
    INFO(out(r).toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(out(r).contains(QStringLiteral("6 would be added, 0 would be updated")));
    CHECK(!out(r).contains(QStringLiteral("row 12")));
    CHECK(d.rows() == d.before);
}

TEST_CASE("lists: an Excel 97 list with the gender in the birth year cell", "[cli][import][lists]")
{
    importBothWays({ "dmc_dob_gender_lo.xls",
                     "Sent by Huyện đoàn Dương Minh Châu (from the title line “DANH SÁCH BAN "
                     "CHẤP HÀNH CHI ĐOÀN, CHI HỘI DỰ ĐỐI THOẠI - HUYỆN ĐOÀN DƯƠNG MINH CHÂU”).",
                     "Huyện đoàn Dương Minh Châu" },
                   kDmcDobGender);
}
