#include "edit/checkincommand.h"

#include "edit/checkinlookup.h"
#include "edit/ownwrite.h"

#include <QCoreApplication>

#include <typeinfo>

namespace dd {

CheckInCommand::CheckInCommand(Session *session, QList<qint64> ids, const QDateTime &when,
                               const QString &desk, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_ids(std::move(ids))
    , m_when(when)
    , m_desk(desk)
{ }

void CheckInCommand::redo()
{
    m_done.clear();
    QString refused;
    Transaction t(m_session->database());
    for (qint64 id : std::as_const(m_ids)) {
        const auto result = m_session->attendees().checkIn(id, m_when, m_desk);
        if (!result) {
            setObsolete(true);
            m_session->reportError(result.error());
            return;
        }
        if (result->done) {
            m_done << id;
            commands::noteOwnWrite(m_session, typeid(Attendee), id, result->rowVersion - 1,
                                   result->rowVersion);
        } else if (refused.isEmpty()) {
            Attendee a = m_session->attendees().get(id).value_or(Attendee());
            a.checkedInAt = result->at;
            a.checkedInDesk = result->desk;
            refused = checkin::alreadyCheckedIn(a);
        }
    }
    if (!t.commit()) {
        setObsolete(true);
        m_session->reportError(m_session->database().lastError());
        return;
    }
    if (m_done.isEmpty()) {
        // Another desk was first for everyone: nothing to keep, and the desk is told.
        setObsolete(true);
        m_session->reportError(refused);
    }
}

void CheckInCommand::undo()
{
    Transaction t(m_session->database());
    QStringList changedElsewhere;
    for (qint64 id : std::as_const(m_done)) {
        qint64 version = 0;
        const auto cleared = m_session->attendees().clearCheckIn(id, m_when, m_desk, &version);
        if (!cleared) {
            m_session->reportError(cleared.error());
            return;
        }
        if (*cleared)
            commands::noteOwnWrite(m_session, typeid(Attendee), id, version - 1, version);
        if (!*cleared) {
            const auto a = m_session->attendees().get(id);
            changedElsewhere << (a ? a->fullName() : QString::number(id));
        }
    }
    t.commit();
    if (!changedElsewhere.isEmpty())
        m_session->reportError(
            QCoreApplication::translate("AttendeeActions",
                                        "The check-in of %1 was changed at another desk since; it "
                                        "was left as that desk made it.")
                .arg(changedElsewhere.join(QStringLiteral(", "))));
}

} // namespace dd
