#pragma once

#include <QDateTime>
#include <QString>

namespace dd {

// A message of the event's mailbox that was read, so that the next fetch skips it.
struct FetchedMail
{
    qint64 id = 0;
    qint64 eventId = 0;
    QString account; // "user@host": the mailbox read
    QString folder;
    qint64 uidValidity = 0;
    qint64 uid = 0;
    QString messageId; // without the angle brackets; empty when the message had none
    QDateTime fetchedAt;
    QString outcome; // what became of it, in the user's words
};

// One paper sent to one unit.
struct MailLogEntry
{
    qint64 id = 0;
    qint64 eventId = 0;
    qint64 unitId = 0;
    QString paper; // the paper's key, as `print` names it
    QString recipient;
    QString subject;
    QString attachment; // the PDF's file name
    QDateTime sentAt;
    QString serverReply; // the SMTP server's last answer, or why the message did not go
    bool failed = false; // not sent: refused, or the server could not be reached
};

} // namespace dd
