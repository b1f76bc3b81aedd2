#pragma once

#include <QString>

// What storage tells the user when a data file cannot be used, in their words (tr context
// "Storage"): what is wrong and what to do. The engine's own English text goes to the log only.
// `file` is the file's name as the user sees it.
namespace dd::storagemessages {

QString diskFull(const QString &file);
QString readOnlyFile(const QString &file);
QString readOnlyFolder(const QString &file, const QString &folder);
QString lockedByAnotherProgram(const QString &file);
QString diskError(const QString &file);
QString damaged(const QString &file);
QString cannotOpen(const QString &file);
QString notAFile(const QString &file);
QString isFolder(const QString &file);
QString emptyFile(const QString &file);
QString refusedValue();
QString tooLarge();
QString outOfMemory();
QString otherError(int code);

} // namespace dd::storagemessages
