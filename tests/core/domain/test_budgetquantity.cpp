// Budget quantities with decimals (1,5 ngày; 0,5 gói): read as a clerk types them, kept in
// thousandths, written back with the Vietnamese decimal comma, and the amounts rounded to the
// whole đồng half up. Every expected value below is worked out by hand.
#include "domain/budgetitem.h"
#include "domain/inputrules.h"
#include "text/numberwords.h"

#include <catch2/catch.hpp>

using namespace dd;

TEST_CASE("Quantities with a decimal comma or point, kept as thousandths", "[domain]")
{
    using inputrules::readQuantity;
    const struct
    {
        const char *typed;
        qint64 thousandths;
    } good[] = {
        { "1,5", 1500 },
        { "1.5", 1500 },
        { "0,5", 500 },
        { ",5", 500 },
        { "2", 2000 },
        { "300", 300000 },
        { "2,25", 2250 },
        { "0.333", 333 },
        { "1.500", 1500000 },
        { "1.500,5", 1500500 },
        { " 12,75 ", 12750 },
        { "1,500", 1500 },
        { "1.000.000", 1000000000 },
        { "0", 0 },
    };
    for (const auto &g : good) {
        INFO(g.typed);
        const Result<qint64> q = readQuantity(QString::fromUtf8(g.typed));
        REQUIRE(q);
        CHECK(*q == g.thousandths);
    }
    const struct
    {
        const char *typed;
        const char *why;
    } bad[] = {
        { "-1", "cannot be negative" },
        { "-0,5", "cannot be negative" },
        { "1,2,3", "more than one decimal comma" },
        { "abc", "only digits" },
        { "1,5 ngày", "only digits" },
        { "1,2345", "at most three decimals" },
        { "1.5000", "at most three decimals" },
        { "1.50.0", "dots only go between groups of three" },
        { "1.5,5", "dots only go between groups of three" },
        { "", "type a number" },
    };
    for (const auto &b : bad) {
        INFO(b.typed);
        const Result<qint64> q = readQuantity(QString::fromUtf8(b.typed));
        REQUIRE_FALSE(q);
        CHECK(q.error().startsWith(
            QStringLiteral("“%1” is not a quantity: ").arg(QString::fromUtf8(b.typed).trimmed())));
        CHECK(q.error().contains(QString::fromUtf8(b.why)));
    }
}

TEST_CASE("Thousandths written as Vietnamese papers write them", "[text]")
{
    CHECK(text::thousandthsText(1500) == QStringLiteral("1,5"));
    CHECK(text::thousandthsText(500) == QStringLiteral("0,5"));
    CHECK(text::thousandthsText(2250) == QStringLiteral("2,25"));
    CHECK(text::thousandthsText(333) == QStringLiteral("0,333"));
    CHECK(text::thousandthsText(2000) == QStringLiteral("2"));
    CHECK(text::thousandthsText(0) == QStringLiteral("0"));
    CHECK(text::thousandthsText(1500000) == QStringLiteral("1.500"));
    CHECK(text::thousandthsText(1500500) == QStringLiteral("1.500,5"));
    CHECK(text::thousandthsText(1500000, false) == QStringLiteral("1500"));
    CHECK(text::thousandthsText(1500500, false) == QStringLiteral("1500,5"));
}

TEST_CASE("Amounts of decimal quantities rounded to the whole đồng, half up", "[domain]")
{
    const auto amount = [](qint64 thousandths, qint64 price) {
        BudgetItem b;
        b.quantityMilli = thousandths;
        b.unitPrice = price;
        return b.amount();
    };
    CHECK(amount(1500, 350000) == 525000); // 1,5 × 350.000
    CHECK(amount(500, 45555) == 22778); // 0,5 × 45.555 = 22.777,5 → up
    CHECK(amount(500, 45553) == 22777); // 22.776,5 → up
    CHECK(amount(333, 1000) == 333); // 0,333 × 1.000
    CHECK(amount(333, 1001) == 333); // 333,333 → down
    CHECK(amount(1, 499) == 0); // 0,499 → down
    CHECK(amount(1, 500) == 1); // 0,5 → up
    CHECK(amount(2250, 120000) == 270000);
    CHECK(amount(300000, 5000) == 1500000); // 300 chai × 5.000
    CHECK(text::dongWords(525000) == QStringLiteral("Năm trăm hai mươi lăm nghìn đồng chẵn"));
    CHECK(text::dongWords(817778)
          == QStringLiteral("Tám trăm mười bảy nghìn bảy trăm bảy mươi tám đồng chẵn"));

    // The plan's total adds the rounded amounts, as the paper's column shows them.
    QList<BudgetItem> items(3);
    items[0].quantityMilli = 1500;
    items[0].unitPrice = 350000;
    items[1].quantityMilli = 500;
    items[1].unitPrice = 45555;
    items[2].quantityMilli = 2250;
    items[2].unitPrice = 120000;
    CHECK(budgetTotal(items, PlanKind::InPerson) == 817778);
}
