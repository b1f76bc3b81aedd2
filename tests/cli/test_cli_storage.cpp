// Data files that cannot be used as they are (issue 15, point 3), through the built program:
// a pipe, a folder, an empty file, a write-protected file, a read-only folder, a file another
// program holds locked, a disk too small. Each gets a message that says what is wrong, and
// nothing is left half-made. Then the backups and the removal of personal data on the command
// line (points 6 and 7).
#include "support/testsupport.h"

#include "storage/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>
#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;
};

struct Options
{
    bool asOtherUser = false; // as "nobody" when the tests run as root, who may write anywhere
    qint64 maxFileSize = 0; // bytes the program may write into one file; 0: no limit
};

// Runs the built program in English, with its own home (for its settings and the backups
// kept in the application data folder).
Run run(const QString &home, const QStringList &args, Options options = {})
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    p.setProcessEnvironment(env);
    p.setChildProcessModifier([options] {
        if (options.maxFileSize > 0) {
            std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails instead of killing
            const rlimit limit { rlim_t(options.maxFileSize), rlim_t(options.maxFileSize) };
            setrlimit(RLIMIT_FSIZE, &limit);
        }
        if (options.asOtherUser && geteuid() == 0) {
            setgroups(0, nullptr);
            if (setgid(65534) != 0 || setuid(65534) != 0)
                _exit(99);
        }
    });
    p.start(QStringLiteral(DD_APP_EXE),
            QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + args);
    Run r;
    r.finished = p.waitForFinished(60000);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// A folder everyone may use, with a home for the program inside.
struct Place
{
    QTemporaryDir dir;
    QString home = dir.filePath(QStringLiteral("home"));
    QString files = dir.filePath(QStringLiteral("files"));
    Place()
    {
        REQUIRE(dir.isValid());
        REQUIRE(QDir().mkpath(home));
        REQUIRE(QDir().mkpath(files));
        for (const QString &d : { dir.path(), home, files })
            REQUIRE(::chmod(QFile::encodeName(d).constData(), 0777) == 0);
    }
    QString file(const QString &name) const { return files + QLatin1Char('/') + name; }
    Run on(const QString &name, QStringList args, Options options = {}) const
    {
        args.prepend(file(name));
        args.prepend(QStringLiteral("--db"));
        return run(home, args, options);
    }
    // A data file with the sample event, alone in its folder.
    void makeSample(const QString &name) const
    {
        const Run r = on(name, { QStringLiteral("--sample"), QStringLiteral("check") });
        REQUIRE(r.exitCode == 0);
        // The last look was read-only, which leaves SQLite's -shm (and an empty -wal) behind;
        // with no program on the file they hold nothing.
        REQUIRE(QFileInfo(file(name) + QStringLiteral("-wal")).size() == 0);
        QFile::remove(file(name) + QStringLiteral("-wal"));
        QFile::remove(file(name) + QStringLiteral("-shm"));
        REQUIRE(QDir(files).entryList(QDir::Files) == QStringList { name });
    }
    QStringList listing() const
    {
        return QDir(files).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden
                                         | QDir::System,
                                     QDir::Name);
    }
};

QByteArray sha(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void chmodPath(const QString &path, int mode)
{
    REQUIRE(::chmod(QFile::encodeName(path).constData(), mode) == 0);
}

// The message of a failed command: one line, in the user's words, no SQLite text in it.
QString message(const Run &r)
{
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1);
    for (const char *raw :
         { "Unable to", "attempt to write", "readonly database", "disk I/O",
           "database or disk is full", "database is locked", "no transaction", "SQLITE" })
        CHECK_FALSE(lines.first().contains(QLatin1String(raw)));
    return lines.first();
}

} // namespace

TEST_CASE("a pipe, a device and a folder are refused at once for what they are")
{
    Place p;
    REQUIRE(::mkfifo(QFile::encodeName(p.file(QStringLiteral("pipe.sqlite"))).constData(), 0666)
            == 0);
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), p.file(QStringLiteral("zero.sqlite"))));
    REQUIRE(QDir().mkpath(p.file(QStringLiteral("folder.sqlite"))));
    for (const QStringList &command :
         { QStringList { QStringLiteral("check") },
           QStringList { QStringLiteral("list"), QStringLiteral("events") },
           QStringList { QStringLiteral("--sample"), QStringLiteral("check") } }) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        for (const QString &name :
             { QStringLiteral("pipe.sqlite"), QStringLiteral("zero.sqlite") }) {
            const Run r = p.on(name, command);
            REQUIRE(r.finished); // a pipe never makes it wait
            CHECK(message(r)
                  == QStringLiteral("dialoguedesk: “%1” is not an ordinary file (it is a "
                                    "device, a pipe or a socket), so it cannot hold "
                                    "DialogueDesk data. Choose a data file (.sqlite).")
                         .arg(name));
        }
        const Run folder = p.on(QStringLiteral("folder.sqlite"), command);
        CHECK(message(folder).startsWith(
            QStringLiteral("dialoguedesk: “folder.sqlite” is a folder, not a data file.")));
    }
    CHECK(p.listing()
          == QStringList { QStringLiteral("folder.sqlite"), QStringLiteral("pipe.sqlite"),
                           QStringLiteral("zero.sqlite") });
}

