#pragma once

#include "io/sheet.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace dd::io {

// Rewrites an ODS package so that liborcus 0.17 keeps columns in place: the covered cells of
// a merged range (table:covered-table-cell) become empty table:table-cell elements with the
// same number-columns-repeated, otherwise orcus skips them and shifts the rest of the row
// left. Any content a covered cell still holds is dropped: a merged range shows only its
// top-left cell. Everything else is copied unchanged.
// Repeated empty cells, rows and column definitions past the bounds of readlimits.h (the
// filler LibreOffice writes to the sheet's edge, or number-columns-repeated="2147483647" in
// a hostile file, on which orcus would spin for minutes) are cut to the bounds before orcus
// sees them; repeated filled ones past the bounds refuse the file, with `fileName` and the
// sheet named. Character references XML does not allow become U+FFFD.
// orcus does not report ODS merges either, so they are collected here, one list per table
// in document order.
struct OdsPackage
{
    QByteArray zip;
    QList<QList<CellRange>> merges;
};
Result<OdsPackage> normalizeOdsPackage(const QByteArray &zip, const QString &fileName = {});

} // namespace dd::io
