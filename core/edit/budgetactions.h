#pragma once

#include "session/session.h"

#include <QHash>
#include <QList>
#include <QUndoCommand>

// The edits of the budget estimate, each one undo step (the Kinh phí tab and `budget add`).
namespace dd::budgetactions {

// Adds the line at the end of the estimate (its position after the last line's).
QUndoCommand *addItem(Session *s, BudgetItem item);
// Replaces the line with the same id; nullptr and `why` when there is no such line.
QUndoCommand *editItem(Session *s, const BudgetItem &after, QString *why = nullptr);
// The same from the line as the user's list showed it: refused when another desk changed it
// since (RowConflict, showing what the list had shown); only the fields changed from `read`
// are written, so "Overwrite" keeps what the other desk changed in the other fields.
QUndoCommand *editItemFrom(Session *s, const BudgetItem &read, const BudgetItem &after);
// `seen`: the version of each line as the list showed it (commands::SeenVersions).
QUndoCommand *removeItems(Session *s, const QList<qint64> &ids,
                          const QHash<qint64, qint64> &seen = {});

} // namespace dd::budgetactions
