// The header texts and cell values of lists nobody had tried yet, as clerks in the district
// unions type them, with the field or value each one means written by hand.
#include "import/attendeefields.h"
#include "import/attendeerows.h"
#include "import/namecell.h"
#include "import/phonecell.h"
#include "import/replacement.h"
#include "import/unitmatcher.h"

#include <catch2/catch.hpp>

using namespace dd;
using namespace dd::import;

TEST_CASE("Headers as district clerks write them name the right field", "[import][lists]")
{
    const std::pair<const char *, Field> headers[] = {
        { "Họ tên đệm", Field::FamilyAndMiddle },
        { "Họ và tên lót", Field::FamilyAndMiddle },
        { "Họ, tên", Field::FullName },
        { "Họ và tên (viết in hoa)", Field::FullName },
        { "Chữ lót", Field::MiddleName },
        { "ĐT liên hệ", Field::Phone },
        { "Số ĐT", Field::Phone },
        { "SĐT/Zalo", Field::Phone },
        { "Điện thoại di động", Field::Phone },
        { "Ngày, tháng, năm sinh", Field::BirthYear },
        { "Năm sinh Nữ", Field::Female },
        { "Giới tính (Nam/Nữ)", Field::Gender },
        { "Chức vụ Đoàn", Field::Position },
        { "Chức vụ, đơn vị công tác", Field::PositionAndUnit },
        { "Đơn vị công tác", Field::Workplace },
        { "Nơi làm việc", Field::Workplace },
        { "Tên doanh nghiệp", Field::Workplace },
        { "Ghi chú", Field::Note },
        { "Dân tộc", Field::Ignore },
        { "Trình độ chuyên môn", Field::Ignore },
    };
    for (const auto &[text, field] : headers) {
        INFO(text);
        CHECK(fieldForHeader(QString::fromUtf8(text)) == field);
    }
}

TEST_CASE("Of a professional and a union position column, the union one is read", "[import][lists]")
{
    const auto mapping = [](std::initializer_list<const char *> headers) {
        QStringList h;
        for (const char *t : headers)
            h << QString::fromUtf8(t);
        return automaticMapping(h).fields;
    };
    using F = Field;
    CHECK(mapping({ "Họ và tên", "Chức vụ chuyên môn", "Chức vụ Đoàn" })
          == QList<F> { F::FullName, F::Ignore, F::Position });
    CHECK(mapping({ "Họ và tên", "Chức vụ trong Đoàn, Hội", "Chức vụ chính quyền" })
          == QList<F> { F::FullName, F::Position, F::Ignore });
    // Two of the same kind: the first, as for every field.
    CHECK(mapping({ "Họ và tên", "Chức vụ", "Chức danh" })
          == QList<F> { F::FullName, F::Position, F::Ignore });
}

TEST_CASE("Birth years as lists write them", "[import][lists]")
{
    const std::pair<const char *, int> years[] = {
        { "1996", 1996 },
        { "1996.0", 1996 },
        { "12/03/1996", 1996 },
        { "12-3-1996", 1996 },
        { "1996-03-12", 1996 },
        { "3/1996", 1996 },
        { "12/03/96", 1996 },
        { "5/1/01", 2001 },
        { "12.03.1996", 1996 },
        // Excel's day counts, in a cell formatted as a number: 12 March 1996, 1 January 2000.
        { "35136", 1996 },
        { "36526.0", 2000 },
        // Written out, as on a form.
        { "ngày 8 tháng 3 năm 1997", 1997 },
        { "Ngày 08 tháng 03, năm 1997", 1997 },
        { "8 tháng 3 năm 1997", 1997 },
    };
    for (const auto &[text, year] : years) {
        INFO(text);
        bool understood = false;
        CHECK(parseBirthYear(QString::fromUtf8(text), &understood) == year);
        CHECK(understood);
    }
}

TEST_CASE("Two phones in one cell: the first mobile kept, the others for the note",
          "[import][lists]")
{
    struct Case
    {
        const char *cell, *kept;
        QStringList others;
    };
    const Case cases[] = {
        { "0912 345 678", "0912 345 678", {} },
        { "0912.345.678 - 0987.654.321", "0912.345.678", { QStringLiteral("0987.654.321") } },
        { "0276 3822 111 / 0912345678", "0912345678", { QStringLiteral("0276 3822 111") } },
        { "0912345678; 0987654321", "0912345678", { QStringLiteral("0987654321") } },
        { "0912345678 hoặc 0987654321", "0912345678", { QStringLiteral("0987654321") } },
        { "0912345678 0987654321", "0912345678", { QStringLiteral("0987654321") } },
        { "+84 912 345 678", "+84 912 345 678", {} },
    };
    for (const Case &c : cases) {
        INFO(c.cell);
        const PhoneCell p = splitPhoneCell(QString::fromUtf8(c.cell));
        CHECK(p.phone == QString::fromUtf8(c.kept));
        CHECK(p.others == c.others);
    }
}

