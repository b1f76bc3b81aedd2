#pragma once

#include <QList>
#include <QString>

// Finds in C++ source what ties the program to one operating system: POSIX-only or
// Windows-only headers (unistd.h, fcntl.h, sys/…, windows.h…), POSIX calls (fork, kill,
// setrlimit…), lookups of one system's environment variables (HOME, APPDATA…) and hard-coded
// absolute paths ("/tmp/…", "~/…", "C:\…"). Comments and the insides of string literals are
// not code; a member call (process.kill(), QThread::sleep()) or a declaration
// (Statistics stat(…)) is not a call of the POSIX function.
//
// Such code belongs in core/util/platform_<system>.cpp, one file per system chosen by CMake,
// behind a portable header.
class PortabilityScanner
{
public:
    struct Finding
    {
        int line = 0; // 1-based
        QString what; // "fork()", "<unistd.h>", "\"/tmp/x\"", "HOME"
    };

    static QList<Finding> scan(const QString &source);
    // platform_posix.cpp, platform_windows.cpp: the files where such code is allowed.
    static bool isPlatformFile(const QString &fileName);
};
