#pragma once

#include "io/sheet.h"
#include "io/spreadsheetreader.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace dd::io {

// Reads an XLSX or ODS package with liborcus, cell by cell into sheets (no document model of
// orcus's own, no dense grid). The package must have been normalised first (xlsxpackage.h,
// odspackage.h): orcus 0.17 gets some files wrong and stops on others with an assertion.
// A cell past kMaxColumns, a row past kMaxRows, more than kMaxCells cells, or a reference to
// a shared string or a style that is not in its table is refused with a message naming
// `fileName`, the sheet and the cell.
Result<Workbook> readWithOrcus(const QByteArray &package, SpreadsheetFormat format,
                               const QString &fileName);

} // namespace dd::io
