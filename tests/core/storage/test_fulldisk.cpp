// A disk that fills up while a file is made or written (issue 15, point 3): SQLite's own
// answer, SQLITE_FULL, from a VFS put in front of the real one for the length of a test (the
// program and Qt's driver share the one libsqlite3, so every connection goes through it).
#include "support/testsupport.h"

#include "services/sampleevent.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/sqlitebackupstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <atomic>

using namespace dd;

namespace {

// The room left on the "disk": writes beyond it fail as a full disk does. -1: no limit.
std::atomic<qint64> g_room { -1 };
sqlite3_vfs *g_real = nullptr;

struct ShimFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<ShimFile *>(f)->real;
}

int shimWrite(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset)
{
    for (qint64 room = g_room.load(); room >= 0;) {
        if (amount > room)
            return SQLITE_FULL;
        if (g_room.compare_exchange_weak(room, room - amount))
            break;
    }
    return real(f)->pMethods->xWrite(real(f), data, amount, offset);
}

const sqlite3_io_methods g_methods = {
    3,
    [](sqlite3_file *f) { return real(f)->pMethods->xClose(real(f)); },
    [](sqlite3_file *f, void *b, int n, sqlite3_int64 o) {
        return real(f)->pMethods->xRead(real(f), b, n, o);
    },
    shimWrite,
    [](sqlite3_file *f, sqlite3_int64 size) { return real(f)->pMethods->xTruncate(real(f), size); },
    [](sqlite3_file *f, int flags) { return real(f)->pMethods->xSync(real(f), flags); },
    [](sqlite3_file *f, sqlite3_int64 *size) {
        return real(f)->pMethods->xFileSize(real(f), size);
    },
    [](sqlite3_file *f, int lock) { return real(f)->pMethods->xLock(real(f), lock); },
    [](sqlite3_file *f, int lock) { return real(f)->pMethods->xUnlock(real(f), lock); },
    [](sqlite3_file *f, int *out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); },
    [](sqlite3_file *f, int op, void *arg) {
        return real(f)->pMethods->xFileControl(real(f), op, arg);
    },
    [](sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); },
    [](sqlite3_file *f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); },
    [](sqlite3_file *f, int page, int size, int extend, void volatile **out) {
        return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
    },
    [](sqlite3_file *f, int offset, int n, int flags) {
        return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
    },
    [](sqlite3_file *f) { real(f)->pMethods->xShmBarrier(real(f)); },
    [](sqlite3_file *f, int deleteFlag) {
        return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
    },
    [](sqlite3_file *f, sqlite3_int64 offset, int amount, void **out) {
        return real(f)->pMethods->xFetch(real(f), offset, amount, out);
    },
    [](sqlite3_file *f, sqlite3_int64 offset, void *p) {
        return real(f)->pMethods->xUnfetch(real(f), offset, p);
    },
};

sqlite3_vfs g_vfs;

// Every connection opened while it lives writes through the full-disk shim.
struct FullDisk
{
    explicit FullDisk(qint64 room)
    {
        if (!g_real) {
            g_real = sqlite3_vfs_find(nullptr);
            g_vfs = *g_real;
            g_vfs.iVersion = 2;
            g_vfs.szOsFile = int(sizeof(ShimFile)) + g_real->szOsFile;
            g_vfs.zName = "dialoguedesk-full-disk";
            g_vfs.pAppData = nullptr;
            g_vfs.xOpen = [](sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags,
                             int *outFlags) {
                auto *s = reinterpret_cast<ShimFile *>(f);
                s->real = reinterpret_cast<sqlite3_file *>(s + 1);
                const int rc = g_real->xOpen(g_real, name, s->real, flags, outFlags);
                s->base.pMethods = s->real->pMethods ? &g_methods : nullptr;
                return rc;
            };
            g_vfs.xDelete = [](sqlite3_vfs *, const char *name, int sync) {
                return g_real->xDelete(g_real, name, sync);
            };
            g_vfs.xAccess = [](sqlite3_vfs *, const char *name, int flags, int *out) {
                return g_real->xAccess(g_real, name, flags, out);
            };
            g_vfs.xFullPathname = [](sqlite3_vfs *, const char *name, int n, char *out) {
                return g_real->xFullPathname(g_real, name, n, out);
            };
            g_vfs.xRandomness = [](sqlite3_vfs *, int n, char *out) {
                return g_real->xRandomness(g_real, n, out);
            };
            g_vfs.xSleep = [](sqlite3_vfs *, int us) {
                return g_real->xSleep(g_real, us);
            };
            g_vfs.xCurrentTime = [](sqlite3_vfs *, double *t) {
                return g_real->xCurrentTime(g_real, t);
            };
            g_vfs.xGetLastError = [](sqlite3_vfs *, int n, char *out) {
                return g_real->xGetLastError(g_real, n, out);
            };
            g_vfs.xCurrentTimeInt64 = [](sqlite3_vfs *, sqlite3_int64 *t) {
                return g_real->xCurrentTimeInt64(g_real, t);
            };
        }
        g_room = room;
        REQUIRE(sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK);
    }
    ~FullDisk()
    {
        g_room = -1;
        sqlite3_vfs_register(g_real, 1); // the real one is the default again
    }
};

