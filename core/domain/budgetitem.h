#pragma once

#include "domain/plan.h"

#include <QList>
#include <QString>

#include <optional>

namespace dd {

// Which plan's estimate a budget line belongs to: the hall is plan 1's, the livestream
// plan 2's, the printing both.
enum class BudgetPlans { Both, InPerson, Online };

QString budgetPlansKey(BudgetPlans plans); // stored and typed: "both", "in_person", "online"
std::optional<BudgetPlans> budgetPlansFromKey(const QString &key); // also "in-person"
QString budgetPlansLabel(BudgetPlans plans); // translated, for the window

// One line of the budget estimate (dự trù kinh phí): in a section ("Hội trường", "In ấn"),
// what is paid for, its unit of measure (ĐVT), quantity and unit price in đồng.
struct BudgetItem
{
    qint64 id = 0;
    qint64 eventId = 0;
    int position = 0;
    QString section;
    QString content;
    QString measure; // ĐVT: "buổi", "bộ", "chai"
    // Thousandths of the unit of measure, exact: 1,5 ngày is 1500 (a binary float would put
    // money one đồng off).
    qint64 quantityMilli = 0;
    qint64 unitPrice = 0; // đồng
    QString note;
    BudgetPlans plans = BudgetPlans::Both;
    std::optional<qint64> actualAmount; // spent, entered after the day for the report

    static constexpr qint64 kQuantityScale = 1000;

    // Quantity × unit price rounded to the whole đồng, half a đồng up (the accountant's
    // "làm tròn": 0,5 đồng and more counts as one); the totals add these rounded amounts, so
    // that the paper's column adds up to its total.
    qint64 amount() const
    {
        return (quantityMilli * unitPrice + kQuantityScale / 2) / kQuantityScale;
    }
    bool appliesTo(PlanKind kind) const
    {
        return plans == BudgetPlans::Both
            || (plans == BudgetPlans::InPerson) == (kind == PlanKind::InPerson);
    }

    // The row_version the record was read with (0: never stored); an edit writes only over it.
    qint64 rowVersion = 0;
};

// The estimate of one plan: the sum of the amounts of its lines.
qint64 budgetTotal(const QList<BudgetItem> &items, PlanKind kind);
// The amounts spent, of the lines of the plan that have one; nullopt when none has.
std::optional<qint64> budgetActualTotal(const QList<BudgetItem> &items, PlanKind kind);
// Whether some line belongs to one plan only, so that the two estimates differ.
bool budgetDiffersByPlan(const QList<BudgetItem> &items);

} // namespace dd
