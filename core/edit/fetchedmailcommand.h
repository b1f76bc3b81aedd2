#pragma once

#include "domain/mail.h"
#include "session/session.h"

#include <QList>
#include <QUndoCommand>

namespace dd {

// The memory of the messages a mail fetch read, written as a step of the same command as
// their questions: undoing the import forgets the messages too, so that the next fetch offers
// them again; redo remembers them under the same ids.
class FetchedMailCommand : public QUndoCommand
{
public:
    FetchedMailCommand(Session *s, QList<FetchedMail> messages);
    void redo() override;
    void undo() override;

private:
    Session *m_session;
    QList<FetchedMail> m_messages;
};

} // namespace dd
