#pragma once

#include "session/session.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTableView;

namespace dd {

class BarChart;
class TaskTableModel;

// Tổng quan: the event at a glance — title, date, days left, active plan and venue;
// invitations per unit against quota and questions per host unit against the minimum as
// charts; the tasks; and the warnings that need action, each linked to its tab.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(Session *session, QWidget *parent = nullptr);
    void refresh();
    void editEvent();

signals:
    void showTabRequested(int tab);

private:
    void addTask();
    void deleteTask();
    Session *m_session;
    QLabel *m_title;
    QLabel *m_facts;
    BarChart *m_seats;
    BarChart *m_questions;
    QListWidget *m_warnings;
    QTableView *m_tasks;
    TaskTableModel *m_taskModel;
};

} // namespace dd