Status addSample(Database &db)
{
    const auto id = createSampleEvent(db);
    return id ? Status() : Status(Error(id.error()));
}

QStringList folder(const QTemporaryDir &dir)
{
    return QDir(dir.path())
        .entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void requireDiskFullMessage(const QString &message, const QString &file)
{
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("The disk that holds “%1” is full").arg(file)));
    // SQLite's own words stay in the log.
    CHECK_FALSE(message.contains(QStringLiteral("database or disk is full")));
    CHECK_FALSE(message.contains(QStringLiteral("rollback")));
    CHECK_FALSE(message.contains(QStringLiteral("transaction")));
}

} // namespace

TEST_CASE("a full disk while a new file is made with the sample leaves nothing behind",
          "[database][disk]")
{
    // Room for part of the schema, for the schema but not the sample, and for everything but
    // the last copy of the pages into the file itself.
    for (const qint64 room : { 40'000, 300'000, 700'000, 1'000'000 }) {
        INFO("room " << room);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hoi-nghi.sqlite"));
        Database::OpenResult r;
        {
            FullDisk full(room);
            r = Database::open(path, Database::Access::ReadWrite, addSample);
        }
        CHECK_FALSE(r.database);
        CHECK(r.error == Database::OpenError::Io);
        requireDiskFullMessage(r.message, QStringLiteral("hoi-nghi.sqlite"));
        CHECK(folder(dir).isEmpty()); // no file, no .new, no -wal, -shm or .lock

        // With room again, the same file is made whole.
        auto again = Database::open(path, Database::Access::ReadWrite, addSample);
        REQUIRE(again.database);
        CHECK(again.created);
        CHECK(EventRepository(*again.database).list().size() == 1);
    }
}

TEST_CASE("a full disk while the sample is added to a file changes nothing in it",
          "[database][disk]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2021.sqlite"));
    REQUIRE(Database::open(path, Database::Access::ReadWrite, addSample).database);
    const QByteArray before = sha(path);
    {
        FullDisk full(60'000);
        auto r = Database::open(path);
        REQUIRE(r.database);
        const auto id = createSampleEvent(*r.database);
        REQUIRE_FALSE(id);
        requireDiskFullMessage(id.error(), QStringLiteral("2021.sqlite"));
        CHECK(r.database->transactionDepth() == 0);
    }
    CHECK(sha(path) == before);
    auto r = Database::open(path, Database::Access::ReadOnly);
    REQUIRE(r.database);
    CHECK(EventRepository(*r.database).list().size() == 1);
    CHECK(r.database->integrityCheck() == QStringLiteral("ok"));
}

TEST_CASE("a full disk while a backup is taken leaves no half backup and the file as it was",
          "[database][disk][backup]")
{
    QTemporaryDir dir;
    QTemporaryDir appData;
    const QString path = dir.filePath(QStringLiteral("2021.sqlite"));
    REQUIRE(Database::open(path, Database::Access::ReadWrite, addSample).database);
    const QByteArray before = sha(path);
    QString folder;
    {
        FullDisk full(50'000);
        auto r = Database::open(path); // its connections write through the shim
        REQUIRE(r.database);
        SqliteBackupStore store(*r.database, appData.path());
        folder = store.folder();
        const auto taken = store.backupNow();
        REQUIRE_FALSE(taken);
        CHECK(taken.error().startsWith(QStringLiteral("No backup could be taken: ")));
        // The backup's name, as the user would look for it.
        const QString name
            = QFileInfo(taken.error().section(u'“', 1, 1).section(u'”', 0, 0)).fileName();
        CHECK(name.startsWith(QStringLiteral("2021-")));
        requireDiskFullMessage(taken.error(), name);
    }
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());
    CHECK(sha(path) == before);
    // With room again it is taken.
    auto r = Database::open(path);
    REQUIRE(r.database);
    CHECK(SqliteBackupStore(*r.database, appData.path()).backupNow());
    CHECK(QDir(folder).entryList(QDir::Files).size() == 1);
}
