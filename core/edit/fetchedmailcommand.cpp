#include "edit/fetchedmailcommand.h"

namespace dd {

FetchedMailCommand::FetchedMailCommand(Session *s, QList<FetchedMail> messages)
    : m_session(s)
    , m_messages(std::move(messages))
{ }

void FetchedMailCommand::redo()
{
    for (FetchedMail &m : m_messages) {
        const Result<qint64> id = m_session->mail().recordFetched(m);
        if (!id) {
            setObsolete(true); // the group rolls the questions back with it
            m_session->reportError(id.error());
            return;
        }
        m.id = *id;
    }
}

void FetchedMailCommand::undo()
{
    QList<qint64> ids;
    for (const FetchedMail &m : std::as_const(m_messages))
        ids << m.id;
    if (Status s = m_session->mail().removeFetched(ids); !s)
        m_session->reportError(s.error());
}

} // namespace dd
