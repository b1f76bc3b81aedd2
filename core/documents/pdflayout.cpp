#include "documents/pdflayout.h"

#include "documents/qrcode.h"

#include <algorithm>
#include <map>

namespace dd::documents {

namespace {

constexpr qreal kHeaderPt = 13;
constexpr qreal kTitlePt = 14;
constexpr qreal kSubjectPt = 12;
constexpr qreal kLeftColumnMm = 75;
constexpr qreal kSignatureWidthMm = 86;
constexpr qreal kSignSpaceMm = 25;
// The check-in QR code of a letter: its side (quiet zone included) and the code under it.
constexpr qreal kQrMm = 22;
constexpr qreal kQrCaptionPt = 10;
// The space between a table and a paragraph after it.
constexpr qreal kAfterTablePt = 6;
// How many blocks a chain of headings may hold together.
constexpr int kMaxChain = 4;

// The largest size from `preferred` down to 10 pt at which the text fits the width.
qreal fittingSize(const PageWriter &w, const QString &text, qreal preferred, unsigned emphasis,
                  qreal width)
{
    qreal size = preferred;
    while (size > 10 && w.textWidth(text, size, emphasis) > width)
        size -= 0.5;
    return size;
}

// One centred line whose baseline is where a line of kHeaderPt drawn at `y` would have it,
// so that the two columns of the header line up whatever their sizes.
void centredLine(PageWriter &w, const QString &text, qreal size, unsigned emphasis, qreal x,
                 qreal width, qreal y)
{
    TextStyle s;
    s.pointSize = fittingSize(w, text, size, emphasis, width);
    const auto baseline = [&](qreal pt) {
        return w.lineHeight(pt) - w.metrics(pt, emphasis).descent();
    };
    y += baseline(kHeaderPt) - baseline(s.pointSize);
    s.emphasis = emphasis;
    s.align = Qt::AlignHCenter;
    w.draw(w.layout(text, s, width), x, y);
}

TextStyle titleStyle()
{
    TextStyle s;
    s.pointSize = kTitlePt;
    s.emphasis = Bold;
    s.align = Qt::AlignHCenter;
    return s;
}

TextStyle subjectStyle()
{
    TextStyle s;
    s.pointSize = kSubjectPt;
    s.align = Qt::AlignHCenter;
    return s;
}

bool isHeading(const Block &b)
{
    if (std::holds_alternative<Title>(b) || std::holds_alternative<Letterhead>(b))
        return true;
    const auto *p = std::get_if<Paragraph>(&b);
    return p && p->style.keepWithNext;
}

} // namespace

PdfLayout::PdfLayout(PageWriter &writer)
    : m_w(writer)
{ }

void PdfLayout::render(const Paper &paper)
{
    for (const PaperDocument &doc : paper.documents)
        document(doc);
}

void PdfLayout::document(const PaperDocument &doc)
{
    m_w.startDocument();
    const QList<Block> &blocks = doc.blocks;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks[i];
        if (const auto *t = std::get_if<Table>(&b)) {
            draw(*t, tailAfter(blocks, i));
            // The text after a table does not touch its last rule.
            if (i + 1 < blocks.size() && std::holds_alternative<Paragraph>(blocks[i + 1]))
                m_w.skip(m_w.pt(kAfterTablePt));
            continue;
        }
        if (!std::holds_alternative<Letterhead>(b)) {
            const qreal n = need(blocks, i);
            // What cannot stand on one page is laid out as it comes.
            m_w.ensureSpace(n <= pageBody() ? n : height(b));
        }
        std::visit(
            [this](const auto &block) {
                using T = std::decay_t<decltype(block)>;
                if constexpr (!std::is_same_v<T, Table>)
                    draw(block);
            },
            b);
    }
}

qreal PdfLayout::paragraphHeight(const Paragraph &p) const
{
    const TextBlock block = m_w.layout(p.text, p.style, m_w.width());
    return m_w.pt(p.style.spaceBeforePt) + block.height() + m_w.pt(p.style.spaceAfterPt);
}

qreal PdfLayout::titleHeight(const Title &t) const
{
    qreal h = m_w.layout(t.name.toUpper(), titleStyle(), m_w.width()).height();
    if (!t.subtitle.isEmpty())
        h += m_w.layout(t.subtitle, titleStyle(), m_w.width() - 2 * m_w.mm(8)).height();
    if (t.rule)
        h += m_w.pt(6) + m_w.pt(6);
    return h + m_w.mm(5);
}

