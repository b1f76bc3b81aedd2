#include "edit/budgetactions.h"

#include "edit/rowcommands.h"

#include <QCoreApplication>

#include <algorithm>

namespace dd::budgetactions {

QUndoCommand *addItem(Session *s, BudgetItem item)
{
    if (item.eventId == 0)
        item.eventId = s->eventId();
    if (item.position <= 0) {
        int last = 0;
        for (const BudgetItem &b : s->budget().list(item.eventId))
            last = std::max(last, b.position);
        item.position = last + 1;
    }
    return new AddRowsCommand<BudgetItem>(
        s, { item }, QCoreApplication::translate("Commands", "add a budget line"));
}

QUndoCommand *editItem(Session *s, const BudgetItem &after, QString *why)
{
    const auto before = s->budget().get(after.id);
    if (!before) {
        if (why)
            *why = QCoreApplication::translate("Commands", "There is no budget line %1.")
                       .arg(after.id);
        return nullptr;
    }
    return new EditRowsCommand<BudgetItem>(
        s, { *before }, { after }, QCoreApplication::translate("Commands", "edit a budget line"));
}

QUndoCommand *editItemFrom(Session *s, const BudgetItem &read, const BudgetItem &after)
{
    return new EditRowsCommand<BudgetItem>(
        s, { read }, { after }, QCoreApplication::translate("Commands", "edit a budget line"));
}

QUndoCommand *removeItems(Session *s, const QList<qint64> &ids, const QHash<qint64, qint64> &seen)
{
    QList<BudgetItem> rows;
    for (qint64 id : ids) {
        if (auto b = s->budget().get(id)) {
            b->rowVersion = seen.value(id, b->rowVersion); // claimed as the list showed it
            rows << *b;
        }
    }
    return new RemoveRowsCommand<BudgetItem>(
        s, rows,
        QCoreApplication::translate("Commands", "delete %n budget line(s)", nullptr,
                                    int(rows.size())));
}

} // namespace dd::budgetactions
