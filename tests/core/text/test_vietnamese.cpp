#include "support/testsupport.h"

#include "text/vietnamese.h"

#include <QList>

#include <algorithm>
#include <cstring>

namespace text = dd::text;

namespace {

QString nfd(const QString &s)
{
    return s.normalized(QString::NormalizationForm_D);
}

// memcmp order of two keys, as the database compares BLOBs.
int keyOrder(const QByteArray &a, const QByteArray &b)
{
    const int n = int(std::min(a.size(), b.size()));
    const int c = std::memcmp(a.constData(), b.constData(), size_t(n));
    if (c != 0)
        return c < 0 ? -1 : 1;
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

} // namespace

TEST_CASE("fold removes diacritics and case, đ becomes d", "[text][fold]")
{
    CHECK(text::fold(QStringLiteral("Đoàn Thị Hồng")) == QStringLiteral("doan thi hong"));
    CHECK(text::fold(QStringLiteral("ĐOÀN THỊ HỒNG")) == QStringLiteral("doan thi hong"));
    CHECK(text::fold(QStringLiteral("Dương Minh Châu")) == QStringLiteral("duong minh chau"));
    CHECK(text::fold(QStringLiteral("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"))
          == QStringLiteral("uy ban mat tran to quoc viet nam tinh"));
    CHECK(text::fold(QStringLiteral("  Hòa   Thành \t")) == QStringLiteral("hoa thanh"));
    CHECK(text::fold(QString()).isEmpty());
}

TEST_CASE("fold gives the same text for decomposed (NFD) input", "[text][fold]")
{
    const QString composed = QStringLiteral("Đoàn Thị Hồng, Dương Minh Châu, Hòa Thành, Tây Ninh");
    const QString decomposed = nfd(composed);
    REQUIRE(decomposed != composed); // the input really is decomposed
    CHECK(text::fold(decomposed) == text::fold(composed));
    CHECK(text::fold(decomposed)
          == QStringLiteral("doan thi hong, duong minh chau, hoa thanh, tay ninh"));
}

TEST_CASE("search ignores diacritics and case", "[text][search]")
{
    const QString hong = text::fold(QStringLiteral("Đoàn Thị Hồng"));
    CHECK(text::matchesQuery(hong, QStringLiteral("hong")));
    CHECK(text::matchesQuery(hong, QStringLiteral("Hồng")));
    CHECK(text::matchesQuery(hong, QStringLiteral("HONG doan")));
    CHECK(text::matchesQuery(hong, QStringLiteral("đoàn")));
    CHECK_FALSE(text::matchesQuery(hong, QStringLiteral("hung")));
    CHECK_FALSE(text::matchesQuery(hong, QStringLiteral("hong lan")));

    const QString duong = text::fold(QStringLiteral("Huyện đoàn Dương Minh Châu"));
    CHECK(text::matchesQuery(duong, QStringLiteral("duong")));
    CHECK(text::matchesQuery(duong, QStringLiteral("DUONG minh")));
    CHECK_FALSE(text::matchesQuery(duong, QStringLiteral("dong")));

    // d matches đ in both directions.
    const QString duc = text::fold(QStringLiteral("Trần Văn Đức"));
    CHECK(text::matchesQuery(duc, QStringLiteral("d")));
    CHECK(text::matchesQuery(duc, QStringLiteral("duc")));
    CHECK(text::matchesQuery(text::fold(QStringLiteral("Dung")), QStringLiteral("đ")));
    // A query typed decomposed finds the same.
    CHECK(text::matchesQuery(hong, nfd(QStringLiteral("Hồng"))));
}

TEST_CASE("a phone number typed in groups finds the digits-only number", "[text][search]")
{
    const QString person
        = text::fold(QStringLiteral("nguyen van an bi thu")) + QStringLiteral(" 0912345678");
    CHECK(text::matchesQuery(person, QStringLiteral("0912 345")));
    CHECK(text::matchesQuery(person, QStringLiteral("0912.345.678")));
    CHECK(text::matchesQuery(person, QStringLiteral("0912-345-678")));
    CHECK(text::matchesQuery(person, QStringLiteral("an 0912 345")));
    CHECK_FALSE(text::matchesQuery(person, QStringLiteral("0912 999")));
    CHECK(text::queryTokens(QStringLiteral("0912 345"))
          == QStringList { QStringLiteral("0912345") });
    // Words are still separate words.
    CHECK(text::queryTokens(QStringLiteral("Văn An")).size() == 2);
}

TEST_CASE("normalizePhone keeps the digits and restores the leading zero", "[text][phone]")
{
    CHECK(text::normalizePhone(QStringLiteral("912345678")) == QStringLiteral("0912345678"));
    CHECK(text::normalizePhone(QStringLiteral("+84 912 345 678")) == QStringLiteral("0912345678"));
    CHECK(text::normalizePhone(QStringLiteral("84912345678")) == QStringLiteral("0912345678"));
    CHECK(text::normalizePhone(QStringLiteral("0938.428.213")) == QStringLiteral("0938428213"));
    // The country code and the trunk zero both written, as lists from Zalo contacts have it.
    CHECK(text::normalizePhone(QStringLiteral("(+84) 0918-456-789"))
          == QStringLiteral("0918456789"));
    CHECK(text::normalizePhone(QStringLiteral("+84 0938 428 213")) == QStringLiteral("0938428213"));
    CHECK(text::normalizePhone(QStringLiteral("0912 345 678")) == QStringLiteral("0912345678"));
    CHECK(text::normalizePhone(QStringLiteral("0276-3822-123")) == QStringLiteral("02763822123"));
    // A landline typed as a number in Excel loses its 0 as a mobile does.
    CHECK(text::normalizePhone(QStringLiteral("2723874123")) == QStringLiteral("02723874123"));
    CHECK(text::normalizePhone(QStringLiteral("0272 3874 123")) == QStringLiteral("02723874123"));
    CHECK(text::normalizePhone(QString()).isEmpty());
    CHECK(text::normalizePhone(QStringLiteral("không có")).isEmpty());
}

TEST_CASE("given names sort in Vietnamese letter order", "[text][sort]")
{
    const QStringList expected
        = { QStringLiteral("An"), QStringLiteral("Anh"), QStringLiteral("Ánh"),
            QStringLiteral("Ăn"), QStringLiteral("Ân"),  QStringLiteral("Bình"),
            QStringLiteral("Đức") };

    // Every pair, both through the keys (as the database orders them) and through compare().
    for (int i = 0; i < expected.size(); ++i) {
        for (int j = 0; j < expected.size(); ++j) {
            INFO(expected.at(i).toStdString() << " vs " << expected.at(j).toStdString());
            const int want = i < j ? -1 : (i > j ? 1 : 0);
            CHECK(keyOrder(text::sortKey(expected.at(i)), text::sortKey(expected.at(j))) == want);
            CHECK(text::compare(expected.at(i), expected.at(j)) == want);
        }
    }

    // Sorting a shuffled list by key gives exactly the expected order.
    QStringList shuffled = { QStringLiteral("Đức"),  QStringLiteral("Ân"), QStringLiteral("An"),
                             QStringLiteral("Bình"), QStringLiteral("Ăn"), QStringLiteral("Ánh"),
                             QStringLiteral("Anh") };
    std::sort(shuffled.begin(), shuffled.end(), [](const QString &a, const QString &b) {
        return keyOrder(text::sortKey(a), text::sortKey(b)) < 0;
    });
    CHECK(shuffled == expected);

    QStringList byCompare = { QStringLiteral("Bình"), QStringLiteral("Ánh"), QStringLiteral("Đức"),
                              QStringLiteral("Ăn"),   QStringLiteral("An"),  QStringLiteral("Ân"),
                              QStringLiteral("Anh") };
    std::sort(byCompare.begin(), byCompare.end(),
              [](const QString &a, const QString &b) { return text::compare(a, b) < 0; });
    CHECK(byCompare == expected);

    // đ is its own letter after d, not a d with a mark.
    CHECK(text::compare(QStringLiteral("Dũng"), QStringLiteral("Đạt")) < 0);
    CHECK(text::compare(QStringLiteral("Đạt"), QStringLiteral("Em")) < 0);
}

TEST_CASE("people sort by given name, then middle name, then family name", "[text][sort]")
{
    struct Person
    {
        QString family, middle, given;
    };
    // Expected order.
    const QList<Person> expected = {
        { QStringLiteral("Nguyễn"), QStringLiteral("Thị"), QStringLiteral("An") },
        { QStringLiteral("Lê"), QStringLiteral("Văn"), QStringLiteral("An") },
        { QStringLiteral("Trần"), QStringLiteral("Văn"), QStringLiteral("An") },
        { QStringLiteral("Vũ"), QStringLiteral("Văn"), QStringLiteral("Ánh") },
        { QStringLiteral("Âu"), QStringLiteral("Thị"), QStringLiteral("Bình") },
        { QStringLiteral("Hoàng"), QStringLiteral("Thị Thanh"), QStringLiteral("Thúy") },
    };
    for (int i = 0; i + 1 < expected.size(); ++i) {
        const Person &a = expected.at(i);
        const Person &b = expected.at(i + 1);
        INFO((a.family + u' ' + a.middle + u' ' + a.given).toStdString()
             << " before " << (b.family + u' ' + b.middle + u' ' + b.given).toStdString());
        CHECK(keyOrder(text::nameSortKey(a.family, a.middle, a.given),
                       text::nameSortKey(b.family, b.middle, b.given))
              < 0);
    }
    // The given name wins even when the family name would sort the other way.
    CHECK(
        keyOrder(
            text::nameSortKey(QStringLiteral("Vũ"), QStringLiteral("Văn"), QStringLiteral("An")),
            text::nameSortKey(QStringLiteral("Âu"), QStringLiteral("Thị"), QStringLiteral("Bình")))
        < 0);
    // A longer given name does not borrow bytes from the middle name: "An" + "Văn" < "Anh" + "Ân".
    CHECK(keyOrder(
              text::nameSortKey(QStringLiteral("Lê"), QStringLiteral("Văn"), QStringLiteral("An")),
              text::nameSortKey(QStringLiteral("Lê"), QStringLiteral("Ân"), QStringLiteral("Anh")))
          < 0);
    // No middle name sorts before a middle name.
    CHECK(keyOrder(
              text::nameSortKey(QStringLiteral("Lê"), QString(), QStringLiteral("An")),
              text::nameSortKey(QStringLiteral("Lê"), QStringLiteral("Văn"), QStringLiteral("An")))
          < 0);
}

TEST_CASE("composed and decomposed names give identical keys after clean", "[text][sort][nfc]")
{
    const QStringList names
        = { QStringLiteral("Hoàng Thị Thanh Thúy"), QStringLiteral("Đoàn Thị Hồng"),
            QStringLiteral("Ánh"), QStringLiteral("Dương") };
    for (const QString &nfc : names) {
        const QString decomposed = nfd(nfc);
        REQUIRE(decomposed != nfc);
        CHECK(text::clean(decomposed) == nfc);
        CHECK(text::sortKey(text::clean(decomposed)) == text::sortKey(nfc));
        CHECK(text::sortKey(decomposed) == text::sortKey(nfc));
        CHECK(text::compare(decomposed, nfc) == 0);
    }
    CHECK(text::nameSortKey(nfd(QStringLiteral("Hoàng")), nfd(QStringLiteral("Thị Thanh")),
                            nfd(QStringLiteral("Thúy")))
          == text::nameSortKey(QStringLiteral("Hoàng"), QStringLiteral("Thị Thanh"),
                               QStringLiteral("Thúy")));
    CHECK(text::clean(QStringLiteral("  Nguyễn   Văn\tAn ")) == QStringLiteral("Nguyễn Văn An"));
    // Other spaces, among the letters too: no-break, Ogham, ideographic, a line break.
    CHECK(text::clean(QStringLiteral("Nguyễn\u00A0Văn\u1680Ánh\u3000Hồng\nX"))
          == QStringLiteral("Nguyễn Văn Ánh Hồng X"));
    CHECK(text::clean(QStringLiteral("Văn\u1680Ánh")) == QStringLiteral("Văn Ánh"));
    const QString simple = QStringLiteral("Nguyễn Văn Ánh");
    CHECK(text::clean(simple).constData() == simple.constData()); // kept, not copied
}

TEST_CASE("splitFullName: family, middle and given name", "[text][names]")
{
    auto parts = text::splitFullName(QStringLiteral("Nguyễn Thị Ánh Hồng"));
    CHECK(parts.family == QStringLiteral("Nguyễn"));
    CHECK(parts.middle == QStringLiteral("Thị Ánh"));
    CHECK(parts.given == QStringLiteral("Hồng"));
    CHECK(text::joinName(parts) == QStringLiteral("Nguyễn Thị Ánh Hồng"));

    parts = text::splitFullName(QStringLiteral("Hồng"));
    CHECK(parts.family.isEmpty());
    CHECK(parts.middle.isEmpty());
    CHECK(parts.given == QStringLiteral("Hồng"));
    CHECK(text::joinName(parts) == QStringLiteral("Hồng"));

    parts = text::splitFullName(QStringLiteral("Đoàn Hồng"));
    CHECK(parts.family == QStringLiteral("Đoàn"));
    CHECK(parts.middle.isEmpty());
    CHECK(parts.given == QStringLiteral("Hồng"));

    parts = text::splitFullName(QStringLiteral("   Hoàng   Thị  Thanh    Thúy  "));
    CHECK(parts.family == QStringLiteral("Hoàng"));
    CHECK(parts.middle == QStringLiteral("Thị Thanh"));
    CHECK(parts.given == QStringLiteral("Thúy"));

    parts = text::splitFullName(QString());
    CHECK(parts.family.isEmpty());
    CHECK(parts.middle.isEmpty());
    CHECK(parts.given.isEmpty());
}

TEST_CASE("splitFullName of decomposed input gives composed parts", "[text][names][nfc]")
{
    const QString decomposed = nfd(QStringLiteral("Nguyễn Thị Ánh Hồng"));
    REQUIRE(decomposed != QStringLiteral("Nguyễn Thị Ánh Hồng"));
    const auto parts = text::splitFullName(decomposed);
    CHECK(parts.family == QStringLiteral("Nguyễn"));
    CHECK(parts.middle == QStringLiteral("Thị Ánh"));
    CHECK(parts.given == QStringLiteral("Hồng"));
    CHECK(parts.given.size() == 4); // composed: H ồ n g
}

TEST_CASE("nfc composes decomposed text and keeps composed text as it is", "[text][nfc]")
{
    using dd::text::nfc;
    // "Nguyễn Thị Ánh Hồng" typed with combining marks (as macOS and some web forms send it).
    const QString decomposed
        = QString(QStringLiteral("Nguyễn Thị Ánh Hồng")).normalized(QString::NormalizationForm_D);
    REQUIRE(decomposed.size() > 19);
    CHECK(nfc(decomposed) == QStringLiteral("Nguyễn Thị Ánh Hồng"));
    CHECK(nfc(decomposed).size() == 19);

    // Already composed: the very same string comes back, not a copy.
    const QString composed = QStringLiteral("Trần Quốc Dũng, Chi đoàn Xã Phước Ninh");
    CHECK(nfc(composed).constData() == composed.constData());

    // A precomposed letter followed by a combining mark still composes further
    // ("ê" + combining acute = "ế"), and signs outside Latin are normalised too (Ohm → Omega).
    CHECK(nfc(QStringLiteral("ê") + QChar(0x0301)) == QStringLiteral("ế"));
    CHECK(nfc(QString(QChar(0x2126))) == QString(QChar(0x03A9)));
    CHECK(nfc(QString()).isEmpty());
}

TEST_CASE("name sort keys stay right for many distinct names", "[text][sort]")
{
    // More distinct name parts than the per-thread store of their keys holds: keys made again
    // after it is emptied are the same, and the order is still Vietnamese.
    using dd::text::nameSortKey;
    const QByteArray an
        = nameSortKey(QStringLiteral("Trần"), QStringLiteral("Văn"), QStringLiteral("An"));
    const QByteArray anh
        = nameSortKey(QStringLiteral("Trần"), QStringLiteral("Văn"), QStringLiteral("Ánh"));
    for (int i = 0; i < 25000; ++i)
        nameSortKey(QStringLiteral("Họ %1").arg(i), QStringLiteral("Đệm %1").arg(i),
                    QStringLiteral("Tên %1").arg(i));
    CHECK(nameSortKey(QStringLiteral("Trần"), QStringLiteral("Văn"), QStringLiteral("An")) == an);
    CHECK(nameSortKey(QStringLiteral("Trần"), QStringLiteral("Văn"), QStringLiteral("Ánh")) == anh);
    CHECK(keyOrder(an, anh) < 0);
    CHECK(keyOrder(nameSortKey({}, {}, QStringLiteral("Tên 2")),
                   nameSortKey({}, {}, QStringLiteral("Tên 3")))
          < 0);
    // The key of a part is the part's own collation key.
    CHECK(nameSortKey(QStringLiteral("Lê"), QString(), QStringLiteral("Bình"))
              .startsWith(dd::text::sortKey(QStringLiteral("Bình"))));
}
