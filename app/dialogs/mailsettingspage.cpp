#include "dialogs/mailsettingspage.h"

#include "dialogs/dialogbuttons.h"
#include "mail/curltransfer.h"
#include "mail/imapclient.h"
#include "mailworker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <optional>

namespace dd {

namespace {

QComboBox *securityCombo(QWidget *parent, const char *name, mail::Security current)
{
    auto *c = named(new QComboBox(parent), name);
    c->addItem(MailSettingsPage::tr("TLS from the start"), int(mail::Security::Tls));
    c->addItem(MailSettingsPage::tr("STARTTLS"), int(mail::Security::StartTls));
    c->addItem(MailSettingsPage::tr("None (a test server on this computer only)"),
               int(mail::Security::None));
    c->setCurrentIndex(qMax(0, c->findData(int(current))));
    return c;
}

QSpinBox *portSpin(QWidget *parent, const char *name, int value)
{
    auto *s = named(new QSpinBox(parent), name);
    s->setRange(1, 65535);
    s->setValue(value);
    return s;
}

QLineEdit *passwordEdit(QWidget *parent, const char *name)
{
    auto *e = named(new QLineEdit(parent), name);
    e->setEchoMode(QLineEdit::Password);
    e->setPlaceholderText(MailSettingsPage::tr("unchanged when left empty"));
    return e;
}

} // namespace

MailSettingsPage::MailSettingsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mailSettingsPage"));
    const MailSettings s = MailSettings::load();
    m_imapHost = named(new QLineEdit(s.imapHost, this), "imapHostEdit");
    m_imapHost->setPlaceholderText(QStringLiteral("imap.gmail.com"));
    m_imapPort = portSpin(this, "imapPortSpin", s.imapPort);
    m_imapSecurity = securityCombo(this, "imapSecurityCombo", s.imapSecurity);
    m_user = named(new QLineEdit(s.user, this), "mailUserEdit");
    m_user->setPlaceholderText(QStringLiteral("bantochuctinhdoantayninh@gmail.com"));
    m_imapPassword = passwordEdit(this, "imapPasswordEdit");
    m_folder = named(new QLineEdit(s.folder, this), "mailFolderEdit");
    m_folder->setToolTip(tr("The folder or Gmail label read, e.g. INBOX or “Đối thoại 2021”."));
    m_smtpHost = named(new QLineEdit(s.smtpHost, this), "smtpHostEdit");
    m_smtpHost->setPlaceholderText(QStringLiteral("smtp.gmail.com"));
    m_smtpPort = portSpin(this, "smtpPortSpin", s.smtpPort);
    m_smtpSecurity = securityCombo(this, "smtpSecurityCombo", s.smtpSecurity);
    m_smtpPassword = passwordEdit(this, "smtpPasswordEdit");
    m_smtpPassword->setToolTip(tr("Left empty: the mailbox password is used for sending too."));
    m_fromAddress = named(new QLineEdit(s.fromAddress, this), "fromAddressEdit");
    m_fromAddress->setToolTip(tr("Empty: the event's address for questions."));
    m_fromName = named(new QLineEdit(s.fromName, this), "fromNameEdit");
    m_fromName->setToolTip(tr("Empty: the event's organiser."));

    auto *imap = new QGroupBox(tr("Mailbox (IMAP)"), this);
    auto *imapForm = new QFormLayout(imap);
    imapForm->addRow(tr("Server:"), m_imapHost);
    imapForm->addRow(tr("Port:"), m_imapPort);
    imapForm->addRow(tr("Security:"), m_imapSecurity);
    imapForm->addRow(tr("User:"), m_user);
    imapForm->addRow(tr("Password:"), m_imapPassword);
    imapForm->addRow(tr("Folder or label:"), m_folder);
    auto *smtp = new QGroupBox(tr("Sending (SMTP)"), this);
    auto *smtpForm = new QFormLayout(smtp);
    smtpForm->addRow(tr("Server:"), m_smtpHost);
    smtpForm->addRow(tr("Port:"), m_smtpPort);
    smtpForm->addRow(tr("Security:"), m_smtpSecurity);
    smtpForm->addRow(tr("Password:"), m_smtpPassword);
    smtpForm->addRow(tr("Sending address:"), m_fromAddress);
    smtpForm->addRow(tr("Display name:"), m_fromName);

