#pragma once

#include "io/sheet.h"
#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace dd::io {

// Rewrites an XLSX package so that liborcus 0.17 reads every cell of it:
//  - relationship targets written as absolute part names (Target="/xl/worksheets/sheet1.xml",
//    as openpyxl writes) become relative, otherwise orcus finds no sheets at all;
//  - inline-string cells (t="inlineStr", from openpyxl, POI's streaming writer, PHP and SAS
//    exporters) become shared strings, otherwise orcus drops them.
//  - character references XML does not allow (&#0;, &#x110000;, …) become U+FFFD: orcus
//    stops with an assertion on some;
// and checks every sheet against the bounds of readlimits.h and its shared-string and style
// references against their tables, so that orcus never reads what would be refused after.
// Everything else is copied unchanged. The result is always a fresh, well-formed zip.
// `fileName` names the file in the messages. `states`, when given, receives the sheets the
// workbook hides (by name; orcus 0.17 does not say).
Result<QByteArray> normalizeXlsxPackage(const QByteArray &zip, const QString &fileName = {},
                                        QHash<QString, SheetState> *states = nullptr);

} // namespace dd::io
