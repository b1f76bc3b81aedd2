#pragma once

#include "session/session.h"

#include <QDialog>

namespace dd {

// Asked when an edit or an undo was refused because another desk changed the row since it was
// read (issue 18): both values side by side, and the choice between taking theirs (nothing of
// mine is written; the lists show the row as it is now) and overwriting (mine over theirs, as a
// new edit that can be undone).
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(Session *session, RowConflict conflict, QWidget *parent = nullptr);

    // Shows the question for every conflict `session` reports, over `parent`.
    static void attach(Session *session, QWidget *parent);

private:
    void takeTheirs();
    void overwrite();

    Session *m_session;
    RowConflict m_conflict;
};

} // namespace dd
