#include "documents/pagewriter.h"

#include "documents/paperfonts.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPen>
#include <QRegularExpression>
#include <QTextCharFormat>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace dd::documents {

namespace {

quint32 fontKey(qreal pointSize, unsigned emphasis)
{
    return (quint32(std::lround(pointSize * 10)) << 4) | (emphasis & 0xF);
}

} // namespace

namespace {

// Keeps web addresses on one line where they fit. UAX #14 allows a break after '/' and '-';
// a zero-width joiner after them forbids it (LB8a). The joiner is in the font, invisible,
// and not extracted as text.
QString unbreakableUrls(const QString &text)
{
    if (!text.contains(QStringLiteral("://")))
        return text;
    static const QRegularExpression url(QStringLiteral("https?://\\S+"));
    QString out;
    qsizetype from = 0;
    for (auto it = url.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(from, m.capturedStart() - from);
        for (const QChar c : m.capturedView()) {
            out += c;
            if (c == u'/' || c == u'-')
                out += QChar(0x200D);
        }
        from = m.capturedEnd();
    }
    out += text.mid(from);
    return out;
}

} // namespace

RichText &RichText::add(const QString &plain, unsigned emphasis)
{
    if (plain.isEmpty())
        return *this;
    QString text = unbreakableUrls(plain);
    // A line break typed in a cell (Alt+Enter) or a form stays a line break on the paper:
    // QTextLayout draws a bare '\n' as nothing, so "công nhân\nở các nhà trọ" printed as
    // "công nhânở các nhà trọ".
    if (text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(QLatin1Char('\r'), QChar(QChar::LineSeparator));
        text.replace(QLatin1Char('\n'), QChar(QChar::LineSeparator));
    }
    if (!m_runs.isEmpty() && m_runs.last().emphasis == emphasis)
        m_runs.last().length += text.size();
    else
        m_runs.append({ int(m_text.size()), int(text.size()), emphasis });
    m_text += text;
    return *this;
}

PageWriter::PageWriter(QPagedPaintDevice &device)
    : m_device(device)
    , m_family(paperFontFamily())
{ }

PageWriter::~PageWriter()
{
    if (m_painter.isActive())
        m_painter.end();
}

bool PageWriter::begin()
{
    const QPageLayout a4(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                         QPageLayout::Millimeter);
    if (!m_device.setPageLayout(a4)) {
        // A printer with hardware margins refuses zero margins: keep its margins, the
        // drawing is placed relative to the paper's corner anyway.
        m_device.setPageSize(QPageSize(QPageSize::A4));
        m_device.setPageOrientation(QPageLayout::Portrait);
    }
    if (!m_painter.begin(&m_device))
        return false;
    m_dpi = m_device.logicalDpiY();
    const QRect paint = m_device.pageLayout().paintRectPixels(int(m_dpi));
    m_painter.translate(-paint.topLeft());
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    m_painter.setRenderHint(QPainter::TextAntialiasing, true);
    m_painter.setPen(QPen(Qt::black));
    m_y = top();
    m_pageInDocument = 1;
    m_pages = 1;
    m_pageUsed = false;
    return true;
}

bool PageWriter::end()
{
    return m_painter.isActive() ? m_painter.end() : true;
}

void PageWriter::startDocument()
{
    if (m_pageUsed) {
        m_device.newPage();
        ++m_pages;
    }
    m_pageInDocument = 1;
    m_pageUsed = false;
    m_y = top();
}

void PageWriter::newPage()
{
    m_device.newPage();
    ++m_pages;
    ++m_pageInDocument;
    m_pageUsed = false;
    m_y = top();
    drawPageNumber();
}

bool PageWriter::ensureSpace(qreal height)
{
    if (m_y + height <= bottom() + 0.5 || !m_pageUsed)
        return false;
    newPage();
    return true;
}

void PageWriter::drawPageNumber()
{
    if (m_pageInDocument < 2)
        return;
    const QFont f = font(13);
    m_painter.setFont(f);
    const QRectF box(left(), mm(8), width(), mm(8));
    m_painter.drawText(box, Qt::AlignHCenter | Qt::AlignTop, QString::number(m_pageInDocument));
}

QFont PageWriter::font(qreal pointSize, unsigned emphasis) const
{
    const quint32 key = fontKey(pointSize, emphasis);
    auto it = m_fonts.constFind(key);
    if (it != m_fonts.constEnd())
        return *it;
    QFont f(m_family);
    f.setPointSizeF(pointSize);
    f.setBold(emphasis & Bold);
    f.setItalic(emphasis & Italic);
    f.setUnderline(emphasis & Underline);
    f.setKerning(true);
    // Same line breaks on screen, printer and PDF.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferOutline);
    // Resolve against the device so sizes are in its units.
    const QFont deviceFont(f, &m_device);
    m_fonts.insert(key, deviceFont);
    return deviceFont;
}

const QFontMetricsF &PageWriter::metrics(qreal pointSize, unsigned emphasis) const
{
    const quint32 key = fontKey(pointSize, emphasis);
    auto it = m_metrics.find(key);
    if (it == m_metrics.end())
        it = m_metrics.try_emplace(key, font(pointSize, emphasis), &m_device).first;
    return it->second;
}

qreal PageWriter::lineHeight(qreal pointSize, qreal spacing) const
{
    return metrics(pointSize).lineSpacing() * spacing;
}

