#pragma once

#include "session/session.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace dd {

class LiveQuestionsWindow;
class QuestionTableModel;
class QuestionFilterModel;

// Ý kiến: the questions from the host units on their way to an answer — recording, progress
// against the plan, triage (filters, classify, forward, merge, withdraw, near-duplicates),
// intake from spreadsheets and e-mails (also dropped on the tab), export for an agency, and
// the live mode on the day.
class QuestionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit QuestionsPage(Session *session, QWidget *parent = nullptr);
    ~QuestionsPage() override;
    void addQuestion();
    void editSelected();
    void deleteSelected();
    QList<qint64> selectedIds() const;

    // Triage on the selected rows, each one undo step; the …Selected forms ask first.
    void classifySelected();
    void forwardSelected();
    void mergeSelected();
    void withdrawSelected();
    bool classify(const QList<qint64> &ids, qint64 topicId);
    bool forward(const QList<qint64> &ids, qint64 agencyId, const QDate &date, bool record = true);
    bool merge(const QList<qint64> &ids, qint64 keepId);
    bool withdraw(const QList<qint64> &ids);

    void showDuplicates();
    void editTopics();
    void importDialog();
    void importFiles(const QStringList &paths);
    void exportForAgencyDialog();
    // Writes the agency's questions to `path` and records their forwarding (undoable).
    bool exportForAgency(qint64 agencyId, bool includeAssigned, const QString &path);
    LiveQuestionsWindow *openLiveMode();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void refreshFilters();
    void refreshProgress();
    void updateActions();
    QList<std::pair<QString, qint64>> agencies() const;
    Session *m_session;
    QuestionTableModel *m_model;
    QuestionFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_unitFilter;
    QComboBox *m_topicFilter;
    QComboBox *m_kindFilter;
    QComboBox *m_statusFilter;
    QComboBox *m_agencyFilter;
    QTableView *m_table;
    QLabel *m_progress;
    QTableWidget *m_summary;
    QPushButton *m_duplicatesButton;
    QList<QPushButton *> m_selectionButtons;
    QPointer<LiveQuestionsWindow> m_live;
    // Kept between entries: the next new question starts from these.
    qint64 m_lastUnit = 0;
    QuestionChannel m_lastChannel = QuestionChannel::Email;
    QDate m_lastDate;
};

} // namespace dd
