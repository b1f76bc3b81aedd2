// Issue 12: lists as district unions send them, imported on the command line without --unit
// where the file says who sent it, each made by openpyxl and by LibreOffice
// (tests/fixtures/import/make_district_lists.py). Every imported row and field is compared
// with the tables below, written by hand from the lists.
#include "support/testsupport.h"

#include <QTemporaryDir>

using testsupport::ProcessResult;
using testsupport::runApp;

namespace {

struct Data : testsupport::SampleData
{
    Data()
        : SampleData(QStringLiteral("lists.sqlite"))
    { }
    ProcessResult import(const QString &file, const QStringList &options = {}) const
    {
        return run(QStringList { QStringLiteral("import"), QStringLiteral("attendees"),
                                 testsupport::fixture(QStringLiteral("import/") + file) }
                   + options);
    }
    // A tab-separated table as rows of cells, the header first.
    QList<QStringList> table(const QString &what) const
    {
        QList<QStringList> rows;
        for (const QString &line : list(what))
            rows << line.split(QLatin1Char('\t'));
        return rows;
    }
};

// One imported person as `list attendees` prints them.
struct Person
{
    const char *family, *middle, *given, *gender, *year, *position, *unit, *workplace, *phone;
};

const char *const kDmc = "Huyện đoàn Dương Minh Châu";
const char *const kHt = "Thị đoàn Hòa Thành";
const char *const kTp = "Thành đoàn thành phố Tây Ninh";

const Person kDmcList[] = {
    { "Nguyễn", "Thị Thu", "Hà", "female", "1996", "Bí thư Chi đoàn", kDmc,
      "Chi đoàn Công ty TNHH Giày Da Phước Minh", "0912345601" },
    { "Lê", "Văn", "Tám", "male", "1993", "Phó Bí thư Chi đoàn", kDmc,
      "Chi đoàn Công ty Cổ phần Cao su Tây Ninh", "0912345602" },
    { "Nguyễn", "Văn", "Hùng", "male", "1995", "Ủy viên BCH", kDmc,
      "Chi hội thanh niên công nhân ấp Bàu Vuông", "0912345603" },
    { "Nguyễn", "Văn", "Hùng", "male", "1999", "Chi hội trưởng", kDmc,
      "Chi đoàn Công ty TNHH May Tinh Lợi", "0912345604" },
    { "Trần", "Thị Ngọc", "Ánh", "female", "1998", "Bí thư Chi đoàn", kDmc,
      "Chi đoàn Công ty TNHH MTV Mía đường Tây Ninh", "0912345605" },
    { "Phạm", "Quốc", "Bảo", "male", "1994", "Ủy viên BCH", kDmc,
      "Chi hội thanh niên công nhân ấp Phước Hội", "0912345607" },
};

const Person kHtList[] = {
    { "Võ", "Thị Mỹ", "Duyên", "female", "1997", "Bí thư", kHt,
      "Chi đoàn Công ty TNHH Điện tử Hòa Thành", "0398765401" },
    { "Đặng", "", "Khoa", "male", "1991", "Phó Bí thư", kHt, "Chi đoàn khu phố Long Hải",
      "0398765402" },
    { "Huỳnh", "Thanh", "Tùng", "male", "1995", "Ủy viên BCH", kHt,
      "Chi đoàn Công ty Cổ phần Bao bì Hòa Thành", "0398765403" },
    { "Nguyễn", "Văn", "Hùng", "male", "1995", "Chi hội phó", kHt,
      "Chi hội thanh niên công nhân ấp Trường Lưu", "0398765404" },
};

const Person kTpList[] = {
    { "Đặng", "Thị", "Ánh", "", "1996", "Bí thư Chi đoàn", kTp,
      "Chi đoàn Công ty TNHH Sài Gòn Tây Ninh", "0977111001" },
    { "Trương", "Công", "Danh", "", "1992", "Ủy viên BCH", kTp,
      "Chi hội thanh niên công nhân khu phố 3", "0977111002" },
    { "Lâm", "", "Yến", "", "1999", "Phó Bí thư Chi đoàn", kTp,
      "Chi đoàn Ngân hàng Nông nghiệp chi nhánh Tây Ninh", "0977111003" },
    { "Tô", "Ngọc Bảo", "Trân", "", "1998", "Ủy viên BCH", kTp,
      "Chi đoàn Công ty Điện lực Tây Ninh", "0977111004" },
};

const Person kProvinceList[] = {
    { "Nguyễn", "Văn", "Hùng", "", "1995", "", kDmc, "Chi hội thanh niên công nhân ấp Bàu Vuông",
      "0912345603" },
    { "Phan", "Thị Kim", "Oanh", "", "1996", "", kDmc, "Chi đoàn Công ty TNHH Giày Da Phước Minh",
      "0966000002" },
    { "Hồ", "Minh", "Quân", "", "1994", "", kTp, "Chi đoàn Công ty Xổ số kiến thiết Tây Ninh",
      "0966000003" },
    { "Vũ", "Thị", "Linh", "", "2000", "", kHt, "Chi đoàn Bệnh viện Hòa Thành", "0966000004" },
    { "Ngô", "Đức", "Tài", "", "1993", "", kHt, "Chi đoàn Công ty TNHH Điện tử Hòa Thành",
      "0966000005" },
    { "Dương", "", "Phúc", "", "1997", "", "Đoàn trường Cao đẳng Nghề Tây Ninh",
      "Chi đoàn Khoa Cơ khí", "0966000006" },
    { "Trần", "Thị Ngọc", "Ánh", "", "1998", "", kDmc,
      "Chi đoàn Công ty TNHH MTV Mía đường Tây Ninh", "0912345699" },
};

// The people of the sample event (who have no workplace) are left aside; every other row is
// compared, field by field, with `expected`, and nobody else may be there.
template<std::size_t N>
void checkPeople(const Data &d, const Person (&expected)[N])
{
    const QList<QStringList> rows = d.table(QStringLiteral("attendees"));
    REQUIRE(!rows.isEmpty());
    const QStringList header = rows.first();
    auto at = [&](const QStringList &row, const char *column) {
        return row.value(int(header.indexOf(QLatin1String(column))));
    };
    QList<QStringList> imported;
    for (const QStringList &row : rows.mid(1))
        if (!at(row, "workplace").isEmpty())
            imported << row;
    CHECK(imported.size() == qsizetype(N));
    for (const Person &p : expected) {
        INFO(p.family << ' ' << p.middle << ' ' << p.given << ' ' << p.phone);
        int found = 0;
        for (const QStringList &row : imported) {
            if (at(row, "phone") != QLatin1String(p.phone))
                continue;
            ++found;
            CHECK(at(row, "family_name") == QString::fromUtf8(p.family));
            CHECK(at(row, "middle_name") == QString::fromUtf8(p.middle));
            CHECK(at(row, "given_name") == QString::fromUtf8(p.given));
            CHECK(at(row, "gender") == QString::fromUtf8(p.gender));
            CHECK(at(row, "birth_year") == QString::fromUtf8(p.year));
            CHECK(at(row, "position") == QString::fromUtf8(p.position));
            CHECK(at(row, "unit") == QString::fromUtf8(p.unit));
            CHECK(at(row, "workplace") == QString::fromUtf8(p.workplace));
            CHECK(at(row, "role") == QStringLiteral("delegate"));
        }
        CHECK(found == 1);
    }
}

QString out(const ProcessResult &r)
{
    return QString::fromUtf8(r.out);
}

} // namespace

