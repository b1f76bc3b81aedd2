// Windows: CreateFileW with a check of the file type, and a child process that starts
// suspended inside a job object which holds its limits, so that it never runs unlimited.
#include "util/platform.h"

#include <QDir>
#include <QElapsedTimer>

#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <psapi.h>
#include <windows.h>

#include <algorithm>
#include <string>

namespace dd::platform {

namespace {

struct Handle
{
    HANDLE h = nullptr;
    Handle() = default;
    explicit Handle(HANDLE handle)
        : h(handle == INVALID_HANDLE_VALUE ? nullptr : handle)
    { }
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;
    ~Handle() { reset(); }
    void reset(HANDLE other = nullptr)
    {
        if (h)
            CloseHandle(h);
        h = other == INVALID_HANDLE_VALUE ? nullptr : other;
    }
    explicit operator bool() const { return h != nullptr; }
};

QString systemMessage(DWORD error)
{
    wchar_t *buffer = nullptr;
    const DWORD n = FormatMessageW(
        FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
        nullptr, error, 0, reinterpret_cast<wchar_t *>(&buffer), 0, nullptr);
    QString text = n ? QString::fromWCharArray(buffer, int(n)).trimmed()
                     : QStringLiteral("error %1").arg(error);
    if (buffer)
        LocalFree(buffer);
    return text;
}

std::wstring nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path).toStdWString();
}

// One argument quoted as CommandLineToArgvW and the C runtime read it back.
void appendArgument(std::wstring &line, const QString &argument)
{
    const std::wstring arg = argument.toStdWString();
    if (!line.empty())
        line += L' ';
    if (!arg.empty() && arg.find_first_of(L" \t\n\v\"") == std::wstring::npos) {
        line += arg;
        return;
    }
    line += L'"';
    for (size_t i = 0;; ++i) {
        size_t backslashes = 0;
        while (i < arg.size() && arg[i] == L'\\') {
            ++i;
            ++backslashes;
        }
        if (i == arg.size()) {
            line.append(backslashes * 2, L'\\'); // before the closing quote
            break;
        }
        if (arg[i] == L'"') {
            line.append(backslashes * 2 + 1, L'\\');
            line += L'"';
        } else {
            line.append(backslashes, L'\\');
            line += arg[i];
        }
    }
    line += L'"';
}

} // namespace

FileRead readRegularFile(const QString &path, qint64 maxBytes)
{
    FileRead r;
    const std::wstring name = nativePath(path);
    const DWORD attributes = GetFileAttributesW(name.c_str());
    if (attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY)) {
        r.status = FileRead::Status::Directory;
        return r;
    }
    Handle file(CreateFileW(name.c_str(), GENERIC_READ,
                            FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                            OPEN_EXISTING, FILE_FLAG_SEQUENTIAL_SCAN, nullptr));
    if (!file) {
        const DWORD error = GetLastError();
        r.status = error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND
            ? FileRead::Status::Missing
            : FileRead::Status::Unreadable;
        r.systemError = systemMessage(error);
        return r;
    }
    // Named pipes, consoles and devices (NUL, COM1) are not files to import.
    if (GetFileType(file.h) != FILE_TYPE_DISK) {
        r.status = FileRead::Status::NotRegular;
        return r;
    }
    LARGE_INTEGER size {};
    if (!GetFileSizeEx(file.h, &size)) {
        r.status = FileRead::Status::Unreadable;
        r.systemError = systemMessage(GetLastError());
        return r;
    }
    r.size = qint64(size.QuadPart);
    if (r.size > maxBytes) {
        r.status = FileRead::Status::TooLarge;
        return r;
    }
    readToLimit(r, maxBytes, [&file](char *into, qint64 length, QString *error) -> qint64 {
        // ReadFile takes a DWORD: at most 1 GiB a call.
        const DWORD want = DWORD(std::min<qint64>(length, 1 << 30));
        DWORD n = 0;
        if (!ReadFile(file.h, into, want, &n, nullptr)) {
            *error = systemMessage(GetLastError());
            return -1;
        }
        return qint64(n);
    });
    return r;
}