    m_test = named(new QPushButton(tr("&Test the connection"), this), "testMailButton");
    connect(m_test, &QPushButton::clicked, this, &MailSettingsPage::testConnection);
    m_result = named(new QLabel(this), "mailTestResult");
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *note = new QLabel(tr("The passwords are kept in the system keychain, never in the "
                               "settings or the data file. For Gmail, use an app password."),
                            this);
    note->setWordWrap(true);

    auto *columns = new QHBoxLayout;
    columns->addWidget(imap, 1);
    columns->addWidget(smtp, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(note);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    layout->addLayout(testRow);
    layout->addStretch(1);
}

MailSettings MailSettingsPage::settings() const
{
    MailSettings s;
    s.imapHost = m_imapHost->text().trimmed();
    s.imapPort = m_imapPort->value();
    s.imapSecurity = mail::Security(m_imapSecurity->currentData().toInt());
    s.user = m_user->text().trimmed();
    s.folder = m_folder->text().trimmed();
    s.smtpHost = m_smtpHost->text().trimmed();
    s.smtpPort = m_smtpPort->value();
    s.smtpSecurity = mail::Security(m_smtpSecurity->currentData().toInt());
    s.fromAddress = m_fromAddress->text().trimmed();
    s.fromName = m_fromName->text().trimmed();
    return s;
}

Status MailSettingsPage::save() const
{
    const MailSettings s = settings();
    s.save();
    const QString smtpPassword
        = m_smtpPassword->text().isEmpty() ? m_imapPassword->text() : m_smtpPassword->text();
    if (const auto imap = s.imapServer(); imap && !m_imapPassword->text().isEmpty())
        if (Status w
            = MailSettings::writePassword(imap->protocol, imap->account(), m_imapPassword->text());
            !w)
            return w;
    if (const auto smtp = s.smtpServer(); smtp && !smtpPassword.isEmpty())
        if (Status w = MailSettings::writePassword(smtp->protocol, smtp->account(), smtpPassword);
            !w)
            return w;
    return {};
}

mail::MailServer MailSettingsPage::withPassword(Result<mail::MailServer> server,
                                                const QLineEdit *password) const
{
    mail::MailServer m = *server;
    m.password = !password->text().isEmpty() ? password->text()
        : !m_imapPassword->text().isEmpty()  ? m_imapPassword->text()
                                             : MailSettings::password(m);
    m.caFile = QProcessEnvironment::systemEnvironment().value(QStringLiteral("DD_MAIL_CA_FILE"));
    return m;
}

void MailSettingsPage::testConnection()
{
    const MailSettings s = settings();
    const auto imapServer = s.imapServer();
    const auto smtpServer = s.smtpServer();
    if (!imapServer && !smtpServer) {
        m_result->setText(tr("Fill in a server first."));
        return;
    }
    std::optional<mail::MailServer> imap, smtp;
    if (imapServer)
        imap = withPassword(imapServer, m_imapPassword);
    if (smtpServer)
        smtp = withPassword(smtpServer, m_smtpPassword);
    QStringList lines;
    m_test->setEnabled(false);
    MailWorker::run(this, tr("Testing the connection…"), [&](const MailWorker::Progress &) {
        if (imap) {
            mail::ImapClient client(*imap);
            const Result<qint64> opened = client.open();
            lines << (opened ? tr("IMAP: logged in, folder “%1” found.").arg(imap->folder)
                             : tr("IMAP: %1").arg(opened.error()));
        }
        if (smtp) {
            mail::CurlTransfer transfer(*smtp);
            const Status login = transfer.smtpLogin();
            lines << (login ? tr("SMTP: connected and logged in.")
                            : tr("SMTP: %1").arg(login.error()));
        }
    });
    m_test->setEnabled(true);
    m_result->setText(lines.join(QLatin1Char('\n')));
}

} // namespace dd
