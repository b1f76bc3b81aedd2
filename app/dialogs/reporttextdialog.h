#pragma once

#include "session/session.h"

#include <QDialog>

#include <optional>

class QLabel;
class QMenu;
class QPlainTextEdit;
class QPushButton;

namespace dd {

// The results report's own words after the day (II. ĐÁNH GIÁ, III. ĐỀ XUẤT, KIẾN NGHỊ): two
// multi-line fields. What is typed in a field becomes one undoable edit when the field is
// left, Undo/Redo is pressed or the dialog is closed (the same edit as `report set`); Undo
// and Redo here step through the window's edits, as Edit ▸ Undo does while no dialog is open.
class ReportTextDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReportTextDialog(Session *session, QWidget *parent = nullptr);

    // Opens the dialog modally on the event of the session.
    static void run(Session *session, QWidget *parent);
    // "Results report: assessment and proposals…" for a menu or a button (no accelerator: it
    // sits among others').
    static QString actionText();

    // Stores what the fields hold when it differs from the event (one undo step).
    void commit();

protected:
    void done(int result) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    void updateButtons();

    Session *m_session;
    QPlainTextEdit *m_assessment;
    QPlainTextEdit *m_proposals;
    QLabel *m_message;
    QPushButton *m_undo;
    QPushButton *m_redo;
    // The event as the fields show it (commands::shownWhileTyping): the edit is built from it,
    // so words another desk stored in the field being typed are not written over.
    std::optional<Event> m_shown;
};

} // namespace dd