ChildRun runLimited(const QString &program, const QStringList &arguments, const ChildLimits &limits)
{
    ChildRun run;

    // The job holds the limits; closing its handle (when this function returns, whatever
    // happened) kills anything still in it.
    Handle job(CreateJobObjectW(nullptr, nullptr));
    if (!job)
        return run;
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION info {};
    info.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_PROCESS_MEMORY
        | JOB_OBJECT_LIMIT_PROCESS_TIME | JOB_OBJECT_LIMIT_ACTIVE_PROCESS
        | JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE | JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION;
    info.BasicLimitInformation.ActiveProcessLimit = 1;
    info.BasicLimitInformation.PerProcessUserTimeLimit.QuadPart
        = LONGLONG(limits.cpuSeconds) * 10'000'000; // in 100 ns
    info.ProcessMemoryLimit = SIZE_T(limits.memoryBytes);
    if (!SetInformationJobObject(job.h, JobObjectExtendedLimitInformation, &info, sizeof info))
        return run;

    // Standard output through a pipe whose reading end stays here; input and error to NUL.
    SECURITY_ATTRIBUTES inherit { sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE };
    HANDLE readEnd = nullptr;
    HANDLE writeEnd = nullptr;
    if (!CreatePipe(&readEnd, &writeEnd, &inherit, 0))
        return run;
    Handle outRead(readEnd);
    Handle outWrite(writeEnd);
    SetHandleInformation(outRead.h, HANDLE_FLAG_INHERIT, 0);
    Handle nul(CreateFileW(L"NUL", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                           &inherit, OPEN_EXISTING, 0, nullptr));
    if (!nul)
        return run;

    // Only these three handles are inherited, not every inheritable handle of this process.
    SIZE_T attributeSize = 0;
    InitializeProcThreadAttributeList(nullptr, 1, 0, &attributeSize);
    std::string attributeBuffer(attributeSize, '\0');
    auto *attributeList = reinterpret_cast<LPPROC_THREAD_ATTRIBUTE_LIST>(attributeBuffer.data());
    if (!InitializeProcThreadAttributeList(attributeList, 1, 0, &attributeSize))
        return run;
    HANDLE inherited[] = { nul.h, outWrite.h };
    const bool listed
        = UpdateProcThreadAttribute(attributeList, 0, PROC_THREAD_ATTRIBUTE_HANDLE_LIST, inherited,
                                    sizeof inherited, nullptr, nullptr);
    STARTUPINFOEXW startup {};
    startup.StartupInfo.cb = sizeof startup;
    startup.StartupInfo.dwFlags = STARTF_USESTDHANDLES;
    startup.StartupInfo.hStdInput = nul.h;
    startup.StartupInfo.hStdOutput = outWrite.h;
    startup.StartupInfo.hStdError = nul.h;
    startup.lpAttributeList = attributeList;

    std::wstring commandLine;
    appendArgument(commandLine, QDir::toNativeSeparators(program));
    for (const QString &argument : arguments)
        appendArgument(commandLine, argument);
    const std::wstring application = nativePath(program);
    PROCESS_INFORMATION pi {};
    // Suspended until it is in the job: it never runs a single instruction without limits.
    const BOOL started = listed
        && CreateProcessW(application.c_str(), commandLine.data(), nullptr, nullptr, TRUE,
                          CREATE_SUSPENDED | CREATE_NO_WINDOW | EXTENDED_STARTUPINFO_PRESENT,
                          nullptr, nullptr, &startup.StartupInfo, &pi);
    DeleteProcThreadAttributeList(attributeList);
    if (!started)
        return run;
    Handle process(pi.hProcess);
    Handle thread(pi.hThread);
    if (!AssignProcessToJobObject(job.h, process.h)) {
        TerminateProcess(process.h, 1);
        WaitForSingleObject(process.h, INFINITE);
        return run;
    }
    ResumeThread(thread.h);
    outWrite.reset(); // the child holds the only writing end: the pipe breaks when it ends

    QElapsedTimer clock;
    clock.start();
    auto stop = [&](ChildRun::End end) {
        TerminateJobObject(job.h, 1);
        WaitForSingleObject(process.h, INFINITE);
        run.end = end;
        run.output.clear();
        return run;
    };
    char buffer[65536];
    for (;;) {
        if (clock.elapsed() > limits.wallMilliseconds)
            return stop(ChildRun::End::TimedOut);
        DWORD available = 0;
        if (!PeekNamedPipe(outRead.h, nullptr, 0, nullptr, &available, nullptr))
            break; // broken: the child ended and everything it wrote has been read
        if (available == 0) {
            // Nothing to read: wait a little for the child to write more or to end.
            WaitForSingleObject(process.h, 20);
            continue;
        }
        DWORD n = 0;
        if (!ReadFile(outRead.h, buffer, std::min<DWORD>(available, sizeof buffer), &n, nullptr))
            break;
        run.output.append(buffer, qsizetype(n));
        if (run.output.size() > limits.maxOutputBytes)
            return stop(ChildRun::End::OutputTooLarge);
    }
    const DWORD left = DWORD(std::max<qint64>(0, limits.wallMilliseconds - clock.elapsed()));
    if (WaitForSingleObject(process.h, left) != WAIT_OBJECT_0)
        return stop(ChildRun::End::TimedOut);
    DWORD code = 0;
    GetExitCodeProcess(process.h, &code);
    // An exception (access violation, stack overflow, a job limit) ends the process with its
    // NTSTATUS code, whose two top bits say "error".
    if ((code & 0xC0000000u) == 0xC0000000u) {
        run.end = ChildRun::End::Crashed;
        run.output.clear();
        return run;
    }
    run.end = ChildRun::End::Exited;
    run.exitCode = int(code);
    return run;
}

qint64 peakMemoryBytes()
{
    PROCESS_MEMORY_COUNTERS counters {};
    counters.cb = sizeof counters;
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return 0;
    return qint64(counters.PeakWorkingSetSize);
}

} // namespace dd::platform
