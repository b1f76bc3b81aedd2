#pragma once

#include "domain/question.h"
#include "services/session.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QLabel;

namespace dd {

// The form for one question: who sent it, kind, topic, text, and its path to an answer.
class QuestionDialog : public QDialog
{
    Q_OBJECT
public:
    QuestionDialog(Session *session, const Question &question, QWidget *parent = nullptr);
    Question question() const;
    void accept() override;

private:
    Session *m_session;
    Question m_question;
    QComboBox *m_unit;
    QLineEdit *m_submitter;
    QComboBox *m_kind;
    QComboBox *m_topic;
    QPlainTextEdit *m_text;
    QDateEdit *m_received;
    QComboBox *m_channel;
    QComboBox *m_status;
    QComboBox *m_agency;
    QPlainTextEdit *m_answer;
    QLineEdit *m_answeredBy;
    QLabel *m_error;
};

} // namespace dd
