#pragma once

#include "io/sheet.h"
#include "util/result.h"

#include <QString>

namespace dd::io {

// Reads an Excel 97-2003 workbook (.xls, BIFF8 and older) with libfreexl, which needs a file
// on disk. libfreexl 1.0.6 reads out of bounds on damaged files (one changed byte is enough),
// so it runs in a helper process, dialoguedesk-xlsreader, under memory and time limits
// (util/platform.h); what the helper writes is checked like any other input. A helper that
// crashes or runs out of time gives a message, never a crash here. `fileName` is the name the
// user knows the file by, for the messages. Merged ranges are not reported (freexl does not
// expose them).
Result<Workbook> readXlsFile(const QString &path, const QString &fileName = {});

// Where the helper is: beside the running program, else where the build put it.
QString xlsReaderProgram();

} // namespace dd::io
