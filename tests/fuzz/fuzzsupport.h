#pragma once

#include "import/attendeefields.h"
#include "import/attendeepreview.h"
#include "io/spreadsheetreader.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace fuzz {

// Qt's translations, temporary files and the .xls helper's process expect an application.
inline void initialise()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// What `import attendees` does with a file of this name, up to the preview: read it, find the
// table's header, check and normalise every row (no database needed for that).
inline void importSpreadsheet(const uint8_t *data, size_t size, const char *fileName)
{
    const Result<dd::io::Workbook> book
        = dd::io::readSpreadsheet(bytesOf(data, size), QString::fromLatin1(fileName));
    if (!book)
        return;
    for (const dd::io::Sheet &sheet : book->sheets) {
        const dd::import::HeaderInfo header = dd::import::findHeader(sheet);
        if (header.row < 0)
            continue;
        dd::import::ImportOptions options;
        options.headerRow = header.row;
        dd::import::buildImportPreview(sheet, dd::import::ImportContext {}, options);
        return;
    }
}

} // namespace fuzz
