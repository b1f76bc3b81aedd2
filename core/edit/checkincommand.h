#pragma once

#include "session/session.h"

#include <QDateTime>
#include <QList>
#include <QUndoCommand>

namespace dd {

// Checks people in at the door, at `when` by `desk`, safe with several desks on one server:
// each person in one short transaction (AttendeeRepository::checkIn) that only the first desk
// wins. When nobody is left to check in (another desk was first), the command fails with
// checkin::alreadyCheckedIn() ("… đã điểm danh lúc HH:mm tại bàn …") and is not kept. Undo clears
// only the check-ins this command made and that no other desk changed since; another desk's change
// is refused, never overwritten.
class CheckInCommand : public QUndoCommand
{
public:
    CheckInCommand(Session *session, QList<qint64> ids, const QDateTime &when, const QString &desk,
                   const QString &text);

    void redo() override;
    void undo() override;

private:
    Session *m_session;
    QList<qint64> m_ids;
    QList<qint64> m_done; // those this command checked in
    QDateTime m_when;
    QString m_desk;
};

} // namespace dd
