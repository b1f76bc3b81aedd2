#include "documents/paperparts.h"

#include "documents/papertext.h"

namespace dd::documents::parts {

namespace {

constexpr qreal kHeaderPt = 13;
constexpr qreal kPartyPt = 13;

// The largest size from `preferred` down to 10 pt at which the text fits the width.
qreal fittingSize(const PageWriter &w, const QString &text, qreal preferred, unsigned emphasis,
                  qreal width)
{
    qreal size = preferred;
    while (size > 10 && w.textWidth(text, size, emphasis) > width)
        size -= 0.5;
    return size;
}

// Draws one centred line whose baseline is where a line of `rowSize` points drawn at `y` would
// have it, so the columns of the header line up whatever their sizes.
void centredLine(PageWriter &w, const QString &text, qreal size, unsigned emphasis, qreal x,
                 qreal width, qreal y, qreal rowSize = kHeaderPt)
{
    TextStyle s;
    s.pointSize = fittingSize(w, text, size, emphasis, width);
    const auto baseline = [&](qreal pt) {
        return w.lineHeight(pt) - w.metrics(pt, emphasis).descent();
    };
    y += baseline(rowSize) - baseline(s.pointSize);
    s.emphasis = emphasis;
    s.align = Qt::AlignHCenter;
    w.draw(w.layout(text, s, width), x, y);
}

} // namespace

TextStyle body()
{
    TextStyle s;
    s.pointSize = 14;
    s.align = Qt::AlignJustify;
    s.firstIndentMm = 10;
    s.spaceAfterPt = 6;
    return s;
}

TextStyle item()
{
    TextStyle s = body();
    s.firstIndentMm = 10;
    s.spaceAfterPt = 3;
    return s;
}

TextStyle heading()
{
    TextStyle s = body();
    s.emphasis = Bold;
    s.align = Qt::AlignLeft;
    s.spaceBeforePt = 3;
    s.spaceAfterPt = 6;
    s.keepWithNext = true;
    return s;
}

void letterhead(PageWriter &w, const PaperData &data, PaperKind kind)
{
    const DocumentSettings &st = data.settings;
    const qreal leftW = w.mm(75);
    const qreal rightX = w.left() + leftW;
    const qreal rightW = w.right() - rightX;
    const qreal y0 = w.y();
    const qreal lh = w.lineHeight(kHeaderPt);

    // Left column: issuing body, its standing committee, "***", number and symbol.
    centredLine(w, st.issuingBodyLine1.toUpper(), kHeaderPt, Plain, w.left(), leftW, y0);
    centredLine(w, st.issuingBodyLine2.toUpper(), kHeaderPt, Bold, w.left(), leftW, y0 + lh);
    centredLine(w, QStringLiteral("***"), kHeaderPt - 1, Plain, w.left(), leftW, y0 + 2 * lh);
    const QString number = papertext::numberLine(data.number, papertext::numberingSymbol(st, kind));
    centredLine(w, number, kHeaderPt, Plain, w.left(), leftW, y0 + 3 * lh);

    // Right column: the union's name, underlined over its width, then place and date on
    // the line of the number.
    const QString party = st.partyLine.toUpper();
    const qreal partySize = fittingSize(w, party, kPartyPt + 1, Bold, rightW);
    centredLine(w, party, partySize, Bold, rightX, rightW, y0);
    const QFontMetricsF &fm = w.metrics(partySize, Bold);
    const qreal partyW = fm.horizontalAdvance(party);
    const qreal ruleY = y0 + w.lineHeight(kHeaderPt) - w.metrics(kHeaderPt).descent() + w.pt(2.5);
    w.line(rightX + (rightW - partyW) / 2, ruleY, rightX + (rightW + partyW) / 2, ruleY, 0.7);
    const int fallbackYear
        = data.event.plannedYear > 0 ? data.event.plannedYear : QDate::currentDate().year();
    const QString date = papertext::placeAndDate(st.placeName, data.issueDate, fallbackYear);
    centredLine(w, date, 14, Italic, rightX, rightW, y0 + 3 * lh);

    w.setY(y0 + 4 * lh + w.mm(6));
}

void title(PageWriter &w, const QString &name, const QString &subtitle, bool rule)
{
    TextStyle s;
    s.pointSize = 15;
    s.emphasis = Bold;
    s.align = Qt::AlignHCenter;
    w.paragraph(name.toUpper(), s);
    if (!subtitle.isEmpty()) {
        TextStyle sub;
        sub.pointSize = 14;
        sub.emphasis = Bold;
        sub.align = Qt::AlignHCenter;
        const qreal inset = w.mm(8);
        w.paragraph(subtitle, sub, w.left() + inset, w.width() - 2 * inset);
    }
    if (rule) {
        const qreal y = w.y() + w.pt(6);
        const qreal half = w.mm(18);
        const qreal mid = (w.left() + w.right()) / 2;
        w.line(mid - half, y, mid + half, y, 0.6);
        w.skip(w.pt(6));
    }
    w.skip(w.mm(5));
}

void signature(PageWriter &w, const PaperData &data, const QStringList &recipients)
{
    const DocumentSettings &st = data.settings;
    const qreal sigW = w.mm(86);
    const qreal sigX = w.right() - sigW;
    const qreal recW = sigX - w.left() - w.mm(3);

    TextStyle sig;
    sig.pointSize = 14;
    sig.emphasis = Bold;
    sig.align = Qt::AlignHCenter;
    const TextBlock capacity = w.layout(st.signerCapacity.toUpper(), sig, sigW);
    const TextBlock titleBlock = w.layout(st.signerTitle.toUpper(), sig, sigW);
    const TextBlock name = w.layout(st.signerName, sig, sigW);
    const qreal signSpace = w.mm(25);
    const qreal sigH = capacity.height() + titleBlock.height() + signSpace
        + std::max(name.height(), w.lineHeight(14));

    TextStyle recHead;
    recHead.pointSize = 12;
    recHead.emphasis = Bold | Italic;
    recHead.align = Qt::AlignLeft;
    TextStyle recItem;
    recItem.pointSize = 11;
    recItem.align = Qt::AlignLeft;
    QList<TextBlock> recBlocks;
    qreal recH = 0;
    if (!recipients.isEmpty()) {
        recBlocks << w.layout(QStringLiteral("Nơi nhận:"), recHead, recW);
        for (const QString &r : recipients)
            recBlocks << w.layout(r, recItem, recW);
        for (const TextBlock &b : std::as_const(recBlocks))
            recH += b.height();
    }

    w.skip(w.pt(6));
    w.ensureSpace(std::max(sigH, recH));
    const qreal y0 = w.y();
    qreal y = y0;
    w.draw(capacity, sigX, y);
    y += capacity.height();
    w.draw(titleBlock, sigX, y);
    y += titleBlock.height() + signSpace;
    w.draw(name, sigX, y);

    // "Nơi nhận" starts on the line of the signer's capacity.
    y = y0 + w.pt(2);
    for (const TextBlock &b : std::as_const(recBlocks)) {
        w.draw(b, w.left(), y);
        y += b.height();
    }
    w.setY(y0 + std::max(sigH, recH));
    w.markUsed();
}

QStringList letterRecipients(const PaperData &data)
{
    QString archive;
    for (const QString &r : data.settings.recipients) {
        const QString item = papertext::bareItem(r);
        if (item.startsWith(QStringLiteral("Lưu")))
            archive = item;
    }
    return papertext::recipientLines({ QStringLiteral("Như trên"), archive });
}

QString meetingName(const Event &event)
{
    const QString t = event.title.trimmed();
    if (t.isEmpty())
        return QStringLiteral("Hội nghị");
    if (t.startsWith(QStringLiteral("Hội nghị"), Qt::CaseInsensitive))
        return t;
    return QStringLiteral("Hội nghị ") + t.at(0).toLower() + t.mid(1);
}

} // namespace dd::documents::parts
