// The budget lines of edit/: each edit one undo step, refused values changing nothing, and the
// totals per plan worked out by hand.
#include "support/sessionsupport.h"
#include "support/testsupport.h"

#include "domain/inputrules.h"
#include "edit/budgetactions.h"

using namespace dd;
using testsupport::sampleSession;

namespace {

BudgetItem line(const QString &section, const QString &content, qint64 qty, qint64 price,
                BudgetPlans plans)
{
    BudgetItem b;
    b.section = section;
    b.content = content;
    b.measure = QStringLiteral("gói");
    b.quantityMilli = qty * BudgetItem::kQuantityScale;
    b.unitPrice = price;
    b.plans = plans;
    return b;
}

} // namespace

TEST_CASE("Budget lines: add, edit and delete, each undone and redone", "[edit]")
{
    auto s = sampleSession();
    REQUIRE(s->push(budgetactions::addItem(s.get(),
                                           line(QStringLiteral(" Hội  trường "),
                                                QStringLiteral("Thuê hội trường"), 1, 5000000,
                                                BudgetPlans::InPerson))));
    REQUIRE(s->push(
        budgetactions::addItem(s.get(),
                               line(QStringLiteral("Livestream"), QStringLiteral("Đường truyền"), 2,
                                    1750000, BudgetPlans::Online))));
    REQUIRE(s->push(budgetactions::addItem(
        s.get(),
        line(QStringLiteral("In ấn"), QStringLiteral("Giấy mời"), 120, 2500, BudgetPlans::Both))));
    QList<BudgetItem> items = s->budget().list(s->eventId());
    REQUIRE(items.size() == 3);
    CHECK(items[0].section == QStringLiteral("Hội trường")); // tidied as a line
    CHECK(items[0].position == 1);
    CHECK(items[1].position == 2);
    CHECK(items[2].position == 3);
    CHECK(items[2].amount() == 300000);
    // Plan 1: 5.000.000 + 300.000; plan 2: 3.500.000 + 300.000.
    CHECK(budgetTotal(items, PlanKind::InPerson) == 5300000);
    CHECK(budgetTotal(items, PlanKind::Online) == 3800000);
    CHECK_FALSE(budgetActualTotal(items, PlanKind::InPerson));

    BudgetItem spent = items[0];
    spent.actualAmount = 4800000;
    REQUIRE(s->push(budgetactions::editItem(s.get(), spent)));
    items = s->budget().list(s->eventId());
    CHECK(budgetActualTotal(items, PlanKind::InPerson) == 4800000);
    CHECK_FALSE(budgetActualTotal(items, PlanKind::Online));

    s->undoStack()->undo();
    CHECK_FALSE(s->budget().get(spent.id)->actualAmount);
    s->undoStack()->redo();
    CHECK(s->budget().get(spent.id)->actualAmount == 4800000);

    REQUIRE(s->push(budgetactions::removeItems(s.get(), { items[1].id })));
    CHECK(s->budget().list(s->eventId()).size() == 2);
    s->undoStack()->undo();
    const auto back = s->budget().get(items[1].id);
    REQUIRE(back);
    CHECK(back->content == QStringLiteral("Đường truyền"));
    CHECK(back->plans == BudgetPlans::Online);
    CHECK(back->unitPrice == 1750000);
}

TEST_CASE("Budget lines: an empty content or a negative amount is refused", "[edit]")
{
    auto s = sampleSession();
    CHECK_FALSE(s->push(budgetactions::addItem(
        s.get(), line(QStringLiteral("Khác"), QStringLiteral("  "), 1, 1000, BudgetPlans::Both))));
    CHECK_FALSE(s->push(budgetactions::addItem(
        s.get(),
        line(QStringLiteral("Khác"), QStringLiteral("Hoa"), -1, 1000, BudgetPlans::Both))));
    CHECK(s->budget().list(s->eventId()).isEmpty());
    CHECK(s->undoStack()->count() == 0);
}

TEST_CASE("Amounts as a clerk types them", "[domain]")
{
    using inputrules::readAmount;
    CHECK(readAmount(QStringLiteral("12.500.000")) == 12500000);
    CHECK(readAmount(QStringLiteral("12,500,000")) == 12500000);
    CHECK(readAmount(QStringLiteral("12 500 000 đ")) == 12500000);
    CHECK(readAmount(QStringLiteral("5000 đồng")) == 5000);
    CHECK(readAmount(QStringLiteral("0")) == 0);
    CHECK_FALSE(readAmount(QStringLiteral("1.5")));
    CHECK_FALSE(readAmount(QStringLiteral("12.50.000")));
    CHECK_FALSE(readAmount(QStringLiteral("-5")));
    CHECK_FALSE(readAmount(QStringLiteral("")));
    CHECK_FALSE(readAmount(QStringLiteral("năm nghìn")));
}
