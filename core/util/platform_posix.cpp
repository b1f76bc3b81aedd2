// POSIX (Linux, macOS): open(2) without blocking, setrlimit(2) in the child of a QProcess.
#include "util/platform.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dd::platform {

namespace {

struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

FileRead readRegularFile(const QString &path, qint64 maxBytes)
{
    FileRead r;
    Fd file;
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer; a regular
    // file ignores the flag.
    do
        file.fd = ::open(QFile::encodeName(path).constData(),
                         O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    while (file.fd < 0 && errno == EINTR);
    if (file.fd < 0) {
        const int error = errno;
        r.status = error == ENOENT || error == ENOTDIR ? FileRead::Status::Missing
                                                       : FileRead::Status::Unreadable;
        r.systemError = QString::fromLocal8Bit(std::strerror(error));
        return r;
    }
    struct stat st
    {
    };
    if (::fstat(file.fd, &st) != 0) {
        r.status = FileRead::Status::Unreadable;
        r.systemError = QString::fromLocal8Bit(std::strerror(errno));
        return r;
    }
    if (S_ISDIR(st.st_mode)) {
        r.status = FileRead::Status::Directory;
        return r;
    }
    if (!S_ISREG(st.st_mode)) {
        r.status = FileRead::Status::NotRegular;
        return r;
    }
    r.size = qint64(st.st_size);
    if (r.size > maxBytes) {
        r.status = FileRead::Status::TooLarge;
        return r;
    }
    readToLimit(r, maxBytes, [&file](char *into, qint64 length, QString *error) -> qint64 {
        for (;;) {
            const ssize_t n = ::read(file.fd, into, size_t(length));
            if (n < 0 && (errno == EINTR || errno == EAGAIN))
                continue;
            if (n < 0)
                *error = QString::fromLocal8Bit(std::strerror(errno));
            return qint64(n);
        }
    });
    return r;
}

ChildRun runLimited(const QString &program, const QStringList &arguments, const ChildLimits &limits)
{
    ChildRun run;
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    const rlim_t memory = rlim_t(limits.memoryBytes);
    const rlim_t cpu = rlim_t(limits.cpuSeconds);
    // Runs in the child between fork and exec: only async-signal-safe calls.
    process.setChildProcessModifier([memory, cpu] {
        const rlimit as { memory, memory };
        ::setrlimit(RLIMIT_AS, &as);
        // SIGXCPU at the soft limit, SIGKILL a second later.
        const rlimit time { cpu, cpu + 1 };
        ::setrlimit(RLIMIT_CPU, &time);
        const rlimit noCore { 0, 0 };
        ::setrlimit(RLIMIT_CORE, &noCore);
    });
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments, QIODevice::ReadOnly);
    if (!process.waitForStarted(limits.wallMilliseconds))
        return run;
    auto stop = [&](ChildRun::End end) {
        process.kill();
        process.waitForFinished(-1);
        run.end = end;
        run.output.clear();
        return run;
    };
    while (process.state() != QProcess::NotRunning) {
        const qint64 left = limits.wallMilliseconds - clock.elapsed();
        if (left <= 0)
            return stop(ChildRun::End::TimedOut);
        process.waitForReadyRead(int(std::min<qint64>(left, 200)));
        run.output += process.readAllStandardOutput();
        if (run.output.size() > limits.maxOutputBytes)
            return stop(ChildRun::End::OutputTooLarge);
    }
    run.output += process.readAllStandardOutput();
    if (run.output.size() > limits.maxOutputBytes)
        return stop(ChildRun::End::OutputTooLarge);
    if (process.exitStatus() == QProcess::CrashExit) {
        run.end = ChildRun::End::Crashed;
        return run;
    }
    run.end = ChildRun::End::Exited;
    run.exitCode = process.exitCode();
    return run;
}

qint64 peakMemoryBytes()
{
    rusage usage {};
    if (::getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
#ifdef __APPLE__
    return qint64(usage.ru_maxrss); // bytes on macOS
#else
    return qint64(usage.ru_maxrss) * 1024; // kilobytes on Linux
#endif
}

} // namespace dd::platform
