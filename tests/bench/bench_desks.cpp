// Four desks checking in 2,000 people on one PostgreSQL server (issue 18, point 8): check-ins
// per second, the latency of one check-in (p50, p95), and the delay until another desk's view
// (an AttendeeTableModel listening to the session) shows it. SQLite, one desk on a file (a
// file cannot be shared by desks), is measured in the same run for reference.
//
//   scripts/bench-desks                      starts a private cluster, runs this, stops it
//   bench_desks                              (DD_TEST_SERVER_DIR: the cluster's socket folder)
//   bench_desks --desk K N URI               (internal) desk K of N checks in its people
#include "edit/attendeeactions.h"
#include "models/attendeetablemodel.h"
#include "session/session.h"
#include "storage/attendeerepository.h"
#include "storage/eventrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace dd;

namespace {

constexpr int kPeople = 2000;
constexpr int kDesks = 4;

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

qint64 fillEvent(Database &db)
{
    Event e;
    e.title = QStringLiteral("Hội nghị đối thoại – đo tốc độ điểm danh");
    const auto event = EventRepository(db).insert(e);
    QList<Attendee> people;
    for (int i = 0; i < kPeople; ++i) {
        Attendee a;
        a.eventId = *event;
        a.familyName = QStringLiteral("Nguyễn");
        a.middleName = QStringLiteral("Thị");
        a.givenName = QStringLiteral("Đại biểu %1").arg(i, 4, 10, QLatin1Char('0'));
        people << a;
    }
    Transaction t(db);
    AttendeeRepository(db).insertMany(people);
    t.commit();
    return *event;
}

// Checks in every `desks`-th person from `first`, one at a time as a door desk does; prints
// "id commit-ms latency-us" per check-in.
int runDesk(int first, int desks, const QString &uri)
{
    auto opened = Database::open(uri);
    if (!opened.database) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    Session session(std::move(opened.database));
    const QList<Attendee> all = session.attendees().list(session.eventId());
    const QString desk = QStringLiteral("Cửa %1").arg(first + 1);
    for (qsizetype i = first; i < all.size(); i += desks) {
        QElapsedTimer t;
        t.start();
        session.push(attendeeactions::checkIn(&session, { all.at(i).id },
                                              QDateTime::currentDateTime(), desk));
        const qint64 us = t.nsecsElapsed() / 1000;
        std::printf("%lld %lld %lld\n", static_cast<long long>(all.at(i).id),
                    static_cast<long long>(QDateTime::currentMSecsSinceEpoch()),
                    static_cast<long long>(us));
    }
    return 0;
}

struct Figures
{
    double perSecond = 0;
    double p50 = 0, p95 = 0; // ms
    double delay50 = 0, delay95 = 0, delayMax = 0; // ms
};

Figures serverRun(const QString &uri)
{
    // The watching desk: its view of the list, updated by the other desks' notices.
    auto opened = Database::open(uri);
    Session watcher(std::move(opened.database));
    AttendeeTableModel view(&watcher);
    QHash<qint64, qint64> seenAt;
    QObject::connect(&view, &QAbstractItemModel::dataChanged,
                     [&](const QModelIndex &from, const QModelIndex &to) {
                         const qint64 now = QDateTime::currentMSecsSinceEpoch();
                         for (int r = from.row(); r <= to.row(); ++r) {
                             const QModelIndex cell
                                 = view.index(r, AttendeeTableModel::CheckedInColumn);
                             if (!cell.data().toString().isEmpty())
                                 seenAt.insert(view.idAt(r), now);
                         }
                     });
    QList<QProcess *> desks;
    QElapsedTimer wall;
    wall.start();
    for (int k = 0; k < kDesks; ++k) {
        auto *p = new QProcess;
        p->start(QCoreApplication::applicationFilePath(),
                 { QStringLiteral("--desk"), QString::number(k), QString::number(kDesks), uri });
        desks << p;
    }
    QElapsedTimer idle;
    while (std::any_of(desks.begin(), desks.end(),
                       [](QProcess *p) { return p->state() != QProcess::NotRunning; })
           || seenAt.size() < kPeople) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        for (QProcess *p : desks)
            p->waitForFinished(0);
        if (seenAt.size() >= kPeople || !idle.isValid())
            idle.start();
        if (idle.elapsed() > 10000)
            break; // what never arrived counts as not seen
    }
    const double seconds = wall.nsecsElapsed() / 1e9;
    QList<double> latencies;
    QList<double> delays;
    for (QProcess *p : desks) {
        for (const QByteArray &line : p->readAllStandardOutput().split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() != 3)
                continue;
            latencies << f.at(2).toLongLong() / 1000.0;
            const qint64 id = f.at(0).toLongLong();
            if (seenAt.contains(id))
                delays << double(seenAt.value(id) - f.at(1).toLongLong());
        }
        delete p;
    }
    std::printf("  %lld check-ins recorded by the desks, %lld seen by the watching desk\n",
                static_cast<long long>(latencies.size()), static_cast<long long>(delays.size()));
    Figures f;
    f.perSecond = latencies.size() / seconds;
    f.p50 = percentile(latencies, 0.5);
    f.p95 = percentile(latencies, 0.95);
    f.delay50 = percentile(delays, 0.5);
    f.delay95 = percentile(delays, 0.95);
    f.delayMax = delays.isEmpty() ? 0 : *std::max_element(delays.begin(), delays.end());
    return f;
}

