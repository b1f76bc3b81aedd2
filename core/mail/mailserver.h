#pragma once

#include "util/result.h"

#include <QString>

// Where the event's mail goes in and out: an IMAP or SMTP server, how the connection is
// protected, and who logs in. The password never comes from the settings or the data file
// (the keychain or DD_MAIL_PASSWORD give it).
namespace dd::mail {

enum class Security {
    None, // plain text: only for a server on this machine (the tests)
    Tls, // TLS from the first byte (imaps 993, smtps 465)
    StartTls, // plain, then STARTTLS before the login (imap 143, submission 587); required
};

struct MailServer
{
    enum class Protocol { Imap, Smtp };
    Protocol protocol = Protocol::Imap;
    QString host;
    int port = 0;
    Security security = Security::Tls;
    QString user;
    QString password;
    QString folder; // IMAP: the folder or Gmail label read ("INBOX", "Đối thoại 2021")
    QString caFile; // a certificate authority to trust besides the system's (tests)

    // "user@host", naming the mailbox in the memory of fetched messages.
    QString account() const;
    // The libcurl URL of the server (imap[s]://host:port, smtp[s]://host:port).
    QByteArray baseUrl() const;
    bool isLocal() const;
};

// "imap://HOST:PORT/FOLDER", "imaps://HOST/FOLDER", "smtp://HOST:PORT", "smtps://HOST".
// imap:// and smtp:// to another machine use STARTTLS; only localhost may go unprotected.
Result<MailServer> parseServerUrl(const QString &url, MailServer::Protocol protocol);

// Modified UTF-7 of RFC 3501 (5.1.3): how an IMAP folder name with accents is written.
QByteArray imapFolderName(const QString &folder);

} // namespace dd::mail
