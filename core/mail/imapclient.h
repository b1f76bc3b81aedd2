#pragma once

#include "mail/curltransfer.h"
#include "mail/mailserver.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>

// Reading a folder of the event's mailbox over IMAP without changing it: nothing is deleted,
// moved or marked as read unless the caller asks (markRead).
namespace dd::mail {

// The largest message read: Gmail's own limit for what it accepts.
constexpr qint64 kMaxMessageBytes = 25 * 1024 * 1024;

struct ImapMessage
{
    qint64 uid = 0;
    qint64 size = 0; // RFC822.SIZE
    bool seen = false; // \Seen before we read it
};

class ImapClient
{
public:
    explicit ImapClient(const MailServer &server);

    // Logs in and looks at the folder: its UIDVALIDITY. Errors name the cause (login,
    // unreachable server, certificate, no such folder).
    Result<qint64> open();
    // The messages in the folder, oldest first.
    Result<QList<ImapMessage>> messages();
    // The whole message as it was received; it stays unread if it was.
    Result<QByteArray> fetch(const ImapMessage &message);
    Status markRead(qint64 uid);

    MailFailure lastFailure() const { return m_transfer.lastFailure(); }

private:
    MailServer m_server;
    CurlTransfer m_transfer;
    QByteArray m_folderPath; // the folder, percent-encoded modified UTF-7, for URLs
    QByteArray m_folderAtom; // the folder as an IMAP quoted string
};

} // namespace dd::mail
