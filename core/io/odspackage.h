#pragma once

#include "io/sheet.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <utility>

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
// orcus does not report ODS merges, nor which rows, columns and tables LibreOffice hides
// (table:visibility="collapse" for hidden rows and collapsed groups, "filter" for rows an
// AutoFilter leaves out; a table style with table:display="false" for a hidden sheet), so they
// are collected here, one entry per table in document order.
struct OdsTable
{
    QList<CellRange> merges;
    QList<std::pair<int, int>> hiddenRows; // [first, end) ranges, sorted
    QList<int> hiddenColumns; // sorted
    bool hidden = false;
};
struct OdsPackage
{
    QByteArray zip;
    QList<OdsTable> tables;
};
Result<OdsPackage> normalizeOdsPackage(const QByteArray &zip, const QString &fileName = {});

} // namespace dd::io
