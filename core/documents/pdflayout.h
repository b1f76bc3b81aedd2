#pragma once

#include "documents/paper.h"

namespace dd::documents {

// Places a paper on A4 pages through a PageWriter (a PDF file or a printer), with the rules a
// clerk checks before signing: a paragraph is never cut by a page break (up to kWholeLines);
// a heading, and a line ending in ":" that introduces what follows, go with the first lines
// after them; a table's group heading goes with at least two of its rows and is repeated with
// "(tiếp theo)" when the group goes on over a page; the signature goes with the last lines
// before it (the closing paragraph, or the last rows and the total of a table).
class PdfLayout
{
public:
    explicit PdfLayout(PageWriter &writer);
    void render(const Paper &paper);

private:
    void document(const PaperDocument &doc);
    // The height the block takes on the page.
    qreal height(const Block &block) const;
    // What must stand on the same page as a heading just before the block: all of a short
    // block, the first lines of a long paragraph, a table's header and first rows.
    qreal lead(const QList<Block> &blocks, qsizetype i, int depth = 0) const;
    // The space block i needs where it starts: itself and what it must not be parted from.
    qreal need(const QList<Block> &blocks, qsizetype i) const;
    // What follows a table down to the signature, kept with the table's last rows.
    qreal tailAfter(const QList<Block> &blocks, qsizetype i) const;

    void draw(const Letterhead &head);
    void draw(const Title &title);
    void draw(const Paragraph &paragraph);
    void draw(const Table &table, qreal tail);
    void draw(const Signature &signature);
    // The QR code of `code` with the code under it, its top-left corner at (x, y).
    void drawScanCode(const QString &code, qreal x, qreal y);

    qreal titleHeight(const Title &title) const;
    qreal signatureHeight(const Signature &signature) const;
    qreal paragraphHeight(const Paragraph &paragraph) const;
    qreal pageBody() const { return m_w.bottom() - m_w.top(); }

    PageWriter &m_w;
};

} // namespace dd::documents
