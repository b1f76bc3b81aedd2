#pragma once

#include "util/result.h"

#include <QByteArray>

namespace dd::io {

// Rewrites an XLSX package so that liborcus 0.17 reads every cell of it:
//  - relationship targets written as absolute part names (Target="/xl/worksheets/sheet1.xml",
//    as openpyxl writes) become relative, otherwise orcus finds no sheets at all;
//  - inline-string cells (t="inlineStr", from openpyxl, POI's streaming writer, PHP and SAS
//    exporters) become shared strings, otherwise orcus drops them.
// Everything else is copied unchanged. The result is always a fresh, well-formed zip.
Result<QByteArray> normalizeXlsxPackage(const QByteArray &zip);

} // namespace dd::io
