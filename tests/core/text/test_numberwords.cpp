// Numbers in words, checked against readings written out by hand (as a Vietnamese accountant
// writes them on a "Bằng chữ" line), not against the program's own output.
#include "support/testsupport.h"

#include "text/numberwords.h"

#include <utility>

namespace text = dd::text;

TEST_CASE("Number words: units, tens and the special readings mốt, tư, lăm, lẻ", "[text]")
{
    const std::pair<qint64, const char *> cases[] = {
        { 0, "không" },
        { 1, "một" },
        { 4, "bốn" },
        { 5, "năm" },
        { 10, "mười" },
        { 11, "mười một" },
        { 14, "mười bốn" },
        { 15, "mười lăm" },
        { 20, "hai mươi" },
        { 21, "hai mươi mốt" },
        { 24, "hai mươi tư" },
        { 25, "hai mươi lăm" },
        { 55, "năm mươi lăm" },
        { 99, "chín mươi chín" },
        { 100, "một trăm" },
        { 101, "một trăm lẻ một" },
        { 105, "một trăm lẻ năm" },
        { 110, "một trăm mười" },
        { 115, "một trăm mười lăm" },
        { 204, "hai trăm lẻ bốn" },
        { 321, "ba trăm hai mươi mốt" },
        { 1000, "một nghìn" },
        { 1005, "một nghìn không trăm lẻ năm" },
        { 1010, "một nghìn không trăm mười" },
        { 2024, "hai nghìn không trăm hai mươi tư" },
        { 15000, "mười lăm nghìn" },
        { 250000, "hai trăm năm mươi nghìn" },
        { 1000000, "một triệu" },
        { 1005000, "một triệu không trăm lẻ năm nghìn" },
        { 1000005, "một triệu không trăm lẻ năm" },
        { 12500000, "mười hai triệu năm trăm nghìn" },
        { 21041000, "hai mươi mốt triệu không trăm bốn mươi mốt nghìn" },
        { 1000000000, "một tỷ" },
        { 1000000005, "một tỷ không trăm lẻ năm" },
        { 2500000000, "hai tỷ năm trăm triệu" },
        { 3015000000, "ba tỷ không trăm mười lăm triệu" },
        { 125000000000, "một trăm hai mươi lăm tỷ" },
        { 1000000000000, "một nghìn tỷ" },
        { -35000, "âm ba mươi lăm nghìn" },
    };
    for (const auto &[n, words] : cases) {
        INFO(n);
        CHECK(text::numberWords(n) == QString::fromUtf8(words));
    }
}

TEST_CASE("Number words: the northern linh instead of lẻ", "[text]")
{
    CHECK(text::numberWords(105, text::ZeroTen::Linh) == QStringLiteral("một trăm linh năm"));
    CHECK(text::numberWords(1005000, text::ZeroTen::Linh)
          == QStringLiteral("một triệu không trăm linh năm nghìn"));
    CHECK(text::numberWords(21, text::ZeroTen::Linh) == QStringLiteral("hai mươi mốt"));
}

TEST_CASE("Number words: an amount in đồng as the Bằng chữ line writes it", "[text]")
{
    CHECK(text::dongWords(12500000) == QStringLiteral("Mười hai triệu năm trăm nghìn đồng chẵn"));
    CHECK(text::dongWords(1000000000) == QStringLiteral("Một tỷ đồng chẵn"));
    CHECK(text::dongWords(0) == QStringLiteral("Không đồng chẵn"));
    CHECK(text::groupedNumber(12500000) == QStringLiteral("12.500.000"));
    CHECK(text::groupedNumber(999) == QStringLiteral("999"));
    CHECK(text::groupedNumber(1000) == QStringLiteral("1.000"));
    CHECK(text::groupedNumber(1000000000) == QStringLiteral("1.000.000.000"));
    CHECK(text::groupedNumber(-250000) == QStringLiteral("-250.000"));
    CHECK(text::groupedNumber(0) == QStringLiteral("0"));
}
