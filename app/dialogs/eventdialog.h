#pragma once

#include "domain/event.h"
#include "session/session.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QLabel;

namespace dd {

class DiscardGuard;

class ClockTimeEdit;
class DateField;

// The event's own fields, and the plan's text that the plan paper prints word for word. Without
// an event it creates a new one, optionally copying the set-up and the words of an earlier
// event (units, quotas, topics, programme, plans, paper settings, the plan's text).
class EventDialog : public QDialog
{
    Q_OBJECT
public:
    EventDialog(Session *session, QWidget *parent = nullptr); // new event
    EventDialog(Session *session, const Event &event, QWidget *parent = nullptr); // edit
    qint64 createdEventId() const { return m_createdId; }
    void accept() override;
    // Asks first when something was typed (Esc, Cancel or × would lose it).
    void reject() override;

private:
    DiscardGuard *m_guard = nullptr;
    void build();
    Event fromForm() const;
    Session *m_session;
    Event m_event;
    bool m_new;
    qint64 m_createdId = 0;
    QComboBox *m_copyFrom = nullptr;
    QLineEdit *m_title;
    QLineEdit *m_organiser;
    QPlainTextEdit *m_parentRef;
    QPlainTextEdit *m_planText = nullptr;
    QString m_draft; // the plan's text drafted from the facts, while the event has none
    QSpinBox *m_month;
    QSpinBox *m_year;
    DateField *m_date;
    DateField *m_deadline;
    QSpinBox *m_minQuestions;
    ClockTimeEdit *m_latestEnd;
    QLabel *m_error;
};

} // namespace dd