qreal PdfLayout::signatureHeight(const Signature &s) const
{
    const qreal sigW = m_w.mm(kSignatureWidthMm);
    TextStyle sig;
    sig.pointSize = 14;
    sig.emphasis = Bold;
    sig.align = Qt::AlignHCenter;
    const qreal sigH = m_w.layout(s.capacity.toUpper(), sig, sigW).height()
        + m_w.layout(s.title.toUpper(), sig, sigW).height() + m_w.mm(kSignSpaceMm)
        + std::max(m_w.layout(s.name, sig, sigW).height(), m_w.lineHeight(14));
    qreal recH = 0;
    if (!s.recipients.isEmpty()) {
        const qreal recW = m_w.width() - sigW - m_w.mm(3);
        TextStyle item;
        item.pointSize = 11;
        item.align = Qt::AlignLeft;
        recH = m_w.lineHeight(12) + m_w.pt(2);
        for (const QString &r : s.recipients)
            recH += m_w.layout(r, item, recW).height();
    }
    if (!s.scanCode.isEmpty())
        recH += m_w.mm(3 + kQrMm) + m_w.lineHeight(kQrCaptionPt);
    return m_w.pt(6) + std::max(sigH, recH);
}

qreal PdfLayout::height(const Block &block) const
{
    if (const auto *p = std::get_if<Paragraph>(&block))
        return paragraphHeight(*p);
    if (const auto *t = std::get_if<Title>(&block))
        return titleHeight(*t);
    if (const auto *s = std::get_if<Signature>(&block))
        return signatureHeight(*s);
    if (const auto *t = std::get_if<Table>(&block)) {
        TableWriter table(m_w, t->columns, t->header, t->bodyPt);
        qreal h = table.headerHeight();
        for (const TableRow &row : t->rows)
            h += table.measure(row).height;
        return h;
    }
    return 0;
}

qreal PdfLayout::lead(const QList<Block> &blocks, qsizetype i, int depth) const
{
    if (i >= blocks.size())
        return 0;
    const Block &b = blocks[i];
    if (const auto *p = std::get_if<Paragraph>(&b)) {
        const TextBlock block = m_w.layout(p->text, p->style, m_w.width());
        qreal h = m_w.pt(p->style.spaceBeforePt);
        const qreal after = isHeading(b) && depth < kMaxChain ? lead(blocks, i + 1, depth + 1) : 0;
        // document() moves a paragraph whole when it has at most kWholeLines lines, or when
        // it keeps with the next block and the two fit on a page (a long question with the
        // line saying where it comes from): then all of it must fit, not its first two lines.
        const qreal whole = block.height() + m_w.pt(p->style.spaceAfterPt);
        if (block.lineCount() <= kWholeLines
            || (isHeading(b) && depth < kMaxChain && h + whole + after <= pageBody()))
            h += whole;
        else
            h += 2 * block.lineHeight();
        return h + after;
    }
    if (const auto *t = std::get_if<Table>(&b)) {
        TableWriter table(m_w, t->columns, t->header, t->bodyPt);
        qreal h = table.headerHeight();
        for (qsizetype r = 0; r < std::min<qsizetype>(3, t->rows.size()); ++r)
            h += table.start(table.measure(t->rows[r]));
        return h;
    }
    return height(b) + (isHeading(b) && depth < kMaxChain ? lead(blocks, i + 1, depth + 1) : 0);
}

qreal PdfLayout::need(const QList<Block> &blocks, qsizetype i) const
{
    const Block &b = blocks[i];
    qreal h = height(b);
    const bool beforeSignature
        = i + 1 < blocks.size() && std::holds_alternative<Signature>(blocks[i + 1]);
    if (isHeading(b) || beforeSignature)
        h += lead(blocks, i + 1);
    return h;
}

qreal PdfLayout::tailAfter(const QList<Block> &blocks, qsizetype i) const
{
    qreal h = i + 1 < blocks.size() && std::holds_alternative<Paragraph>(blocks[i + 1])
        ? m_w.pt(kAfterTablePt)
        : 0;
    for (qsizetype k = i + 1; k < blocks.size(); ++k) {
        if (std::holds_alternative<Signature>(blocks[k]))
            return h + height(blocks[k]);
        if (!std::holds_alternative<Paragraph>(blocks[k]))
            return 0;
        h += height(blocks[k]);
    }
    return 0;
}

