#pragma once

#include "session/session.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace dd {

class BudgetTableModel;

// Kinh phí: the budget estimate, the two plans side by side with their totals in figures and
// words; every cell is edited in place through the undo stack.
class BudgetPage : public QWidget
{
    Q_OBJECT
public:
    explicit BudgetPage(Session *session, QWidget *parent = nullptr);
    // A new line in the section of the current one, its content ready to type.
    void addLine();
    void deleteSelected();

private:
    void refreshTotals();
    Session *m_session;
    BudgetTableModel *m_model;
    QTableView *m_table;
    QLabel *m_totals;
};

} // namespace dd
