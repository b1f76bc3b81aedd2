#pragma once

#include "session/session.h"

#include <QWidget>

class QLabel;
class QTableView;
class QTimeEdit;

namespace dd {

class AgendaTableModel;

// Chương trình: the programme with clock times; reordered by drag and drop or Alt+Up/Down.
class AgendaPage : public QWidget
{
    Q_OBJECT
public:
    explicit AgendaPage(Session *session, QWidget *parent = nullptr);
    void addItem();
    void deleteSelected();
    void moveSelected(int delta);

private:
    void refreshSummary();
    Session *m_session;
    AgendaTableModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
};

} // namespace dd
