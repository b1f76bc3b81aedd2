#pragma once

#include "session/session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace dd {

// The big-type view of the current question for a projector or a second monitor.
class ProjectorWindow : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectorWindow(QWidget *parent = nullptr);
    void showQuestion(const QString &from, const QString &text);
    // Full screen on the second screen when there is one, a window otherwise.
    void present();
    QString shownText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_from;
    QLabel *m_text;
};

// "Trực tiếp": the questions in running order on the day, the one being answered marked,
// answers typed as they are given, new questions from the room or the livestream added in a
// few keystrokes. Every change goes through the undo stack.
class LiveQuestionsWindow : public QWidget
{
    Q_OBJECT
public:
    explicit LiveQuestionsWindow(Session *session, QWidget *parent = nullptr);
    ~LiveQuestionsWindow() override;

    qint64 currentId() const { return m_currentId; }
    void setCurrentQuestion(qint64 id);
    void next(int delta = 1);
    // Moves the selected question up (-1) or down (+1) in the running order.
    void moveSelected(int delta);
    // Adds a question from the room or the livestream with the unit and channel chosen below.
    bool quickAdd(const QString &text);
    void saveAnswer();
    void toggleProjector();
    ProjectorWindow *projector() const { return m_projector; }
    QList<qint64> order() const { return m_order; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void refresh();
    void showCurrent();
    void persistListOrder();
    Session *m_session;
    QListWidget *m_list;
    QLabel *m_currentLabel;
    QPlainTextEdit *m_answer;
    QLineEdit *m_answeredBy;
    QComboBox *m_unit;
    QComboBox *m_channel;
    QLineEdit *m_submitter;
    QLineEdit *m_quickText;
    QPushButton *m_projectorButton;
    ProjectorWindow *m_projector = nullptr;
    QList<qint64> m_order;
    qint64 m_currentId = 0;
    qint64 m_answerFor = 0; // the question the answer field holds
    bool m_refreshing = false;
};

} // namespace dd
