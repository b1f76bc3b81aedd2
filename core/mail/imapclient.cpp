#include "mail/imapclient.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace dd::mail {

ImapClient::ImapClient(const MailServer &server)
    : m_server(server)
    , m_transfer(server)
{
    const QByteArray name = imapFolderName(server.folder);
    m_folderPath = QUrl::toPercentEncoding(QString::fromLatin1(name));
    QByteArray quoted = name;
    quoted.replace('\\', "\\\\").replace('"', "\\\"");
    m_folderAtom = '"' + quoted + '"';
}

Result<qint64> ImapClient::open()
{
    // STATUS needs no SELECT, so a missing folder is told apart from a refused login: the
    // login comes first, on the same request.
    const auto reply = m_transfer.imap({}, "STATUS " + m_folderAtom + " (UIDVALIDITY)");
    if (!reply) {
        if (m_transfer.lastFailure() == MailFailure::Other)
            return Error(QCoreApplication::translate(
                             "Mail", "The mailbox %1 on %2 has no folder or label “%3”.")
                             .arg(m_server.user, m_server.host, m_server.folder));
        return Error(reply.error());
    }
    static const QRegularExpression validity(QStringLiteral("UIDVALIDITY\\s+(\\d+)"));
    const auto m = validity.match(QString::fromLatin1(*reply));
    if (!m.hasMatch())
        return Error(
            QCoreApplication::translate("Mail",
                                        "The mail server %1 did not say which messages the folder "
                                        "“%2” holds.")
                .arg(m_server.host, m_server.folder));
    return m.captured(1).toLongLong();
}

Result<QList<ImapMessage>> ImapClient::messages()
{
    // "UID SEARCH ALL" first: a FETCH of 1:* on an empty folder is an error on some servers.
    const auto search = m_transfer.imap(m_folderPath, "UID SEARCH ALL");
    if (!search)
        return Error(search.error());
    if (!QString::fromLatin1(*search).contains(QRegularExpression(QStringLiteral("\\d"))))
        return QList<ImapMessage> {};
    const auto reply = m_transfer.imap(m_folderPath, "UID FETCH 1:* (UID FLAGS RFC822.SIZE)");
    if (!reply)
        return Error(reply.error());
    static const QRegularExpression uid(QStringLiteral("\\bUID\\s+(\\d+)"));
    static const QRegularExpression size(QStringLiteral("\\bRFC822\\.SIZE\\s+(\\d+)"));
    static const QRegularExpression flags(QStringLiteral("\\bFLAGS\\s+\\(([^)]*)\\)"));
    QList<ImapMessage> out;
    for (const QByteArray &raw : reply->split('\n')) {
        const QString line = QString::fromLatin1(raw);
        if (!line.startsWith(QLatin1String("* ")) || !line.contains(QLatin1String("FETCH")))
            continue;
        ImapMessage m;
        m.uid = uid.match(line).captured(1).toLongLong();
        m.size = size.match(line).captured(1).toLongLong();
        m.seen
            = flags.match(line).captured(1).contains(QLatin1String("\\Seen"), Qt::CaseInsensitive);
        if (m.uid > 0)
            out << m;
    }
    std::sort(out.begin(), out.end(),
              [](const ImapMessage &a, const ImapMessage &b) { return a.uid < b.uid; });
    return out;
}

Result<QByteArray> ImapClient::fetch(const ImapMessage &message)
{
    if (message.size > kMaxMessageBytes)
        return Error(QCoreApplication::translate(
                         "Mail",
                         "The message is %1 MB, more than the 25 MB a message may have; "
                         "it was not read.")
                         .arg(double(message.size) / (1024 * 1024), 0, 'f', 1));
    // libcurl reads a message with BODY[], which marks it read: an unread one is marked unread
    // again, so that the mailbox looks as the clerk left it.
    const auto bytes = m_transfer.imap(m_folderPath + "/;UID=" + QByteArray::number(message.uid));
    if (!bytes)
        return Error(bytes.error());
    if (!message.seen) {
        const auto restored = m_transfer.imap(
            m_folderPath, "UID STORE " + QByteArray::number(message.uid) + " -FLAGS (\\Seen)");
        if (!restored)
            return Error(restored.error());
    }
    if (bytes->size() > kMaxMessageBytes)
        return Error(QCoreApplication::translate(
            "Mail", "The message is more than the 25 MB a message may have; it was not read."));
    return *bytes;
}

Status ImapClient::markRead(qint64 uid)
{
    const auto r = m_transfer.imap(m_folderPath,
                                   "UID STORE " + QByteArray::number(uid) + " +FLAGS (\\Seen)");
    if (!r)
        return Error(r.error());
    return {};
}

} // namespace dd::mail
