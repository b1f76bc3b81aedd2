#pragma once

#include "session/session.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QGroupBox;

namespace dd {

class ClockTimeEdit;
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

    // A field still being typed in (its change is applied when it is left): what the window
    // asks about before it closes or another event is chosen.
    bool hasPendingEdits() const;
    // Applies them as one undo step per plan; false when a value is refused (and says why).
    bool applyPendingEdits();
    void discardPendingEdits();
    // While the window asks about them, leaving a field applies nothing.
    void holdEdits(bool hold) { m_hold = hold; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct PlanForm
    {
        QGroupBox *box = nullptr;
        QPlainTextEdit *condition = nullptr;
        QLineEdit *venue = nullptr;
        QLineEdit *livestream = nullptr;
        QSpinBox *capacity = nullptr;
        ClockTimeEdit *start = nullptr;
        QLabel *meaning = nullptr;
        // The plan as the form shows it (commands::shownWhileTyping): the edit is built from
        // it, so a change another desk made to the field being typed is not written over.
        std::optional<Plan> shown;
    };
    PlanForm makeForm(PlanKind kind);
    void refresh();
    // The plan with the form's values, from the plan as the form showed it; nullopt when the
    // event has none of this kind.
    std::optional<Plan> planFromForm(PlanKind kind) const;
    // Applies the form's changes to the plan as one undo step (none when nothing changed).
    bool savePlan(PlanKind kind);

    Session *m_session;
    PlanForm m_inPerson;
    PlanForm m_online;
    QLabel *m_active;
    QPushButton *m_switch;
    QTableView *m_log;
    PlanSwitchModel *m_logModel;
    bool m_hold = false;
};

} // namespace dd
