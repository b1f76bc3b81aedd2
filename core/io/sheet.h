#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace dd::io {

// A rectangle of cells, 0-based and inclusive on both ends.
struct CellRange
{
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;

    friend bool operator==(const CellRange &, const CellRange &) = default;
};

// One worksheet as the user sees it. A cell holds the text the spreadsheet program displays
// (912345678, 1995, 01/02/1990, TRUE). Rows are kept as long as their last filled cell, no
// longer: a row may be shorter than others (or empty), and a cell past its end is empty. A
// list of 90,000 short rows below one very wide row stays small that way. A merged range
// keeps its value in the top-left cell only: the import pipeline decides how to fill.
// Whether the workbook shows a sheet: a hidden one (Format ▸ Hide, or hidden through the VBA
// editor, "very hidden") holds a guide, a lookup table or an old version, not the list.
enum class SheetState { Visible, Hidden, VeryHidden };

struct Sheet
{
    QString name;
    QList<QStringList> rows;
    QList<CellRange> merges;
    SheetState state = SheetState::Visible;
    // The rows and columns the spreadsheet program does not show (hidden, filtered out by an
    // AutoFilter, in a collapsed group), 0-based and sorted; rows past the last filled one and
    // columns past kMaxColumns are not listed.
    QList<int> hiddenRows;
    QList<int> hiddenColumns;
    // false when the reader cannot tell which rows are hidden (freexl, for .xls): the lists
    // above are then empty though the file may hide rows. CSV has no hidden rows.
    bool visibilityKnown = true;

    bool isRowHidden(int row) const
    {
        return !hiddenRows.isEmpty()
            && std::binary_search(hiddenRows.cbegin(), hiddenRows.cend(), row);
    }
    bool isColumnHidden(int column) const
    {
        return !hiddenColumns.isEmpty()
            && std::binary_search(hiddenColumns.cbegin(), hiddenColumns.cend(), column);
    }
    bool isHidden() const { return state != SheetState::Visible; }

    int rowCount() const { return int(rows.size()); }
    // The widest row.
    int columnCount() const
    {
        qsizetype widest = 0;
        for (const QStringList &row : rows)
            widest = std::max(widest, row.size());
        return int(widest);
    }
    QString cell(int row, int column) const
    {
        return row >= 0 && row < rows.size() ? rows.at(row).value(column) : QString();
    }
};

struct Workbook
{
    QList<Sheet> sheets;
};

} // namespace dd::io
