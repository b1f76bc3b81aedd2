#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

// The few things DialogueDesk asks of the operating system directly, one implementation per
// system (platform_posix.cpp, platform_windows.cpp; CMake builds the one that fits). Nothing
// outside those files calls a POSIX or Windows API.
namespace dd::platform {

// A file the user chose, read whole but never more than maxBytes: only a regular file (a
// FIFO, a device such as /dev/zero or a socket is refused without blocking on it, even when
// reached through a link), its size checked before anything is read, and the read itself
// stopped past the limit in case the file grows meanwhile.
struct FileRead
{
    enum class Status { Ok, Missing, Directory, NotRegular, TooLarge, Unreadable };
    Status status = Status::Ok;
    QByteArray data;
    qint64 size = 0; // the size found, also when TooLarge
    QString systemError; // the system's words for Unreadable
};
FileRead readRegularFile(const QString &path, qint64 maxBytes);

// What readRegularFile() does on every system once the file is open and its size `r.size`
// known and within the limit: reads to the end into `r.data` through `readSome` (the system's
// read: up to `length` bytes at `into`; returns the count, 0 at the end, or -1 after putting
// the system's words in `*error`), with room for one byte more than the size said, so that a
// file that grew since is noticed, and refused as TooLarge once past maxBytes.
using ReadSome = std::function<qint64(char *into, qint64 length, QString *error)>;
void readToLimit(FileRead &r, qint64 maxBytes, const ReadSome &readSome);

// A helper program run under limits, for work on untrusted input done by a library that is
// not safe with it: its memory (address space or committed memory), its processor time and
// the wall-clock time it may take; its standard output is collected up to a size, its
// standard input and error go nowhere. A child that passes a limit is killed.
struct ChildLimits
{
    qint64 memoryBytes = 512ll * 1024 * 1024;
    int cpuSeconds = 30;
    int wallMilliseconds = 60'000;
    qint64 maxOutputBytes = 256ll * 1024 * 1024;
};
struct ChildRun
{
    enum class End { Exited, Crashed, TimedOut, OutputTooLarge, NotStarted };
    End end = End::NotStarted;
    int exitCode = -1; // for Exited
    QByteArray output;
};
ChildRun runLimited(const QString &program, const QStringList &arguments,
                    const ChildLimits &limits);

// The most memory this process has held at once (resident set), in bytes.
qint64 peakMemoryBytes();

} // namespace dd::platform
