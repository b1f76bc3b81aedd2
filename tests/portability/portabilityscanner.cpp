#include "portability/portabilityscanner.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace {

// The source twice, both with comments blanked (line breaks kept, so lines still count):
// `text` keeps string literals, `code` blanks their insides too.
struct Stripped
{
    QString text;
    QString code;
    QList<std::pair<qsizetype, QString>> literals; // where each string literal starts, its inside
};

Stripped strip(const QString &src)
{
    Stripped s { src, src, {} };
    const qsizetype n = src.size();
    auto blank = [&](QString &out, qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to && i < n; ++i)
            if (out[i] != QLatin1Char('\n'))
                out[i] = QLatin1Char(' ');
    };
    static const QRegularExpression rawStart(
        QStringLiteral("(?:u8|u|U|L)?R\"([^()\\\\ ]{0,16})\\("));
    qsizetype i = 0;
    while (i < n) {
        const QChar c = src.at(i);
        const QChar next = i + 1 < n ? src.at(i + 1) : QChar();
        if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
            const qsizetype end = src.indexOf(QLatin1Char('\n'), i);
            const qsizetype stop = end < 0 ? n : end;
            blank(s.text, i, stop);
            blank(s.code, i, stop);
            i = stop;
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype end = src.indexOf(QStringLiteral("*/"), i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            blank(s.text, i, stop);
            blank(s.code, i, stop);
            i = stop;
        } else if (c == QLatin1Char('R') || c == QLatin1Char('u') || c == QLatin1Char('U')
                   || c == QLatin1Char('L')) {
            const QRegularExpressionMatch m
                = rawStart.match(src, i, QRegularExpression::NormalMatch,
                                 QRegularExpression::AnchorAtOffsetMatchOption);
            const bool wordStart = i == 0
                || !(src.at(i - 1).isLetterOrNumber() || src.at(i - 1) == QLatin1Char('_'));
            if (m.hasMatch() && wordStart) {
                const QString close = QLatin1Char(')') + m.captured(1) + QLatin1Char('"');
                const qsizetype bodyStart = i + m.capturedLength();
                const qsizetype end = src.indexOf(close, bodyStart);
                const qsizetype stop = end < 0 ? n : end;
                blank(s.code, bodyStart, stop);
                i = stop + close.size();
            } else {
                ++i;
            }
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            qsizetype j = i + 1;
            while (j < n && src.at(j) != c && src.at(j) != QLatin1Char('\n'))
                j += src.at(j) == QLatin1Char('\\') ? 2 : 1;
            blank(s.code, i + 1, j);
            if (c == QLatin1Char('"'))
                s.literals.append({ i, src.mid(i + 1, j - i - 1) });
            i = j + 1;
        } else {
            ++i;
        }
    }
    return s;
}

int lineAt(const QString &text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(QLatin1Char('\n'))) + 1;
}

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// True when the name at `at` is called as the free function, not a member (x.kill(),
// p->kill(), QThread::sleep()) nor declared (Statistics stat(…), int pipe(…)).
bool isFreeCall(const QString &code, qsizetype at)
{
    qsizetype i = at - 1;
    while (i >= 0 && code.at(i).isSpace())
        --i;
    if (i < 0)
        return true;
    const QChar c = code.at(i);
    if (c == QLatin1Char(':') && i > 0 && code.at(i - 1) == QLatin1Char(':')) {
        qsizetype j = i - 2; // ::fork() is the global one; QThread::sleep() a member
        while (j >= 0 && code.at(j).isSpace())
            --j;
        return j < 0 || !isIdentifierChar(code.at(j));
    }
    if (c == QLatin1Char('.') || c == QLatin1Char('>'))
        return false;
    if (isIdentifierChar(c)) {
        qsizetype j = i;
        while (j >= 0 && isIdentifierChar(code.at(j)))
            --j;
        static const QSet<QString> keywords { QStringLiteral("return"), QStringLiteral("co_return"),
                                              QStringLiteral("else"),   QStringLiteral("do"),
                                              QStringLiteral("case"),   QStringLiteral("throw") };
        return keywords.contains(code.mid(j + 1, i - j));
    }
    return true;
}

} // namespace

