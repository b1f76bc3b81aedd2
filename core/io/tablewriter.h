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

struct ExportTable
{
    QString sheetName;
    QString title; // optional title row above the header (XLSX only)
    QList<ExportColumn> columns;
    QList<QStringList> rows;
    QList<int> numericColumns; // written as numbers when the cell parses as one
};

// UTF-8 with BOM (so Excel detects the encoding), CRLF line ends, ',' delimiter and
// RFC 4180 quoting. The title is not written: a CSV stays a plain table that re-imports.
Status writeCsv(QIODevice &out, const ExportTable &t);

// One worksheet per table. Writes to a temporary file next to the target and renames it
// over the target only when complete, so a failure never leaves a half-written file.
Status writeXlsx(const QString &path, const QList<ExportTable> &sheets);

// Same, into a device (through a temporary file, as libxlsxwriter needs a path).
Status writeXlsx(QIODevice &out, const QList<ExportTable> &sheets);

// A cell beginning with = + - @ tab or CR gets a leading apostrophe (OWASP CSV injection).
QString guardFormula(const QString &cell);

// A worksheet name Excel accepts: no []:*?/\, at most 31 characters, no leading or trailing
// apostrophe, not empty, and (case-insensitively) not one of usedNames.
QString sanitizeSheetName(const QString &name, const QStringList &usedNames = {});

} // namespace dd::io
