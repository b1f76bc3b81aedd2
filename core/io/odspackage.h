#pragma once

#include "io/sheet.h"
#include "util/result.h"

#include <QByteArray>

namespace dd::io {

// Rewrites an ODS package so that liborcus 0.17 keeps columns in place: the covered cells of
// a merged range (table:covered-table-cell) become empty table:table-cell elements with the
// same number-columns-repeated, otherwise orcus skips them and shifts the rest of the row
// left. Any content a covered cell still holds is dropped: a merged range shows only its
// top-left cell. Everything else is copied unchanged.
// orcus does not report ODS merges either, so they are collected here, one list per table
// in document order.
struct OdsPackage
{
    QByteArray zip;
    QList<QList<CellRange>> merges;
};
Result<OdsPackage> normalizeOdsPackage(const QByteArray &zip);

} // namespace dd::io
