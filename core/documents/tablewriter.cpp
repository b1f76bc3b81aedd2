#include "documents/tablewriter.h"

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

void TableWriter::begin()
{
    m_writer.ensureSpace(m_headerHeight + m_writer.lineHeight(m_bodyPt) * 2 + 2 * padY());
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

void TableWriter::fit(qreal height)
{
    if (m_writer.y() + height <= m_writer.bottom() + 0.5)
        return;
    m_writer.newPage();
    drawHeader();
}

void TableWriter::addRow(const QStringList &cells, qreal minHeightMm, unsigned emphasis)
{
    QList<TextBlock> blocks;
    blocks.reserve(m_columns.size());
    qreal height = std::max(m_writer.mm(minHeightMm), m_writer.lineHeight(m_bodyPt) + 2 * padY());
    for (int c = 0; c < m_columns.size(); ++c) {
        TextStyle style;
        style.pointSize = m_bodyPt;
        style.emphasis = emphasis;
        style.align = m_columns[c].align;
        const QString text = c < cells.size() ? cells[c] : QString();
        blocks << m_writer.layout(text, style, columnWidth(c) - 2 * padX());
        height = std::max(height, blocks.last().height() + 2 * padY());
    }
    fit(height);
    const qreal y = m_writer.y();
    for (int c = 0; c < m_columns.size(); ++c) {
        const TextBlock &b = blocks[c];
        m_writer.draw(b, columnX(c) + padX(), y + (height - b.height()) / 2);
    }
    QList<int> edges(m_columns.size() + 1);
    std::iota(edges.begin(), edges.end(), 0);
    drawCellBorders(y, height, edges);
    m_writer.setY(y + height);
}

void TableWriter::addSpanRow(const RichText &text, Qt::Alignment align, bool keepWithNext)
{
    TextStyle style;
    style.pointSize = m_bodyPt;
    style.align = align;
    const qreal w = m_writer.right() - m_writer.left();
    const TextBlock block = m_writer.layout(text, style, w - 2 * padX());
    const qreal height = block.height() + 2 * padY();
    fit(keepWithNext ? height + m_writer.lineHeight(m_bodyPt) + 2 * padY() : height);
    const qreal y = m_writer.y();
    m_writer.draw(block, m_writer.left() + padX(), y + padY());
    drawCellBorders(y, height, { 0, int(m_columns.size()) });
    m_writer.setY(y + height);
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