TEST_CASE("an empty file is said to be empty, and becomes a data file when one is made of it")
{
    Place p;
    QFile empty(p.file(QStringLiteral("empty.sqlite")));
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.close();
    const Run check = p.on(QStringLiteral("empty.sqlite"), { QStringLiteral("check") });
    CHECK(message(check).contains(QStringLiteral("“empty.sqlite” is empty (0 bytes)")));
    CHECK(QFileInfo(empty.fileName()).size() == 0);
    CHECK(p.listing() == QStringList { QStringLiteral("empty.sqlite") });
    const Run made = p.on(QStringLiteral("empty.sqlite"),
                          { QStringLiteral("--sample"), QStringLiteral("check") });
    CHECK(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("integrity: ok")));
    CHECK(made.out.contains(QStringLiteral("events: 1")));
}

TEST_CASE("a write-protected file is read and checked, and a change is refused saying why")
{
    Place p;
    p.makeSample(QStringLiteral("2021.sqlite"));
    const QString path = p.file(QStringLiteral("2021.sqlite"));
    chmodPath(path, 0444);
    const QByteArray before = sha(path);
    const Options other { true, 0 };

    const Run check = p.on(QStringLiteral("2021.sqlite"), { QStringLiteral("check") }, other);
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("integrity: ok\n")));
    CHECK(check.out.contains(QStringLiteral("events: 1\n")));
    const Run list = p.on(QStringLiteral("2021.sqlite"),
                          { QStringLiteral("list"), QStringLiteral("events") }, other);
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("Tây Ninh năm 2021")));

    const Run change
        = p.on(QStringLiteral("2021.sqlite"),
               { QStringLiteral("plan"), QStringLiteral("switch"), QStringLiteral("online"),
                 QStringLiteral("--reason"), QStringLiteral("Chỉ thị 15") },
               other);
    CHECK(
        message(change)
        == QStringLiteral("dialoguedesk: The file “2021.sqlite” is read-only (write-protected), so "
                          "it can be looked at but not changed. To change it, remove the write "
                          "protection in the file's properties, or save a copy elsewhere and open "
                          "that."));
    CHECK(sha(path) == before);
}

TEST_CASE("a file in a read-only folder is read where it lies, and a change is refused saying why")
{
    Place p;
    p.makeSample(QStringLiteral("2021.sqlite"));
    const QString path = p.file(QStringLiteral("2021.sqlite"));
    chmodPath(path, 0666); // the file itself could be written
    const QByteArray before = sha(path);
    chmodPath(p.files, 0555);
    const Options other { true, 0 };

    const Run check = p.on(QStringLiteral("2021.sqlite"), { QStringLiteral("check") }, other);
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("integrity: ok\n")));
    const Run list = p.on(QStringLiteral("2021.sqlite"),
                          { QStringLiteral("list"), QStringLiteral("attendees") }, other);
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("Đoàn Thị Hồng")));

    const Run change
        = p.on(QStringLiteral("2021.sqlite"),
               { QStringLiteral("plan"), QStringLiteral("switch"), QStringLiteral("online"),
                 QStringLiteral("--reason"), QStringLiteral("Chỉ thị 15") },
               other);
    CHECK(message(change)
          == QStringLiteral("dialoguedesk: The folder “%1” is read-only, so “2021.sqlite” can be "
                            "looked at but not changed: the program must write its working files "
                            "beside it. To change it, copy the file into a folder you may write to "
                            "(such as Documents) and open the copy.")
                 .arg(QDir::toNativeSeparators(p.files)));

    CHECK(p.listing() == QStringList { QStringLiteral("2021.sqlite") }); // nothing made beside it
    chmodPath(p.files, 0777);
    CHECK(sha(path) == before);
}

