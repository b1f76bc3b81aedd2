#include "services/mailfetch.h"

#include "edit/commands.h"
#include "io/emailreader.h"
#include "mail/imapclient.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dd {

Result<MailFetch> fetchMail(Session &session, const mail::MailServer &server)
{
    mail::ImapClient imap(server);
    const Result<qint64> validity = imap.open();
    if (!validity)
        return Error(validity.error());
    const auto list = imap.messages();
    if (!list)
        return Error(list.error());
    MailFetch out;
    const qint64 eventId = session.eventId();
    const QString account = server.account();
    const QDateTime now = QDateTime::currentDateTime();
    for (const mail::ImapMessage &m : *list) {
        if (session.mail().wasFetched(eventId, account, server.folder, *validity, m.uid, {})) {
            ++out.alreadyFetched;
            continue;
        }
        const QString label
            = QCoreApplication::translate("Mail", "message %1 of %2").arg(m.uid).arg(server.folder);
        const Result<QByteArray> bytes = imap.fetch(m);
        if (!bytes) {
            if (imap.lastFailure() != mail::MailFailure::None
                && imap.lastFailure() != mail::MailFailure::TooLarge)
                return Error(bytes.error()); // the connection broke: nothing is kept
            out.notRead << QStringLiteral("%1: %2").arg(label, bytes.error());
            continue;
        }
        const auto parsed = io::readEmail(*bytes, label);
        QString messageId = parsed ? parsed->messageId : QString();
        if (!messageId.isEmpty()
            && session.mail().wasFetched(eventId, account, server.folder, *validity, m.uid,
                                         messageId)) {
            ++out.alreadyFetched; // the same message under another label or UIDVALIDITY
            continue;
        }
        const QString source = parsed && !parsed->subject.isEmpty()
            ? QCoreApplication::translate("Mail", "e-mail \"%1\"").arg(parsed->subject)
            : label;
        QuestionImportBatch batch = importQuestionsFromEmail(session, *bytes, source);
        FetchedMail f;
        f.eventId = eventId;
        f.account = account;
        f.folder = server.folder;
        f.uidValidity = *validity;
        f.uid = m.uid;
        f.messageId = messageId;
        f.fetchedAt = now;
        QStringList problems;
        for (const QuestionImportRow &row : std::as_const(batch.rows))
            if (!row.ready() && !row.message().isEmpty())
                problems << row.message();
        if (!parsed || (batch.rows.size() == 1 && batch.rows.first().blocking)) {
            // Unreadable: listed with the reason, and not remembered, so that the next fetch
            // offers it again (after the clerk had the unit send it again, say).
            out.notRead << QStringLiteral("%1: %2").arg(source, problems.join(QLatin1String("; ")));
            continue;
        }
        out.messages << MailFetch::Message { f, source, out.questions.rows.size(),
                                             batch.rows.size() };
        out.questions.rows << batch.rows;
    }
    markQuestionDuplicates(session, out.questions);
    return out;
}

Result<QStringList> commitMailFetch(Session &session, const MailFetch &fetch)
{
    const QList<Question> rows = fetch.questions.readyQuestions();
    if (!rows.isEmpty() && !session.push(commands::addQuestions(&session, rows)))
        return Error(session.lastError());
    QStringList leftOver;
    for (const MailFetch::Message &m : fetch.messages) {
        int ready = 0;
        int duplicates = 0;
        QString why;
        for (qsizetype i = m.firstRow; i < m.firstRow + m.rowCount; ++i) {
            const QuestionImportRow &row = fetch.questions.rows.at(i);
            if (row.ready())
                ++ready;
            else if (row.duplicate)
                ++duplicates;
            else if (why.isEmpty())
                why = row.message().section(QLatin1Char('\n'), 0, 0);
        }
        if (ready == 0 && duplicates < m.rowCount) {
            leftOver << QStringLiteral("%1: %2").arg(m.source, why);
            continue;
        }
        FetchedMail f = m.mail;
        f.outcome = ready > 0
            ? QCoreApplication::translate("Mail", "%n question(s) added", nullptr, ready)
            : QCoreApplication::translate("Mail", "already recorded");
        if (const auto r = session.mail().recordFetched(f); !r)
            return Error(r.error());
    }
    return leftOver;
}

} // namespace dd
