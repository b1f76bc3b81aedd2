#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace dd {

// Where a PostgreSQL store is: a URI as libpq reads it,
//   postgresql://[user[:password]@][host][:port]/dbname[?param=value&…]
// where the query may also give host (a socket folder) and port, and any other libpq
// parameter (sslmode, connect_timeout…). What the URI leaves out libpq takes as usual (PGHOST,
// PGPORT, PGUSER, PGPASSWORD, ~/.pgpass), so a password need not be written anywhere.
class ServerAddress
{
public:
    // Whether `text` names a server rather than a file.
    static bool isServerUri(const QString &text);
    static Result<ServerAddress> parse(const QString &uri);

    QString host; // a name, an address, or a socket folder; empty: libpq's default
    int port = -1; // -1: libpq's default
    QString database;
    QString user;
    QString password; // empty: PGPASSWORD or ~/.pgpass
    QStringList options; // other libpq parameters, "key=value"

    // The URI again, without the password (for titles, logs, settings and the recent list);
    // with it only to open the connection.
    QString toString(bool withPassword = false) const;
    // "dialoguedesk on server (user)", for the user.
    QString displayName() const;
    // The same server, another database.
    ServerAddress withDatabase(const QString &name) const;
};

} // namespace dd
