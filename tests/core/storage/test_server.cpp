// The PostgreSQL store (issue 18): addresses, schema on a new database, refusal of a newer or
// foreign one, copies between the two kinds, and the NOTIFY that tells another desk. The
// [server] cases run only as "core@pg" (scripts/test starts the cluster).
#include "support/sessionsupport.h"
#include "support/storesupport.h"
#include "support/testsupport.h"

#include "storage/attendeerepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/serveraddress.h"
#include "storage/storecopy.h"
#include "storage/unitrepository.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

using namespace dd;

namespace {

// A second connection to a test database, as an administrator would look at it (psql).
struct Look
{
    QString name;
    QSqlDatabase db;
    explicit Look(const QString &uri)
    {
        const auto a = ServerAddress::parse(uri);
        REQUIRE(a);
        name = QStringLiteral("look-") + a->database;
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(a->host);
        db.setPort(a->port);
        db.setUserName(a->user);
        db.setDatabaseName(a->database);
        REQUIRE(db.open());
    }
    ~Look()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    QStringList rows(const QString &sql)
    {
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        QStringList out;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    }
};

// Every row of every data table, each row as text, the tables in name order.
QStringList everything(Database &db)
{
    QStringList out;
    for (const QString &table : StoreCopy::dataTables(db)) {
        const QSqlRecord columns = db.connection().record(table);
        QStringList names;
        for (int i = 0; i < columns.count(); ++i)
            names << columns.fieldName(i);
        names.sort();
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(
            QStringLiteral("SELECT %1 FROM %2").arg(names.join(QStringLiteral(", ")), table)));
        QStringList rows;
        while (q.next()) {
            QStringList cells { table };
            for (int i = 0; i < names.size(); ++i) {
                const QVariant v = q.value(i);
                cells << (q.isNull(i) ? QStringLiteral("NULL")
                              : v.typeId() == QMetaType::QByteArray
                              ? QString::fromLatin1(v.toByteArray().toHex())
                              : v.toString());
            }
            rows << cells.join(QLatin1Char('|'));
        }
        rows.sort(); // the engines return rows in their own order
        out += rows;
    }
    return out;
}

bool waitFor(const std::function<bool()> &done, int ms = 3000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

} // namespace

TEST_CASE("server address: a URI is read as libpq reads it", "[storage][server-address]")
{
    CHECK(ServerAddress::isServerUri(QStringLiteral("postgresql://office/dd")));
    CHECK(ServerAddress::isServerUri(QStringLiteral("postgres://office/dd")));
    CHECK_FALSE(ServerAddress::isServerUri(QStringLiteral("/home/vp/dd.sqlite")));
    CHECK_FALSE(ServerAddress::isServerUri(QStringLiteral("C:\\dd\\postgresql.sqlite")));

    const auto full = ServerAddress::parse(
        QStringLiteral("postgresql://van%20phong:m%C3%A2t@192.168.1.10:5433/doithoai2021"
                       "?sslmode=require&connect_timeout=3"));
    REQUIRE(full);
    CHECK(full->host == QStringLiteral("192.168.1.10"));
    CHECK(full->port == 5433);
    CHECK(full->user == QStringLiteral("van phong"));
    CHECK(full->password == QStringLiteral("mât"));
    CHECK(full->database == QStringLiteral("doithoai2021"));
    CHECK(
        full->options
        == QStringList { QStringLiteral("sslmode=require"), QStringLiteral("connect_timeout=3") });
    // The password never appears in the address shown or logged.
    CHECK(full->toString()
          == QStringLiteral("postgresql://van%20phong@192.168.1.10:5433/doithoai2021"
                            "?sslmode=require&connect_timeout=3"));

    const auto socket = ServerAddress::parse(
        QStringLiteral("postgresql:///dd?host=/var/run/postgresql&port=5499"));
    REQUIRE(socket);
    CHECK(socket->host == QStringLiteral("/var/run/postgresql"));
    CHECK(socket->port == 5499);
    CHECK(socket->user.isEmpty()); // libpq's default: PGUSER, then the login name
    CHECK(socket->password.isEmpty()); // PGPASSWORD or ~/.pgpass
    CHECK(socket->database == QStringLiteral("dd"));
    CHECK(socket->toString()
          == QStringLiteral("postgresql:///dd?host=/var/run/postgresql&port=5499"));

    CHECK_FALSE(ServerAddress::parse(QStringLiteral("postgresql://office")));
    CHECK_FALSE(ServerAddress::parse(QStringLiteral("postgresql://office/")));
    const auto badPort = ServerAddress::parse(QStringLiteral("postgresql:///dd?port=http"));
    REQUIRE_FALSE(badPort);
    CHECK(badPort.error().contains(QStringLiteral("“http”")));
}

