#pragma once

#include "session/session.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace dd {

class UnitDirectoryModel;

// The directory of units: add, edit and delete units and set their part and quota in the
// current event. Every change is one undo step.
class UnitsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UnitsDialog(Session *session, QWidget *parent = nullptr);
    void addUnit();
    void editSelected();
    void deleteSelected();

private:
    Session *m_session;
    UnitDirectoryModel *m_model;
    QTableView *m_table;
    QLabel *m_message;
};

} // namespace dd
