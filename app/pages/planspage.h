#pragma once

#include "session/session.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimeEdit;
class QGroupBox;

namespace dd {

class PlanSwitchModel;

// Phương án: the two plans side by side, what each means with today's data, the switch
// (with a reason, recorded and undoable) and the log of switches.
class PlansPage : public QWidget
{
    Q_OBJECT
public:
    explicit PlansPage(Session *session, QWidget *parent = nullptr);

    // Asks for a reason and switches to the other plan.
    void switchPlan();
    // The same without asking (tests, command line use the command directly).
    bool switchPlanTo(PlanKind to, const QString &reason);

private:
    struct PlanForm
    {
        QGroupBox *box = nullptr;
        QPlainTextEdit *condition = nullptr;
        QLineEdit *venue = nullptr;
        QLineEdit *livestream = nullptr;
        QSpinBox *capacity = nullptr;
        QTimeEdit *start = nullptr;
        QLabel *meaning = nullptr;
        QPushButton *save = nullptr;
    };
    PlanForm makeForm(PlanKind kind);
    void refresh();
    void savePlan(PlanKind kind);

    Session *m_session;
    PlanForm m_inPerson;
    PlanForm m_online;
    QLabel *m_active;
    QPushButton *m_switch;
    QTableView *m_log;
    PlanSwitchModel *m_logModel;
};

} // namespace dd
