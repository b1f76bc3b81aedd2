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
// Cells kept, empty ones inside rows included: twice the 100,000 people × 10 columns of the
// import benchmark. Each costs some 60 bytes read; this bound keeps a 20 MB file under 500 MB.
inline constexpr qsizetype kMaxCells = 2'000'000;
// What the parts of an XLSX or ODS package may unpack to, together. Measured on the program's
// own exports read by `import attendees --dry-run` (peak = about 27 MB + 10.6 × the unpacked
// XLSX, 6.2 × the unpacked ODS that LibreOffice saves from it), these keep the peak under
// 500 MB: 40 MiB holds an XLSX export of some 52,000 people, 72 MiB an ODS of some 41,000.
// A larger list is refused before it is unpacked, with a message asking for CSV or a split.
inline constexpr qint64 kMaxUnpackedBytes = 40ll * 1024 * 1024;
inline constexpr qint64 kMaxUnpackedOdsBytes = 72ll * 1024 * 1024;
inline constexpr int kMaxNameLength = 150; // characters of a person's name
inline constexpr int kMaxFieldLength = 2'000; // of any other field
inline constexpr int kMaxLongTextLength = 10'000; // of a note or a question
inline constexpr int kMaxEmailDepth = 20; // multiparts and attached messages, one in another
inline constexpr int kMaxEmailParts = 500;

// Reads a file the user chose for import: a regular file of at most kMaxImportFileBytes (a
// FIFO, a device or a directory is refused without blocking, even behind a link). The message
// names the file.
Result<QByteArray> readImportFile(const QString &path);

// "The file “danh-sach.xlsx”" (the name without folders), or "The file" for no name: how a
// message names the file it is about.
QString fileLabel(const QString &file);

// "The file “…” is damaged: <detail> Open it in Excel or LibreOffice, save it again and import
// the new file." `detail` is a sentence saying what is wrong.
Error damagedFile(const QString &file, const QString &detail);

// "AB12" for row 11, column 27 (0-based): the cell as the spreadsheet program names it.
QString cellName(qint64 row, qint64 column);
// The letters of a column, 0-based: 0 → "A", 27 → "AB".
QString columnName(qint64 column);

// The messages for the bounds, naming the file (by its name without folders) and where the
// bound was passed; `sheet` may be empty (a CSV file).
Error tooManyColumns(const QString &file, const QString &sheet, qint64 row, qint64 column);
Error tooManyRows(const QString &file, const QString &sheet);
Error tooManyCells(const QString &file, const QString &sheet);
// An XLSX or ODS whose parts unpack to more than `limit` bytes: refused, with what to do.
Error unpacksTooLarge(const QString &file, qint64 limit);
// The limit above for a spreadsheet of this name (.ods or else XLSX).
qint64 unpackedLimitFor(const QString &file);
// A warning for a spreadsheet the program has just written that its import would refuse,
// or nothing (a CSV, or a file within the limit).
QString importRefusalWarning(const QString &path);

// A cell of an XLSX sheet that refers to a shared string or a style its file does not have:
// the file is damaged (reading another string in its place would store wrong text).
Error missingSharedString(const QString &file, const QString &sheet, qint64 row, qint64 column,
                          const QString &index, qsizetype count);
Error missingStyle(const QString &file, const QString &sheet, qint64 row, qint64 column,
                   const QString &index, qsizetype count);

} // namespace dd::io
