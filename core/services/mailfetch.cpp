#include "services/mailfetch.h"

#include "edit/commands.h"
#include "io/emailreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace dd {

KnownMail knownMail(Session &session, const mail::MailServer &server)
{
    KnownMail out;
    const QString account = server.account();
    for (const FetchedMail &f : session.mail().fetched(session.eventId()))
        if (f.account == account && f.folder == server.folder)
            out.insert({ f.uidValidity, f.uid });
    return out;
}

Result<MailDownload> downloadMail(const mail::MailServer &server, const KnownMail &known,
                                  const mail::MailProgress &progress)
{
    mail::ImapClient imap(server);
    const Result<qint64> validity = imap.open();
    if (!validity)
        return Error(validity.error());
    const auto list = imap.messages();
    if (!list)
        return Error(list.error());
    MailDownload out;
    out.uidValidity = *validity;
    QList<mail::ImapMessage> wanted;
    for (const mail::ImapMessage &m : *list) {
        if (known.contains({ *validity, m.uid }))
            ++out.alreadyFetched;
        else
            wanted << m;
    }
    for (int i = 0; i < wanted.size(); ++i) {
        if (progress && !progress(i, int(wanted.size())))
            return Error(QCoreApplication::translate("Mail", "The fetch was cancelled."));
        const mail::ImapMessage &m = wanted.at(i);
        const Result<QByteArray> bytes = imap.fetch(m);
        if (!bytes) {
            if (imap.lastFailure() != mail::MailFailure::None
                && imap.lastFailure() != mail::MailFailure::TooLarge)
                return Error(bytes.error()); // the connection broke: nothing is kept
            out.notRead << QStringLiteral("%1: %2").arg(
                QCoreApplication::translate("Mail", "message %1 of %2")
                    .arg(m.uid)
                    .arg(server.folder),
                bytes.error());
            continue;
        }
        out.items << MailDownload::Item { m, *bytes };
    }
    if (progress)
        progress(int(wanted.size()), int(wanted.size()));
    return out;
}

bool isAttendeeListFile(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("xls")
        || suffix == QLatin1String("ods") || suffix == QLatin1String("csv");
}

MailFetch readDownloadedMail(Session &session, const mail::MailServer &server,
                             const MailDownload &download)
{
    MailFetch out;
    out.notRead = download.notRead;
    out.alreadyFetched = download.alreadyFetched;
    const qint64 eventId = session.eventId();
    const QString account = server.account();
    const QDateTime now = QDateTime::currentDateTime();
    for (const MailDownload::Item &item : download.items) {
        const QString label = QCoreApplication::translate("Mail", "message %1 of %2")
                                  .arg(item.message.uid)
                                  .arg(server.folder);
        QList<io::EmailAttachment> files;
        const auto parsed = io::readEmailFiles(item.bytes, label, &files);
        const QString messageId = parsed ? parsed->messageId : QString();
        if (!messageId.isEmpty()
            && session.mail().wasFetched(eventId, account, server.folder, download.uidValidity,
                                         item.message.uid, messageId)) {
            ++out.alreadyFetched; // the same message under another label or UIDVALIDITY
            continue;
        }
        const QString source = parsed && !parsed->subject.isEmpty()
            ? QCoreApplication::translate("Mail", "e-mail \"%1\"").arg(parsed->subject)
            : label;
        FetchedMail f;
        f.eventId = eventId;
        f.account = account;
        f.folder = server.folder;
        f.uidValidity = download.uidValidity;
        f.uid = item.message.uid;
        f.messageId = messageId;
        f.fetchedAt = now;
        QList<MailAttendeeList> lists;
        if (parsed) {
            const std::optional<Unit> unit = emailSender(session, *parsed);
            // A question list attached is read with the message's questions, not offered.
            for (const io::EmailAttachment &file : std::as_const(files))
                if (isAttendeeListFile(file.fileName)
                    && !isQuestionListFile(file.fileName, file.bytes))
                    lists << MailAttendeeList {
                        file.fileName, file.bytes,
                        parsed->fromName.isEmpty()
                            ? parsed->fromAddress
                            : QStringLiteral("%1 <%2>").arg(parsed->fromName, parsed->fromAddress),
                        unit ? unit->id : 0, unit ? unit->name : QString()
                    };
        }
        if (parsed && parsed->body.trimmed().isEmpty() && !lists.isEmpty()) {
            // Only a list: offered; the message is remembered with the fetch's questions.
            out.lists << lists;
            out.messages << MailFetch::Message { f, source, out.questions.rows.size(), 0 };
            continue;
        }
        import::ImportPreview batch = importQuestionsFromEmail(session, item.bytes, source);
        QStringList problems;
        for (const import::ImportRow &row : std::as_const(batch.rows))
            if (const QString message = import::questionMessage(row);
                !row.ready() && !message.isEmpty())
                problems << message;
        if (!parsed || (batch.rows.size() == 1 && batch.rows.first().blocked())) {
            // Unreadable: listed with the reason, and not remembered, so that the next fetch
            // offers it again (after the clerk had the unit send it again, say).
            out.notRead << QStringLiteral("%1: %2").arg(source, problems.join(QLatin1String("; ")));
            continue;
        }
        out.lists << lists;
        out.messages << MailFetch::Message { f, source, out.questions.rows.size(),
                                             batch.rows.size() };
        import::appendRows(out.questions, std::move(batch));
    }
    markQuestionDuplicates(session, out.questions);
    return out;
}

Result<MailFetch> fetchMail(Session &session, const mail::MailServer &server)
{
    const Result<MailDownload> download = downloadMail(server, knownMail(session, server));
    if (!download)
        return Error(download.error());
    return readDownloadedMail(session, server, *download);
}

QUndoCommand *mailFetchCommand(Session &session, const MailFetch &fetch,
                               const QList<Question> &questions, QStringList *leftOver)
{
    QList<FetchedMail> remembered;
    for (const MailFetch::Message &m : fetch.messages) {
        int ready = 0;
        int duplicates = 0;
        QString why;
        for (qsizetype i = m.firstRow; i < m.firstRow + m.rowCount; ++i) {
            const import::ImportRow &row = fetch.questions.rows.at(i);
            if (row.ready())
                ++ready;
            else if (row.duplicate != import::Duplicate::None)
                ++duplicates;
            else if (why.isEmpty())
                why = import::questionMessage(row).section(QLatin1Char('\n'), 0, 0);
        }
        if (m.rowCount > 0 && ready == 0 && duplicates < m.rowCount) {
            if (leftOver)
                *leftOver << QStringLiteral("%1: %2").arg(m.source, why);
            continue;
        }
        FetchedMail f = m.mail;
        f.outcome = ready > 0
            ? QCoreApplication::translate("Mail", "%n question(s) added", nullptr, ready)
            : m.rowCount == 0 ? QCoreApplication::translate("Mail", "attendee list offered")
                              : QCoreApplication::translate("Mail", "already recorded");
        remembered << f;
    }
    if (questions.isEmpty() && remembered.isEmpty())
        return nullptr;
    return commands::addFetchedMail(&session, questions, remembered);
}

Result<QStringList> commitMailFetch(Session &session, const MailFetch &fetch)
{
    QStringList leftOver;
    QUndoCommand *cmd
        = mailFetchCommand(session, fetch, import::questionsToImport(fetch.questions), &leftOver);
    if (cmd && !session.push(cmd))
        return Error(session.lastError());
    return leftOver;
}

} // namespace dd
