#pragma once

#include "storage/database.h"

#include <QObject>

#include <optional>

class QLabel;
class QTimer;
class QWidget;

namespace dd {

// This desk on a shared server: its name (Preferences), the password kept in the keychain,
// and the status bar's list of the other desks connected to the same database.
class ServerDesk : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPresenceIntervalMs = 3000;

    // Shows `label` the other desks on `db` (a server) and gives them this desk's name.
    ServerDesk(Database &db, QLabel *label, QObject *parent = nullptr);

    // Preferences ▸ Desk name; the computer's name until one is given.
    static QString deskName();
    static void setDeskName(const QString &name);

    // Opens `path`; a server address without a password gets the one kept in the keychain.
    static Database::OpenResult open(const QString &path,
                                     Database::Access access = Database::Access::ReadWrite);
    // Asks for a server's details (filled from `previous`, an address); the address with its
    // password, to open once; the password is kept in the keychain when the user asks.
    static std::optional<QString> ask(QWidget *parent, const QString &title,
                                      const QString &previous = {});

    // The store's name for the title and the status bar: a file's name, or "database on server".
    static QString displayName(Database &db);
    // File ▸ Copy to server…: everything `source` holds into an empty server database, with the
    // rows copied per table said at the end.
    static void copyTo(QWidget *parent, Database &source);

    void refresh();

private:
    Database &m_db;
    QLabel *m_label;
    QTimer *m_timer;
};

} // namespace dd