void PdfLayout::draw(const Letterhead &head)
{
    const qreal leftW = m_w.mm(kLeftColumnMm);
    const qreal rightX = m_w.left() + leftW;
    const qreal rightW = m_w.right() - rightX;
    const qreal y0 = m_w.y();
    const qreal lh = m_w.lineHeight(kHeaderPt);

    // Left: the issuing body in bold capitals, "***", the number, the subject of a letter.
    qreal y = y0;
    for (const QString &line : head.body) {
        centredLine(m_w, line.toUpper(), kHeaderPt, Bold, m_w.left(), leftW, y);
        y += lh;
    }
    centredLine(m_w, QStringLiteral("***"), kHeaderPt - 1, Plain, m_w.left(), leftW, y);
    y += lh;
    const qreal numberY = y;
    centredLine(m_w, head.number, kHeaderPt, Plain, m_w.left(), leftW, numberY);
    y += lh;
    if (!head.subject.isEmpty()) {
        const TextBlock subject = m_w.layout(head.subject, subjectStyle(), leftW - m_w.mm(4));
        m_w.draw(subject, m_w.left() + m_w.mm(2), y + m_w.pt(2));
        y += subject.height() + m_w.pt(2);
    }

    // Right: the union's name underlined over its width; place and date on the number's line.
    const QString party = head.party.toUpper();
    const qreal partySize = fittingSize(m_w, party, kHeaderPt + 1, Bold, rightW);
    centredLine(m_w, party, partySize, Bold, rightX, rightW, y0);
    const qreal partyW = m_w.metrics(partySize, Bold).horizontalAdvance(party);
    const qreal ruleY
        = y0 + m_w.lineHeight(kHeaderPt) - m_w.metrics(kHeaderPt).descent() + m_w.pt(2.5);
    m_w.line(rightX + (rightW - partyW) / 2, ruleY, rightX + (rightW + partyW) / 2, ruleY, 0.7);
    centredLine(m_w, head.placeAndDate, 14, Italic, rightX, rightW, numberY);

    m_w.setY(std::max(y, numberY + lh) + m_w.mm(6));
}

void PdfLayout::draw(const Title &t)
{
    m_w.paragraph(t.name.toUpper(), titleStyle());
    if (!t.subtitle.isEmpty()) {
        const qreal inset = m_w.mm(8);
        m_w.paragraph(t.subtitle, titleStyle(), m_w.left() + inset, m_w.width() - 2 * inset);
    }
    if (t.rule) {
        const qreal y = m_w.y() + m_w.pt(6);
        const qreal half = m_w.mm(18);
        const qreal mid = (m_w.left() + m_w.right()) / 2;
        m_w.line(mid - half, y, mid + half, y, 0.6);
        m_w.skip(m_w.pt(6) + m_w.pt(6));
    }
    m_w.skip(m_w.mm(5));
}

void PdfLayout::draw(const Paragraph &p)
{
    m_w.paragraph(p.text, p.style);
}

void PdfLayout::draw(const Table &t, qreal tail)
{
    TableWriter table(m_w, t.columns, t.header, t.bodyPt);
    const qsizetype n = t.rows.size();
    // The rows that go with the signature: the last two rows of cells and what follows them.
    QList<qsizetype> cellRows;
    for (qsizetype i = 0; i < n; ++i)
        if (t.rows[i].kind == TableRow::Kind::Cells)
            cellRows << i;
    const qsizetype lastStart
        = cellRows.isEmpty() ? n : cellRows.at(std::max<qsizetype>(0, cellRows.size() - 2));

    // Rows are measured once, a few ahead of the one being drawn.
    std::map<qsizetype, TableWriter::Measured> measured;
    const auto row = [&](qsizetype i) -> const TableWriter::Measured & {
        auto it = measured.find(i);
        if (it == measured.end())
            it = measured.emplace(i, table.measure(t.rows[i])).first;
        return it->second;
    };
    const auto groupLead = [&](qsizetype i) {
        // A heading with at least two rows of its group (fewer when it has fewer).
        qreal h = row(i).height;
        for (qsizetype k = i + 1, taken = 0; k < n && taken < 2; ++k, ++taken) {
            if (t.rows[k].kind != TableRow::Kind::Cells)
                break;
            h += table.start(row(k));
        }
        return h;
    };
    const qreal room = pageBody() - table.headerHeight();
    // What a row needs below it on its page: the row, or with the signature when it is one of
    // the last rows (and the rest fits on a page).
    const auto own = [&](qsizetype i) {
        if (i >= lastStart && tail > 0) {
            qreal h = tail;
            for (qsizetype k = i; k < n; ++k)
                h += row(k).height;
            if (h <= room)
                return h;
        }
        return table.start(row(i));
    };
    // A heading, or a section's head row, also keeps two rows of its group, and what the row
    // after it keeps: never alone at the foot of a page.
    const auto keepFor = [&](qsizetype i) {
        const TableRow &r = t.rows[i];
        if (r.kind != TableRow::Kind::Heading && !r.keepWithNext)
            return own(i);
        qreal h = std::max(own(i), groupLead(i));
        if (i + 1 < n)
            h = std::max(h, row(i).height + own(i + 1));
        return h;
    };
    // The total goes with the row above it: never alone on a page under the header.
    const auto keepWithTotal = [&](qsizetype i) {
        const qreal h = keepFor(i);
        // (A row taller than a page ends where it ends: the total follows it there.)
        if (i + 1 < n && t.rows[i + 1].kind == TableRow::Kind::Total
            && table.start(row(i)) == row(i).height)
            return std::max(h, row(i).height + own(i + 1));
        return h;
    };

    table.setContinuation(t.continued);
    table.begin(n > 0 ? keepWithTotal(0) : 0);
    for (qsizetype i = 0; i < n; ++i) {
        const TableRow &r = t.rows[i];
        if (r.kind == TableRow::Kind::Heading)
            table.setContinuation(t.continued);
        table.draw(row(i), keepWithTotal(i));
        if (r.kind == TableRow::Kind::Heading)
            table.setContinuation(r.continued.isEmpty() ? t.continued : r.continued);
        else if (r.kind == TableRow::Kind::Total)
            table.setContinuation(t.continued);
        measured.erase(measured.begin(), measured.upper_bound(i));
    }
}

