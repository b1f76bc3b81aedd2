#pragma once

#include "documents/pagewriter.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dd::documents {

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
// repeated at the top of every page, and a row is measured with its wrapped text before it
// is placed, so it is never split across pages.
class TableWriter
{
public:
    TableWriter(PageWriter &writer, QList<TableColumn> columns, QList<TableHeaderCell> header,
                qreal bodyPointSize = 12);

    // Draws the header (on a new page when the header and one row do not fit).
    void begin();
    void addRow(const QStringList &cells, qreal minHeightMm = 0, unsigned emphasis = Plain);
    // A row spanning the whole table (a group heading or a total). A heading is kept with
    // the row after it.
    void addSpanRow(const RichText &text, Qt::Alignment align, bool keepWithNext);

private:
    qreal columnX(int column) const;
    qreal columnWidth(int column, int span = 1) const;
    qreal padX() const { return m_writer.mm(1.0); }
    qreal padY() const { return m_writer.mm(0.9); }
    void drawHeader();
    // Starts a new page (with the header) when `height` does not fit.
    void fit(qreal height);
    void drawCellBorders(qreal y, qreal height, const QList<int> &edges);

    PageWriter &m_writer;
    QList<TableColumn> m_columns;
    QList<TableHeaderCell> m_header;
    QList<qreal> m_x; // left edge of each column, and the table's right edge last
    qreal m_bodyPt;
    qreal m_headerHeight = 0;
    QList<qreal> m_headerRowHeights;
    int m_headerRows = 1;
};

} // namespace dd::documents
