#pragma once

#include "documents/pagewriter.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dd::documents {

struct TableRow;

struct TableColumn
{
    qreal widthMm = 20; // relative: the columns are scaled to the text width
    Qt::Alignment align = Qt::AlignLeft;
};

struct TableHeaderCell
{
    QString text;
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
};

// A ruled table in the flow of a PageWriter: the header (one or more rows, with spans) is
// repeated at the top of every page, then the heading of the group that goes on with
// "(tiếp theo)". A row is measured with its wrapped text before it is placed, so it is never
// split across pages (unless it is taller than a page: a question of thousands of characters
// goes on, line by line, on the next page); the caller says how much must fit with it (a
// heading and the first rows of its group, the last rows and the signature).
class TableWriter
{
public:
    // A row laid out for the table's columns.
    struct Measured
    {
        QList<TextBlock> cells; // one per cell, or one across the table
        QList<int> edges; // cells: the column each begins at, then the column after the last
        bool span = false;
        bool bold = false;
        qreal height = 0;
    };

    TableWriter(PageWriter &writer, QList<TableColumn> columns, QList<TableHeaderCell> header,
                qreal bodyPointSize = 12);

    qreal headerHeight() const { return m_headerHeight; }
    Measured measure(const TableRow &row) const;
    // What of the row must fit below for it to begin there: all of it, or its first two
    // lines when it is taller than a page (then it goes on over the next).
    qreal start(const Measured &row) const;
    // Draws the header, on a new page first when it and `firstRows` do not fit.
    void begin(qreal firstRows);
    // Draws the row; first a new page (with the header and the continued heading) when
    // `keep` (at least the row's height) does not fit below.
    void draw(const Measured &row, qreal keep);
    // The heading repeated after a page break inside its group; empty: none.
    void setContinuation(const RichText &heading) { m_continuation = heading; }

private:
    qreal columnX(int column) const;
    qreal columnWidth(int column, int span = 1) const;
    qreal padX() const { return m_writer.mm(1.0); }
    qreal padY() const { return m_writer.mm(0.9); }
    Measured measureSpan(const RichText &text, bool bold) const;
    void drawHeader();
    void drawMeasured(const Measured &row);
    // A row taller than a page: its lines go on over the next pages, under the header.
    void drawSplit(const Measured &row);
    void continuePage();
    void drawCellBorders(qreal y, qreal height, const QList<int> &edges);

    PageWriter &m_writer;
    QList<TableColumn> m_columns;
    QList<TableHeaderCell> m_header;
    QList<qreal> m_x; // left edge of each column, and the table's right edge last
    qreal m_bodyPt;
    qreal m_headerHeight = 0;
    QList<qreal> m_headerRowHeights;
    int m_headerRows = 1;
    RichText m_continuation;
};

} // namespace dd::documents