TEST_CASE("server: a new database gets the schema, a newer one is refused untouched", "[server]")
{
    const QString uri = testsupport::newServerDatabase();
    {
        auto opened = Database::open(uri);
        REQUIRE(opened.database);
        CHECK(opened.created);
        CHECK(opened.database->isServer());
        CHECK(opened.database->schemaVersion() == Database::kSchemaVersion);
    }
    Look look(uri);
    const QStringList tables = look.rows(QStringLiteral(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
        "ORDER BY 1"));
    CHECK(tables
          == QStringList { "agenda_items", "attendees", "budget_items", "document_numbers",
                           "document_settings", "event_units", "events", "import_mappings",
                           "mail_fetched", "mail_log", "meta", "plan_switches", "plans",
                           "questions", "tasks", "topics", "units" });
    // Opened again: nothing to do, same version.
    REQUIRE(Database::open(uri).database);
    look.rows(
        QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version' RETURNING key")
            .arg(Database::kSchemaVersion + 1));
    const QStringList before
        = look.rows(QStringLiteral("SELECT key, value FROM meta ORDER BY key"));
    auto newer = Database::open(uri);
    CHECK_FALSE(newer.database);
    CHECK(newer.error == Database::OpenError::NewerVersion);
    CHECK(newer.message.contains(QStringLiteral("newer DialogueDesk")));
    CHECK(look.rows(QStringLiteral("SELECT key, value FROM meta ORDER BY key")) == before);
}

TEST_CASE("server: a database holding other tables is refused untouched", "[server]")
{
    const QString uri = testsupport::newServerDatabase();
    Look look(uri);
    look.rows(QStringLiteral("CREATE TABLE ledger (id int); INSERT INTO ledger VALUES (7) "
                             "RETURNING id"));
    auto opened = Database::open(uri);
    CHECK_FALSE(opened.database);
    CHECK(opened.error == Database::OpenError::Foreign);
    CHECK(look.rows(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                   "table_schema = 'public'"))
          == QStringList { QStringLiteral("ledger") });
    CHECK(look.rows(QStringLiteral("SELECT id FROM ledger"))
          == QStringList { QStringLiteral("7") });
}

TEST_CASE("copy: the sample event from a file to a server and back to a file, every row of "
          "every table",
          "[server]")
{
    QTemporaryDir dir;
    auto file = Database::open(dir.filePath(QStringLiteral("office.sqlite")),
                               Database::Access::ReadWrite, [](Database &db) {
                                   return createSampleEvent(db)
                                       ? Status()
                                       : Status(Error(QStringLiteral("sample")));
                               });
    REQUIRE(file.database);
    const QStringList original = everything(*file.database);
    REQUIRE(original.size() > 50); // the sample: 81 rows in 11 tables

    auto server = Database::open(testsupport::newServerDatabase());
    REQUIRE(server.database);
    const auto up = StoreCopy::copy(*file.database, *server.database);
    REQUIRE(up);
    CHECK(everything(*server.database) == original);
    // The counts printed per table are the rows each table holds.
    for (const StoreCopy::TableCount &t : *up) {
        QSqlQuery q(file.database->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(t.table)));
        REQUIRE(q.next());
        INFO(t.table.toStdString());
        CHECK(t.rows == q.value(0).toLongLong());
    }
    // New rows on the server get keys after the copied ones.
    Unit u;
    u.name = QStringLiteral("Đoàn Thanh niên xã Mới");
    const auto newId = UnitRepository(*server.database).insert(u);
    REQUIRE(newId);
    QSqlQuery maxId(file.database->connection());
    REQUIRE(maxId.exec(QStringLiteral("SELECT max(id) FROM units")));
    REQUIRE(maxId.next());
    CHECK(*newId == maxId.value(0).toLongLong() + 1);
    REQUIRE(UnitRepository(*server.database).remove(*newId));

    auto back = Database::open(dir.filePath(QStringLiteral("archive.sqlite")));
    REQUIRE(back.database);
    REQUIRE(StoreCopy::copy(*server.database, *back.database));
    CHECK(everything(*back.database) == original);
}

