#pragma once

#include "services/session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace dd {

class QuestionTableModel;
class QuestionFilterModel;

// Ý kiến: questions and recommendations from the host units, their topic, forwarding and
// answer.
class QuestionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit QuestionsPage(Session *session, QWidget *parent = nullptr);
    void addQuestion();
    void editSelected();
    void deleteSelected();
    QList<qint64> selectedIds() const;

private:
    void refreshFilters();
    void refreshProgress();
    Session *m_session;
    QuestionTableModel *m_model;
    QuestionFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_unitFilter;
    QComboBox *m_statusFilter;
    QTableView *m_table;
    QLabel *m_progress;
};

} // namespace dd