TEST_CASE("a list whose title row names the union imports without --unit: merged two-row "
          "header, companies as workplaces, signatures left out",
          "[cli][import][district]")
{
    for (const char *file :
         { "dmc_merged_openpyxl.xlsx", "dmc_merged_lo.xlsx", "dmc_merged_lo.ods" }) {
        INFO(file);
        Data d;
        const int unitsBefore = int(d.table(QStringLiteral("units")).size());
        const ProcessResult r = d.import(QString::fromLatin1(file));
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(out(r).startsWith(QStringLiteral(
            "Sent by Huyện đoàn Dương Minh Châu (from the title line “HUYỆN ĐOÀN DƯƠNG MINH "
            "CHÂU”).\n")));
        CHECK(out(r).contains(QStringLiteral("row 13: The same person as row 9 of the file.")));
        CHECK(out(r).contains(QStringLiteral("6 added, 0 updated, 1 already there or repeated")));
        checkPeople(d, kDmcList);
        // No company became a unit.
        CHECK(d.table(QStringLiteral("units")).size() == unitsBefore);

        // Imported again: nothing added or updated, every stored value as it was.
        const QList<QStringList> before = d.table(QStringLiteral("attendees"));
        const ProcessResult again = d.import(QString::fromLatin1(file));
        CHECK(again.exitCode == 0);
        CHECK(out(again).contains(
            QStringLiteral("0 added, 0 updated, 7 already there or repeated, skipped")));
        CHECK(d.table(QStringLiteral("attendees")) == before);
    }
}

