#pragma once

#include "domain/mail.h"
#include "import/questionimport.h"
#include "mail/imapclient.h"
#include "mail/mailserver.h"
#include "session/session.h"
#include "util/result.h"

#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <utility>

// "Nhận ý kiến từ hộp thư": the new messages of the event's mailbox folder, read over IMAP and
// passed through the same e-mail import as .eml files, previewed, then committed as one step.
namespace dd {

// What a previous fetch of this mailbox folder read: (UIDVALIDITY, UID) pairs.
using KnownMail = QSet<std::pair<qint64, qint64>>;
KnownMail knownMail(Session &session, const mail::MailServer &server);

// The network half of a fetch, which touches no database so that the window runs it in a
// worker thread: the new messages as the server holds them.
struct MailDownload
{
    qint64 uidValidity = 0;
    struct Item
    {
        mail::ImapMessage message;
        QByteArray bytes;
    };
    QList<Item> items;
    QStringList notRead; // messages left on the server unread, each with the reason
    int alreadyFetched = 0;
};

// An error (login, server, certificate, folder, cancelled) comes back before anything is kept;
// a single message that cannot be read is listed in notRead and the others are read.
Result<MailDownload> downloadMail(const mail::MailServer &server, const KnownMail &known,
                                  const mail::MailProgress &progress = {});

// A spreadsheet attached to a fetched message: the sending union's list of attendees,
// offered for the attendee import with that union as the sending unit.
struct MailAttendeeList
{
    QString fileName; // as attached ("danh-sach-dai-bieu.xlsx")
    QByteArray bytes;
    QString sender; // "Name <address>"
    qint64 unitId = 0; // the sending unit, or 0 when no unit matches the sender
    QString unitName;
};
// xlsx, xls, ods and csv: what the attendee import reads.
bool isAttendeeListFile(const QString &fileName);

struct MailFetch
{
    import::ImportPreview questions; // every new message's rows, sources "Mail: Subject, item 2"
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
    QList<MailAttendeeList> lists; // spreadsheets attached to the messages read
};

// The database half: each downloaded message through the e-mail import (GUI thread).
MailFetch readDownloadedMail(Session &session, const mail::MailServer &server,
                             const MailDownload &download);

// Both halves, for the command line.
Result<MailFetch> fetchMail(Session &session, const mail::MailServer &server);

// The undo command adding the ready questions and remembering, in the same transaction, the
// messages they came from (and those whose every question is already recorded), so that the
// next fetch skips them. A message none of whose questions could be imported (no unit chosen
// for an unknown sender) is not remembered: it is added to `leftOver`, with the reason, and
// the next fetch offers it again. Null when there is nothing to add or remember.
QUndoCommand *mailFetchCommand(Session &session, const MailFetch &fetch,
                               const QList<Question> &questions, QStringList *leftOver);

// mailFetchCommand with the ready questions, pushed.
Result<QStringList> commitMailFetch(Session &session, const MailFetch &fetch);

} // namespace dd
