#include "mail/mailserver.h"

#include <QCoreApplication>
#include <QUrl>

namespace dd::mail {

QString MailServer::account() const
{
    return QStringLiteral("%1@%2").arg(user, host);
}

bool MailServer::isLocal() const
{
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127."))
        || host == QLatin1String("::1");
}

QByteArray MailServer::baseUrl() const
{
    const bool imap = protocol == Protocol::Imap;
    const QByteArray scheme
        = security == Security::Tls ? (imap ? "imaps" : "smtps") : (imap ? "imap" : "smtp");
    QByteArray h = QUrl::toAce(host);
    if (h.isEmpty())
        h = host.toUtf8();
    if (host.contains(QLatin1Char(':')))
        h = '[' + h + ']';
    return scheme + "://" + h + ':' + QByteArray::number(port);
}

Result<MailServer> parseServerUrl(const QString &text, MailServer::Protocol protocol)
{
    const bool imap = protocol == MailServer::Protocol::Imap;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    MailServer s;
    s.protocol = protocol;
    if (scheme == QLatin1String(imap ? "imaps" : "smtps")) {
        s.security = Security::Tls;
        s.port = imap ? 993 : 465;
    } else if (scheme == QLatin1String(imap ? "imap" : "smtp")) {
        s.security = Security::StartTls;
        s.port = imap ? 143 : 587;
    } else {
        return Error(QCoreApplication::translate(
                         "Mail",
                         "“%1” is not a mail server address: write %2://HOST:PORT or "
                         "%3://HOST:PORT.")
                         .arg(text, QLatin1String(imap ? "imap" : "smtp"),
                              QLatin1String(imap ? "imaps" : "smtps")));
    }
    if (!url.isValid() || url.host().isEmpty())
        return Error(QCoreApplication::translate("Mail", "“%1” names no server.").arg(text));
    s.host = url.host();
    if (url.port() > 0)
        s.port = url.port();
    s.user = url.userName();
    if (imap) {
        s.folder = url.path(QUrl::FullyDecoded);
        while (s.folder.startsWith(QLatin1Char('/')))
            s.folder.remove(0, 1);
        if (s.folder.isEmpty())
            s.folder = QStringLiteral("INBOX");
    }
    // Plain text only to this machine: a password never crosses a network unprotected.
    if (s.security == Security::StartTls && s.isLocal())
        s.security = Security::None;
    return s;
}

QByteArray imapFolderName(const QString &folder)
{
    QByteArray out;
    QString pending; // characters outside printable ASCII, written as one base64 run
    const auto flush = [&] {
        if (pending.isEmpty())
            return;
        QByteArray utf16;
        for (const QChar c : std::as_const(pending)) {
            utf16.append(char(c.unicode() >> 8));
            utf16.append(char(c.unicode() & 0xFF));
        }
        QByteArray b64 = utf16.toBase64(QByteArray::OmitTrailingEquals);
        b64.replace('/', ',');
        out += '&' + b64 + '-';
        pending.clear();
    };
    for (const QChar c : folder) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u <= 0x7E) {
            flush();
            out += u == '&' ? QByteArray("&-") : QByteArray(1, char(u));
        } else {
            pending.append(c);
        }
    }
    flush();
    return out;
}

} // namespace dd::mail
