#include "pages/barchart.h"

#include <QPainter>

namespace dd {

namespace {
constexpr int kRowPadding = 10;
constexpr int kTop = 4;
constexpr int kLabelGap = 6;
} // namespace

BarChart::BarChart(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void BarChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    updateGeometry();
    update();
}

int BarChart::labelWidth(int width) const
{
    int widest = 0;
    for (const Bar &b : m_bars)
        widest = qMax(widest, fontMetrics().horizontalAdvance(b.label));
    return qMin(widest + 8, width / 2);
}

QStringList BarChart::labelLines(const QString &label, int room) const
{
    constexpr qsizetype kMostLines = 3;
    const QFontMetrics fm = fontMetrics();
    if (fm.horizontalAdvance(label) <= room)
        return { label };
    // As many whole words on a line as fit; a word too long for a line has one of its own.
    QStringList lines;
    QString line;
    for (const QString &word : label.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + u' ' + word;
        if (!line.isEmpty() && fm.horizontalAdvance(longer) > room) {
            lines << line;
            line = word;
        } else {
            line = longer;
        }
    }
    lines << line;
    if (lines.size() > kMostLines) {
        const QString rest = lines.mid(kMostLines - 1).join(QLatin1Char(' '));
        lines.resize(kMostLines - 1);
        lines << rest;
    }
    for (QString &l : lines)
        if (fm.horizontalAdvance(l) > room)
            l = fm.elidedText(l, Qt::ElideRight, room);
    return lines;
}

int BarChart::rowHeight(int lines) const
{
    return lines * fontMetrics().height() + kRowPadding;
}

QStringList BarChart::shownLabel(int i) const
{
    if (i < 0 || i >= m_bars.size())
        return {};
    return labelLines(m_bars.at(i).label, labelWidth(width()) - kLabelGap);
}

int BarChart::heightForWidth(int width) const
{
    const int room = labelWidth(width) - kLabelGap;
    int h = 2 * kTop;
    for (const Bar &b : m_bars)
        h += rowHeight(int(labelLines(b.label, room).size()));
    return h;
}

QSize BarChart::sizeHint() const
{
    return { 420, heightForWidth(420) };
}

QSize BarChart::minimumSizeHint() const
{
    // Narrow enough for a third of a 1024 px screen with a large font: the labels wrap.
    return { 180, heightForWidth(180) };
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    int maxValue = 1;
    for (const Bar &b : m_bars)
        maxValue = qMax(maxValue, qMax(b.value, b.target));
    const int labelWidth = this->labelWidth(width());
    const int numberWidth = fm.horizontalAdvance(QStringLiteral("000 / 000")) + 8;
    const int barLeft = labelWidth;
    const int barWidth = qMax(20, width() - barLeft - numberWidth);
    const int lineRow = rowHeight(1);
    int y = kTop;
    for (const Bar &b : m_bars) {
        const QStringList lines = labelLines(b.label, labelWidth - kLabelGap);
        const int rowH = rowHeight(int(lines.size()));
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(0, y, labelWidth - kLabelGap, rowH), Qt::AlignRight | Qt::AlignVCenter,
                   lines.join(QLatin1Char('\n')));
        // The bar and its figures on the middle line of the row.
        const int barY = y + (rowH - lineRow) / 2;
        const int w = int(double(b.value) / maxValue * barWidth);
        QColor color(0x42, 0x85, 0xf4);
        if (b.target >= 0) {
            const bool bad = b.higherIsBad ? b.value > b.target : b.value < b.target;
            if (bad)
                color = b.higherIsBad ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xf5, 0x7c, 0x00);
            else if (!b.higherIsBad || b.value == b.target)
                color = QColor(0x2e, 0x7d, 0x32);
        }
        p.fillRect(QRect(barLeft, barY + 4, qMax(w, 1), lineRow - 8), color);
        if (b.target >= 0) {
            const int x = barLeft + int(double(b.target) / maxValue * barWidth);
            p.setPen(QPen(palette().color(QPalette::WindowText), 2));
            p.drawLine(x, barY + 1, x, barY + lineRow - 1);
        }
        p.setPen(palette().color(QPalette::WindowText));
        const QString number = b.target >= 0 ? QStringLiteral("%1 / %2").arg(b.value).arg(b.target)
                                             : QString::number(b.value);
        p.drawText(QRect(barLeft + barWidth + 6, barY, numberWidth, lineRow),
                   Qt::AlignLeft | Qt::AlignVCenter, number);
        y += rowH;
    }
}

} // namespace dd
