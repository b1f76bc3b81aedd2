#pragma once

#include "io/sheet.h"
#include "util/result.h"

#include <QString>

namespace dd::io {

// Reads an Excel 97-2003 workbook (.xls, BIFF8 and older) with libfreexl, which needs a
// file on disk. Merged ranges are not reported (freexl does not expose them).
Result<Workbook> readXlsFile(const QString &path);

} // namespace dd::io