void PdfLayout::draw(const Signature &s)
{
    const qreal sigW = m_w.mm(kSignatureWidthMm);
    const qreal sigX = m_w.right() - sigW;
    const qreal recW = sigX - m_w.left() - m_w.mm(3);

    TextStyle sig;
    sig.pointSize = 14;
    sig.emphasis = Bold;
    sig.align = Qt::AlignHCenter;
    const TextBlock capacity = m_w.layout(s.capacity.toUpper(), sig, sigW);
    const TextBlock title = m_w.layout(s.title.toUpper(), sig, sigW);
    const TextBlock name = m_w.layout(s.name, sig, sigW);

    TextStyle recHead;
    recHead.pointSize = 12;
    recHead.emphasis = Bold | Italic;
    recHead.align = Qt::AlignLeft;
    TextStyle recItem;
    recItem.pointSize = 11;
    recItem.align = Qt::AlignLeft;

    m_w.skip(m_w.pt(6));
    const qreal y0 = m_w.y();
    qreal y = y0;
    m_w.draw(capacity, sigX, y);
    y += capacity.height();
    m_w.draw(title, sigX, y);
    y += title.height() + m_w.mm(kSignSpaceMm);
    m_w.draw(name, sigX, y);
    qreal bottom = y + std::max(name.height(), m_w.lineHeight(14));

    // "Người lập" on the left: its title on the line of the signer's title, the names level.
    if (!s.preparedTitle.isEmpty()) {
        TextStyle prepared = sig;
        const qreal w = recW;
        const TextBlock head = m_w.layout(s.preparedTitle.toUpper(), prepared, w);
        m_w.draw(head, m_w.left(), y0 + capacity.height());
        const TextBlock who = m_w.layout(s.preparedName, prepared, w);
        m_w.draw(who, m_w.left(), y);
    } else if (!s.recipients.isEmpty()) {
        // "Nơi nhận" starts on the line of the signer's capacity.
        y = y0 + m_w.pt(2);
        const TextBlock head = m_w.layout(QStringLiteral("Nơi nhận:"), recHead, recW);
        m_w.draw(head, m_w.left(), y);
        y += head.height();
        for (const QString &r : s.recipients) {
            const TextBlock b = m_w.layout(r, recItem, recW);
            m_w.draw(b, m_w.left(), y);
            y += b.height();
        }
        bottom = std::max(bottom, y);
    }
    if (!s.scanCode.isEmpty()) {
        y = (s.recipients.isEmpty() ? y0 : bottom) + m_w.mm(3);
        drawScanCode(s.scanCode, m_w.left(), y);
        bottom = std::max(bottom, y + m_w.mm(kQrMm) + m_w.lineHeight(kQrCaptionPt));
    }
    m_w.setY(bottom);
    m_w.markUsed();
}

void PdfLayout::drawScanCode(const QString &code, qreal x, qreal y)
{
    const auto qr = QrCode::encode(code.toUtf8());
    if (!qr)
        return;
    const qreal side = m_w.mm(kQrMm);
    qr->draw(m_w.painter(), QRectF(x, y, side, side));
    TextStyle caption;
    caption.pointSize = kQrCaptionPt;
    caption.align = Qt::AlignHCenter;
    m_w.draw(m_w.layout(code, caption, side), x, y + side);
}

} // namespace dd::documents
