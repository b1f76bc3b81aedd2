#pragma once

#include <QList>
#include <QString>
#include <QStringList>

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

// One worksheet as the user sees it. Every row has the same number of columns; a cell holds
// the text the spreadsheet program displays (912345678, 1995, 01/02/1990, TRUE). A merged
// range keeps its value in the top-left cell only: the import pipeline decides how to fill.
struct Sheet
{
    QString name;
    QList<QStringList> rows;
    QList<CellRange> merges;

    int rowCount() const { return int(rows.size()); }
    int columnCount() const { return rows.isEmpty() ? 0 : int(rows.first().size()); }
};

struct Workbook
{
    QList<Sheet> sheets;
};

} // namespace dd::io
