#include "storage/serveraddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::ServerAddress", text);
}
} // namespace

bool ServerAddress::isServerUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString &uri)
{
    if (!isServerUri(uri))
        return Error(tr("“%1” is not a server address (postgresql://…).").arg(uri));
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid())
        return Error(tr("The server address “%1” is not valid: %2").arg(uri, url.errorString()));
    ServerAddress a;
    a.host = url.host(QUrl::FullyDecoded);
    a.port = url.port(-1);
    a.user = url.userName(QUrl::FullyDecoded);
    a.password = url.password(QUrl::FullyDecoded);
    a.database = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            a.host = value;
        else if (key == QLatin1String("port")) {
            bool ok = false;
            a.port = value.toInt(&ok);
            if (!ok || a.port <= 0 || a.port > 65535)
                return Error(tr("The port “%1” of the server address is not a number from 1 "
                                "to 65535.")
                                 .arg(value));
        } else if (key == QLatin1String("dbname"))
            a.database = value;
        else if (key == QLatin1String("user"))
            a.user = value;
        else if (key == QLatin1String("password"))
            a.password = value;
        else if (!key.isEmpty())
            a.options << key + QLatin1Char('=') + value;
    }
    if (a.database.isEmpty() || a.database.contains(QLatin1Char('/')))
        return Error(tr("The server address “%1” names no database: write it after the "
                        "host, as in postgresql://server/dialoguedesk.")
                         .arg(uri));
    return a;
}

QString ServerAddress::toString(bool withPassword) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    if (host.startsWith(QLatin1Char('/')))
        query.addQueryItem(QStringLiteral("host"), host);
    else
        url.setHost(host);
    if (!user.isEmpty())
        url.setUserName(user);
    if (withPassword && !password.isEmpty())
        url.setPassword(password);
    if (port > 0) {
        if (host.startsWith(QLatin1Char('/')))
            query.addQueryItem(QStringLiteral("port"), QString::number(port));
        else
            url.setPort(port);
    }
    url.setPath(QLatin1Char('/') + database);
    for (const QString &o : options)
        query.addQueryItem(o.section(QLatin1Char('='), 0, 0), o.section(QLatin1Char('='), 1));
    url.setQuery(query);
    // QUrl drops the "//" of an address without a host.
    QString s = url.toString(QUrl::FullyEncoded);
    if (!s.startsWith(QLatin1String("postgresql://")))
        s.replace(0, int(qstrlen("postgresql:")), QStringLiteral("postgresql://"));
    return s;
}

QString ServerAddress::displayName() const
{
    const QString where
        = host.isEmpty() || host.startsWith(QLatin1Char('/')) ? tr("this computer") : host;
    return user.isEmpty() ? tr("%1 on %2").arg(database, where)
                          : tr("%1 on %2 (%3)").arg(database, where, user);
}

ServerAddress ServerAddress::withDatabase(const QString &name) const
{
    ServerAddress a = *this;
    a.database = name;
    return a;
}

} // namespace dd
