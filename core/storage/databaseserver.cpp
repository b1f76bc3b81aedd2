// The parts of Database that are about a PostgreSQL server: connecting through a URI, reading
// the schema version from the meta table, and the numbered migrations, each one transaction.
#include "storage/database.h"

#include "storage/migrationscript.h"
#include "storage/pgdialect.h"
#include "storage/serveraddress.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace dd {
namespace {

constexpr auto kDriver = "QPSQL";
// Taken while a desk migrates or fills a new database, so that two desks opening the same
// empty database at once do not both build it.
constexpr qint64 kMigrationLock = 0x44446B31;

QString applicationIdText()
{
    return QString::number(Database::kApplicationId);
}

// The statements of a script: comment lines dropped, each statement ending with ';' at the
// end of a line (as every migration is written).
QStringList statementsOf(const QByteArray &script)
{
    QStringList statements;
    QString current;
    for (const QString &line : QString::fromUtf8(script).split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace

Database::OpenResult Database::openServer(const QString &uri, Access access,
                                          const Initialiser &initialise)
{
    OpenResult result;
    auto fail = [&](OpenError e, const QString &message) {
        result.database.reset();
        result.error = e;
        result.message = message;
        qCWarning(lcStorage) << "open failed:" << message;
        return std::move(result);
    };
    const auto address = ServerAddress::parse(uri);
    if (!address)
        return fail(OpenError::Io, address.error());
    std::unique_ptr<Database> db(new Database);
    db->m_server = true;
    db->m_path = address->toString();
    db->m_readOnly = access == Access::ReadOnly;
    if (Status s = db->connectServer(uri); !s)
        return fail(OpenError::Io, s.error());

    const int version = db->serverSchemaVersion();
    if (version < 0)
        return fail(OpenError::Foreign,
                    tr("The database %1 holds tables that are not DialogueDesk's; it was not "
                       "changed. Give DialogueDesk an empty database of its own.")
                        .arg(address->displayName()));
    if (version > kSchemaVersion)
        return fail(OpenError::NewerVersion,
                    tr("The database %1 was last used by a newer DialogueDesk (data version %2; "
                       "this program knows up to %3). It was not changed: install the newer "
                       "version on this desk.")
                        .arg(address->displayName())
                        .arg(version)
                        .arg(kSchemaVersion));
    if (version < kSchemaVersion) {
        if (db->m_readOnly)
            return fail(OpenError::ReadOnly,
                        tr("The database %1 needs an upgrade, which a read-only connection "
                           "cannot do.")
                            .arg(address->displayName()));
        if (Status s = db->migrateServer(version, initialise); !s)
            return fail(OpenError::Io, s.error());
        result.created = version == 0;
    }
    if (db->m_readOnly)
        db->exec(QStringLiteral("SET default_transaction_read_only = on"));
    result.database = std::move(db);
    return result;
}

Status Database::connectServer(const QString &uri)
{
    const auto address = ServerAddress::parse(uri);
    if (!address)
        return Error(address.error());
    m_connectionName
        = QStringLiteral("dialoguedesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QLatin1String(kDriver), m_connectionName);
    if (!m_db.isValid())
        return Error(tr("The PostgreSQL driver of Qt is not installed on this computer (Debian: "
                        "libqt6sql6-psql)."));
    if (!address->host.isEmpty())
        m_db.setHostName(address->host);
    if (address->port > 0)
        m_db.setPort(address->port);
    m_db.setDatabaseName(address->database);
    if (!address->user.isEmpty())
        m_db.setUserName(address->user);
    if (!address->password.isEmpty())
        m_db.setPassword(address->password);
    QStringList options = address->options;
    if (!options.filter(QRegularExpression(QStringLiteral("^connect_timeout="))).size())
        options << QStringLiteral("connect_timeout=5");
    if (!options.filter(QRegularExpression(QStringLiteral("^application_name="))).size())
        options << QStringLiteral("application_name=DialogueDesk");
    m_db.setConnectOptions(options.join(QLatin1Char(';')));
    m_dialect = std::make_unique<PgDialect>();
    if (!m_db.open()) {
        const QSqlError e = m_db.lastError();
        qCWarning(lcStorage) << "connect failed:" << m_path << "-" << e.text();
        const QString text = e.databaseText() + e.driverText();
        if (text.contains(QLatin1String("password"))
            || text.contains(QLatin1String("authentication")))
            return Error(
                tr("The server %1 refused the user name or password.").arg(address->displayName()));
        if (text.contains(QLatin1String("does not exist")))
            return Error(
                tr("The database %1 does not exist on the server.").arg(address->displayName()));
        return Error(tr("The server %1 cannot be reached. Check the address, the network and "
                        "that the server runs.")
                         .arg(address->displayName()));
    }
    // Quiet notices; dates and text as the program writes them.
    exec(QStringLiteral("SET client_min_messages = warning"));
    listenToOtherDesks();
    return {};
}

// Desks are told apart by the application name of their connection (pg_stat_activity), which
// every user may read for their own database.
constexpr auto kDeskPrefix = "DialogueDesk: ";

void Database::setDeskName(const QString &name)
{
    if (!m_server)
        return;
    // PostgreSQL keeps 63 bytes of printable ASCII: the name travels percent-encoded, cut
    // before an escape that would not fit.
    QByteArray encoded = QUrl::toPercentEncoding(name.simplified());
    const qsizetype room = 63 - qsizetype(qstrlen(kDeskPrefix));
    if (encoded.size() > room) {
        encoded.truncate(room);
        if (const qsizetype escape = encoded.lastIndexOf('%'); escape > room - 3)
            encoded.truncate(escape);
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT set_config('application_name', ?, false)"));
    q.addBindValue(QString::fromLatin1(kDeskPrefix + encoded));
    if (!q.exec())
        qCWarning(lcStorage) << "desk name not set:" << q.lastError().text();
}

QStringList Database::otherDesks()
{
    if (!m_server)
        return {};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT DISTINCT substr(application_name, ?) FROM pg_stat_activity "
                             "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                             "AND application_name LIKE ? ORDER BY 1"));
    q.addBindValue(int(qstrlen(kDeskPrefix)) + 1);
    q.addBindValue(QLatin1String(kDeskPrefix) + QLatin1Char('%'));
    QStringList desks;
    if (q.exec())
        while (q.next())
            desks << QUrl::fromPercentEncoding(q.value(0).toString().toLatin1());
    return desks;
}

void Database::notifyOtherDesks(const ChangeSet &changes)
{
    QString payload = changes.toText();
    // A NOTIFY carries at most 8000 bytes: a change of more rows names its tables only.
    if (payload.toUtf8().size() > 7900) {
        ChangeSet tables;
        for (unsigned bit = 1; bit <= unsigned(Entity::All); bit <<= 1)
            if (changes.touches(Entity(bit)))
                tables.addAll(Entity(bit));
        payload = tables.toText();
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    q.addBindValue(QString::fromLatin1(kChangeChannel));
    q.addBindValue(payload);
    if (!q.exec()) // the change is committed; the other desks see it at their next reload
        qCWarning(lcStorage) << "notify failed:" << q.lastError().text();
}

void Database::listenToOtherDesks()
{
    QSqlDriver *driver = m_db.driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(kChangeChannel))) {
        qCWarning(lcStorage) << "listening for other desks failed:" << driver->lastError().text();
        return;
    }
    QObject::connect(driver, &QSqlDriver::notification, this,
                     [this](const QString &name, QSqlDriver::NotificationSource source,
                            const QVariant &payload) {
                         if (name != QLatin1String(kChangeChannel)
                             || source == QSqlDriver::SelfSource)
                             return;
                         const ChangeSet changes = ChangeSet::fromText(payload.toString());
                         if (!changes.isEmpty())
                             emit changed(changes);
                     });
}

int Database::serverSchemaVersion()
{
    // 0: an empty database; -1: tables that are not ours.
    QSqlQuery tables = query(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE table_name = "
                                            "'meta') FROM information_schema.tables "
                                            "WHERE table_schema = current_schema()"));
    if (!tables.next())
        return -1;
    if (tables.value(0).toInt() == 0)
        return 0;
    if (tables.value(1).toInt() == 0)
        return -1;
    QSqlQuery meta
        = query(QStringLiteral("SELECT (SELECT value FROM meta WHERE key = 'application_id'), "
                               "(SELECT value FROM meta WHERE key = 'schema_version')"));
    if (!meta.next() || meta.value(0).toString() != applicationIdText())
        return -1;
    return meta.value(1).toInt();
}

Status Database::migrateServer(int from, const Initialiser &initialise)
{
    // One desk at a time builds or upgrades the schema; the others wait, then find it done.
    if (!exec(QStringLiteral("SELECT pg_advisory_lock(?)"), { kMigrationLock }))
        return Error(m_lastError);
    auto unlock = [this] {
        exec(QStringLiteral("SELECT pg_advisory_unlock(?)"), { kMigrationLock });
    };
    const int now = serverSchemaVersion();
    if (now < 0 || now > kSchemaVersion) {
        unlock();
        return Error(tr("Another desk changed the database while it was being opened; open it "
                        "again."));
    }
    for (int v = qMax(from, now) + 1; v <= kSchemaVersion; ++v) {
        const QByteArray script = migrationScript(v, true);
        if (script.isEmpty()) {
            unlock();
            return Error(tr("The upgrade step %1 of the data file is missing.").arg(v));
        }
        if (!begin()) {
            unlock();
            return Error(m_lastError);
        }
        QStringList statements = statementsOf(script);
        statements << m_dialect->upsertSql(QStringLiteral("meta"), { QStringLiteral("key") },
                                           { QStringLiteral("value") });
        bool ok = true;
        for (qsizetype i = 0; ok && i + 1 < statements.size(); ++i)
            ok = exec(statements.at(i));
        ok = ok
            && exec(statements.constLast(),
                    { QStringLiteral("application_id"), applicationIdText() })
            && exec(statements.constLast(),
                    { QStringLiteral("schema_version"), QString::number(v) });
        if (!ok) {
            const QString reason = m_lastError;
            rollback();
            unlock();
            return Error(tr("Upgrading the data file to version %1 failed, so the file was not "
                            "changed: %2")
                             .arg(v)
                             .arg(reason));
        }
        if (!commit()) {
            unlock();
            return Error(m_lastError);
        }
        qCDebug(lcStorage) << "migrated" << m_path << "to version" << v;
    }
    Status s;
    if (now == 0 && initialise)
        s = initialise(*this);
    if (s)
        exec(m_dialect->upsertSql(QStringLiteral("meta"), { QStringLiteral("key") },
                                  { QStringLiteral("value") }),
             { QStringLiteral("app_version"), QCoreApplication::applicationVersion() });
    unlock();
    return s;
}

} // namespace dd
