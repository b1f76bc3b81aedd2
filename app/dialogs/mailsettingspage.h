#pragma once

#include "mailsettings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace dd {

// Edit ▸ Preferences ▸ Thư điện tử: the event's mailbox (IMAP) and sending server (SMTP), the
// sending address, and the passwords, which go to the system keychain and never into the
// settings. The command line reads the same settings (MailSettings).
class MailSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit MailSettingsPage(QWidget *parent = nullptr);

    MailSettings settings() const;
    // Writes the settings and the passwords typed (an empty field keeps the kept password);
    // an error when the keychain refused a password.
    Status save() const;
    // Logs in to both servers in a worker thread and shows the result on the page.
    void testConnection();

private:
    dd::mail::MailServer withPassword(Result<dd::mail::MailServer> server,
                                      const QLineEdit *password) const;
    QLineEdit *m_imapHost;
    QSpinBox *m_imapPort;
    QComboBox *m_imapSecurity;
    QLineEdit *m_user;
    QLineEdit *m_imapPassword;
    QLineEdit *m_folder;
    QLineEdit *m_smtpHost;
    QSpinBox *m_smtpPort;
    QComboBox *m_smtpSecurity;
    QLineEdit *m_smtpPassword;
    QLineEdit *m_fromAddress;
    QLineEdit *m_fromName;
    QPushButton *m_test;
    QLabel *m_result;
};

} // namespace dd