TEST_CASE("A note that names whom the person replaces", "[import][lists]")
{
    const std::pair<const char *, const char *> notes[] = {
        { "Thay thế cho đ/c Nguyễn Văn Hùng", "nguyen van hung" },
        { "thay cho Đ/c Lê Thị Mỹ Duyên (nghỉ sinh)", "le thi my duyen" },
        { "Thay đồng chí Trần Quốc Toản, chuyển công tác", "tran quoc toan" },
        { "Thay thế", "" },
        { "Ăn chay", "" },
        { "Thay đổi số điện thoại", "" },
    };
    for (const auto &[note, name] : notes) {
        INFO(note);
        CHECK(replacedName(QString::fromUtf8(note)) == QString::fromUtf8(name));
    }
}

TEST_CASE("A name cell without the form of address, its remark apart", "[import][lists]")
{
    struct Case
    {
        const char *cell, *name, *remark;
    };
    const Case cases[] = {
        { "Nguyễn Văn Bình", "Nguyễn Văn Bình", "" },
        { "Đ/c Nguyễn Văn Bình", "Nguyễn Văn Bình", "" },
        { "đồng chí Lê Thị Hoa", "Lê Thị Hoa", "" },
        { "Trần Thị Cúc (Trưởng đoàn)", "Trần Thị Cúc", "Trưởng đoàn" },
        { "Đc. Võ Văn Kiệt (dự thay", "Võ Văn Kiệt", "dự thay" },
        { "Đoàn Thị Hồng", "Đoàn Thị Hồng", "" },
        { "Đặng Văn Lâm", "Đặng Văn Lâm", "" },
    };
    for (const Case &c : cases) {
        INFO(c.cell);
        QString remark;
        CHECK(nameWithoutRemark(QString::fromUtf8(c.cell), &remark) == QString::fromUtf8(c.name));
        CHECK(remark == QString::fromUtf8(c.remark));
    }
}

TEST_CASE("A letterhead names its union by the place after \"Đoàn\"", "[import][lists]")
{
    QList<Unit> units;
    for (const auto &[id, name, kind] :
         { std::tuple { 1, "Huyện đoàn Gò Dầu", UnitKind::District },
           std::tuple { 2, "Thị đoàn Hòa Thành", UnitKind::District },
           std::tuple { 3, "Thành đoàn thành phố Tây Ninh", UnitKind::District },
           std::tuple { 4, "Tỉnh đoàn Tây Ninh", UnitKind::Provincial } }) {
        Unit u;
        u.id = id;
        u.name = QString::fromUtf8(name);
        u.kind = kind;
        units << u;
    }
    const UnitMatcher m(units);
    CHECK(m.senderIn(QStringLiteral("BCH ĐOÀN HUYỆN GÒ DẦU")) == 1);
    CHECK(m.senderIn(QStringLiteral("BAN CHẤP HÀNH ĐOÀN THỊ XÃ HÒA THÀNH")) == 2);
    CHECK(m.senderIn(QStringLiteral("Ban Chấp hành Đoàn thành phố Tây Ninh")) == 3);
    CHECK(m.senderIn(QStringLiteral("T/M BAN THƯỜNG VỤ HUYỆN ĐOÀN GÒ DẦU")) == 1);
    CHECK(m.senderIn(QStringLiteral("BCH ĐOÀN TỈNH TÂY NINH")) == 0);
    CHECK(m.senderIn(QStringLiteral("HUYỆN ỦY GÒ DẦU")) == 0);
    CHECK(m.find(QStringLiteral("H.Đ Gò Dầu")) == 1);
    CHECK(m.find(QStringLiteral("TX Hòa Thành")) == 2);
    CHECK(m.senderInFileName(QStringLiteral("/tmp/DS_HuyenDoan_GoDau.xlsx")) == 1);
    CHECK(m.senderInFileName(QStringLiteral("DanhSach-TD-HoaThanh-2021.xls")) == 2);
    CHECK(m.senderInFileName(QStringLiteral("Danh sách Thành đoàn Tây Ninh.xlsx")) == 3);
    CHECK(m.senderInFileName(QStringLiteral("DS_dai_bieu_2021.xlsx")) == 0);
    CHECK(m.senderInFileName(QStringLiteral("GoDau.xlsx")) == 0);
}
