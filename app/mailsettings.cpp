#include "mailsettings.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcessEnvironment>
#include <QSettings>

#include <qt6keychain/keychain.h>

namespace {

const QString kService = QStringLiteral("DialogueDesk");

QString keyOf(dd::mail::MailServer::Protocol protocol, const QString &account)
{
    return (protocol == dd::mail::MailServer::Protocol::Imap ? QStringLiteral("imap:")
                                                             : QStringLiteral("smtp:"))
        + account;
}

// A server as the settings give it: names and the user without the spaces a paste leaves.
dd::mail::MailServer server(dd::mail::MailServer::Protocol protocol, const QString &host, int port,
                            dd::mail::Security security, const QString &user)
{
    dd::mail::MailServer m;
    m.protocol = protocol;
    m.host = host.trimmed();
    m.port = port;
    m.security = security;
    m.user = user.trimmed();
    return m;
}

QString securityKey(dd::mail::Security s)
{
    switch (s) {
    case dd::mail::Security::None:
        return QStringLiteral("none");
    case dd::mail::Security::StartTls:
        return QStringLiteral("starttls");
    case dd::mail::Security::Tls:
        break;
    }
    return QStringLiteral("tls");
}

dd::mail::Security securityFromKey(const QString &key)
{
    if (key == QLatin1String("starttls"))
        return dd::mail::Security::StartTls;
    if (key == QLatin1String("none"))
        return dd::mail::Security::None;
    return dd::mail::Security::Tls;
}

} // namespace

MailSettings MailSettings::load()
{
    QSettings s;
    s.beginGroup(QStringLiteral("mail"));
    MailSettings m;
    m.imapHost = s.value(QStringLiteral("imapHost")).toString();
    m.imapPort = s.value(QStringLiteral("imapPort"), 993).toInt();
    m.imapSecurity = securityFromKey(s.value(QStringLiteral("imapSecurity")).toString());
    m.user = s.value(QStringLiteral("user")).toString();
    m.folder = s.value(QStringLiteral("folder"), QStringLiteral("INBOX")).toString();
    m.smtpHost = s.value(QStringLiteral("smtpHost")).toString();
    m.smtpPort = s.value(QStringLiteral("smtpPort"), 465).toInt();
    m.smtpSecurity = securityFromKey(s.value(QStringLiteral("smtpSecurity")).toString());
    m.fromAddress = s.value(QStringLiteral("from")).toString();
    m.fromName = s.value(QStringLiteral("fromName")).toString();
    return m;
}

void MailSettings::save() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("mail"));
    s.setValue(QStringLiteral("imapHost"), imapHost.trimmed());
    s.setValue(QStringLiteral("imapPort"), imapPort);
    s.setValue(QStringLiteral("imapSecurity"), securityKey(imapSecurity));
    s.setValue(QStringLiteral("user"), user.trimmed());
    s.setValue(QStringLiteral("folder"), folder.trimmed());
    s.setValue(QStringLiteral("smtpHost"), smtpHost.trimmed());
    s.setValue(QStringLiteral("smtpPort"), smtpPort);
    s.setValue(QStringLiteral("smtpSecurity"), securityKey(smtpSecurity));
    s.setValue(QStringLiteral("from"), fromAddress.trimmed());
    s.setValue(QStringLiteral("fromName"), fromName.trimmed());
}

Result<dd::mail::MailServer> MailSettings::imapServer() const
{
    if (imapHost.trimmed().isEmpty())
        return Error(QCoreApplication::translate(
            "Mail",
            "No mail server is set: fill Edit ▸ Preferences ▸ E-mail, or give --server "
            "imaps://HOST/FOLDER --user NAME."));
    dd::mail::MailServer m
        = server(dd::mail::MailServer::Protocol::Imap, imapHost, imapPort, imapSecurity, user);
    m.folder = folder.trimmed().isEmpty() ? QStringLiteral("INBOX") : folder.trimmed();
    return m;
}

Result<dd::mail::MailServer> MailSettings::smtpServer() const
{
    if (smtpHost.trimmed().isEmpty())
        return Error(QCoreApplication::translate(
            "Mail",
            "No sending server is set: fill Edit ▸ Preferences ▸ E-mail, or give --smtp "
            "smtps://HOST --user NAME."));
    return server(dd::mail::MailServer::Protocol::Smtp, smtpHost, smtpPort, smtpSecurity, user);
}

QString MailSettings::readPassword(dd::mail::MailServer::Protocol protocol, const QString &account)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a file in the settings folder
    job.setKey(keyOf(protocol, account));
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError ? job.textData() : QString();
}

QString MailSettings::password(const dd::mail::MailServer &server)
{
    const QString fromEnvironment
        = QProcessEnvironment::systemEnvironment().value(QStringLiteral("DD_MAIL_PASSWORD"));
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return readPassword(server.protocol, server.account());
}

Status MailSettings::writePassword(dd::mail::MailServer::Protocol protocol, const QString &account,
                                   const QString &password)
{
    QKeychain::WritePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(keyOf(protocol, account));
    job.setTextData(password);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError)
        return Error(QCoreApplication::translate(
                         "Mail", "The password could not be kept in the system keychain: %1")
                         .arg(job.errorString()));
    return {};
}
