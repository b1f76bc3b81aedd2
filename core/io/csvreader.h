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
// Refused, with a message naming `fileName` and the row: with the encoding detected, text that
// does not decode cleanly (control characters, U+FFFD, UTF-16 of an odd length; the user may
// choose the encoding instead); a quote that is never closed or spans more than 20 lines; a
// filled cell past kMaxColumns, more than kMaxRows rows or kMaxCells cells (io/readlimits.h).
Result<Sheet> readCsv(const QByteArray &bytes, const CsvOptions &opts = {},
                      TextEncoding *detected = nullptr, const QString &fileName = {});

// The delimiter readCsv would use for this text.
QChar detectCsvDelimiter(const QString &text);

} // namespace dd::io
