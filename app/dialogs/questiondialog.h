#pragma once

#include "domain/question.h"
#include "session/session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace dd {

class DiscardGuard;

// The form for one question: who sent it, kind, topic, text, and its path to an answer.
// It saves through the undo stack itself. A new question can be followed by the next one
// ("Save and add another"): unit, channel and date stay, the rest is cleared.
class QuestionDialog : public QDialog
{
    Q_OBJECT
public:
    QuestionDialog(Session *session, const Question &question, QWidget *parent = nullptr);
    // The question as the form shows it now.
    Question question() const;
    // How many questions were saved while the dialog was open.
    int savedCount() const { return m_saved; }
    void accept() override;
    // Asks first when something was typed (Esc, Cancel or × would lose it).
    void reject() override;
    void saveAndAddAnother();

private:
    DiscardGuard *m_guard = nullptr;
    // The agency chosen or typed: its id, 0 for none, -1 for a new name (added on save).
    qint64 agencyId() const;
    bool save();
    void fillTopics(qint64 selected);
    void editTopics();
    void updateEnabled();
    Session *m_session;
    Question m_question;
    int m_saved = 0;
    QComboBox *m_unit;
    QLineEdit *m_submitter;
    QComboBox *m_kind;
    QComboBox *m_topic;
    QPlainTextEdit *m_text;
    QLineEdit *m_note;
    QDateEdit *m_received;
    QComboBox *m_channel;
    QComboBox *m_status;
    QComboBox *m_agency;
    QDateEdit *m_forwardedOn;
    QPlainTextEdit *m_answer;
    QLineEdit *m_answeredBy;
    QDateTimeEdit *m_answeredAt;
    QLabel *m_error;
    QLabel *m_info;
    QHash<QString, qint64> m_attendeeIds; // completer text → attendee
};

} // namespace dd
