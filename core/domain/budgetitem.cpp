#include "domain/budgetitem.h"

#include <QCoreApplication>

namespace dd {

QString budgetPlansKey(BudgetPlans plans)
{
    switch (plans) {
    case BudgetPlans::Both:
        return QStringLiteral("both");
    case BudgetPlans::InPerson:
        return QStringLiteral("in_person");
    case BudgetPlans::Online:
        return QStringLiteral("online");
    }
    return {}; // past the last: the end of the keys (TableColumn::enumKey)
}

std::optional<BudgetPlans> budgetPlansFromKey(const QString &key)
{
    QString k = key.trimmed().toLower();
    k.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (BudgetPlans p : { BudgetPlans::Both, BudgetPlans::InPerson, BudgetPlans::Online })
        if (budgetPlansKey(p) == k)
            return p;
    return std::nullopt;
}

QString budgetPlansLabel(BudgetPlans plans)
{
    switch (plans) {
    case BudgetPlans::Both:
        return QCoreApplication::translate("Domain", "Both plans");
    case BudgetPlans::InPerson:
        return QCoreApplication::translate("Domain", "Plan 1 only");
    case BudgetPlans::Online:
        return QCoreApplication::translate("Domain", "Plan 2 only");
    }
    return {};
}

qint64 budgetTotal(const QList<BudgetItem> &items, PlanKind kind)
{
    qint64 sum = 0;
    for (const BudgetItem &b : items)
        if (b.appliesTo(kind))
            sum += b.amount();
    return sum;
}

std::optional<qint64> budgetActualTotal(const QList<BudgetItem> &items, PlanKind kind)
{
    std::optional<qint64> sum;
    for (const BudgetItem &b : items)
        if (b.appliesTo(kind) && b.actualAmount)
            sum = sum.value_or(0) + *b.actualAmount;
    return sum;
}

bool budgetDiffersByPlan(const QList<BudgetItem> &items)
{
    for (const BudgetItem &b : items)
        if (b.plans != BudgetPlans::Both)
            return true;
    return false;
}

} // namespace dd
