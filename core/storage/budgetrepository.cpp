#include "storage/budgetrepository.h"

#include "storage/sqltable.h"

#include <QCoreApplication>

namespace dd {

namespace {

using Column = TableColumn<BudgetItem>;

BudgetPlans plansOrBoth(const QString &key)
{
    return budgetPlansFromKey(key).value_or(BudgetPlans::Both);
}

const SqlTable<BudgetItem> &budgetItems()
{
    static const SqlTable<BudgetItem> table(
        QStringLiteral("budget_items"),
        {
            Column::key<&BudgetItem::id>("id"),
            Column::integer<&BudgetItem::eventId>("event_id"),
            Column::integer<&BudgetItem::position>("position"),
            Column::text<&BudgetItem::section, Tidy::Line>("section"),
            Column::text<&BudgetItem::content, Tidy::Line>("content"),
            Column::text<&BudgetItem::measure, Tidy::Line>("measure"),
            Column::integer<&BudgetItem::quantityMilli>("quantity_milli"),
            Column::integer<&BudgetItem::unitPrice>("unit_price"),
            Column::text<&BudgetItem::note, Tidy::Line>("note"),
            Column::enumKey<&BudgetItem::plans, &budgetPlansKey, &plansOrBoth>("plans"),
            Column::optionalInteger<&BudgetItem::actualAmount>("actual_amount"),
            Column::version<&BudgetItem::rowVersion>("row_version"),
        });
    return table;
}

// Why a line cannot be stored, in words the clerk can act on; empty when it can.
QString problem(const BudgetItem &item)
{
    if (item.content.trimmed().isEmpty())
        return QCoreApplication::translate("Storage", "A budget line needs a content.");
    if (item.quantityMilli < 0 || item.unitPrice < 0 || item.actualAmount.value_or(0) < 0)
        return QCoreApplication::translate("Storage", "Quantities and amounts cannot be negative.");
    // Above a quadrillion đồng the products no longer fit: no event costs that much.
    constexpr qint64 kLimit = 1'000'000'000'000'000;
    if (item.unitPrice > 0
        && item.quantityMilli > kLimit * BudgetItem::kQuantityScale / item.unitPrice)
        return QCoreApplication::translate("Storage", "The amount of a budget line is too large.");
    return {};
}

} // namespace

BudgetRepository::BudgetRepository(Database &db)
    : m_db(db)
{ }

QList<BudgetItem> BudgetRepository::list(qint64 eventId)
{
    return budgetItems().select(m_db, QStringLiteral("WHERE event_id = ? ORDER BY position, id"),
                                { eventId });
}

std::optional<BudgetItem> BudgetRepository::get(qint64 id)
{
    return budgetItems().get(m_db, id);
}

Result<qint64> BudgetRepository::insert(const BudgetItem &item)
{
    if (const QString why = problem(item); !why.isEmpty())
        return Error(why);
    return budgetItems().insertTidied(m_db, Entity::Budget, item);
}

Status BudgetRepository::update(const BudgetItem &item, const BudgetItem *read)
{
    if (const QString why = problem(item); !why.isEmpty())
        return Error(why);
    return budgetItems().updateTidied(m_db, Entity::Budget, item, read);
}

Status BudgetRepository::remove(qint64 id)
{
    return budgetItems().remove(m_db, Entity::Budget, { id });
}

Status BudgetRepository::claim(const BudgetItem &row)
{
    return budgetItems().claim(m_db, budgetItems().tidied(row));
}

} // namespace dd
