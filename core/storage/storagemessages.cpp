#include "storage/storagemessages.h"

#include <QCoreApplication>

namespace dd::storagemessages {

QString diskFull(const QString &file)
{
    return QCoreApplication::translate(
               "Storage",
               "The disk that holds “%1” is full, so nothing more could be written to it; what "
               "the file held before is unchanged. Free some space on that disk (or move the file "
               "to another one), then try again.")
        .arg(file);
}

QString readOnlyFile(const QString &file)
{
    return QCoreApplication::translate(
               "Storage",
               "The file “%1” is read-only (write-protected), so it can be looked at but not "
               "changed. To change it, remove the write protection in the file's properties, or "
               "save a copy elsewhere and open that.")
        .arg(file);
}

QString readOnlyFolder(const QString &file, const QString &folder)
{
    return QCoreApplication::translate(
               "Storage",
               "The folder “%2” is read-only, so “%1” can be looked at but not changed: the "
               "program must write its working files beside it. To change it, copy the file into "
               "a folder you may write to (such as Documents) and open the copy.")
        .arg(file, folder);
}

QString lockedByAnotherProgram(const QString &file)
{
    return QCoreApplication::translate(
               "Storage",
               "The file “%1” is locked by another program that is writing to it. Nothing was "
               "changed. Close that program (or wait for it to finish), then try again.")
        .arg(file);
}

QString diskError(const QString &file)
{
    return QCoreApplication::translate(
               "Storage",
               "The disk that holds “%1” could not be read or written (was a USB drive or "
               "network folder disconnected?). Nothing more was saved. Check the drive, then open "
               "the file again.")
        .arg(file);
}

QString damaged(const QString &file)
{
    return QCoreApplication::translate(
               "Storage",
               "The file “%1” is damaged and cannot be used safely. It was not changed. Open "
               "one of its backups (in the DialogueDesk-backups folder beside it) with File ▸ "
               "Open, or a copy saved earlier.")
        .arg(file);
}

QString cannotOpen(const QString &file)
{
    return QCoreApplication::translate(
               "Storage",
               "The file “%1” cannot be opened. Check that it exists, that you may open it and "
               "that it is not on a disconnected drive.")
        .arg(file);
}

QString notAFile(const QString &file)
{
    return QCoreApplication::translate(
               "Storage",
               "“%1” is not an ordinary file (it is a device, a pipe or a socket), so it cannot "
               "hold DialogueDesk data. Choose a data file (.sqlite).")
        .arg(file);
}

QString isFolder(const QString &file)
{
    return QCoreApplication::translate(
               "Storage",
               "“%1” is a folder, not a data file. Choose a data file (.sqlite) inside it, or "
               "give the name of a new file.")
        .arg(file);
}

QString emptyFile(const QString &file)
{
    return QCoreApplication::translate(
               "Storage",
               "The file “%1” is empty (0 bytes): it holds no data yet. Open it in the window, "
               "or add --sample, to make it a data file.")
        .arg(file);
}

QString refusedValue()
{
    return QCoreApplication::translate(
        "Storage",
        "The change was refused because it would break a rule of the data file (a value "
        "out of range, or a link to something that no longer exists). Nothing was changed.");
}

QString tooLarge()
{
    return QCoreApplication::translate("Storage",
                                       "A value is too large to be stored. Nothing was changed.");
}

QString outOfMemory()
{
    return QCoreApplication::translate(
        "Storage",
        "The computer ran out of memory. Nothing was changed; close other programs and try "
        "again.");
}

QString otherError(int code)
{
    return QCoreApplication::translate(
               "Storage",
               "The data file reported an unexpected problem (code %1). Nothing was changed.")
        .arg(code);
}

} // namespace dd::storagemessages