TEST_CASE("a file another program holds locked is said to be locked, and is left alone")
{
    Place p;
    p.makeSample(QStringLiteral("2021.sqlite"));
    const QString path = p.file(QStringLiteral("2021.sqlite"));
    {
        // Another program writing to the file in a long transaction.
        QSqlDatabase other
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        REQUIRE(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        REQUIRE(q.exec(QStringLiteral("UPDATE units SET phone = phone")));
        const QString locked = QStringLiteral(
            "dialoguedesk: The file “2021.sqlite” is locked by another program that is writing "
            "to it. Nothing was changed. Close that program (or wait for it to finish), then try "
            "again.");
        CHECK(message(p.on(QStringLiteral("2021.sqlite"), { QStringLiteral("check") })) == locked);
        CHECK(message(
                  p.on(QStringLiteral("2021.sqlite"),
                       { QStringLiteral("plan"), QStringLiteral("switch"), QStringLiteral("online"),
                         QStringLiteral("--reason"), QStringLiteral("Chỉ thị 15") }))
              == locked);
        REQUIRE(q.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    const Run plan
        = p.on(QStringLiteral("2021.sqlite"), { QStringLiteral("plan"), QStringLiteral("show") });
    CHECK(plan.out.contains(QStringLiteral("active plan: in-person")));
}

TEST_CASE("a disk too small for a new file or for the sample leaves nothing half-made")
{
    Place p;
    // The program may write only so much into a file: the new file fails part-way.
    for (const qint64 limit : { 64 * 1024, 400 * 1024 }) {
        INFO("limit " << limit);
        const Run r
            = p.on(QStringLiteral("new.sqlite"),
                   { QStringLiteral("--sample"), QStringLiteral("check") }, { false, limit });
        CHECK(message(r).startsWith(
            QStringLiteral("dialoguedesk: The disk that holds “new.sqlite”")));
        CHECK(p.listing().isEmpty());
    }
    // An existing file whose one event is the user's own (made from the sample, so no longer
    // marked as the sample: `--sample` adds the sample once per file): the sample does not
    // fit; the file is as it was, with its one event.
    p.makeSample(QStringLiteral("2021.sqlite"));
    const QString path = p.file(QStringLiteral("2021.sqlite"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("own-event"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(QSqlQuery(db).exec(QStringLiteral("UPDATE events SET is_sample = 0")));
        REQUIRE(QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("own-event"));
    const QByteArray before = sha(path);
    const Run r
        = p.on(QStringLiteral("2021.sqlite"),
               { QStringLiteral("--sample"), QStringLiteral("check") }, { false, 32 * 1024 });
    CHECK(message(r).startsWith(QStringLiteral("dialoguedesk: The disk that holds “2021.sqlite”")));
    CHECK(sha(path) == before);
    const Run check = p.on(QStringLiteral("2021.sqlite"), { QStringLiteral("check") });
    CHECK(check.out.contains(QStringLiteral("integrity: ok\n")));
    CHECK(check.out.contains(QStringLiteral("events: 1\n")));
}

TEST_CASE("backup now, backup list and backup restore on the command line")
{
    Place p;
    p.makeSample(QStringLiteral("2021.sqlite"));
    const QString header = QStringLiteral("taken\tbytes\tevents\tpeople\tquestions\tfile\n");
    const Run none
        = p.on(QStringLiteral("2021.sqlite"), { QStringLiteral("backup"), QStringLiteral("list") });
    CHECK(none.exitCode == 0);
    CHECK(none.out == header);

    const Run now
        = p.on(QStringLiteral("2021.sqlite"), { QStringLiteral("backup"), QStringLiteral("now") });
    INFO(now.err.toStdString());
    REQUIRE(now.exitCode == 0);
    const QString folder = p.file(QStringLiteral("DialogueDesk-backups"));
    REQUIRE(now.out.startsWith(QStringLiteral("backup: %1/2021-").arg(folder)));
    const QString backup = now.out.mid(8).trimmed();
    CHECK(QFileInfo(backup).isFile());

    // A change after it: the online plan.
    const Run change
        = p.on(QStringLiteral("2021.sqlite"),
               { QStringLiteral("plan"), QStringLiteral("switch"), QStringLiteral("online"),
                 QStringLiteral("--reason"), QStringLiteral("Chỉ thị 15") });
    REQUIRE(change.exitCode == 0);

    const Run list
        = p.on(QStringLiteral("2021.sqlite"), { QStringLiteral("backup"), QStringLiteral("list") });
    CHECK(list.exitCode == 0);
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0) + QLatin1Char('\n') == header);
    const QStringList cells = lines.at(1).split(QLatin1Char('\t'));
    REQUIRE(cells.size() == 6);
    CHECK(QDateTime::fromString(cells.at(0), QStringLiteral("yyyy-MM-dd HH:mm:ss")).isValid());
    CHECK(cells.at(1) == QString::number(QFileInfo(backup).size()));
    CHECK(cells.mid(2, 3)
          == QStringList { QStringLiteral("1"), QStringLiteral("5"),
                           QStringLiteral("0") }); // the 2021 plan: 1 event, 5 people
    CHECK(cells.at(5) == backup);

    const Run restore = p.on(
        QStringLiteral("2021.sqlite"),
        { QStringLiteral("backup"), QStringLiteral("restore"), QFileInfo(backup).fileName() });
    INFO(restore.err.toStdString());
    REQUIRE(restore.exitCode == 0);
    CHECK(restore.out.startsWith(
        QStringLiteral("restored: %1\nthe state before was kept as: %2/2021-")
            .arg(backup, folder)));
    const Run plan
        = p.on(QStringLiteral("2021.sqlite"), { QStringLiteral("plan"), QStringLiteral("show") });
    CHECK(plan.out.contains(QStringLiteral("active plan: in-person")));
    CHECK(plan.out.contains(QStringLiteral("switch log: none")));
    const Run after
        = p.on(QStringLiteral("2021.sqlite"), { QStringLiteral("backup"), QStringLiteral("list") });
    CHECK(after.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 3);

    const Run wrong = p.on(
        QStringLiteral("2021.sqlite"),
        { QStringLiteral("backup"), QStringLiteral("restore"), QStringLiteral("khong-co.sqlite") });
    CHECK(message(wrong).startsWith(QStringLiteral("dialoguedesk: There is no backup")));
}

TEST_CASE("a file in a read-only folder is backed up into the application data folder")
{
    Place p;
    p.makeSample(QStringLiteral("2021.sqlite"));
    chmodPath(p.files, 0555);
    const Run now = p.on(QStringLiteral("2021.sqlite"),
                         { QStringLiteral("backup"), QStringLiteral("now") }, { true, 0 });
    chmodPath(p.files, 0777);
    INFO(now.err.toStdString());
    REQUIRE(now.exitCode == 0);
    CHECK(now.out.startsWith(QStringLiteral("backup: %1/data/").arg(p.home)));
    CHECK(now.out.contains(QStringLiteral("/backups/2021-")));
    CHECK(p.listing() == QStringList { QStringLiteral("2021.sqlite") });
}

TEST_CASE("event erase-personal-data removes phones, e-mails and birth years, after a backup")
{
    Place p;
    p.makeSample(QStringLiteral("2021.sqlite"));
    const QStringList listAttendees = { QStringLiteral("list"), QStringLiteral("attendees") };
    const Run before = p.on(QStringLiteral("2021.sqlite"), listAttendees);
    REQUIRE(before.out.contains(QStringLiteral("Đoàn Thị Hồng")));
    REQUIRE(before.out.contains(QStringLiteral("0938")));

    const Run erase = p.on(QStringLiteral("2021.sqlite"),
                           { QStringLiteral("event"), QStringLiteral("erase-personal-data") });
    INFO(erase.err.toStdString());
    REQUIRE(erase.exitCode == 0);
    const QStringList lines = erase.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0).startsWith(QStringLiteral("event: 1 – Gặp gỡ, đối thoại")));
    CHECK(lines.at(1) == QStringLiteral("personal data erased: 1 people"));
    CHECK(lines.at(2).startsWith(QStringLiteral("backup before: %1/2021-")
                                     .arg(p.file(QStringLiteral("DialogueDesk-backups")))));
    CHECK(lines.at(3) == QStringLiteral("old backups deleted: 0"));

    const Run after = p.on(QStringLiteral("2021.sqlite"), listAttendees);
    CHECK(after.out.contains(QStringLiteral("Đoàn Thị Hồng")));
    CHECK_FALSE(after.out.contains(QStringLiteral("0938")));
    CHECK(after.out.count(QLatin1Char('\n')) == before.out.count(QLatin1Char('\n')));
    const Run plan
        = p.on(QStringLiteral("2021.sqlite"), { QStringLiteral("plan"), QStringLiteral("show") });
    CHECK(plan.out.contains(QStringLiteral("\npersonal data erased: ")
                            + QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
}