TEST_CASE("copy: a target that holds data is refused and left as it was", "[server]")
{
    auto source = Database::open(testsupport::newServerDatabase());
    REQUIRE(source.database);
    REQUIRE(createSampleEvent(*source.database));
    auto target = Database::open(testsupport::newServerDatabase());
    REQUIRE(target.database);
    Unit u;
    u.name = QStringLiteral("Huyện đoàn Châu Thành");
    REQUIRE(UnitRepository(*target.database).insert(u));
    const QStringList before = everything(*target.database);
    const auto refused = StoreCopy::copy(*source.database, *target.database);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("already holds data")));
    CHECK(everything(*target.database) == before);
}

TEST_CASE("server: a change committed by one desk reaches another desk's change signal", "[server]")
{
    const QString uri = testsupport::newServerDatabase();
    auto one = Database::open(uri);
    auto two = Database::open(uri);
    REQUIRE(one.database);
    REQUIRE(two.database);
    QList<ChangeSet> seenByTwo;
    QList<ChangeSet> seenByOne;
    QObject::connect(two.database.get(), &Database::changed,
                     [&](const ChangeSet &c) { seenByTwo << c; });
    QObject::connect(one.database.get(), &Database::changed,
                     [&](const ChangeSet &c) { seenByOne << c; });
    Unit u;
    u.name = QStringLiteral("Thành đoàn Bà Rịa");
    const auto id = UnitRepository(*one.database).insert(u);
    REQUIRE(id);
    REQUIRE(waitFor([&] { return !seenByTwo.isEmpty(); }));
    REQUIRE(seenByTwo.size() == 1);
    CHECK(seenByTwo.first().tables() == unsigned(Entity::Units));
    CHECK(seenByTwo.first().ids(Entity::Units) == QSet<qint64> { *id });
    // The desk that wrote it hears its own change once, from its own commit, not again.
    waitFor([] { return false; }, 200);
    CHECK(seenByOne.size() == 1);
}

TEST_CASE("server: two desks checking in the same person at the same moment give one check-in",
          "[server]")
{
    const QString uri = testsupport::newServerDatabase();
    auto one = Database::open(uri);
    auto two = Database::open(uri);
    REQUIRE(one.database);
    REQUIRE(two.database);
    Event e;
    e.title = QStringLiteral("Hội nghị");
    const auto event = EventRepository(*one.database).insert(e);
    REQUIRE(event);
    Attendee a;
    a.eventId = *event;
    a.familyName = QStringLiteral("Lê");
    a.givenName = QStringLiteral("Nam");
    const auto id = AttendeeRepository(*one.database).insert(a);
    REQUIRE(id);
    const QDateTime at(QDate(2021, 6, 18), QTime(7, 30));

    // Desk one is inside its transaction, the person's row written but not committed, when
    // desk two tries: desk two waits for it, then finds the person checked in.
    Transaction t(*one.database);
    const auto first
        = AttendeeRepository(*one.database).checkIn(*id, at, QStringLiteral("Cửa Đông"));
    REQUIRE(first);
    REQUIRE(first->done);
    std::optional<Result<AttendeeRepository::CheckIn>> second;
    QThread *desk = QThread::create([&] {
        // A thread of its own needs its own connection (and no Catch2 assertion: not
        // thread-safe; an empty `second` fails below).
        auto other = Database::open(uri);
        if (other.database)
            second = AttendeeRepository(*other.database)
                         .checkIn(*id, at.addSecs(2), QStringLiteral("Cửa Tây"));
    });
    desk->start();
    QThread::msleep(300); // desk two is now waiting on the row
    CHECK_FALSE(second.has_value());
    REQUIRE(t.commit());
    REQUIRE(desk->wait(10000));
    delete desk;
    REQUIRE(second.has_value());
    REQUIRE(*second);
    CHECK_FALSE((*second)->done);
    CHECK((*second)->at == at);
    CHECK((*second)->desk == QStringLiteral("Cửa Đông"));
    const auto stored = AttendeeRepository(*two.database).get(*id);
    CHECK(stored->checkedInAt == at);
    CHECK(stored->checkedInDesk == QStringLiteral("Cửa Đông"));
}
