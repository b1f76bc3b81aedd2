#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace dd {

class ServerAddress;

// File ▸ Connect to server… (and Copy to server…): host, port, database, user and password of
// a PostgreSQL database, and whether to keep the password in the system keychain.
class ConnectServerDialog : public QDialog
{
    Q_OBJECT
public:
    // `title` names what the connection is for; `address` fills the fields (a recent server).
    ConnectServerDialog(const QString &title, const ServerAddress *address,
                        QWidget *parent = nullptr);

    // The address typed, without the password.
    ServerAddress address() const;
    QString password() const;
    bool rememberPassword() const;

    void accept() override;

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
};

} // namespace dd