Figures fileRun(const QString &path)
{
    auto opened = Database::open(path);
    Session session(std::move(opened.database));
    fillEvent(session.database());
    session.setEventId(session.events().list().constLast().id);
    const QList<Attendee> all = session.attendees().list(session.eventId());
    QList<double> latencies;
    QElapsedTimer wall;
    wall.start();
    for (const Attendee &a : all) {
        QElapsedTimer t;
        t.start();
        session.push(attendeeactions::checkIn(&session, { a.id }, QDateTime::currentDateTime(),
                                              QStringLiteral("Cửa 1")));
        latencies << t.nsecsElapsed() / 1e6;
    }
    Figures f;
    f.perSecond = latencies.size() / (wall.nsecsElapsed() / 1e9);
    f.p50 = percentile(latencies, 0.5);
    f.p95 = percentile(latencies, 0.95);
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == QLatin1String("--desk"))
        return runDesk(args.at(2).toInt(), args.at(3).toInt(), args.at(4));
    const QString dir = qEnvironmentVariable("DD_TEST_SERVER_DIR");
    if (dir.isEmpty()) {
        std::fprintf(stderr, "bench_desks needs a server: run scripts/bench-desks\n");
        return 2;
    }
    const QString port = qEnvironmentVariable("DD_TEST_SERVER_PORT", QStringLiteral("5499"));
    const QString name = QStringLiteral("bench_desks_%1").arg(QCoreApplication::applicationPid());
    {
        QSqlDatabase admin
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        admin.setHostName(dir);
        admin.setPort(port.toInt());
        admin.setUserName(QStringLiteral("dd"));
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.open() || !QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE ") + name)) {
            std::fprintf(stderr, "%s\n", qPrintable(admin.lastError().text()));
            return 1;
        }
    }
    const QString uri = QStringLiteral("postgresql://dd@/%1?host=%2&port=%3").arg(name, dir, port);
    {
        auto opened = Database::open(uri);
        if (!opened.database) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.message));
            return 1;
        }
        fillEvent(*opened.database);
    }
    std::printf("%d people, %d desks checking in at once on one local PostgreSQL server:\n",
                kPeople, kDesks);
    const Figures server = serverRun(uri);
    std::printf("  %.0f check-ins/s; one check-in p50 %.1f ms, p95 %.1f ms (target < 50 ms)\n",
                server.perSecond, server.p50, server.p95);
    std::printf("  shown in another desk's view after p50 %.0f ms, p95 %.0f ms, max %.0f ms "
                "(target < 1000 ms)\n",
                server.delay50, server.delay95, server.delayMax);
    QTemporaryDir tmp;
    const Figures file = fileRun(tmp.filePath(QStringLiteral("bench.sqlite")));
    std::printf("Reference, SQLite file, one desk (a file is not shared): %.0f check-ins/s; "
                "p50 %.1f ms, p95 %.1f ms\n",
                file.perSecond, file.p50, file.p95);
    std::printf("Server/file: %.2fx the check-ins per second, %.2fx the p95 latency\n",
                server.perSecond / file.perSecond, server.p95 / file.p95);
    return 0;
}
