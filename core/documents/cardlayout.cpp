#include "documents/cardlayout.h"

#include "documents/paperfonts.h"
#include "documents/qrcode.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextOption>

namespace dd::documents {

namespace {

// Badges: two columns of four, 90×65 mm, centred on the sheet.
constexpr int kBadgeColumns = 2, kBadgeRows = 4;
constexpr qreal kBadgeW = 90, kBadgeH = 65;
constexpr qreal kBadgeLeft = (210 - kBadgeColumns * kBadgeW) / 2;
constexpr qreal kBadgeTop = (297 - kBadgeRows * kBadgeH) / 2;
// Labels: the 2×7 sheet (L7163): 99.1×38.1 mm, 15.15 mm from the top, 4.65 mm from the left,
// 2.5 mm between the columns.
constexpr int kLabelColumns = 2, kLabelRows = 7;
constexpr qreal kLabelW = 99.1, kLabelH = 38.1, kLabelTop = 15.15, kLabelLeft = 4.65,
                kLabelGap = 2.5;

} // namespace

int CardLayout::perPage(CardSheet::Kind kind)
{
    switch (kind) {
    case CardSheet::Kind::Badge:
        return kBadgeColumns * kBadgeRows;
    case CardSheet::Kind::PlaceCard:
        return 1;
    case CardSheet::Kind::Label:
        return kLabelColumns * kLabelRows;
    }
    return 1;
}

CardLayout::CardLayout(QPainter &painter, qreal dpi)
    : m_p(painter)
    , m_dpi(dpi)
    , m_family(paperFontFamily())
{ }

Result<int> CardLayout::render(const CardSheet &sheet, QPagedPaintDevice &device)
{
    const bool landscape = sheet.kind == CardSheet::Kind::PlaceCard;
    const QPageLayout a4(QPageSize(QPageSize::A4),
                         landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    if (!device.setPageLayout(a4)) {
        device.setPageSize(QPageSize(QPageSize::A4));
        device.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    }
    QPainter painter;
    if (!painter.begin(&device))
        return Error(QCoreApplication::translate(
            "Documents", "The printer or file could not be opened for drawing."));
    const qreal dpi = device.logicalDpiY();
    const QRect paint = device.pageLayout().paintRectPixels(int(dpi));
    painter.translate(-paint.topLeft());
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    CardLayout layout(painter, dpi);

    const int per = perPage(sheet.kind);
    int pages = 0;
    for (qsizetype i = 0; i < sheet.cards.size(); ++i) {
        const int slot = int(i % per);
        if (slot == 0) {
            if (pages > 0)
                device.newPage();
            ++pages;
            if (sheet.kind == CardSheet::Kind::Badge)
                layout.cutMarks();
        }
        const Card &card = sheet.cards.at(i);
        switch (sheet.kind) {
        case CardSheet::Kind::Badge: {
            const int column = slot % kBadgeColumns, row = slot / kBadgeColumns;
            layout.badge(card,
                         QRectF(layout.mm(kBadgeLeft + column * kBadgeW),
                                layout.mm(kBadgeTop + row * kBadgeH), layout.mm(kBadgeW),
                                layout.mm(kBadgeH)));
            break;
        }
        case CardSheet::Kind::PlaceCard:
            layout.placeCard(card);
            break;
        case CardSheet::Kind::Label: {
            const int column = slot % kLabelColumns, row = slot / kLabelColumns;
            layout.label(card,
                         QRectF(layout.mm(kLabelLeft + column * (kLabelW + kLabelGap)),
                                layout.mm(kLabelTop + row * kLabelH), layout.mm(kLabelW),
                                layout.mm(kLabelH)));
            break;
        }
        }
    }
    if (!painter.end())
        return Error(QCoreApplication::translate(
            "Documents", "The paper could not be finished on the printer or file."));
    return pages;
}

QFont CardLayout::font(qreal pointSize, bool bold, bool italic) const
{
    QFont f(m_family);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferOutline);
    return QFont(f, m_p.device());
}

qreal CardLayout::fitting(const QString &text, qreal preferred, qreal smallest, bool bold,
                          qreal width) const
{
    qreal size = preferred;
    while (size > smallest && QFontMetricsF(font(size, bold)).horizontalAdvance(text) > width)
        size -= 1;
    return size;
}

qreal CardLayout::text(const QRectF &box, const QString &s, qreal pointSize, bool bold, bool italic,
                       Qt::Alignment align)
{
    if (s.isEmpty())
        return 0;
    m_p.setFont(font(pointSize, bold, italic));
    QTextOption option(align);
    option.setWrapMode(QTextOption::WordWrap);
    const QRectF used = m_p.boundingRect(box, s, option);
    m_p.drawText(QRectF(box.x(), box.y(), box.width(), used.height()), s, option);
    return used.height();
}

void CardLayout::cutMarks()
{
    // Short lines in the margins where the sheet is cut, and small crosses where four badges
    // meet, so that no mark shows on a badge once cut.
    m_p.save();
    m_p.setPen(QPen(Qt::black, mm(0.15)));
    const qreal gap = mm(2), len = mm(6);
    const qreal left = mm(kBadgeLeft), right = mm(kBadgeLeft + kBadgeColumns * kBadgeW);
    const qreal top = mm(kBadgeTop), bottom = mm(kBadgeTop + kBadgeRows * kBadgeH);
    for (int c = 0; c <= kBadgeColumns; ++c) {
        const qreal x = mm(kBadgeLeft + c * kBadgeW);
        m_p.drawLine(QPointF(x, top - gap - len), QPointF(x, top - gap));
        m_p.drawLine(QPointF(x, bottom + gap), QPointF(x, bottom + gap + len));
    }
    for (int r = 0; r <= kBadgeRows; ++r) {
        const qreal y = mm(kBadgeTop + r * kBadgeH);
        m_p.drawLine(QPointF(left - gap - len, y), QPointF(left - gap, y));
        m_p.drawLine(QPointF(right + gap, y), QPointF(right + gap + len, y));
    }
    m_p.restore();
}

void CardLayout::qr(const QString &code, const QRectF &box)
{
    if (const auto qr = QrCode::encode(code.toUtf8()))
        qr->draw(m_p, box);
}

void CardLayout::badge(const Card &card, const QRectF &box)
{
    const qreal pad = mm(4);
    // The role band: white capitals on the union's blue.
    const QRectF band(box.x(), box.y(), box.width(), mm(13));
    m_p.fillRect(band, QColor(0x00, 0x4a, 0x9f));
    m_p.setPen(Qt::white);
    m_p.setFont(font(16, true));
    m_p.drawText(band, Qt::AlignCenter, card.band);
    m_p.setPen(Qt::black);

    const bool coded = !card.code.isEmpty();
    const qreal qrSide = mm(20);
    const qreal textRight = box.right() - pad - (coded ? qrSide + mm(1) : 0);
    qreal y = band.bottom() + mm(4);
    const qreal nameW = box.width() - 2 * pad;
    const qreal nameSize = fitting(card.name, 20, 13, true, nameW);
    y += text(QRectF(box.x() + pad, y, nameW, mm(20)), card.name, nameSize, true) + mm(1.5);
    for (const QString &line : card.lines)
        if (!line.isEmpty())
            y += text(QRectF(box.x() + pad, y, textRight - box.x() - pad, mm(12)), line, 10, false);
    if (!card.footer.isEmpty()) {
        // The meeting's long name takes up to four short lines above the bottom edge; nothing
        // may run onto the next badge.
        const qreal footH = mm(13);
        m_p.save();
        m_p.setClipRect(box);
        text(QRectF(box.x() + pad, box.bottom() - footH - mm(1), textRight - box.x() - pad, footH),
             card.footer, 7, false, true);
        m_p.restore();
    }
    if (coded) {
        const QRectF code(box.right() - pad - qrSide, box.bottom() - qrSide - mm(4.5), qrSide,
                          qrSide);
        qr(card.code, code);
        text(QRectF(code.x() - mm(3), code.bottom(), qrSide + mm(6), mm(4)), card.code, 7, false);
    }
}

void CardLayout::placeCard(const Card &card)
{
    // A4 landscape, folded along the middle: the lower half reads upright on the side the
    // guests see, the upper half is drawn turned half round so that it reads right from
    // the chair's side once folded into a tent.
    const qreal w = mm(297), half = mm(105);
    const qreal pad = mm(12);
    const QString name = card.name;
    // As large as fits: capitals about 2.5 cm high are read from five metres.
    const qreal size = fitting(name, 96, 40, true, w - 2 * pad);
    const auto face = [&](qreal top) {
        const qreal nameH = QFontMetricsF(font(size, true)).height();
        const QString line = card.lines.value(0);
        const qreal lineH = line.isEmpty() ? 0 : QFontMetricsF(font(20, false)).height();
        const qreal y = top + (half - nameH - lineH) / 2;
        m_p.setFont(font(size, true));
        m_p.drawText(QRectF(pad, y, w - 2 * pad, nameH), Qt::AlignCenter, name);
        if (!line.isEmpty()) {
            m_p.setFont(font(20, false));
            m_p.drawText(QRectF(pad, y + nameH, w - 2 * pad, lineH), Qt::AlignCenter, line);
        }
    };
    face(half);
    m_p.save();
    m_p.translate(w, half); // turn the upper half round its own centre
    m_p.rotate(180);
    face(0);
    m_p.restore();
    // The fold, dashed.
    m_p.save();
    QPen fold(QColor(0x88, 0x88, 0x88), mm(0.2), Qt::DashLine);
    m_p.setPen(fold);
    m_p.drawLine(QPointF(0, half), QPointF(w, half));
    m_p.restore();
}

void CardLayout::label(const Card &card, const QRectF &box)
{
    const QRectF inner = box.adjusted(mm(5), mm(4), -mm(5), -mm(3));
    qreal y = inner.y();
    y += text(QRectF(inner.x(), y, inner.width(), mm(6)), card.band, 11, true, true, Qt::AlignLeft);
    const qreal nameSize = fitting(card.name, 14, 10, true, inner.width());
    y += text(QRectF(inner.x(), y, inner.width(), mm(14)), card.name, nameSize, true, false,
              Qt::AlignLeft);
    for (const QString &line : card.lines)
        y += text(QRectF(inner.x(), y, inner.width(), inner.bottom() - y), line, 11, false, false,
                  Qt::AlignLeft);
}

} // namespace dd::documents