TEST_CASE("a list with \"Đơn vị: …\" above a Họ | Chữ đệm | Tên header imports without --unit",
          "[cli][import][district]")
{
    for (const char *file :
         { "ht_line.csv", "ht_line_openpyxl.xlsx", "ht_line_lo.xlsx", "ht_line_lo.ods" }) {
        INFO(file);
        Data d;
        const ProcessResult r = d.import(QString::fromLatin1(file));
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(out(r).startsWith(QStringLiteral(
            "Sent by Thị đoàn Hòa Thành (from the title line “Đơn vị: Thị đoàn Hòa Thành”).")));
        CHECK(out(r).contains(QStringLiteral("4 added")));
        checkPeople(d, kHtList);
    }
}

TEST_CASE("a list that does not say who sent it is refused without --unit and imported with it",
          "[cli][import][district]")
{
    for (const char *file : { "tp_nosender.csv", "tp_nosender_openpyxl.xlsx", "tp_nosender_lo.xlsx",
                              "tp_nosender_lo.ods" }) {
        INFO(file);
        Data d;
        const QList<QStringList> people = d.table(QStringLiteral("attendees"));
        const QList<QStringList> units = d.table(QStringLiteral("units"));
        ProcessResult r = d.import(QString::fromLatin1(file));
        CHECK(r.exitCode == 1);
        CHECK(QString::fromUtf8(r.err).contains(QStringLiteral("Give it with --unit NAME")));
        CHECK(d.table(QStringLiteral("attendees")) == people);
        CHECK(d.table(QStringLiteral("units")) == units);

        r = d.import(QString::fromLatin1(file),
                     { QStringLiteral("--unit"), QStringLiteral("Thành đoàn thành phố Tây Ninh") });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(out(r).contains(QStringLiteral("4 added")));
        checkPeople(d, kTpList);
    }
}

TEST_CASE("a province-wide list with a unit column: each person under the union it names, an "
          "unknown union created only with --create-units",
          "[cli][import][district]")
{
    for (const char *file :
         { "province_units_openpyxl.xlsx", "province_units_lo.xlsx", "province_units_lo.ods" }) {
        INFO(file);
        Data d;
        ProcessResult r = d.import(QString::fromLatin1(file), { QStringLiteral("--dry-run") });
        REQUIRE(r.exitCode == 0);
        CHECK(out(r).contains(QStringLiteral(
            "row 10: left out: “Đoàn trường Cao đẳng Nghề Tây Ninh” is not a unit of the "
            "directory (--create-units creates it, --unit NAME puts the row under that unit).")));
        CHECK(out(r).contains(QStringLiteral("6 would be added")));

        r = d.import(QString::fromLatin1(file), { QStringLiteral("--create-units") });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(out(r).contains(QStringLiteral("7 added")));
        CHECK(out(r).contains(QStringLiteral("1 unit(s) created")));
        checkPeople(d, kProvinceList);
    }
}

