#pragma once

#include "mail/mailserver.h"
#include "util/result.h"

#include <QString>

// The event's mailbox as Edit ▸ Preferences ▸ Thư điện tử keeps it: the servers and the user
// in the settings, the password in the system keychain (never in the settings or the data
// file).
struct MailSettings
{
    QString imapHost;
    int imapPort = 993;
    dd::mail::Security imapSecurity = dd::mail::Security::Tls;
    QString user;
    QString folder = QStringLiteral("INBOX");
    QString smtpHost;
    int smtpPort = 465;
    dd::mail::Security smtpSecurity = dd::mail::Security::Tls;
    QString fromAddress; // the event's address the papers are sent from
    QString fromName; // the name shown with it; empty: the event's organiser

    static MailSettings load();
    void save() const;

    // The servers as the settings name them; an error when no server is set yet.
    Result<dd::mail::MailServer> imapServer() const;
    Result<dd::mail::MailServer> smtpServer() const;

    // The keychain entry of `account` ("user@host") for IMAP or SMTP; empty when none or the
    // keychain cannot be reached.
    static QString readPassword(dd::mail::MailServer::Protocol protocol, const QString &account);
    // The password for `server`: DD_MAIL_PASSWORD (scripts, tests), else the keychain entry.
    static QString password(const dd::mail::MailServer &server);
    static Status writePassword(dd::mail::MailServer::Protocol protocol, const QString &account,
                                const QString &password);
};
