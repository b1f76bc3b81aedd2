// core/ and app/ build on Windows too: nothing of one system outside core/util/platform_*.cpp.
#include "portability/portabilityscanner.h"
#include "support/testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace {

using Finding = PortabilityScanner::Finding;

QStringList describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << QStringLiteral("%1: %2").arg(f.line).arg(f.what);
    return lines;
}

} // namespace

TEST_CASE("core and app use no POSIX-only or Windows-only API outside platform_*.cpp")
{
    QStringList scanned;
    QStringList problems;
    for (const char *top : { "core", "app" }) {
        QDirIterator it(QStringLiteral(DD_SOURCE_DIR "/") + QLatin1String(top),
                        { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (PortabilityScanner::isPlatformFile(QFileInfo(path).fileName()))
                continue;
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QString relative = path.mid(int(qstrlen(DD_SOURCE_DIR)) + 1);
            scanned << relative;
            for (const QString &line :
                 describe(PortabilityScanner::scan(QString::fromUtf8(file.readAll()))))
                problems << relative + QLatin1Char(':') + line;
        }
    }
    // The walk reached the files (a wrong folder would find nothing and pass).
    CHECK(scanned.contains(QStringLiteral("core/storage/database.cpp")));
    CHECK(scanned.contains(QStringLiteral("app/cli/commandline.cpp")));
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("the portability check finds POSIX and Windows headers, calls, variables and paths")
{
    const QString source = QStringLiteral(R"src(#include <QFile>
#include <unistd.h>
#  include <sys/resource.h>
#include "fcntl.h"
#include <Windows.h>
void limit()
{
    if (fork() == 0)
        return;
    ::kill(pid, SIGTERM);
    struct rlimit r; setrlimit(RLIMIT_AS, &r);
    return usleep(10);
    const QString home = qEnvironmentVariable("HOME");
    const QByteArray app = qgetenv("APPDATA");
    QFile log(QStringLiteral("/tmp/dialoguedesk.log"));
    const QString conf = QDir::homePath() + "~/x"; QFile f("~/.config/dd");
    QFile w(u"C:\\Users\\hoa\\dd.sqlite"_s);
    QFile n("/dev/null");
}
)src");
    const QStringList expected = {
        QStringLiteral("2: <unistd.h>"),
        QStringLiteral("3: <sys/resource.h>"),
        QStringLiteral("4: <fcntl.h>"),
        QStringLiteral("5: <Windows.h>"),
        QStringLiteral("8: fork()"),
        QStringLiteral("10: kill()"),
        QStringLiteral("11: setrlimit()"),
        QStringLiteral("12: usleep()"),
        QStringLiteral("13: HOME"),
        QStringLiteral("14: APPDATA"),
        QStringLiteral("15: \"/tmp/dialoguedesk.log\""),
        QStringLiteral("16: \"~/x\""),
        QStringLiteral("16: \"~/.config/dd\""),
        QStringLiteral("17: \"C:\\\\Users\\\\hoa\\\\dd.sqlite\""),
        QStringLiteral("18: \"/dev/null\""),
    };
    CHECK(describe(PortabilityScanner::scan(source)) == expected);
}

TEST_CASE("the portability check leaves portable Qt code, comments and text alone")
{
    const QString source = QStringLiteral(R"src(#include <QThread>
#include <QProcess>
#include "util/platform.h"
// fork() and <unistd.h> live in platform_posix.cpp; see also "/tmp/x".
/* setrlimit(RLIMIT_AS) — ditto
   #include <sys/resource.h> */
void portable(QProcess &process, QProcess *p, QThread *t)
{
    QThread::sleep(1);
    process.kill();
    p->kill();
    t->wait();
    Statistics stat(session);
    int pipe(int ends);
    const QString file = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/dialoguedesk.sqlite");
    const QString icon = QStringLiteral(":/icons/dialoguedesk.svg");
    const QString url = QStringLiteral("https://www.facebook.com/TinhDoanTayNinh");
    const QString help = tr("The data file is in ~/.local/share, not /tmp; fork() is not used.");
    const QString quote = QStringLiteral("say \"/tmp\"") + QLatin1Char('"');
    const QRegularExpression re(QStringLiteral(R"(^/usr/(\w+)$)"));
    const QString raw = QStringLiteral(R"x(kill(1); "/etc/passwd")x");
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QDir(dir).filePath(QStringLiteral("a/b.csv"));
}
)src");
    CHECK(describe(PortabilityScanner::scan(source)).isEmpty());
}

TEST_CASE("the portability check allows exactly the files named platform_*.cpp")
{
    CHECK(PortabilityScanner::isPlatformFile(QStringLiteral("platform_posix.cpp")));
    CHECK(PortabilityScanner::isPlatformFile(QStringLiteral("platform_windows.cpp")));
    CHECK_FALSE(PortabilityScanner::isPlatformFile(QStringLiteral("platform.h")));
    CHECK_FALSE(PortabilityScanner::isPlatformFile(QStringLiteral("platform_posix.h")));
    CHECK_FALSE(PortabilityScanner::isPlatformFile(QStringLiteral("myplatform_posix.cpp")));
    CHECK_FALSE(PortabilityScanner::isPlatformFile(QStringLiteral("platform.cpp")));
}
