#include "documents/tablewriter.h"

#include "documents/paper.h"

#include <algorithm>
#include <numeric>

namespace dd::documents {

TableWriter::TableWriter(PageWriter &writer, QList<TableColumn> columns,
                         QList<TableHeaderCell> header, qreal bodyPointSize)
    : m_writer(writer)
    , m_columns(std::move(columns))
    , m_header(std::move(header))
    , m_bodyPt(bodyPointSize)
{
    qreal total = 0;
    for (const TableColumn &c : std::as_const(m_columns))
        total += c.widthMm;
    const qreal scale = total > 0 ? m_writer.width() / total : 1;
    qreal x = m_writer.left();
    for (const TableColumn &c : std::as_const(m_columns)) {
        m_x << x;
        x += c.widthMm * scale;
    }
    m_x << m_writer.right();

    for (const TableHeaderCell &h : std::as_const(m_header))
        m_headerRows = std::max(m_headerRows, h.row + h.rowSpan);
    // Header row heights: the tallest single-row cell, then grow the last row a spanning
    // cell covers until it fits.
    m_headerRowHeights = QList<qreal>(m_headerRows, m_writer.lineHeight(m_bodyPt) + 2 * padY());
    TextStyle style;
    style.pointSize = m_bodyPt;
    style.emphasis = Bold;
    style.align = Qt::AlignHCenter;
    for (const TableHeaderCell &h : std::as_const(m_header)) {
        const qreal w = columnWidth(h.column, h.columnSpan) - 2 * padX();
        const qreal need = m_writer.layout(h.text, style, w).height() + 2 * padY();
        qreal have = 0;
        for (int r = h.row; r < h.row + h.rowSpan; ++r)
            have += m_headerRowHeights[r];
        if (need > have)
            m_headerRowHeights[h.row + h.rowSpan - 1] += need - have;
    }
    m_headerHeight = std::accumulate(m_headerRowHeights.begin(), m_headerRowHeights.end(), 0.0);
}

qreal TableWriter::columnX(int column) const
{
    return m_x.at(std::clamp(column, 0, int(m_x.size()) - 1));
}

qreal TableWriter::columnWidth(int column, int span) const
{
    return columnX(column + span) - columnX(column);
}

TableWriter::Measured TableWriter::measureSpan(const RichText &text, bool bold) const
{
    TextStyle style;
    style.pointSize = m_bodyPt;
    style.align = Qt::AlignLeft;
    style.emphasis = bold ? Bold : Plain;
    Measured m;
    m.span = true;
    m.bold = bold;
    m.cells << m_writer.layout(text, style, m_writer.width() - 2 * padX());
    m.height = m.cells.first().height() + 2 * padY();
    return m;
}

TableWriter::Measured TableWriter::measure(const TableRow &row) const
{
    if (row.kind != TableRow::Kind::Cells)
        return measureSpan(row.text, row.kind == TableRow::Kind::Heading);
    Measured m;
    m.height = std::max(m_writer.mm(row.minHeightMm), m_writer.lineHeight(m_bodyPt) + 2 * padY());
    const int columns = int(m_columns.size());
    for (int i = 0, c = 0; c < columns; ++i) {
        const int span = std::clamp(i < row.spans.size() ? row.spans[i] : 1, 1, columns - c);
        TextStyle style;
        style.pointSize = m_bodyPt;
        style.align = m_columns[c].align;
        style.emphasis = row.bold ? Bold : Plain;
        const QString text = i < row.cells.size() ? row.cells[i] : QString();
        m.cells << m_writer.layout(text, style, columnWidth(c, span) - 2 * padX());
        m.edges << c;
        m.height = std::max(m.height, m.cells.last().height() + 2 * padY());
        c += span;
    }
    m.edges << columns;
    return m;
}

void TableWriter::begin(qreal firstRows)
{
    m_writer.ensureSpace(m_headerHeight + firstRows);
    drawHeader();
}

void TableWriter::drawHeader()
{
    TextStyle style;
    style.pointSize = m_bodyPt;
    style.emphasis = Bold;
    style.align = Qt::AlignHCenter;
    const qreal top = m_writer.y();
    QList<qreal> rowTop { top };
    for (qreal h : std::as_const(m_headerRowHeights))
        rowTop << rowTop.last() + h;
    for (const TableHeaderCell &h : std::as_const(m_header)) {
        const qreal x = columnX(h.column);
        const qreal w = columnWidth(h.column, h.columnSpan);
        const qreal y = rowTop[h.row];
        const qreal height = rowTop[h.row + h.rowSpan] - y;
        const TextBlock block = m_writer.layout(h.text, style, w - 2 * padX());
        m_writer.draw(block, x + padX(), y + (height - block.height()) / 2);
        m_writer.line(x, y, x + w, y);
        m_writer.line(x, y + height, x + w, y + height);
        m_writer.line(x, y, x, y + height);
        m_writer.line(x + w, y, x + w, y + height);
    }
    m_writer.setY(top + m_headerHeight);
}

void TableWriter::continuePage()
{
    m_writer.newPage();
    drawHeader();
    if (!m_continuation.isEmpty())
        drawMeasured(measureSpan(m_continuation, true));
}

qreal TableWriter::start(const Measured &row) const
{
    if (row.span || row.height <= m_writer.bottom() - m_writer.top() - m_headerHeight)
        return row.height;
    qreal h = 0;
    for (const TextBlock &b : row.cells)
        h = std::max(h, std::min(b.lineCount(), 2) * b.lineHeight());
    return h + 2 * padY();
}

void TableWriter::draw(const Measured &row, qreal keep)
{
    if (m_writer.y() + std::max(keep, start(row)) > m_writer.bottom() + 0.5)
        continuePage();
    if (!row.span && m_writer.y() + row.height > m_writer.bottom() + 0.5)
        drawSplit(row);
    else
        drawMeasured(row);
}

void TableWriter::drawSplit(const Measured &row)
{
    QList<int> done(row.cells.size(), 0);
    for (;;) {
        const qreal y = m_writer.y();
        const qreal room = m_writer.bottom() - y - 2 * padY();
        qreal used = 0;
        bool rest = false;
        for (int i = 0; i < row.cells.size(); ++i) {
            const TextBlock &b = row.cells[i];
            const qreal lh = b.lineHeight();
            const int fit = lh > 0 ? int((room + 0.5) / lh) : 0;
            const int to = std::min(b.lineCount(), done[i] + std::max(fit, 1));
            m_writer.drawLines(b, done[i], to, columnX(row.edges[i]) + padX(), y + padY());
            used = std::max(used, (to - done[i]) * lh);
            done[i] = to;
            rest = rest || to < b.lineCount();
        }
        const qreal height = used + 2 * padY();
        drawCellBorders(y, height, row.edges);
        m_writer.setY(y + height);
        if (!rest)
            return;
        continuePage();
    }
}

void TableWriter::drawMeasured(const Measured &row)
{
    const qreal y = m_writer.y();
    if (row.span) {
        m_writer.draw(row.cells.first(), m_writer.left() + padX(), y + padY());
        drawCellBorders(y, row.height, { 0, int(m_columns.size()) });
    } else {
        for (int i = 0; i < row.cells.size(); ++i) {
            const TextBlock &b = row.cells[i];
            m_writer.draw(b, columnX(row.edges[i]) + padX(), y + (row.height - b.height()) / 2);
        }
        drawCellBorders(y, row.height, row.edges);
    }
    m_writer.setY(y + row.height);
}

void TableWriter::drawCellBorders(qreal y, qreal height, const QList<int> &edges)
{
    m_writer.line(m_writer.left(), y, m_writer.right(), y);
    m_writer.line(m_writer.left(), y + height, m_writer.right(), y + height);
    for (int e : edges) {
        const qreal x = columnX(e);
        m_writer.line(x, y, x, y + height);
    }
}

} // namespace dd::documents
