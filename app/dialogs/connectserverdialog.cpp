#include "dialogs/connectserverdialog.h"

#include "dialogs/dialogbuttons.h"
#include "storage/serveraddress.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dd {

ConnectServerDialog::ConnectServerDialog(const QString &title, const ServerAddress *address,
                                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectServerDialog"));
    setWindowTitle(title);
    m_host = named(new QLineEdit(this), "hostEdit");
    m_host->setPlaceholderText(tr("e.g. 192.168.1.10 or vanphong-server"));
    m_port = named(new QSpinBox(this), "portSpin");
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = named(new QLineEdit(this), "databaseEdit");
    m_database->setText(QStringLiteral("dialoguedesk"));
    m_user = named(new QLineEdit(this), "userEdit");
    m_password = named(new QLineEdit(this), "passwordEdit");
    m_password->setEchoMode(QLineEdit::Password);
    m_remember
        = named(new QCheckBox(tr("&Remember the password in this computer's keychain"), this),
                "rememberCheck");
    m_remember->setChecked(true);
    if (address) {
        m_host->setText(address->host);
        if (address->port > 0)
            m_port->setValue(address->port);
        m_database->setText(address->database);
        m_user->setText(address->user);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    auto *note = new QLabel(tr("The password is never written in the settings. Ask the "
                               "secretariat's administrator for these details."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(note);
    layout->addWidget(makeDialogButtons(this, tr("Connect")));
}

ServerAddress ConnectServerDialog::address() const
{
    ServerAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed();
    a.user = m_user->text().trimmed();
    return a;
}

QString ConnectServerDialog::password() const
{
    return m_password->text();
}

bool ConnectServerDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void ConnectServerDialog::accept()
{
    if (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Give the server and the database."));
        return;
    }
    QDialog::accept();
}

} // namespace dd
