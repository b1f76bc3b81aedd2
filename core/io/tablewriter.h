#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

// Export of tables (delegate lists, question summaries, …) to CSV and XLSX. Both formats are
// guarded against formula injection: a cell taken from imported or typed data must never be
// run as a formula by Excel or LibreOffice.
namespace dd::io {

struct ExportColumn
{
    QString header;
    double width = 15; // in Excel character units
    bool asText = false; // phone numbers, codes: kept as text so leading zeros survive
};

// A table without its rows: the sheet name, title, columns and which columns are numbers.
struct ExportLayout
{
    QString sheetName;
    QString title; // optional title row above the header (XLSX only)
    QList<ExportColumn> columns;
    QList<int> numericColumns; // written as numbers when the cell parses as one
};

struct ExportTable : ExportLayout
{
    QList<QStringList> rows;
};

// Rows produced one at a time, so that a long list (100,000 delegates) is written without
// ever being held whole.
class RowSource
{
public:
    virtual ~RowSource() = default;
    // Puts the next row into `cells` and returns true; returns false after the last row, or
    // when reading failed (error() then says why, and the export fails leaving no file).
    // `cells` is the same list for every row: set it whole (assign, or resize and set every
    // cell), never append to it.
    virtual bool next(QStringList &cells) = 0;
    virtual QString error() const { return {}; }
    // How many rows next() gives (or at most), -1 when not known. From 5,000 rows on a workbook
    // is written in libxlsxwriter's constant-memory mode; unknown counts as many.
    virtual qsizetype sizeHint() const { return -1; }
};

// One worksheet to stream: both are borrowed for the call.
struct SheetSource
{
    SheetSource(const ExportLayout &layout, RowSource &rows)
        : layout(&layout)
        , rows(&rows)
    { }
    const ExportLayout *layout;
    RowSource *rows;
};

// UTF-8 with BOM (so Excel detects the encoding), CRLF line ends, ',' delimiter and
// RFC 4180 quoting. The title is not written: a CSV stays a plain table that re-imports.
Status writeCsv(QIODevice &out, const ExportTable &t);
// Same, the rows streamed to the device in pieces of about a megabyte.
Status writeCsv(QIODevice &out, const ExportLayout &layout, RowSource &rows);

// One worksheet per table. Writes to a temporary file next to the target and renames it
// over the target only when complete, so a failure never leaves a half-written file.
Status writeXlsx(const QString &path, const QList<ExportTable> &sheets);
Status writeXlsx(const QString &path, const QList<SheetSource> &sheets);

// Same, into a device (through a temporary file, as libxlsxwriter needs a path).
Status writeXlsx(QIODevice &out, const QList<ExportTable> &sheets);
Status writeXlsx(QIODevice &out, const QList<SheetSource> &sheets);

// A cell beginning with = + - @ tab or CR gets a leading apostrophe (OWASP CSV injection).
QString guardFormula(const QString &cell);

// A worksheet name Excel accepts: no []:*?/\, at most 31 characters, no leading or trailing
// apostrophe, not empty, and (case-insensitively) not one of usedNames.
QString sanitizeSheetName(const QString &name, const QStringList &usedNames = {});

} // namespace dd::io
