#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QList>
#include <QPainter>
#include <QString>
#include <QTextLayout>

#include <memory>
#include <unordered_map>

class QPagedPaintDevice;

namespace dd::documents {

// Emphasis flags of a run of text.
enum Emphasis : unsigned { Plain = 0, Bold = 1, Italic = 2, Underline = 4 };

// Text with bold/italic runs, e.g. a bold label followed by regular text.
class RichText
{
public:
    struct Run
    {
        int start = 0;
        int length = 0;
        unsigned emphasis = Plain;
    };

    RichText() = default;
    RichText(const QString &text, unsigned emphasis = Plain) { add(text, emphasis); }
    // Web addresses in the text are kept from breaking across lines where they fit.
    RichText &add(const QString &text, unsigned emphasis = Plain);

    const QString &text() const { return m_text; }
    const QList<Run> &runs() const { return m_runs; }
    bool isEmpty() const { return m_text.isEmpty(); }

private:
    QString m_text;
    QList<Run> m_runs;
};

struct TextStyle
{
    qreal pointSize = 14;
    unsigned emphasis = Plain; // of the whole paragraph; runs add to it
    Qt::Alignment align = Qt::AlignJustify;
    qreal firstIndentMm = 0; // the first line only
    qreal leftIndentMm = 0; // every line
    qreal spaceBeforePt = 0;
    qreal spaceAfterPt = 0;
    qreal lineSpacing = 1.0; // times the font's line spacing
    bool keepWithNext = false; // a heading: never the last thing on a page
};

// Paragraphs up to this many lines never break across pages.
inline constexpr int kWholeLines = 12;

// A paragraph broken into lines for a given width, measured before it is placed.
class TextBlock
{
public:
    qreal height() const { return m_lineHeight * lineCount(); }
    qreal lineHeight() const { return m_lineHeight; }
    int lineCount() const { return m_layout ? m_layout->lineCount() : 0; }
    bool isEmpty() const { return lineCount() == 0; }

private:
    friend class PageWriter;
    std::shared_ptr<QTextLayout> m_layout;
    qreal m_lineHeight = 0;
};

// A small layout engine for the papers: draws straight onto a paged device with QPainter,
// in page coordinates (device units from the paper's top-left corner). Text is laid out
// with QTextLayout (wrapping, justification, mixed emphasis), measured before it is placed,
// and broken across pages between lines. Page numbers are drawn centred in the top margin
// from the second page of each document on; a batch holds several documents (letters).
class PageWriter
{
public:
    // Margins of Decree 30/2020, in millimetres.
    static constexpr qreal kMarginTop = 20;
    static constexpr qreal kMarginBottom = 20;
    static constexpr qreal kMarginLeft = 30;
    static constexpr qreal kMarginRight = 15;
    static constexpr qreal kPageWidth = 210;
    static constexpr qreal kPageHeight = 297;

    explicit PageWriter(QPagedPaintDevice &device);
    ~PageWriter();
    PageWriter(const PageWriter &) = delete;
    PageWriter &operator=(const PageWriter &) = delete;

    // Sets A4 portrait and starts painting; false when the device cannot be painted on.
    bool begin();
    bool end();

    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    qreal pt(qreal points) const { return points * m_dpi / 72.0; }

    qreal left() const { return mm(kMarginLeft); }
    qreal right() const { return mm(kPageWidth - kMarginRight); }
    qreal top() const { return mm(kMarginTop); }
    qreal bottom() const { return mm(kPageHeight - kMarginBottom); }
    qreal width() const { return right() - left(); }

    qreal y() const { return m_y; }
    void setY(qreal y) { m_y = y; }
    void skip(qreal deviceUnits) { m_y += deviceUnits; }
    qreal spaceLeft() const { return bottom() - m_y; }

    // Starts a new document of a batch (a letter): a new page unless nothing is on the
    // current one; page numbers restart at 1.
    void startDocument();
    // The next page of the current document.
    void newPage();
    // Starts a new page when `height` does not fit below the current position (and the
    // page has something on it). True when a page was started.
    bool ensureSpace(qreal height);
    int pageInDocument() const { return m_pageInDocument; }
    int pagesWritten() const { return m_pages; }

    QFont font(qreal pointSize, unsigned emphasis = Plain) const;
    const QFontMetricsF &metrics(qreal pointSize, unsigned emphasis = Plain) const;
    qreal lineHeight(qreal pointSize, qreal spacing = 1.0) const;
    qreal textWidth(const QString &text, qreal pointSize, unsigned emphasis = Plain) const;

    // Lays out the text for a column `width` device units wide (indents included).
    TextBlock layout(const RichText &text, const TextStyle &style, qreal width) const;
    // Draws a laid-out block with its top-left corner at (x, y); no page breaks.
    void draw(const TextBlock &block, qreal x, qreal y);
    // Draws lines [from, to) of the block, line `from` with its top at y.
    void drawLines(const TextBlock &block, int from, int to, qreal x, qreal y);

    // A paragraph in the flow across the full text width (or from `x` with `width`),
    // starting new pages between lines as needed.
    void paragraph(const RichText &text, const TextStyle &style);
    void paragraph(const RichText &text, const TextStyle &style, qreal x, qreal width);

    void line(qreal x1, qreal y1, qreal x2, qreal y2, qreal widthPt = 0.5);
    QPainter &painter() { return m_painter; }
    void markUsed() { m_pageUsed = true; }

private:
    void drawPageNumber();

    QPagedPaintDevice &m_device;
    QPainter m_painter;
    qreal m_dpi = 72;
    qreal m_y = 0;
    int m_pageInDocument = 1;
    int m_pages = 1;
    bool m_pageUsed = false;
    QString m_family;
    mutable QHash<quint32, QFont> m_fonts;
    mutable std::unordered_map<quint32, QFontMetricsF> m_metrics;
    // Paragraphs laid out already, by text, runs, style and width: 1,000 letters repeat most
    // of theirs word for word, and a layout is only read once made.
    mutable QHash<QString, std::shared_ptr<QTextLayout>> m_layouts;
};

} // namespace dd::documents
