#pragma once

#include "io/csvreader.h"
#include "io/sheet.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace dd::io {

enum class SpreadsheetFormat { Unknown, Csv, Xlsx, Ods, Xls };

// By content first (a zip holding [Content_Types].xml is XLSX, one whose mimetype is the ODF
// spreadsheet type is ODS, an OLE compound file is XLS), by the file name's extension second.
// `head` should be the whole file for zips (their directory is at the end); for other
// formats the first few kilobytes are enough.
SpreadsheetFormat detectFormat(const QByteArray &head, const QString &fileName);

// Reads any supported file into sheets. CSV gives one sheet; csv options apply to CSV only.
// Failures come back as a message for the user saying what is wrong and what to do.
Result<Workbook> readSpreadsheet(const QString &path, const CsvOptions &csv = {});
Result<Workbook> readSpreadsheet(const QByteArray &bytes, const QString &fileNameHint,
                                 const CsvOptions &csv = {});

namespace detail {
// Reads an XLSX or ODS package with liborcus as it is, without the normalisation that works
// around liborcus 0.17's defects. Only for tests that show those defects still exist.
Result<Workbook> readWithOrcusUnpatched(const QByteArray &package, SpreadsheetFormat format);
} // namespace detail

} // namespace dd::io
