#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

// How much a file the secretariat imports may hold. A list of delegates or of questions is a
// few thousand rows at most; these bounds are far above that and far below what would
// exhaust the memory of an office PC. Each is checked before the work it protects, and the
// message that refuses a file names the bound.
namespace dd::io {

inline constexpr qint64 kMaxImportFileBytes = 100ll * 1024 * 1024;
inline constexpr int kMaxRows = 1'048'576; // as many as Excel has
inline constexpr int kMaxColumns = 1'000; // counting empty and repeated cells before the last
                                          // filled one of a row
inline constexpr qsizetype kMaxCells = 5'000'000; // cells kept, empty ones inside rows included
inline constexpr int kMaxNameLength = 150; // characters of a person's name
inline constexpr int kMaxFieldLength = 2'000; // of any other field
inline constexpr int kMaxLongTextLength = 10'000; // of a note or a question
inline constexpr int kMaxEmailDepth = 20; // multiparts and attached messages, one in another
inline constexpr int kMaxEmailParts = 500;

// Reads a file the user chose for import: a regular file of at most kMaxImportFileBytes (a
// FIFO, a device or a directory is refused without blocking, even behind a link). The message
// names the file.
Result<QByteArray> readImportFile(const QString &path);

// "AB12" for row 11, column 27 (0-based): the cell as the spreadsheet program names it.
QString cellName(qint64 row, qint64 column);

// The messages for the bounds, naming the file (by its name without folders) and where the
// bound was passed; `sheet` may be empty (a CSV file).
Error tooManyColumns(const QString &file, const QString &sheet, qint64 row, qint64 column);
Error tooManyRows(const QString &file, const QString &sheet);
Error tooManyCells(const QString &file, const QString &sheet);

// A cell of an XLSX sheet that refers to a shared string or a style its file does not have:
// the file is damaged (reading another string in its place would store wrong text).
Error missingSharedString(const QString &file, const QString &sheet, qint64 row, qint64 column,
                          const QString &index, qsizetype count);
Error missingStyle(const QString &file, const QString &sheet, qint64 row, qint64 column,
                   const QString &index, qsizetype count);

} // namespace dd::io