TEST_CASE("list quotas counts each union's delegates, wherever they work",
          "[stores][cli][district]")
{
    Data d;
    REQUIRE(d.import(QStringLiteral("dmc_merged_openpyxl.xlsx")).exitCode == 0);
    REQUIRE(d.import(QStringLiteral("ht_line_lo.xlsx")).exitCode == 0);
    REQUIRE(d.import(QStringLiteral("tp_nosender.csv"),
                     { QStringLiteral("--unit"), QStringLiteral("Thành đoàn thành phố Tây Ninh") })
                .exitCode
            == 0);
    // The province list repeats Nguyễn Văn Hùng of Dương Minh Châu (skipped) and adds a
    // possible namesake of Trần Thị Ngọc Ánh there (another phone): 7 − 1 = 6 new.
    const ProcessResult province = d.import(QStringLiteral("province_units_openpyxl.xlsx"),
                                            { QStringLiteral("--create-units") });
    REQUIRE(province.exitCode == 0);
    CHECK(out(province).contains(QStringLiteral(
        "row 11: Possibly the same person as Trần Thị Ngọc Ánh, already in the event (phone "
        "differs); imported as another person.")));
    CHECK(out(province).contains(QStringLiteral("6 added")));

    const QList<QStringList> rows = d.table(QStringLiteral("quotas"));
    REQUIRE(!rows.isEmpty());
    CHECK(rows.first()
          == QStringList { QStringLiteral("unit"), QStringLiteral("role"), QStringLiteral("quota"),
                           QStringLiteral("people"), QStringLiteral("invited"),
                           QStringLiteral("confirmed"), QStringLiteral("declined"),
                           QStringLiteral("present") });
    auto rowOf = [&](const char *unit) {
        for (const QStringList &r : rows)
            if (r.value(0) == QString::fromUtf8(unit))
                return r;
        return QStringList();
    };
    // Dương Minh Châu: 6 of its own list + Oanh and the second Ánh of the province list; its
    // co-chair is not a delegate. Hòa Thành: 4 + Linh and Tài. Tây Ninh: 4 + Quân.
    CHECK(rowOf(kDmc)
          == QStringList { QString::fromUtf8(kDmc), QStringLiteral("host"), QStringLiteral("22"),
                           QStringLiteral("8"), QStringLiteral("0"), QStringLiteral("0"),
                           QStringLiteral("0"), QStringLiteral("0") });
    CHECK(rowOf(kHt)
          == QStringList { QString::fromUtf8(kHt), QStringLiteral("host"), QStringLiteral("24"),
                           QStringLiteral("6"), QStringLiteral("0"), QStringLiteral("0"),
                           QStringLiteral("0"), QStringLiteral("0") });
    CHECK(rowOf(kTp)
          == QStringList { QString::fromUtf8(kTp), QStringLiteral("host"), QStringLiteral("46"),
                           QStringLiteral("5"), QStringLiteral("0"), QStringLiteral("0"),
                           QStringLiteral("0"), QStringLiteral("0") });
    CHECK(rowOf("Đoàn trường Cao đẳng Nghề Tây Ninh")
          == QStringList { QStringLiteral("Đoàn trường Cao đẳng Nghề Tây Ninh"),
                           QStringLiteral("participant"), QString(), QStringLiteral("1"),
                           QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"),
                           QStringLiteral("0") });
    // The search finds people by their workplace.
    const ProcessResult found = d.run({ QStringLiteral("list"), QStringLiteral("attendees"),
                                        QStringLiteral("--filter"), QStringLiteral("giay da") });
    CHECK(found.exitCode == 0);
    CHECK(out(found).count(QLatin1Char('\n')) == 3); // the header, Hà and Oanh
}
