// Shortened unit names as the unions and the secretariat write them in a list's "Đơn vị" column,
// against the sample event's directory (resources/sample/tayninh-2021.json, from the 2021 plan):
// one matcher for the question lists and the attendee lists. Each expectation is written by hand.
#include "support/sessionsupport.h"

#include "import/unitmatcher.h"
#include "session/session.h"

using namespace dd;
using namespace dd::import;

namespace {

const char *const kDmc = "Huyện đoàn Dương Minh Châu";
const char *const kHt = "Thị đoàn Hòa Thành";
const char *const kTp = "Thành đoàn thành phố Tây Ninh";
const char *const kTinh = "Tỉnh đoàn Tây Ninh";

} // namespace

TEST_CASE("Shortened unit names: the kind and the place abbreviated, one unit, several or none",
          "[import][units][abbreviations]")
{
    auto s = testsupport::sampleSession();
    // A directory that also has the province's labour federation, as the secretariat adds it.
    Unit ldld;
    ldld.name = QStringLiteral("Liên đoàn Lao động tỉnh");
    ldld.kind = UnitKind::GuestAgency;
    REQUIRE(s->units().insert(ldld));
    const UnitMatcher units(s->units().list());
    const auto names = [&](const QList<qint64> &ids) {
        QStringList out;
        for (const qint64 id : ids)
            out << units.name(id);
        out.sort();
        return out;
    };
    struct Case
    {
        const char *text;
        QStringList units; // sorted; empty: none
    };
    const QList<Case> cases = {
        { "DMC", { kDmc } },
        { "dmc", { kDmc } },
        { "H.DMC", { kDmc } },
        { "HĐ DMC", { kDmc } },
        { "H.Đ DMC", { kDmc } },
        { "Huyện đoàn DMC", { kDmc } },
        { "HĐ Dương Minh Châu", { kDmc } },
        { "Thành đoàn TN", { kTp } },
        { "TĐ TP Tây Ninh", { kTp } },
        { "TP.TN", { kTp } },
        { "Thị đoàn HT", { kHt } },
        { "TX Hòa Thành", { kHt } },
        { "TĐ HT", { kHt } },
        { "thi doan h.thanh", { kHt } },
        { "H. Gò Dầu", { "Huyện đoàn Gò Dầu" } },
        { "HĐ GD", { "Huyện đoàn Gò Dầu" } },
        { "LĐLĐ tỉnh", { "Liên đoàn Lao động tỉnh" } },
        { "BTCKT", { "Ban Tổ chức – Kiểm tra Tỉnh đoàn" } },
        { "Đài PT-TH Tây Ninh", { "Đài Phát thanh và Truyền hình Tây Ninh" } },
        // "TĐ" is a thị, thành or tỉnh đoàn; the seed's own "TĐTN" is the Tỉnh đoàn.
        { "TĐ Tây Ninh", { kTp, kTinh } },
        { "TĐ TN", { kTp, kTinh } },
        // Two districts with the same initials.
        { "HĐ TB", { "Huyện đoàn Tân Biên" } },
        { "TĐ TB", { "Thị đoàn Trảng Bàng" } },
        { "Đoàn TB", { "Huyện đoàn Tân Biên", "Thị đoàn Trảng Bàng" } },
        // Initials alone need three letters: "CT" is a Chủ tịch, "GD" a Giám đốc, "TB" …
        { "TB", {} },
        { "CT", {} },
        { "GD", {} },
        { "HT", {} },
        { "BT", {} },
        // A kind without a place, a company, a person's position: no unit.
        { "Huyện đoàn", {} },
        { "TĐ", {} },
        { "Công ty TNHH Giày Da Phước Minh", {} },
        { "Bí thư Chi đoàn", {} },
        { "UV BCH", {} },
        { "HĐ XYZ", {} },
        { "", {} },
    };
    for (const Case &c : cases) {
        INFO(c.text);
        const QString text = QString::fromUtf8(c.text);
        CHECK(names(units.candidates(text)) == c.units);
        // find() takes one; several or none is no unit.
        CHECK(units.name(units.find(text)) == (c.units.size() == 1 ? c.units.first() : QString()));
    }
}

TEST_CASE("Shortened unit names: the names the lists already used are found as before",
          "[import][units][abbreviations]")
{
    auto s = testsupport::sampleSession();
    const UnitMatcher units(s->units().list());
    const std::pair<const char *, const char *> cases[] = {
        { "Huyện đoàn Dương Minh Châu", kDmc },
        { "HUYỆN ĐOÀN DƯƠNG MINH CHÂU", kDmc },
        { "Dương Minh Châu", kDmc },
        { "Thành đoàn Tây Ninh", kTp },
        { "Thành phố Tây Ninh", kTp },
        { "TP Tây Ninh", kTp },
        { "Tỉnh đoàn Tây Ninh", kTinh },
        { "Tỉnh đoàn", kTinh },
        { "TĐ Hòa Thành", kHt },
        { "Đoàn Gò Dầu", "Huyện đoàn Gò Dầu" },
        { "Huyện Gò Dầu", "Huyện đoàn Gò Dầu" },
        { "Thị xã Trảng Bàng", "Thị đoàn Trảng Bàng" },
        { "Tân Biên", "Huyện đoàn Tân Biên" },
        { "Xã Phước Ninh", "" },
    };
    for (const auto &[text, unit] : cases) {
        INFO(text);
        CHECK(units.name(units.find(QString::fromUtf8(text))) == QString::fromUtf8(unit));
    }
}
