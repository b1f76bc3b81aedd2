#pragma once

#include "domain/mail.h"
#include "import/questionimport.h"
#include "mail/mailserver.h"
#include "session/session.h"
#include "util/result.h"

#include <QList>
#include <QString>

// "Nhận ý kiến từ hộp thư": the new messages of the event's mailbox folder, read over IMAP and
// passed through the same e-mail import as .eml files, previewed, then committed as one step.
namespace dd {

struct MailFetch
{
    QuestionImportBatch questions; // every new message's rows, sources "Mail: Subject, item 2"
    struct Message
    {
        FetchedMail mail;
        QString source; // "e-mail \"Subject\""
        qsizetype firstRow = 0; // its rows in `questions`
        qsizetype rowCount = 0;
    };
    QList<Message> messages; // the messages read; remembered when committed
    QStringList notRead; // messages left on the server unread, each with the reason
    int alreadyFetched = 0; // messages a previous fetch read
};

// Reads the folder. An error (login, server, certificate, folder) comes back before anything
// is read; a single message that cannot be read is listed in notRead and the others are read.
Result<MailFetch> fetchMail(Session &session, const mail::MailServer &server);

// Adds the ready questions in one undo step and remembers the messages they came from (and
// those whose every question is already recorded), so that the next fetch skips them. A
// message none of whose questions could be imported (no unit chosen for an unknown sender) is
// not remembered: it is returned, with the reason, and the next fetch offers it again.
Result<QStringList> commitMailFetch(Session &session, const MailFetch &fetch);

} // namespace dd
