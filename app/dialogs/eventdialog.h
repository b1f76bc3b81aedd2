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

class ClockTimeEdit;
class DateField;

// The event's own fields. Without an event it creates a new one, optionally copying the
// set-up of an earlier event (units, quotas, topics, programme, plans, paper settings).
class EventDialog : public QDialog
{
    Q_OBJECT
public:
    EventDialog(Session *session, QWidget *parent = nullptr); // new event
    EventDialog(Session *session, const Event &event, QWidget *parent = nullptr); // edit
    qint64 createdEventId() const { return m_createdId; }
    void accept() override;

private:
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
    QPlainTextEdit *m_purpose;
    QPlainTextEdit *m_requirements;
    QSpinBox *m_month;
    QSpinBox *m_year;
    DateField *m_date;
    DateField *m_deadline;
    QSpinBox *m_minQuestions;
    ClockTimeEdit *m_latestEnd;
    QLabel *m_error;
};

} // namespace dd