QList<PortabilityScanner::Finding> PortabilityScanner::scan(const QString &source)
{
    const Stripped s = strip(source);
    QList<Finding> found;

    // Headers of one system only.
    static const QRegularExpression include(
        QStringLiteral("^[ \\t]*#[ \\t]*include[ \\t]*[<\"]([^>\"]+)[>\"]"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression systemHeader(
        QStringLiteral("^(?:(?:sys|netinet|arpa|linux|asm|mach)/.*"
                       "|unistd|fcntl|dirent|pwd|grp|dlfcn|pthread|termios|poll|syslog|spawn"
                       "|semaphore|libgen|glob|fnmatch|strings|sched|utime|wordexp|netdb"
                       "|ifaddrs|execinfo|err|langinfo|sysexits"
                       "|windows|winbase|winnt|io|direct|process|winsock2?|ws2tcpip|shlobj"
                       "|shellapi|tlhelp32|psapi|conio|winreg|wincrypt|objbase|combaseapi)"
                       "\\.h$"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = include.globalMatch(s.text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (systemHeader.match(m.captured(1)).hasMatch())
            found.append({ lineAt(source, m.capturedStart()),
                           QLatin1Char('<') + m.captured(1) + QLatin1Char('>') });
    }

    // POSIX calls. Names that Qt classes also use for members (read, write, open, close,
    // wait…) are left out: a call of those cannot be told apart from a member call here.
    static const QRegularExpression call(QStringLiteral(
        "\\b(fork|vfork|execv|execve|execvp|execvpe|execl|execle|execlp|waitpid|wait3|wait4"
        "|pipe2?|dup2|getpid|getppid|getuid|geteuid|getgid|getegid|setuid|setgid|setsid|kill"
        "|killpg|setrlimit|getrlimit|prlimit|sysconf|pathconf|mmap|munmap|mprotect|realpath"
        "|symlink|readlink|lstat|chmod|fchmod|chown|lchown|fsync|fdatasync|usleep|nanosleep"
        "|sleep|mkstemp|mkdtemp|popen|pclose|setenv|unsetenv|strcasecmp|strncasecmp"
        "|gettimeofday|clock_gettime|localtime_r|gmtime_r|strerror_r|isatty|umask|getpwuid"
        "|getpwnam|getgrgid|sigaction|sigprocmask|alarm|ioctl|fcntl|posix_spawnp?)\\s*\\("));
    for (auto it = call.globalMatch(s.code); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (isFreeCall(s.code, m.capturedStart()))
            found.append(
                { lineAt(source, m.capturedStart()), m.captured(1) + QStringLiteral("()") });
    }

    // One system's environment: QStandardPaths and QDir know where home and temp are.
    static const QRegularExpression env(QStringLiteral(
        "\\b(?:q?getenv|_wgetenv|qgetenv|qEnvironmentVariable\\w*|qputenv|qunsetenv)\\s*\\(\\s*"
        "(?:u8)?\"(HOME|TMPDIR|TMP|TEMP|USER|LOGNAME|USERNAME|USERPROFILE|APPDATA|LOCALAPPDATA"
        "|PROGRAMFILES|XDG_\\w+)\""));
    for (auto it = env.globalMatch(s.text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        found.append({ lineAt(source, m.capturedStart()), m.captured(1) });
    }

    // Absolute paths of one system written into the code: a string literal that starts with
    // one. Text that merely mentions a path further on is left alone.
    static const QRegularExpression systemPath(QStringLiteral(
        "^(?:/(?:tmp|home|usr|etc|var|dev|proc|opt|run|root|mnt|media|bin|sbin|lib|lib64|sys"
        "|srv|Users|Library|Applications)(?:/|$)|~/|[A-Za-z]:(?:\\\\\\\\|/))"));
    for (const auto &[at, inside] : s.literals)
        if (systemPath.match(inside).hasMatch())
            found.append({ lineAt(source, at), QLatin1Char('"') + inside + QLatin1Char('"') });

    std::sort(found.begin(), found.end(),
              [](const Finding &a, const Finding &b) { return a.line < b.line; });
    return found;
}

bool PortabilityScanner::isPlatformFile(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^platform_[a-z0-9_]+\\.cpp$"));
    return pattern.match(fileName).hasMatch();
}
