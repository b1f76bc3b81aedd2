#pragma once

#include "io/sheet.h"
#include "io/textdecoder.h"
#include "util/result.h"

#include <QByteArray>
#include <QChar>

namespace dd::io {

struct CsvOptions
{
    TextEncoding encoding = TextEncoding::Auto;
    QChar delimiter = QChar(); // null: detect among comma, semicolon and tab
};

// Reads RFC 4180 CSV (quoted fields with delimiters, doubled quotes and line breaks; CRLF,
// LF or CR line ends) into one sheet named after nothing. The detected or forced encoding
// is stored in *detected when given.
Result<Sheet> readCsv(const QByteArray &bytes, const CsvOptions &opts = {},
                      TextEncoding *detected = nullptr);

// The delimiter readCsv would use for this text.
QChar detectCsvDelimiter(const QString &text);

} // namespace dd::io