qreal PageWriter::textWidth(const QString &text, qreal pointSize, unsigned emphasis) const
{
    return metrics(pointSize, emphasis).horizontalAdvance(text);
}

TextBlock PageWriter::layout(const RichText &text, const TextStyle &style, qreal width) const
{
    TextBlock block;
    block.m_lineHeight = lineHeight(style.pointSize, style.lineSpacing);
    if (text.isEmpty())
        return block;

    QString key = text.text();
    key += QChar(0);
    for (const RichText::Run &run : text.runs())
        key += QStringLiteral("%1:%2:%3,").arg(run.start).arg(run.length).arg(run.emphasis);
    key += QStringLiteral("|%1|%2|%3|%4|%5|%6|%7")
               .arg(style.pointSize, 0, 'g', 17)
               .arg(style.emphasis)
               .arg(int(style.align))
               .arg(style.leftIndentMm, 0, 'g', 17)
               .arg(style.firstIndentMm, 0, 'g', 17)
               .arg(block.m_lineHeight, 0, 'g', 17)
               .arg(width, 0, 'g', 17);
    if (const auto made = m_layouts.constFind(key); made != m_layouts.cend()) {
        block.m_layout = *made;
        return block;
    }
    constexpr qsizetype kKeptLayouts = 512;
    if (m_layouts.size() >= kKeptLayouts)
        m_layouts.clear();

    auto layout = std::make_shared<QTextLayout>(text.text(), font(style.pointSize, style.emphasis),
                                                &m_device);
    QList<QTextLayout::FormatRange> formats;
    for (const RichText::Run &run : text.runs()) {
        const unsigned extra = run.emphasis & ~style.emphasis;
        if (!extra)
            continue;
        QTextCharFormat fmt;
        if (extra & Bold)
            fmt.setFontWeight(QFont::Bold);
        if (extra & Italic)
            fmt.setFontItalic(true);
        if (extra & Underline)
            fmt.setFontUnderline(true);
        formats.append({ run.start, run.length, fmt });
    }
    if (!formats.isEmpty())
        layout->setFormats(formats);
    QTextOption option;
    option.setAlignment(style.align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);

    const qreal indent = mm(style.leftIndentMm);
    const qreal first = mm(style.firstIndentMm);
    layout->beginLayout();
    qreal y = 0;
    for (int i = 0;; ++i) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        const qreal x = indent + (i == 0 ? first : 0);
        line.setLineWidth(std::max<qreal>(1, width - x));
        // Lines share one height so a paragraph of mixed emphasis keeps an even rhythm;
        // the extra spacing goes above the text.
        const qreal extra = block.m_lineHeight - line.height();
        line.setPosition(QPointF(x, y + std::max<qreal>(0, extra)));
        y += block.m_lineHeight;
    }
    layout->endLayout();
    m_layouts.insert(key, layout);
    block.m_layout = std::move(layout);
    return block;
}

void PageWriter::draw(const TextBlock &block, qreal x, qreal y)
{
    if (block.isEmpty())
        return;
    m_painter.setPen(Qt::black);
    block.m_layout->draw(&m_painter, QPointF(x, y));
    m_pageUsed = true;
}

void PageWriter::drawLines(const TextBlock &block, int from, int to, qreal x, qreal y)
{
    to = std::min(to, block.lineCount());
    if (from >= to)
        return;
    m_painter.setPen(Qt::black);
    // Line i was laid out at i * lineHeight; move line `from` to y.
    for (int i = from; i < to; ++i)
        block.m_layout->lineAt(i).draw(&m_painter, QPointF(x, y - from * block.lineHeight()));
    m_pageUsed = true;
}

void PageWriter::paragraph(const RichText &text, const TextStyle &style)
{
    paragraph(text, style, left(), width());
}

void PageWriter::paragraph(const RichText &text, const TextStyle &style, qreal x, qreal width)
{
    if (m_pageUsed)
        m_y += pt(style.spaceBeforePt);
    const TextBlock block = layout(text, style, width);
    const int lines = block.lineCount();
    const qreal lh = block.lineHeight();
    // A paragraph is kept whole (the page number never cuts it); only one longer than
    // kWholeLines is split, never leaving a single first line at the foot of a page.
    ensureSpace(lines <= kWholeLines ? block.height() : 2 * lh);

    m_painter.setPen(Qt::black);
    for (int i = 0; i < lines; ++i) {
        if (m_y + lh > bottom() + 0.5)
            newPage();
        const QTextLine line = block.m_layout->lineAt(i);
        // Line i was laid out at i * lh; move it to the current position.
        line.draw(&m_painter, QPointF(x, m_y - i * lh));
        m_y += lh;
        m_pageUsed = true;
    }
    m_y += pt(style.spaceAfterPt);
}

void PageWriter::line(qreal x1, qreal y1, qreal x2, qreal y2, qreal widthPt)
{
    QPen pen(Qt::black);
    pen.setWidthF(pt(widthPt));
    pen.setCapStyle(Qt::FlatCap);
    m_painter.setPen(pen);
    m_painter.drawLine(QPointF(x1, y1), QPointF(x2, y2));
    m_painter.setPen(QPen(Qt::black));
    m_pageUsed = true;
}

} // namespace dd::documents
